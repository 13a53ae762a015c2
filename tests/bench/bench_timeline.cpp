// Timeline benchmark: an incident of N events (10,000 by default) over about six hours — alerts
// fired and resolved, status changes, notes, runbook steps, commands — drawn by a 1400×500
// TimelineChart: the whole incident, 200 pan steps of 2 % and 50 zoom steps, each a frame
// rendered into an image; and the TimelineModel taking all events, then one more.
//
//   bench_timeline [--json] [--events N]
#include "incidents/incidentservice.h"
#include "incidents/incidentsession.h"
#include "store/timelinerepository.h"
#include "store/workspacestore.h"
#include "timeline/timelinechart.h"
#include "timeline/timelinemodel.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <memory>

using namespace opsdeck;

namespace {

QList<TimelineEvent> incident(int count)
{
    using Type = TimelineEvent::Type;
    QRandomGenerator random(7);
    const QDateTime start = QDateTime::currentDateTimeUtc().addSecs(-6 * 3600);
    const qint64 spanMs = 6LL * 3600 * 1000;
    const QString incidentId = newId();
    const QStringList people{QStringLiteral("alice"), QStringLiteral("bob"),
                             QStringLiteral("carol"), QStringLiteral("dan")};
    const QStringList statuses{QStringLiteral("triage"), QStringLiteral("investigating"),
                               QStringLiteral("mitigating"), QStringLiteral("monitoring")};
    QList<TimelineEvent> events;
    events.reserve(count);
    const auto add = [&](Type type, qint64 atMs, const QString &text, Json payload) {
        TimelineEvent event;
        event.id = newId();
        event.incidentId = incidentId;
        event.type = type;
        event.time = start.addMSecs(std::clamp<qint64>(atMs, 0, spanMs));
        event.author = people.at(int(random.bounded(qsizetype(people.size()))));
        event.text = text;
        event.payload = std::move(payload);
        event.pinned = random.bounded(100) == 0;
        events.append(event);
    };
    int alert = 0;
    while (events.size() < count) {
        const qint64 at = qint64(random.bounded(double(spanMs)));
        const int roll = int(random.bounded(100));
        if (roll < 30 && events.size() + 2 <= count) {
            // An alert fires and, mostly, resolves a few minutes later.
            const std::string fingerprint =
                QString::number(unsigned(alert) * 2654435761U, 16).toStdString();
            const std::string name = "HighLatency" + std::to_string(alert % 40);
            add(Type::AlertFired, at, QString::fromStdString(name),
                {{"fingerprint", fingerprint},
                 {"alertname", name},
                 {"severity", alert % 3 == 0 ? "critical" : "warning"},
                 {"labels", {{"service", "svc-" + std::to_string(alert % 17)}}}});
            if (random.bounded(20) != 0) {
                add(Type::AlertResolved, at + 30'000 + qint64(random.bounded(40 * 60'000)),
                    QString::fromStdString(name + " resolved"),
                    {{"fingerprint", fingerprint}, {"alertname", name}});
            }
            ++alert;
        } else if (roll < 31) {
            const QString to = statuses.at(int(random.bounded(qsizetype(statuses.size()))));
            add(Type::StatusChanged, at, QStringLiteral("Status: %1").arg(to),
                {{"from", "triage"}, {"to", to}});
        } else if (roll < 56) {
            add(Type::Note, at,
                QStringLiteral("Looked at the connection pool of svc-%1 again")
                    .arg(random.bounded(17)),
                Json::object());
        } else if (roll < 81) {
            add(Type::RunbookStep, at, QStringLiteral("Restart the pool"),
                {{"runbook", "db/pool.md"},
                 {"runbookTitle", "Database pool"},
                 {"step", int(random.bounded(8))},
                 {"stepTitle", "Restart the pool"},
                 {"state", "done"}});
        } else if (roll < 93) {
            add(Type::CommandRun, at, QStringLiteral("systemctl restart pgbouncer"),
                {{"runbook", "db/pool.md"},
                 {"step", 2},
                 {"command", "systemctl restart pgbouncer"},
                 {"exitCode", 0},
                 {"outcome", "exited"},
                 {"durationMs", 812}});
        } else if (roll < 97) {
            add(Type::SilenceCreated, at, QStringLiteral("Silenced the noisy disk alert"),
                {{"silenceId", "s1"}, {"matchers", "alertname=DiskFull"}});
        } else {
            add(Type::RoleAssigned, at, QStringLiteral("bob is incident commander"),
                {{"role", "commander"}, {"person", "bob"}});
        }
    }
    return events;
}

