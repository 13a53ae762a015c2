#pragma once

#include <QString>
#include <QStringList>

namespace opsdeck {

// The languages Opsdeck speaks and the translators that make it speak them.
class LanguageSupport {
public:
    // "en" and every language with a compiled translation, e.g. {"en", "de"}.
    static QStringList available();

    // "de", "de_DE" and "de-AT" all mean "de"; an empty result means not available.
    static QString normalize(const QString &code);

    // Installs Qt's own and Opsdeck's translations for `code`, replacing earlier ones; an empty
    // code follows the system locale. Returns the language now in use ("en" when none fits).
    static QString install(const QString &code);
};

} // namespace opsdeck
