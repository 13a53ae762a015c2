#include "store/scopedconnection.h"

#include "store/workspacestore.h"

#include <QUuid>

namespace opsdeck {

ScopedConnection::ScopedConnection(const QString &path, bool readOnly)
    : m_name(QStringLiteral("opsdeck-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    m_db = WorkspaceStore::openConnection(path, m_name, readOnly, &m_error);
}

ScopedConnection::~ScopedConnection()
{
    m_db.close();
    m_db = QSqlDatabase(); // the last handle must go before the connection is removed
    QSqlDatabase::removeDatabase(m_name);
}

} // namespace opsdeck
