#pragma once

#include <QSqlDatabase>
#include <QString>

namespace opsdeck {

// A connection of the current thread to a workspace file, closed and removed when it goes out
// of scope. Qt SQL connections belong to the thread that made them: worker threads (indexer,
// bulk tasks) and headless commands each make their own.
class ScopedConnection {
public:
    ScopedConnection(const QString &path, bool readOnly);
    ~ScopedConnection();
    ScopedConnection(const ScopedConnection &) = delete;
    ScopedConnection &operator=(const ScopedConnection &) = delete;

    QSqlDatabase &db() { return m_db; }
    bool isOpen() const { return m_db.isOpen(); }
    const QString &error() const { return m_error; } // why it did not open

private:
    QString m_name;
    QString m_error;
    QSqlDatabase m_db;
};

} // namespace opsdeck