double ms(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

struct Figures {
    double median = 0;
    double p95 = 0;
    double max = 0;
};

Figures figures(QList<double> values)
{
    std::sort(values.begin(), values.end());
    const auto at = [&](double share) {
        return values.at(std::min(values.size() - 1, qsizetype(share * double(values.size()))));
    };
    return {at(0.5), at(0.95), values.last()};
}

} // namespace

// An incident with `events` in a workspace file, opened as the console opens it: the session
// reads on a worker, then the list and the graphical timeline are filled on the GUI thread.
// Then notes recorded one at a time, each until it shows in both views.
struct IncidentFigures {
    Figures open;    // open() until both views are filled
    Figures openGui; // of that, the GUI thread's share (filling the views)
    Figures note;    // addNote until the views show it
    QString error;
};

IncidentFigures incidentFigures(const QList<TimelineEvent> &events)
{
    IncidentFigures result;
    QTemporaryDir dir;
    std::unique_ptr<WorkspaceStore> store =
        WorkspaceStore::open(dir.filePath(QStringLiteral("bench.opsdeck")), &result.error);
    if (!store) {
        return result;
    }
    IncidentService service(*store);
    Incident incident;
    incident.title = QStringLiteral("Checkout errors");
    if (!service.declare(incident, {}, QStringLiteral("bench"), &result.error)) {
        return result;
    }
    QList<TimelineEvent> own = events;
    for (TimelineEvent &event : own) {
        event.id.clear();
        event.incidentId = incident.id;
    }
    if (!TimelineRepository(*store).appendBatch(own, &result.error)) {
        return result;
    }
    IncidentSession session(*store);
    ui::TimelineModel model;
    ui::TimelineChart chart;
    chart.resize(1400, 500);
    bool filled = false;
    QElapsedTimer gui;
    QObject::connect(&session, &IncidentSession::opened, [&]() {
        gui.start();
        model.setEvents(session.events());
        chart.setEvents(session.events());
        filled = true;
    });
    QObject::connect(&session, &IncidentSession::eventsAdded,
                     [&](const QList<TimelineEvent> &added) {
                         model.addEvents(added);
                         chart.addEvents(added);
                     });
    QList<double> open, openGui, note;
    for (int run = 0; run < 7; ++run) {
        filled = false;
        QElapsedTimer timer;
        timer.start();
        session.open(incident.id);
        while (!filled) {
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
        }
        open.append(ms(timer));
        openGui.append(ms(gui));
    }
    for (int i = 0; i < 200; ++i) {
        const qsizetype before = model.rowCount();
        QElapsedTimer timer;
        timer.start();
        if (!service.addNote(incident.id, QStringLiteral("note %1").arg(i), QStringLiteral("bench"),
                             &result.error)) {
            return result;
        }
        while (model.rowCount() == before) {
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
        }
        note.append(ms(timer));
    }
    result.open = figures(open);
    result.openGui = figures(openGui);
    result.note = figures(note);
    return result;
}

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption jsonOption(QStringLiteral("json"), QStringLiteral("Print JSON."));
    const QCommandLineOption eventsOption(QStringLiteral("events"),
                                          QStringLiteral("Events in the incident."),
                                          QStringLiteral("N"), QStringLiteral("10000"));
    parser.addOptions({jsonOption, eventsOption});
    parser.addHelpOption();
    parser.process(app);
    const int count = std::max(1, parser.value(eventsOption).toInt());
    const QList<TimelineEvent> events = incident(count);

    // The model: a new incident, then one more event.
    QList<double> setEvents, addOne;
    for (int run = 0; run < 7; ++run) {
        ui::TimelineModel model;
        QList<TimelineEvent> own = events; // as from the store: a list nobody else holds
        own.detach();
        QElapsedTimer timer;
        timer.start();
        model.setEvents(std::move(own));
        setEvents.append(ms(timer));
        TimelineEvent next = events.last();
        next.id = newId();
        next.time = QDateTime::currentDateTimeUtc();
        timer.restart();
        model.addEvents({next});
        addOne.append(ms(timer));
    }

    ui::TimelineChart chart;
    chart.resize(1400, 500);
    QElapsedTimer timer;
    timer.start();
    chart.setEvents(events);
    const double chartSetEvents = ms(timer);
    chart.show();
    QImage image(chart.size() * chart.devicePixelRatio(), QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(chart.devicePixelRatio());
    const auto frame = [&] {
        QElapsedTimer frameTimer;
        frameTimer.start();
        chart.render(&image);
        return ms(frameTimer);
    };
    QList<double> full;
    for (int i = 0; i < 20; ++i) {
        chart.fitAll();
        full.append(frame());
    }
    // Panning through the incident at a zoom of a twentieth of it.
    const auto all = chart.visibleRange();
    const qint64 span = all.first.msecsTo(all.second);
    chart.setVisibleRange(all.first, all.first.addMSecs(span / 20));
    QList<double> pan;
    for (int i = 0; i < 200; ++i) {
        chart.panBy(1400 * 0.02 * (i < 100 ? 1 : -1));
        pan.append(frame());
    }
    chart.fitAll();
    QList<double> zoom;
    for (int i = 0; i < 50; ++i) {
        chart.zoomAt(400 + i * 10, i < 30 ? 0.8 : 1.25);
        zoom.append(frame());
    }

    const Figures fullFigures = figures(full);
    const Figures panFigures = figures(pan);
    const Figures zoomFigures = figures(zoom);
    QList<double> everyFrame = full + pan + zoom;
    const Figures allFigures = figures(everyFrame);
    const double modelSet = figures(setEvents).median;
    const double modelAdd = figures(addOne).median;
    const IncidentFigures incidentResult = incidentFigures(events);
    if (!incidentResult.error.isEmpty()) {
        std::fprintf(stderr, "bench_timeline: %s\n", qPrintable(incidentResult.error));
        return 1;
    }
    if (parser.isSet(jsonOption)) {
        const auto object = [](const Figures &f) {
            return QJsonObject{{QStringLiteral("median_ms"), f.median},
                               {QStringLiteral("p95_ms"), f.p95},
                               {QStringLiteral("max_ms"), f.max}};
        };
        const QJsonObject result{
            {QStringLiteral("events"), count},
            {QStringLiteral("chart_set_events_ms"), chartSetEvents},
            {QStringLiteral("frame_full_view"), object(fullFigures)},
            {QStringLiteral("frame_pan"), object(panFigures)},
            {QStringLiteral("frame_zoom"), object(zoomFigures)},
            {QStringLiteral("frame_all"), object(allFigures)},
            {QStringLiteral("model_set_events_ms"), modelSet},
            {QStringLiteral("model_add_one_event_ms"), modelAdd},
            {QStringLiteral("open_incident"), object(incidentResult.open)},
            {QStringLiteral("open_incident_gui_thread"), object(incidentResult.openGui)},
            {QStringLiteral("note_until_shown"), object(incidentResult.note)}};
        std::printf("%s", QJsonDocument(result).toJson().constData());
        return 0;
    }
    std::printf("%d events, 1400x500 chart (frames rendered into an image)\n", count);
    std::printf("frame          median      p95      max\n");
    const auto row = [](const char *name, const Figures &f) {
        std::printf("%-12s %7.2f ms %6.2f ms %6.2f ms\n", name, f.median, f.p95, f.max);
    };
    row("full view", fullFigures);
    row("pan (200)", panFigures);
    row("zoom (50)", zoomFigures);
    row("all", allFigures);
    std::printf("chart setEvents %.2f ms; model setEvents %.2f ms, addEvents(1 into %d) %.3f ms "
                "(medians of 7)\n",
                chartSetEvents, modelSet, count, modelAdd);
    std::printf("\nincident in a workspace, %d events    median      p95      max\n", count);
    row("open (7)", incidentResult.open);
    row("  GUI thread", incidentResult.openGui);
    row("note (200)", incidentResult.note);
    return 0;
}
