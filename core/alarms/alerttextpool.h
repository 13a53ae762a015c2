#pragma once

#include <QByteArrayView>
#include <QString>

#include <string>
#include <string_view>
#include <unordered_map>

namespace opsdeck {

// One copy of each repeated text among the alerts of an answer, found by its UTF-8 bytes, so a
// text seen before costs no allocation: label names, and values such as "critical" or a service
// name, repeat across 100,000 alerts, and every alert holding its own copy would cost tens of
// megabytes. Values of a name that keeps bringing new ones (instance, a summary naming its host)
// are not pooled: they do not repeat, and holding them all would cost more than it saves. Copies
// of a QString share its characters. The bytes overloads serve the reading straight from the
// text, the QString ones the reading through Qt's JSON document; both share one pool.
class AlertTextPool {
public:
    QString name(QByteArrayView utf8);
    QString value(QByteArrayView name, QByteArrayView utf8);
    QString name(const QString &text);
    QString value(const QString &name, const QString &text);

private:
    static constexpr std::size_t MaxPooledValues = 256;
    struct Hash {
        using is_transparent = void;
        std::size_t operator()(std::string_view text) const
        {
            return std::hash<std::string_view>{}(text);
        }
    };
    using Texts = std::unordered_map<std::string, QString, Hash, std::equal_to<>>;
    struct Values {
        Texts texts;
        bool distinct = false;
    };

    // `make` gives the text as a QString when it is not in the pool yet.
    template <typename Make>
    static QString intern(Texts &texts, std::string_view utf8, const Make &make);
    template <typename Make>
    QString value(std::string_view name, std::string_view utf8, const Make &make);

    Texts m_names;
    std::unordered_map<std::string, Values, Hash, std::equal_to<>> m_values;
    std::string m_nameBytes; // the QString overloads' encodings, kept to spare an allocation
    std::string m_valueBytes;
};

} // namespace opsdeck
