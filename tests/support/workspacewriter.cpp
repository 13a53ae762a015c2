// A second process for the store tests: opens a workspace and appends timeline notes to an
// incident, printing "committed N" after each commit (flushed, so a test that kills this
// process knows which writes had committed).
//
//   workspace_writer WORKSPACE INCIDENT_ID COUNT BATCH AUTHOR [index|follow=N]
// With "index" it also brings the full-text index up to date after every commit. With
// "follow=N" it keeps its event loop running while it writes and afterwards, until its own
// change feed has announced N events written by other processes, and prints "seen M". A feed
// announces what is written after it starts, so in this mode it prints "ready" once its feed
// runs and waits for a line on standard input before it writes.
#include "model/timelineevent.h"
#include "store/changefeed.h"
#include "store/searchindex.h"
#include "store/timelinerepository.h"
#include "store/workspacestore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSet>

#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 6 && args.size() != 7) {
        std::fprintf(stderr, "usage: workspace_writer WORKSPACE INCIDENT_ID COUNT BATCH AUTHOR "
                             "[index|follow=N]\n");
        return 2;
    }
    QString error;
    auto store = opsdeck::WorkspaceStore::open(args.at(1), &error);
    if (!store) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    opsdeck::TimelineRepository timeline(*store);
    const QString mode = args.value(6);
    const bool index = mode == QLatin1String("index");
    const int follow = mode.startsWith(QLatin1String("follow=")) ? mode.mid(7).toInt() : 0;
    QSet<QString> mine;
    QSet<QString> seenForeign;
    QObject::connect(store->feed(), &opsdeck::ChangeFeed::changed, &app,
                     [&](const opsdeck::StoreChange &change) {
                         if (change.aggregate == opsdeck::Aggregate::Timeline) {
                             for (const QString &id : change.ids) {
                                 if (!mine.contains(id)) {
                                     seenForeign.insert(id);
                                 }
                             }
                         }
                     });
    const int count = args.at(3).toInt();
    const int batch = std::max(1, args.at(4).toInt());
    if (follow > 0) {
        std::printf("ready\n");
        std::fflush(stdout);
        char line[16];
        if (std::fgets(line, sizeof line, stdin) == nullptr) {
            return 1;
        }
    }
    int written = 0;
    while (written < count) {
        QList<opsdeck::TimelineEvent> events;
        for (int i = 0; i < batch && written + i < count; ++i) {
            opsdeck::TimelineEvent event;
            event.incidentId = args.at(2);
            event.author = args.at(5);
            event.text = QStringLiteral("note %1 from %2").arg(written + i).arg(args.at(5));
            events.append(event);
        }
        for (opsdeck::TimelineEvent &event : events) {
            event.id = opsdeck::newId();
            mine.insert(event.id);
        }
        if (!timeline.appendBatch(events, &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        written += int(events.size());
        if (follow > 0) {
            QCoreApplication::processEvents(); // let the feed notice the other writer
        }
        if (index) {
            QSqlDatabase db = store->database();
            if (opsdeck::SearchIndex::catchUp(db, &error) < 0) {
                std::fprintf(stderr, "%s\n", qPrintable(error));
                return 1;
            }
        }
        std::printf("committed %d\n", written);
        std::fflush(stdout);
    }
    if (follow > 0) {
        QElapsedTimer waited;
        waited.start();
        while (seenForeign.size() < follow && waited.elapsed() < 5000) {
            QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        }
        std::printf("seen %lld\n", qint64(seenForeign.size()));
        std::fflush(stdout);
    }
    return 0;
}
