#include "common/messagelabel.h"
#include "incidents/incidentservice.h"
#include "incidents/incidentsession.h"
#include "postmortems/postmortemservice.h"
#include "store/incidentrepository.h"
#include "store/timelinerepository.h"
#include "store/workspacestore.h"
#include "testhome.h"
#include "timeline/timelinedock.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <fcntl.h>
#include <sched.h>
#include <sys/mount.h>
#include <sys/resource.h>
#include <unistd.h>

using namespace opsdeck;
using namespace opsdeck::ui;

namespace {

// Where the workspace lives: a 4 MiB tmpfs of the test's own when the kernel lets an
// unprivileged process have a mount namespace (a real full disk: ENOSPC), else an ordinary
// folder whose files may not grow (RLIMIT_FSIZE: the kernel refuses with EFBIG).
struct SmallDisk {
    QString path;
    bool tmpfs = false;
};
SmallDisk g_disk;

bool writeProcFile(const char *file, const QByteArray &text)
{
    const int fd = ::open(file, O_WRONLY);
    if (fd < 0) {
        return false;
    }
    const bool written = ::write(fd, text.constData(), size_t(text.size())) == text.size();
    ::close(fd);
    return written;
}

// Must run before any thread exists (unshare refuses a threaded process a user namespace).
bool mountTmpfs(const QByteArray &mountPoint)
{
    const QByteArray uid = QByteArray::number(::getuid());
    const QByteArray gid = QByteArray::number(::getgid());
    if (::unshare(CLONE_NEWUSER | CLONE_NEWNS) == 0) {
        // Stay who we are inside the namespace.
        if (!writeProcFile("/proc/self/setgroups", "deny") ||
            !writeProcFile("/proc/self/uid_map", uid + ' ' + uid + " 1") ||
            !writeProcFile("/proc/self/gid_map", gid + ' ' + gid + " 1")) {
            return false;
        }
    } else if (::unshare(CLONE_NEWNS) != 0) {
        return false;
    }
    return ::mount(nullptr, "/", nullptr, MS_REC | MS_PRIVATE, nullptr) == 0 &&
           ::mount("opsdeck-small-disk", mountPoint.constData(), "tmpfs", 0, "size=4m") == 0;
}

} // namespace

// A workspace on a full disk: every kind of write is refused with a message that names the
// workspace, what was committed stays, the console keeps working, and the next write after
// space returns succeeds.
class FullDiskTest : public QObject {
    Q_OBJECT

private:
    QString m_file;
    std::unique_ptr<WorkspaceStore> m_store;
    QString m_filler;

    // Takes the rest of the space: on the tmpfs a file as large as it allows; otherwise no
    // file may grow beyond its size now.
    void fillTheDisk()
    {
        if (g_disk.tmpfs) {
            m_filler = QDir(g_disk.path).filePath(QStringLiteral("filler"));
            QFile filler(m_filler);
            QVERIFY(filler.open(QIODevice::WriteOnly));
            const QByteArray block(4096, 'x');
            while (filler.write(block) == block.size() && filler.flush()) {
            }
            return;
        }
        qint64 largest = 0;
        for (const QFileInfo &file : QDir(g_disk.path).entryInfoList(QDir::Files)) {
            largest = std::max(largest, file.size());
        }
        rlimit limit{};
        QCOMPARE(::getrlimit(RLIMIT_FSIZE, &limit), 0);
        limit.rlim_cur = rlim_t(largest);
        QCOMPARE(::setrlimit(RLIMIT_FSIZE, &limit), 0);
    }

    void freeTheDisk()
    {
        if (g_disk.tmpfs) {
            QVERIFY(QFile::remove(m_filler));
            return;
        }
        rlimit limit{};
        QCOMPARE(::getrlimit(RLIMIT_FSIZE, &limit), 0);
        limit.rlim_cur = limit.rlim_max;
        QCOMPARE(::setrlimit(RLIMIT_FSIZE, &limit), 0);
    }

    static void checkRefusal(const QString &error, const QString &workspace)
    {
        QVERIFY2(error.contains(workspace), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("nothing was changed")), qPrintable(error));
    }

