#include "alarms/alerttextpool.h"

#include <QStringEncoder>

namespace opsdeck {
namespace {

std::string_view viewOf(QByteArrayView bytes)
{
    return {bytes.data(), std::size_t(bytes.size())};
}

std::string_view encode(const QString &text, std::string *into)
{
    QStringEncoder encoder(QStringEncoder::Utf8);
    into->resize(std::size_t(encoder.requiredSpace(text.size())));
    char *const end = encoder.appendToBuffer(into->data(), text);
    into->resize(std::size_t(end - into->data()));
    return *into;
}

} // namespace

template <typename Make>
QString AlertTextPool::intern(Texts &texts, std::string_view utf8, const Make &make)
{
    const auto found = texts.find(utf8);
    if (found != texts.end()) {
        return found->second;
    }
    QString text = make();
    texts.emplace(std::string(utf8), text);
    return text;
}

template <typename Make>
QString AlertTextPool::value(std::string_view name, std::string_view utf8, const Make &make)
{
    auto found = m_values.find(name);
    if (found == m_values.end()) {
        found = m_values.emplace(std::string(name), Values{}).first;
    }
    Values &values = found->second;
    if (values.distinct) {
        return make();
    }
    if (values.texts.size() >= MaxPooledValues && !values.texts.contains(utf8)) {
        values.distinct = true;
        values.texts.clear();
        return make();
    }
    return intern(values.texts, utf8, make);
}

QString AlertTextPool::name(QByteArrayView utf8)
{
    return intern(m_names, viewOf(utf8), [utf8] { return QString::fromUtf8(utf8); });
}

QString AlertTextPool::value(QByteArrayView name, QByteArrayView utf8)
{
    return value(viewOf(name), viewOf(utf8), [utf8] { return QString::fromUtf8(utf8); });
}

QString AlertTextPool::name(const QString &text)
{
    return intern(m_names, encode(text, &m_nameBytes), [&text] { return text; });
}

QString AlertTextPool::value(const QString &name, const QString &text)
{
    return value(encode(name, &m_nameBytes), encode(text, &m_valueBytes), [&text] { return text; });
}

} // namespace opsdeck
