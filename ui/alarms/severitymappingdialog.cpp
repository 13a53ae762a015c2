#include "alarms/severitymappingdialog.h"

#include "common/appsettings.h"
#include "common/severitystyle.h"

#include <utility>

namespace opsdeck::ui {

void SeverityMappingDialog::openFor(QWidget *parent, const QString &text,
                                    std::function<void()> saved, const QString &problem)
{
    (new SeverityMappingDialog(parent, text, std::move(saved), problem))->open();
}

SeverityMappingDialog::SeverityMappingDialog(QWidget *parent, const QString &text,
                                             std::function<void()> saved, const QString &problem)
    : QInputDialog(parent)
    , m_saved(std::move(saved))
{
    setAttribute(Qt::WA_DeleteOnClose);
    setObjectName(QStringLiteral("severityMappingDialog"));
    setWindowTitle(tr("Severity Mapping"));
    QString label = tr("Map your severity values onto critical, error, warning and info, "
                       "separated by commas (e.g. P1=critical, sev3=warning).\nUnknown "
                       "values are still shown, in grey.");
    if (!problem.isEmpty()) {
        label = problem + QStringLiteral("\n\n") + label;
    }
    setLabelText(label);
    setTextValue(text);
    connect(this, &QInputDialog::textValueSelected, this, &SeverityMappingDialog::check);
}

void SeverityMappingDialog::check(const QString &value)
{
    QStringList wrong;
    for (const QString &pair : value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString standard = pair.section(QLatin1Char('='), 1).trimmed().toLower();
        if (pair.section(QLatin1Char('='), 0, 0).trimmed().isEmpty() ||
            !SeverityStyle::standardSeverities().contains(standard)) {
            wrong.append(pair.trimmed());
        }
    }
    if (!wrong.isEmpty()) {
        // Asked again with what is wrong; nothing is stored until every entry reads.
        openFor(parentWidget(), value, m_saved,
                tr("Not understood: %1. Each entry is VALUE=critical, VALUE=error, "
                   "VALUE=warning or VALUE=info.")
                    .arg(wrong.join(QStringLiteral(", "))));
        return;
    }
    writeSetting(settings::SeverityMapping, value.trimmed());
    if (m_saved) {
        m_saved();
    }
}

} // namespace opsdeck::ui