private Q_SLOTS:
    void initTestCase()
    {
        ::signal(SIGXFSZ, SIG_IGN); // RLIMIT_FSIZE: a refused write, not a dead process
        qInfo("the disk: %s", g_disk.tmpfs ? "a 4 MiB tmpfs" : "files limited by RLIMIT_FSIZE");
        m_file = QDir(g_disk.path).filePath(QStringLiteral("small.opsdeck"));
        QString error;
        m_store = WorkspaceStore::open(m_file, &error);
        QVERIFY2(m_store, qPrintable(error));
    }

    void writesAreRefusedNamingTheWorkspaceAndNothingCommittedIsLost()
    {
        IncidentService incidents(*m_store);
        PostMortemService postMortems(*m_store);
        Incident incident;
        incident.title = QStringLiteral("Disk full on the console's machine");
        QString error;
        QVERIFY2(incidents.declare(incident, {}, QStringLiteral("alice"), &error),
                 qPrintable(error));
        QStringList committed;
        for (int i = 0; i < 20; ++i) {
            const auto note = incidents.addNote(incident.id, QStringLiteral("before %1").arg(i),
                                                QStringLiteral("alice"), &error);
            QVERIFY2(note, qPrintable(error));
            committed.append(note->id);
        }
        auto document =
            postMortems.createBlank(QStringLiteral("Full disk"), QStringLiteral("alice"), &error);
        QVERIFY2(document, qPrintable(error));

        fillTheDisk();
        // Notes until one is refused: SQLite reuses free pages of its files first.
        QString refusal;
        const QString text = QStringLiteral("a long note that needs new pages ").repeated(100);
        for (int i = 0; i < 2000 && refusal.isEmpty(); ++i) {
            const auto note =
                incidents.addNote(incident.id, text, QStringLiteral("alice"), &refusal);
            if (note) {
                committed.append(note->id);
            }
        }
        qInfo("refused: %s", qPrintable(refusal));
        checkRefusal(refusal, m_file);
        if (g_disk.tmpfs) {
            QVERIFY2(refusal.contains(QStringLiteral("is full")), qPrintable(refusal));
        }

        // Every other kind of write is refused the same way and changes nothing.
        const qint64 eventsBefore = TimelineRepository(*m_store).count();
        QVERIFY(!incidents.changeStatus(incident.id, Incident::Status::Investigating, false,
                                        QStringLiteral("alice"), &error));
        checkRefusal(error, m_file);
        QCOMPARE(IncidentRepository(*m_store).get(incident.id)->status, Incident::Status::Triage);
        document->sections.first().markdown = QStringLiteral("We ran out of disk. ").repeated(400);
        QVERIFY(!postMortems.save(*document, QStringLiteral("alice"), &error));
        checkRefusal(error, m_file);
        QVERIFY(!postMortems.autosave(*document, QStringLiteral("alice"), &error));
        checkRefusal(error, m_file);
        QCOMPARE(postMortems.find(document->id, &error)->versions.size(), 1);
        QCOMPARE(TimelineRepository(*m_store).count(), eventsBefore);

        // What was committed is all there, in a sound file.
        QSqlQuery check(m_store->database());
        QVERIFY(check.exec(QStringLiteral("PRAGMA integrity_check")) && check.next());
        QCOMPARE(check.value(0).toString(), QStringLiteral("ok"));
        const QList<TimelineEvent> events = TimelineRepository(*m_store).eventsOf(incident.id);
        QSet<QString> stored;
        for (const TimelineEvent &event : events) {
            stored.insert(event.id);
        }
        for (const QString &id : std::as_const(committed)) {
            QVERIFY2(stored.contains(id), qPrintable(id));
        }

        // Space returns: the next writes succeed.
        freeTheDisk();
        QVERIFY2(incidents.addNote(incident.id, QStringLiteral("space is back"),
                                   QStringLiteral("alice"), &error),
                 qPrintable(error));
        QVERIFY2(incidents.changeStatus(incident.id, Incident::Status::Investigating, false,
                                        QStringLiteral("alice"), &error),
                 qPrintable(error));
        QVERIFY2(postMortems.save(*document, QStringLiteral("alice"), &error), qPrintable(error));
    }

    void theTimelineKeepsTheTypedNoteAndSaysWhy()
    {
        IncidentService incidents(*m_store);
        Incident incident;
        incident.title = QStringLiteral("Notes on a full disk");
        QString error;
        QVERIFY2(incidents.declare(incident, {}, QStringLiteral("alice"), &error),
                 qPrintable(error));
        IncidentSession session(*m_store);
        TimelineDock dock(session, incidents, QStringLiteral("alice"));
        dock.resize(700, 500);
        dock.show();
        QSignalSpy opened(&session, &IncidentSession::opened);
        session.open(incident.id);
        QVERIFY(opened.wait(5000));
        auto *note = dock.findChild<QPlainTextEdit *>(QStringLiteral("noteField"));
        QVERIFY(note != nullptr);
        QPushButton *add = nullptr;
        for (QPushButton *button : dock.findChildren<QPushButton *>()) {
            add = button->text() == QStringLiteral("Add note") ? button : add;
        }
        QVERIFY(add != nullptr);
        auto *message = dock.findChild<MessageLabel *>();
        QVERIFY(message != nullptr);

        fillTheDisk();
        // Typed notes until one is refused (free pages first take a few).
        const QString text = QStringLiteral("what the scribe typed while the disk filled ");
        for (int i = 0; i < 2000 && !message->isVisible(); ++i) {
            note->setPlainText(text.repeated(60) + QString::number(i));
            QTest::mouseClick(add, Qt::LeftButton);
        }
        QVERIFY(message->isVisible());
        QVERIFY2(message->text().contains(m_file), qPrintable(message->text()));
        QVERIFY(note->toPlainText().startsWith(text)); // the typed text stays to try again

        freeTheDisk();
        const int rows = int(session.events().size());
        QTest::mouseClick(add, Qt::LeftButton);
        QVERIFY(note->toPlainText().isEmpty());
        QVERIFY(message->isHidden());
        QTRY_COMPARE(int(session.events().size()), rows + 1);
        session.close();
    }

    void cleanupTestCase()
    {
        m_store.reset(); // the files close before the disk goes
    }
};

int main(int argc, char **argv)
{
    // The mount comes first: it needs a process without threads.
    static QTemporaryDir disk(QDir::tempPath() + QStringLiteral("/opsdeck-full-disk-XXXXXX"));
    g_disk.path = disk.path();
    // OPSDECK_FULL_DISK=rlimit tries the other way on a machine that allows both.
    g_disk.tmpfs =
        qgetenv("OPSDECK_FULL_DISK") != "rlimit" && mountTmpfs(QFile::encodeName(disk.path()));
    const opsdeck::test::TestHome home;
    QApplication app(argc, argv);
    FullDiskTest test;
    QTEST_SET_MAIN_SOURCE_PATH
    const int status = QTest::qExec(&test, argc, argv);
    if (g_disk.tmpfs) {
        ::umount(QFile::encodeName(disk.path()).constData());
    }
    return status;
}

#include "tst_fulldisk.moc"
