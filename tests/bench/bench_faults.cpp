// The fault suite, measured: a backend polled every second with the Alarms dock open goes
// from healthy to each fault a server or the network can produce (a fake server: a real one
// cannot be made to hang, trickle or send garbage on cue) and back. For each fault it prints
// the longest time the GUI thread did not return to its event loop while the fault lasted
// (StallProbe: wall time and the thread's own CPU time), how many polls failed, and how long
// the backend took to be healthy again once the fault ended, against the backoff delay the
// poller had reached.
//
//   bench_faults [--seconds S]   (S seconds of each fault, 6 by default)
#include "alarms/alarmsdock.h"
#include "alarms/alarmservice.h"
#include "alarms/backendpoller.h"
#include "alarmsbench.h"
#include "faultyhttpserver.h"
#include "runbooks/runbookcatalog.h"
#include "stallprobe.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>

#include <cstdio>

using namespace opsdeck;
using namespace opsdeck::bench;
using test::FaultyHttpServer;

namespace {

struct Fault {
    const char *name;
    FaultyHttpServer::Behaviour behaviour;
    QByteArray response;
    bool overTls = false; // the backend speaks TLS to a server that does not
};

QList<Fault> faults()
{
    const QByteArray json = "application/json";
    const auto respond = FaultyHttpServer::Behaviour::Respond;
    return {
        {"malformed JSON", respond, FaultyHttpServer::response("200 OK", json, "[{\"labels\": {")},
        {"not an alert list", respond,
         FaultyHttpServer::response("200 OK", json, "{\"status\":\"success\"}")},
        {"HTML error page (502)", respond,
         FaultyHttpServer::response("502 Bad Gateway", "text/html", "<html>proxy error</html>")},
        {"HTML with 200", respond,
         FaultyHttpServer::response("200 OK", "text/html", "<html>login page</html>")},
        {"500", respond,
         FaultyHttpServer::response("500 Internal Server Error", json, "{\"error\":\"broken\"}")},
        {"truncated body", respond,
         "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 5000\r\n"
         "Connection: close\r\n\r\n[{\"labels\":{"},
        {"vanishes mid-answer", FaultyHttpServer::Behaviour::Vanish,
         FaultyHttpServer::response("200 OK", json, QByteArray(4000, ' ') + "[]")},
        {"over the size cap", respond,
         FaultyHttpServer::response("200 OK", json,
                                    "[" + QByteArray(qsizetype{256} * 1024, ' ') + "]")},
        {"never answers", FaultyHttpServer::Behaviour::Stall, {}},
        {"trickles", FaultyHttpServer::Behaviour::Trickle, {}},
        {"TLS handshake fails", respond, {}, true},
    };
}

// A healthy Alertmanager's answers, with 200 alerts for the dock to show.
void serveHealthy(FaultyHttpServer &server)
{
    QByteArray alerts = "[";
    for (int i = 0; i < 200; ++i) {
        alerts += (i == 0 ? "" : ",");
        alerts += "{\"labels\":{\"alertname\":\"Fake" + QByteArray::number(i) +
                  "\",\"severity\":\"warning\"},\"annotations\":{\"summary\":\"fake\"},"
                  "\"startsAt\":\"2026-12-07T00:00:00.000Z\",\"endsAt\":\"2099-01-01T00:00:00Z\","
                  "\"status\":{\"state\":\"active\",\"silencedBy\":[],\"inhibitedBy\":[]}}";
    }
    alerts += "]";
    server.serveAlertmanager(alerts);
}

void runFor(int ms)
{
    QElapsedTimer clock;
    clock.start();
    (void)runUntil([&] { return clock.elapsed() >= ms; }, ms + 1000);
}

} // namespace

int main(int argc, char **argv)
{
    useOffscreenUnlessSet();
    QApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption secondsOption(QStringLiteral("seconds"),
                                           QStringLiteral("Seconds of each fault."),
                                           QStringLiteral("S"), QStringLiteral("6"));
    parser.addOption(secondsOption);
    parser.addHelpOption();
    parser.process(app);
    const int faultMs = std::max(2, parser.value(secondsOption).toInt()) * 1000;
    constexpr int IntervalSeconds = 1;

    std::printf("each fault for %d s; polls every %d s, 1 s deadline, 64 KiB cap\n", faultMs / 1000,
                IntervalSeconds);
    std::printf("%-24s %12s %10s %13s %12s %14s\n", "fault", "stall ms", "busy ms", "failed polls",
                "recovery s", "backoff then s");
    double worstStall = 0;
    double worstBusy = 0;
    for (const Fault &fault : faults()) {
        FaultyHttpServer server;
        if (!server.listen()) {
            std::fprintf(stderr, "the fault server cannot listen\n");
            return 1;
        }
        serveHealthy(server);
        BackendDefinition definition;
        definition.id = newId();
        definition.name = QStringLiteral("faulty");
        definition.kind = BackendKind::Alertmanager;
        definition.url = server.url().toString();
        definition.intervalSeconds = IntervalSeconds;
        definition.timeoutSeconds = 1;
        AlarmService alarms;
        alarms.setMaxAnswerBytes(65536);
        RunbookCatalog runbooks;
        NoDeclarer declarer;
        ui::AlarmsDock dock(alarms, runbooks, declarer);
        dock.resize(1200, 700);
        dock.show();
        alarms.setBackends({definition});
        alarms.start();
        const auto state = [&alarms] {
            return alarms.health().constFirst().state;
        };
        if (!runUntil([&] { return state() == BackendHealth::State::Ok; }, 10000)) {
            std::fprintf(stderr, "%s: the healthy server was not polled\n", fault.name);
            return 1;
        }

        test::StallProbe probe;
        if (fault.overTls) {
            QString url = server.url().toString();
            definition.url = url.replace(QStringLiteral("http://"), QStringLiteral("https://"));
            alarms.setBackends({definition}); // a new poller, started as the console does
            alarms.start();
        } else {
            server.clearRoutes();
            server.setBehaviour(fault.behaviour);
            server.setResponse(fault.response);
        }
        probe.reset();
        runFor(faultMs);
        const double stall = probe.longestMs();
        const double busy = probe.longestBusyMs();
        const BackendHealth during = alarms.health().constFirst();
        const int backoffMs = BackendPoller::delayMs(IntervalSeconds * 1000, during.failures, 1.0);

        if (fault.overTls) {
            definition.url = server.url().toString();
            alarms.setBackends({definition});
            alarms.start();
        }
        serveHealthy(server);
        QElapsedTimer recovery;
        recovery.start();
        const bool recovered =
            runUntil([&] { return state() == BackendHealth::State::Ok; }, 10 * 60 * 1000);
        std::printf("%-24s %12.1f %10.1f %13d %12.2f %14.1f%s\n", fault.name, stall, busy,
                    during.failures, double(recovery.elapsed()) / 1000.0,
                    double(backoffMs) / 1000.0, recovered ? "" : "  (did not recover)");
        std::fflush(stdout);
        worstStall = std::max(worstStall, stall);
        worstBusy = std::max(worstBusy, busy);
    }
    std::printf("worst GUI-thread stall during a fault: %.1f ms (busy %.1f ms)\n", worstStall,
                worstBusy);
    return 0;
}
