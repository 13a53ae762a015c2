#include "i18n/languagesupport.h"
#include "shell/mainwindow.h"
#include "shell/perspectivemanager.h"
#include "shell/viewdock.h"
#include "testconsole.h"
#include "testhome.h"

#include <QAction>
#include <QApplication>
#include <QDomDocument>
#include <QFile>
#include <QMenuBar>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace opsdeck::ui;
using opsdeck::LanguageSupport;

class TranslationsTest : public QObject {
    Q_OBJECT

private:
    struct Message {
        QString context;
        QString source;
        QString translation;
        bool finished = false;
    };

    static QList<Message> readTs(const QString &path, QString *error)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            *error = file.errorString();
            return {};
        }
        QDomDocument document;
        if (!document.setContent(&file, error)) {
            return {};
        }
        QList<Message> messages;
        const QDomNodeList contexts = document.elementsByTagName(QStringLiteral("context"));
        for (int c = 0; c < contexts.size(); ++c) {
            const QDomElement context = contexts.at(c).toElement();
            const QString name = context.firstChildElement(QStringLiteral("name")).text();
            for (QDomElement message = context.firstChildElement(QStringLiteral("message"));
                 !message.isNull();
                 message = message.nextSiblingElement(QStringLiteral("message"))) {
                const QDomElement translation =
                    message.firstChildElement(QStringLiteral("translation"));
                const QString type = translation.attribute(QStringLiteral("type"));
                messages.append({name, message.firstChildElement(QStringLiteral("source")).text(),
                                 translation.text(),
                                 type != QLatin1String("unfinished") &&
                                     type != QLatin1String("vanished") &&
                                     type != QLatin1String("obsolete")});
            }
        }
        return messages;
    }

    static QStringList menuTitles(const MainWindow &window)
    {
        QStringList titles;
        for (const QAction *action : window.menuBar()->actions()) {
            titles.append(action->text());
        }
        return titles;
    }

private Q_SLOTS:
    void cleanup() { LanguageSupport::install(QStringLiteral("en")); }

    void germanIsAvailable()
    {
        QVERIFY(LanguageSupport::available().contains(QStringLiteral("de")));
        QCOMPARE(LanguageSupport::normalize(QStringLiteral("de_DE")), QStringLiteral("de"));
        QCOMPARE(LanguageSupport::normalize(QStringLiteral("de-AT")), QStringLiteral("de"));
        QCOMPARE(LanguageSupport::normalize(QStringLiteral("xx")), QString());
    }

    // Every string the sources mark for translation has a finished German translation.
    void germanCoversEverySourceString()
    {
        QTemporaryDir dir;
        const QString fresh = dir.filePath(QStringLiteral("fresh_de.ts"));
        QProcess lupdate;
        lupdate.setWorkingDirectory(QStringLiteral(OPSDECK_SOURCE_DIR));
        lupdate.start(QStringLiteral(OPSDECK_LUPDATE),
                      {QStringLiteral("-silent"), QStringLiteral("-locations"),
                       QStringLiteral("none"), QStringLiteral("core"), QStringLiteral("ui"),
                       QStringLiteral("app"), QStringLiteral("-ts"), fresh});
        QVERIFY(lupdate.waitForFinished(60000));
        QCOMPARE(lupdate.exitCode(), 0);

        QString error;
        const QList<Message> wanted = readTs(fresh, &error);
        QVERIFY2(error.isEmpty() && !wanted.isEmpty(), qPrintable(error));
        const QList<Message> committed =
            readTs(QStringLiteral(OPSDECK_SOURCE_DIR "/translations/opsdeck_de.ts"), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));

        QStringList missing;
        for (const Message &message : wanted) {
            const bool translated = std::any_of(
                committed.begin(), committed.end(), [&message](const Message &candidate) {
                    return candidate.context == message.context &&
                           candidate.source == message.source && candidate.finished &&
                           !candidate.translation.isEmpty();
                });
            if (!translated) {
                missing.append(message.context + QStringLiteral(": ") + message.source);
            }
        }
        QVERIFY2(missing.isEmpty(),
                 qPrintable(QStringLiteral("untranslated in opsdeck_de.ts (run the "
                                           "update_translations target and translate):\n") +
                            missing.join(QLatin1Char('\n'))));
    }

    // English is the source language, but "%n alert(s)" needs its plural forms: every plural
    // message has them in opsdeck_en.ts, and they are used.
    void englishHasEveryPluralForm()
    {
        QString error;
        const QList<Message> german =
            readTs(QStringLiteral(OPSDECK_SOURCE_DIR "/translations/opsdeck_de.ts"), &error);
        const QList<Message> english =
            readTs(QStringLiteral(OPSDECK_SOURCE_DIR "/translations/opsdeck_en.ts"), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QStringList missing;
        for (const Message &message : german) {
            if (!message.source.contains(QLatin1String("%n"))) {
                continue;
            }
            const bool present =
                std::any_of(english.begin(), english.end(), [&message](const Message &candidate) {
                    return candidate.context == message.context &&
                           candidate.source == message.source && candidate.finished &&
                           !candidate.translation.isEmpty();
                });
            if (!present) {
                missing.append(message.source);
            }
        }
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QLatin1Char('\n'))));

        QCOMPARE(LanguageSupport::install(QStringLiteral("en")), QStringLiteral("en"));
        QCOMPARE(QCoreApplication::translate("opsdeck::ui::SilenceEditor", "Covers %n alert(s).",
                                             nullptr, 1),
                 QStringLiteral("Covers 1 alert."));
        QCOMPARE(QCoreApplication::translate("opsdeck::ui::SilenceEditor", "Covers %n alert(s).",
                                             nullptr, 12),
                 QStringLiteral("Covers 12 alerts."));
    }

    void theWindowSpeaksGerman()
    {
        QCOMPARE(LanguageSupport::install(QStringLiteral("de")), QStringLiteral("de"));
        const TestConsole console;
        const MainWindow window(console.features(), {QStringLiteral("/tmp/w.opsdeck"), {}});
        QCOMPARE(menuTitles(window),
                 (QStringList{QStringLiteral("&Datei"), QStringLiteral("&Ansicht"),
                              QStringLiteral("&Incident"), QStringLiteral("Post-&Mortem"),
                              QStringLiteral("&Perspektive"), QStringLiteral("&Hilfe")}));
        QCOMPARE(window.dock(QStringLiteral("alarms"))->windowTitle(), QStringLiteral("Alarme"));
        QCOMPARE(window.perspectives()->switchActions().at(0)->text(),
                 QStringLiteral("Bereitschaft"));
    }

    void switchingLanguageRetranslatesAnOpenWindow()
    {
        LanguageSupport::install(QStringLiteral("en"));
        const TestConsole console;
        const MainWindow window(console.features(), {QStringLiteral("/tmp/w.opsdeck"), {}});
        QCOMPARE(window.dock(QStringLiteral("silences"))->windowTitle(),
                 QStringLiteral("Silences"));
        LanguageSupport::install(QStringLiteral("de"));
        QTRY_COMPARE(window.dock(QStringLiteral("silences"))->windowTitle(),
                     QStringLiteral("Stummschaltungen"));
        QTRY_COMPARE(menuTitles(window).first(), QStringLiteral("&Datei"));
        LanguageSupport::install(QStringLiteral("en"));
        QTRY_COMPARE(menuTitles(window).first(), QStringLiteral("&File"));
    }
};

OPSDECK_TEST_MAIN(TranslationsTest)
#include "tst_translations.moc"
