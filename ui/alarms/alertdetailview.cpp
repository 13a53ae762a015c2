#include "alarms/alertdetailview.h"

#include "alarms/alarmservice.h"
#include "alarms/alertfilter.h"
#include "common/duration.h"
#include "common/statustexts.h"
#include "common/timedisplay.h"
#include "runbooks/runbookcatalog.h"

#include <QDesktopServices>
#include <QLocale>
#include <QScrollBar>

namespace opsdeck::ui {
namespace {

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

// The link of the incident an alert belongs to: opened in Incident Command, not a browser.
const QString IncidentScheme = QStringLiteral("opsdeck-incident");

bool isWebLink(const QString &url)
{
    return url.startsWith(QLatin1String("http://")) || url.startsWith(QLatin1String("https://"));
}

// Only web links are clickable: a backend's annotations must not open files or other
// programs on this machine.
QString link(const QString &url, const QString &text)
{
    if (!isWebLink(url)) {
        return escaped(text == url ? url : QStringLiteral("%1 (%2)").arg(text, url));
    }
    return QStringLiteral("<a href=\"%1\">%2</a>").arg(escaped(url), escaped(text));
}

QString table(const QMap<QString, QString> &pairs)
{
    QString rows;
    for (auto it = pairs.cbegin(); it != pairs.cend(); ++it) {
        const bool isLink = isWebLink(it.value());
        rows +=
            QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>")
                .arg(escaped(it.key()),
                     isLink
                         ? link(it.value(), it.value())
                         : escaped(it.value()).replace(QLatin1Char('\n'), QLatin1String("<br>")));
    }
    return QStringLiteral("<table cellspacing=\"2\" cellpadding=\"2\">%1</table>").arg(rows);
}

} // namespace

AlertDetailView::AlertDetailView(QWidget *parent)
    : QTextBrowser(parent)
{
    setObjectName(QStringLiteral("alertDetails"));
    // Links are opened here: web pages in the browser, library runbooks in the Runbooks view.
    setOpenLinks(false);
    connect(this, &QTextBrowser::anchorClicked, this, &AlertDetailView::openLink);
    showAlert(nullptr, nullptr);
}

void AlertDetailView::setRunbookCatalog(RunbookCatalog *catalog)
{
    if (m_runbooks != nullptr) {
        m_runbooks->disconnect(this);
    }
    m_runbooks = catalog;
    if (catalog != nullptr) {
        connect(catalog, &RunbookCatalog::loaded, this, [this]() {
            if (m_alert) {
                const Alert alert = *m_alert;
                showAlert(&alert, m_alarms);
            }
        });
    }
}

void AlertDetailView::setIncidentLookup(
    std::function<std::optional<IncidentLink>(const QString &)> lookup)
{
    m_incidentLookup = std::move(lookup);
    if (m_alert) {
        const Alert alert = *m_alert;
        showAlert(&alert, m_alarms);
    }
}

void AlertDetailView::openLink(const QUrl &url)
{
    if (url.scheme() == IncidentScheme) {
        Q_EMIT incidentRequested(url.path());
    } else if (const std::optional<QString> key = runbookKeyOf(url)) {
        if (m_runbooks != nullptr) {
            m_runbooks->requestShow(*key);
        }
    } else if (isWebLink(url.toString())) {
        QDesktopServices::openUrl(url);
    }
}

void AlertDetailView::showAlert(const Alert *alert, const AlarmService *alarms)
{
    m_alert = alert != nullptr ? std::optional<Alert>(*alert) : std::nullopt;
    m_alarms = alarms;
    if (alert == nullptr) {
        m_shownHtml.clear();
        setHtml(QStringLiteral("<p>%1</p>")
                    .arg(escaped(tr("Select an alert to see its labels, "
                                    "annotations, links and silences."))));
        return;
    }
    QString text = html(*alert, alarms, m_runbooks,
                        m_incidentLookup ? m_incidentLookup(alert->fingerprint) : std::nullopt);
    if (text == m_shownHtml) {
        return; // the reader's selection and place stay
    }
    m_shownHtml = std::move(text);
    // Keep the reader's place when the same alert is refreshed by a poll.
    const int scroll = verticalScrollBar()->value();
    setHtml(m_shownHtml);
    verticalScrollBar()->setValue(scroll);
}

QString AlertDetailView::html(const Alert &alert, const AlarmService *alarms,
                              const RunbookCatalog *runbooks,
                              const std::optional<IncidentLink> &incident)
{
    const QLocale locale;
    QString text = QStringLiteral("<h3>%1</h3>").arg(escaped(alert.name()));
    const QString summary = alert.annotations.value(QStringLiteral("summary"));
    if (!summary.isEmpty()) {
        text += QStringLiteral("<p>%1</p>").arg(escaped(summary));
    }
    QStringList facts;
    facts.append(tr("State: %1").arg(StatusTexts::alertState(alert.state)));
    if (alert.startsAt.isValid()) {
        facts.append(
            tr("Started %1, %2 ago")
                .arg(TimeDisplay::dateTime(alert.startsAt, TimeDisplay::Precision::Seconds),
                     formatDuration(alert.startsAt.secsTo(QDateTime::currentDateTimeUtc()))));
    }
    QStringList sources;
    const QHash<QString, QString> names =
        alarms != nullptr ? alarms->backendNames() : QHash<QString, QString>();
    for (const QString &source : alert.sources) {
        sources.append(names.value(source, source));
    }
    facts.append(tr("Reported by: %1").arg(sources.join(QStringLiteral(", "))));
    if (alarms != nullptr && alarms->isStale(alert)) {
        facts.append(tr("Stale: its backends are failing; this is what they said last."));
    }
    text += QStringLiteral("<p>%1</p>")
                .arg(escaped(facts.join(QLatin1Char('\n')))
                         .replace(QLatin1Char('\n'), QLatin1String("<br>")));

    if (incident) {
        QUrl url;
        url.setScheme(IncidentScheme);
        url.setPath(incident->id);
        text += QStringLiteral("<p>%1 <a href=\"%2\">%3</a></p>")
                    .arg(escaped(tr("Incident:")), escaped(url.toString(QUrl::FullyEncoded)),
                         escaped(QStringLiteral("%1 · %2").arg(incident->key, incident->status)));
    }
    if (!alert.generatorUrl.isEmpty()) {
        text += QStringLiteral("<p>%1</p>")
                    .arg(link(alert.generatorUrl, tr("Open the query in Prometheus")));
    }

    // The library decides what runbook_url names (a web page, a file of the folder); without
    // one, only a web address is a link.
    const QString runbookUrl = alert.annotations.value(QStringLiteral("runbook_url"));
    QStringList runbookLinks;
    if (runbooks != nullptr) {
        const RunbookLibrary &library = runbooks->library();
        const RunbookMatch match = library.forAlert(alert);
        if (!match.webPage.isEmpty()) {
            runbookLinks.append(link(match.webPage.toString(), tr("Runbook web page")));
        }
        for (const Runbook &runbook : match.runbooks) {
            const QString key = library.keyOf(runbook);
            runbookLinks.append(QStringLiteral("<a href=\"%1\">%2</a> (%3)")
                                    .arg(escaped(runbookLink(key).toString(QUrl::FullyEncoded)),
                                         escaped(runbook.title), escaped(key)));
        }
    } else if (!runbookUrl.isEmpty()) {
        runbookLinks.append(link(runbookUrl, tr("Runbook")));
    }
    if (runbookLinks.isEmpty() && !runbookUrl.isEmpty() && !isWebLink(runbookUrl)) {
        runbookLinks.append(escaped(tr("%1 (not in the runbook library)").arg(runbookUrl)));
    }
    if (!runbookLinks.isEmpty() || runbooks != nullptr) {
        text += QStringLiteral("<h4>%1</h4>").arg(escaped(tr("Runbooks")));
        text += runbookLinks.isEmpty()
                    ? QStringLiteral("<p>%1</p>")
                          .arg(escaped(tr("No runbook in the library is for this alert.")))
                    : QStringLiteral("<ul><li>%1</li></ul>")
                          .arg(runbookLinks.join(QStringLiteral("</li><li>")));
    }

    text += QStringLiteral("<h4>%1</h4>").arg(escaped(tr("Labels"))) + table(alert.labels);
    if (!alert.annotations.isEmpty()) {
        text += QStringLiteral("<h4>%1</h4>").arg(escaped(tr("Annotations"))) +
                table(alert.annotations);
    }

    QStringList silences;
    if (alarms != nullptr) {
        for (const Silence &silence : alarms->silences()) {
            if (silence.state == Silence::State::Expired ||
                (!alert.silencedBy.contains(silence.id) && !silenceCovers(silence, alert))) {
                continue;
            }
            QStringList matchers;
            for (const Silence::Matcher &matcher : silence.matchers) {
                matchers.append(LabelMatcher::fromSilenceMatcher(matcher).toString());
            }
            silences.append(
                tr("%1 by %2 until %3: %4")
                    .arg(escaped(matchers.join(QStringLiteral(", "))), escaped(silence.createdBy),
                         escaped(TimeDisplay::dateTime(silence.endsAt)), escaped(silence.comment)));
        }
    }
    text += QStringLiteral("<h4>%1</h4>").arg(escaped(tr("Silences")));
    text += silences.isEmpty()
                ? QStringLiteral("<p>%1</p>").arg(escaped(tr("No silence covers this alert.")))
                : QStringLiteral("<ul><li>%1</li></ul>")
                      .arg(silences.join(QStringLiteral("</li><li>")));
    return text;
}

} // namespace opsdeck::ui
