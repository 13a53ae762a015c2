#include "fuzztargets.h"

#include <QDir>
#include <QFile>
#include <QTest>

#include <set>

// Every fuzz target on its seed corpus and on every input a fuzzing run ever found to break it
// (tests/fuzz/regressions/<target>/): the normal suite proves old crashes stay fixed without
// running libFuzzer. A broken parser contract aborts the run, so this test fails loudly.
class FuzzReplayTest : public QObject {
    Q_OBJECT

private:
    static QStringList inputsOf(const QString &kind, const QString &target)
    {
        const QDir folder(QStringLiteral(OPSDECK_SOURCE_DIR "/tests/fuzz/%1/%2").arg(kind, target));
        QStringList files;
        for (const QString &name : folder.entryList(QDir::Files, QDir::Name)) {
            files.append(folder.filePath(name));
        }
        return files;
    }

private Q_SLOTS:
    void replays_data()
    {
        QTest::addColumn<QString>("target");
        for (const opsdeck::fuzz::Target &target : opsdeck::fuzz::targets()) {
            const QString name =
                QString::fromUtf8(target.name.data(), qsizetype(target.name.size()));
            QTest::newRow(qPrintable(name)) << name;
        }
    }

    void replays()
    {
        QFETCH(const QString, target);
        const opsdeck::fuzz::Target *found = opsdeck::fuzz::findTarget(target.toStdString());
        if (found == nullptr) {
            QFAIL(qPrintable(target));
        }
        const QStringList corpus = inputsOf(QStringLiteral("corpus"), target);
        QVERIFY2(corpus.size() >= 3, qPrintable(QStringLiteral("%1 has a seed corpus of %2 inputs")
                                                    .arg(target)
                                                    .arg(corpus.size())));
        for (const QString &path : corpus + inputsOf(QStringLiteral("regressions"), target)) {
            QFile file(path);
            QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
            const QByteArray input = file.readAll();
            QVERIFY2(found->run(reinterpret_cast<const std::uint8_t *>(input.constData()),
                                std::size_t(input.size())) == 0,
                     qPrintable(path));
        }
    }

    void namesAreUnique()
    {
        std::set<std::string_view> names;
        for (const opsdeck::fuzz::Target &target : opsdeck::fuzz::targets()) {
            QVERIFY(names.insert(target.name).second);
        }
        QVERIFY(opsdeck::fuzz::findTarget("no such target") == nullptr);
    }
};

QTEST_GUILESS_MAIN(FuzzReplayTest)
#include "tst_fuzzreplay.moc"
