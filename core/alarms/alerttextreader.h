#pragma once

#include "model/alert.h"

#include <QByteArrayView>

#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

namespace opsdeck {

// One copy of each repeated text among the alerts of an answer, found by its UTF-8 bytes, so a
// text seen before costs no allocation: label names, and values such as "critical" or a service
// name, repeat across 100,000 alerts. Values of a name that keeps bringing new ones (instance, a
// summary naming its host) are not pooled: they do not repeat, and holding them all would cost
// more than it saves. Copies of a QString share its characters.
class AlertTextPool {
public:
    QString name(QByteArrayView utf8);
    QString value(QByteArrayView name, QByteArrayView utf8);

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

    static QString intern(Texts &texts, std::string_view utf8);

    Texts m_names;
    std::unordered_map<std::string, Values, Hash, std::equal_to<>> m_values;
};

// Reads one alert of an Alertmanager /api/v2/alerts answer straight from its JSON text into the
// model, without building a document for it: what AlertParser's full reading of the text gives,
// at a fraction of its time and allocations. Returns nothing for a text it is not sure of (JSON
// beyond JsonCursor's subset, a name given twice, a label that is not a string, no start time):
// the full reading then decides, and names what is wrong.
std::optional<Alert> readAlertmanagerAlert(QByteArrayView text, const QStringList &sources,
                                           AlertTextPool &pool);

} // namespace opsdeck
