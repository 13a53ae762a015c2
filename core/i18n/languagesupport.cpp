#include "i18n/languagesupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QLibraryInfo>
#include <QLocale>
#include <QPointer>
#include <QTranslator>

namespace opsdeck {
namespace {

const QString kResourceFolder = QStringLiteral(":/i18n");

QString translationFile(const QString &language)
{
    return QStringLiteral("%1/opsdeck_%2.qm").arg(kResourceFolder, language);
}

QList<QPointer<QTranslator>> &installed()
{
    static QList<QPointer<QTranslator>> translators;
    return translators;
}

void removeInstalled()
{
    for (const QPointer<QTranslator> &translator : std::as_const(installed())) {
        if (!translator.isNull()) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
    }
    installed().clear();
}

bool installOne(const QString &file, const QString &directory)
{
    auto *translator = new QTranslator(QCoreApplication::instance());
    if (!translator->load(file, directory)) {
        delete translator;
        return false;
    }
    QCoreApplication::installTranslator(translator);
    installed().append(translator);
    return true;
}

} // namespace

QStringList LanguageSupport::available()
{
    QStringList languages{QStringLiteral("en")};
    const QStringList files =
        QDir(kResourceFolder).entryList({QStringLiteral("opsdeck_*.qm")}, QDir::Files, QDir::Name);
    for (const QString &file : files) {
        const QString language = file.mid(8, file.size() - 11); // between "opsdeck_" and ".qm"
        if (!languages.contains(language)) {
            languages.append(language);
        }
    }
    return languages;
}

QString LanguageSupport::normalize(const QString &code)
{
    QString language = QLocale(code).name().section(QLatin1Char('_'), 0, 0);
    // QLocale falls back to "C" for codes it does not know.
    if (language == QLatin1String("C") || !available().contains(language)) {
        return {};
    }
    return language;
}

QString LanguageSupport::install(const QString &code)
{
    removeInstalled();
    QString language;
    if (code.isEmpty()) {
        for (const QString &candidate : QLocale::system().uiLanguages()) {
            language = normalize(candidate);
            if (!language.isEmpty()) {
                break;
            }
        }
    } else {
        language = normalize(code);
    }
    if (language.isEmpty() || language == QLatin1String("en")) {
        QLocale::setDefault(QLocale(QLocale::English));
        // English is the source language; its catalogue holds only plural forms.
        installOne(translationFile(QStringLiteral("en")), QString());
        return QStringLiteral("en");
    }
    QLocale::setDefault(QLocale(language));
    installOne(QStringLiteral("qtbase_") + language,
               QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    installOne(translationFile(language), QString());
    return language;
}

} // namespace opsdeck
