#include "runbooks/ssmdocumentparser.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QStringDecoder>
#include <QUuid>

#include <string>
#include <vector>
#include <yaml-cpp/yaml.h>

namespace opsdeck {

namespace {

const QString AutomationSchemaVersion = QStringLiteral("0.3");
constexpr int MaxDepth = 200; // deeper than any real document; guards the recursion

// JSON and YAML read into the same small tree, each node knowing its 1-based line.
struct Node {
    enum class Kind { Null, Scalar, Sequence, Map };
    Kind kind = Kind::Null;
    int line = 0;
    QString scalar;
    QStringList keys;        // Map: the keys, parallel to `items`
    QList<int> keyLines;     // Map: the line of each key
    std::vector<Node> items; // Sequence: the elements; Map: the values

    // The value of `key` in a mapping (the last one if given twice, as JSON readers do).
    const Node *member(const QString &key) const
    {
        if (kind != Kind::Map) {
            return nullptr;
        }
        const qsizetype index = keys.lastIndexOf(key);
        return index < 0 ? nullptr : &items.at(std::size_t(index));
    }

    // Where `key` is written, else where the mapping starts.
    int lineOf(const QString &key) const
    {
        const qsizetype index = keys.lastIndexOf(key);
        return index < 0 ? line : keyLines.at(index);
    }
};

// Walks JSON text that QJsonDocument has already accepted, keeping the line of every value
// (QJsonDocument itself forgets where values were).
class JsonScanner {
public:
    explicit JsonScanner(const QString &text)
        : m_text(text)
    {}

    Node value()
    {
        skipSpace();
        Node node;
        node.line = m_line;
        const QChar next = peek();
        if (next == QLatin1Char('{')) {
            node.kind = Node::Kind::Map;
            ++m_pos;
            while (skipSpace(), peek() == QLatin1Char('"')) {
                node.keyLines.append(m_line);
                node.keys.append(string());
                skipSpace();
                ++m_pos; // ':'
                node.items.push_back(value());
                skipSpace();
                if (peek() == QLatin1Char(',')) {
                    ++m_pos;
                }
            }
            ++m_pos; // '}'
        } else if (next == QLatin1Char('[')) {
            node.kind = Node::Kind::Sequence;
            ++m_pos;
            while (skipSpace(), !atEnd() && peek() != QLatin1Char(']')) {
                node.items.push_back(value());
                skipSpace();
                if (peek() == QLatin1Char(',')) {
                    ++m_pos;
                }
            }
            ++m_pos; // ']'
        } else if (next == QLatin1Char('"')) {
            node.kind = Node::Kind::Scalar;
            node.scalar = string();
        } else {
            const qsizetype start = m_pos;
            while (!atEnd() && !QStringLiteral(",]} \t\r\n").contains(peek())) {
                ++m_pos;
            }
            const QString literal = m_text.mid(start, m_pos - start);
            if (literal != QLatin1String("null")) {
                node.kind = Node::Kind::Scalar;
                node.scalar = literal;
            }
        }
        return node;
    }

private:
    bool atEnd() const { return m_pos >= m_text.size(); }
    QChar peek() const { return atEnd() ? QChar() : m_text.at(m_pos); }

    void skipSpace()
    {
        while (!atEnd() && peek().isSpace()) {
            if (peek() == QLatin1Char('\n')) {
                ++m_line;
            }
            ++m_pos;
        }
    }

    // A string literal at m_pos, escapes decoded; UTF-16 surrogate escapes pair up by themselves.
    QString string()
    {
        QString result;
        ++m_pos; // '"'
        while (!atEnd() && peek() != QLatin1Char('"')) {
            QChar c = peek();
            ++m_pos;
            if (c == QLatin1Char('\\') && !atEnd()) {
                const QChar escape = peek();
                ++m_pos;
                switch (escape.unicode()) {
                case 'b':
                    c = QLatin1Char('\b');
                    break;
                case 'f':
                    c = QLatin1Char('\f');
                    break;
                case 'n':
                    c = QLatin1Char('\n');
                    break;
                case 'r':
                    c = QLatin1Char('\r');
                    break;
                case 't':
                    c = QLatin1Char('\t');
                    break;
                case 'u':
                    c = QChar(char16_t(m_text.mid(m_pos, 4).toUShort(nullptr, 16)));
                    m_pos += 4;
                    break;
                default:
                    c = escape; // " \ /
                }
            }
            result.append(c);
        }
        ++m_pos; // '"'
        return result;
    }

    const QString &m_text;
    qsizetype m_pos = 0;
    int m_line = 1;
};

Node fromYaml(const YAML::Node &yaml, int depth)
{
    Node node;
    node.line = yaml.Mark().is_null() ? 0 : yaml.Mark().line + 1;
    if (depth > MaxDepth) {
        throw YAML::ParserException(yaml.Mark(), "the document is nested too deeply");
    }
    switch (yaml.Type()) {
    case YAML::NodeType::Scalar:
        node.kind = Node::Kind::Scalar;
        node.scalar = QString::fromStdString(yaml.Scalar());
        break;
    case YAML::NodeType::Sequence:
        node.kind = Node::Kind::Sequence;
        for (const YAML::Node &item : yaml) {
            node.items.push_back(fromYaml(item, depth + 1));
        }
        break;
    case YAML::NodeType::Map:
        node.kind = Node::Kind::Map;
        for (const auto &pair : yaml) {
            node.keys.append(pair.first.IsScalar() ? QString::fromStdString(pair.first.Scalar())
                                                   : QString());
            node.keyLines.append(pair.first.Mark().is_null() ? node.line
                                                             : pair.first.Mark().line + 1);
            node.items.push_back(fromYaml(pair.second, depth + 1));
        }
        break;
    case YAML::NodeType::Null:
    case YAML::NodeType::Undefined:
        break;
    }
    return node;
}

int lineAtOffset(const QByteArray &content, qsizetype offset)
{
    return int(content.left(offset).count('\n')) + 1;
}

// Turns the tree into a runbook, stopping at the first problem.
class DocumentReader {
public:
    explicit DocumentReader(const QString &filePath)
        : m_filePath(filePath)
    {}

    std::optional<Runbook> read(const Node &root, RunbookProblem *problem)
    {
        Runbook runbook;
        if (!readDocument(root, &runbook)) {
            *problem = m_problem;
            return std::nullopt;
        }
        *problem = {};
        return runbook;
    }

private:
    bool fail(int line, const QString &message)
    {
        m_problem = {m_filePath, line, message};
        return false;
    }

    // The text of a required scalar member of `parent` (whose path is `path`).
    bool requiredText(const Node &parent, const QString &path, const QString &key, QString *text)
    {
        const QString fieldPath = path.isEmpty() ? key : path + QLatin1Char('.') + key;
        const Node *value = parent.member(key);
        if (!value || value->kind == Node::Kind::Null) {
            return fail(
                parent.lineOf(key),
                QCoreApplication::translate("SsmDocumentParser", "%1 is missing").arg(fieldPath));
        }
        if (value->kind != Node::Kind::Scalar || value->scalar.trimmed().isEmpty()) {
            return fail(value->line,
                        QCoreApplication::translate("SsmDocumentParser", "%1: expected text")
                            .arg(fieldPath));
        }
        *text = value->scalar.trimmed();
        return true;
    }

    bool readDocument(const Node &root, Runbook *runbook)
    {
        if (root.kind != Node::Kind::Map) {
            return fail(qMax(root.line, 1),
                        QCoreApplication::translate(
                            "SsmDocumentParser",
                            "expected a mapping with schemaVersion and mainSteps (an SSM "
                            "Automation document)"));
        }
        QString version;
        if (!requiredText(root, {}, QStringLiteral("schemaVersion"), &version)) {
            return false;
        }
        if (version != AutomationSchemaVersion) {
            // requiredText found it; the check keeps the optimiser's null analysis quiet.
            const Node *schema = root.member(QStringLiteral("schemaVersion"));
            return fail(schema != nullptr ? schema->line : root.line,
                        QCoreApplication::translate(
                            "SsmDocumentParser",
                            "schemaVersion: expected '0.3' (an Automation document), got "
                            "'%1'")
                            .arg(version));
        }
        runbook->id = QUuid::createUuidV5(QUuid(), m_filePath).toString(QUuid::WithoutBraces);
        runbook->sourcePath = m_filePath;
        runbook->readOnly = true;
        runbook->title = QFileInfo(m_filePath).completeBaseName();
        if (const Node *description = root.member(QStringLiteral("description"))) {
            if (description->kind == Node::Kind::Scalar) {
                if (const QString line = firstLine(description->scalar); !line.isEmpty()) {
                    runbook->title = line;
                }
            } else if (description->kind != Node::Kind::Null) {
                return fail(
                    description->line,
                    QCoreApplication::translate("SsmDocumentParser", "description: expected text"));
            }
        }
        const Node *steps = root.member(QStringLiteral("mainSteps"));
        if (!steps || steps->kind == Node::Kind::Null) {
            return fail(root.lineOf(QStringLiteral("mainSteps")),
                        QCoreApplication::translate("SsmDocumentParser", "mainSteps is missing"));
        }
        if (steps->kind != Node::Kind::Sequence || steps->items.empty()) {
            return fail(steps->line, QCoreApplication::translate(
                                         "SsmDocumentParser",
                                         "mainSteps: expected a list of at least one step"));
        }
        for (std::size_t index = 0; index < steps->items.size(); ++index) {
            const QString path = QStringLiteral("mainSteps[%1]").arg(index);
            Runbook::Step step;
            if (!readStep(steps->items.at(index), path, &step)) {
                return false;
            }
            runbook->steps.append(step);
        }
        return true;
    }

    bool readStep(const Node &node, const QString &path, Runbook::Step *step)
    {
        if (node.kind != Node::Kind::Map) {
            return fail(node.line,
                        QCoreApplication::translate("SsmDocumentParser",
                                                    "%1: expected a mapping with name and action")
                            .arg(path));
        }
        QString name;
        QString action;
        if (!requiredText(node, path, QStringLiteral("name"), &name) ||
            !requiredText(node, path, QStringLiteral("action"), &action)) {
            return false;
        }
        step->title = QStringLiteral("%1 (%2)").arg(name, action);
        const Node *inputs = node.member(QStringLiteral("inputs"));
        if (!inputs) {
            return true;
        }
        if (action == QLatin1String("aws:runCommand")) {
            const Node *parameters = inputs->member(QStringLiteral("Parameters"));
            const Node *commands =
                parameters ? parameters->member(QStringLiteral("commands")) : nullptr;
            return commands == nullptr ||
                   readCommands(*commands, path + QStringLiteral(".inputs.Parameters.commands"),
                                &step->command);
        }
        if (action == QLatin1String("aws:executeScript")) {
            const Node *script = inputs->member(QStringLiteral("Script"));
            if (script && script->kind != Node::Kind::Scalar) {
                return fail(script->line,
                            QCoreApplication::translate("SsmDocumentParser",
                                                        "%1.inputs.Script: expected text")
                                .arg(path));
            }
            step->command = script ? withoutTrailingNewlines(script->scalar) : QString();
        }
        return true;
    }

    bool readCommands(const Node &commands, const QString &path, QString *command)
    {
        if (commands.kind == Node::Kind::Scalar) {
            *command = withoutTrailingNewlines(commands.scalar);
            return true;
        }
        if (commands.kind != Node::Kind::Sequence) {
            return fail(commands.line,
                        QCoreApplication::translate("SsmDocumentParser",
                                                    "%1: expected a list of command lines")
                            .arg(path));
        }
        QStringList lines;
        for (std::size_t index = 0; index < commands.items.size(); ++index) {
            const Node &line = commands.items.at(index);
            if (line.kind != Node::Kind::Scalar) {
                return fail(line.line, QCoreApplication::translate(
                                           "SsmDocumentParser", "%1[%2]: expected a command line")
                                           .arg(path)
                                           .arg(index));
            }
            lines.append(line.scalar);
        }
        *command = withoutTrailingNewlines(lines.join(QLatin1Char('\n')));
        return true;
    }

    // The first non-empty line, without a Markdown heading's #s (descriptions are Markdown).
    static QString firstLine(const QString &text)
    {
        const QStringList lines = text.split(QLatin1Char('\n'));
        for (const QString &line : lines) {
            QString trimmed = line.trimmed();
            while (trimmed.startsWith(QLatin1Char('#'))) {
                trimmed.remove(0, 1);
            }
            trimmed = trimmed.trimmed();
            if (!trimmed.isEmpty()) {
                return trimmed;
            }
        }
        return {};
    }

    static QString withoutTrailingNewlines(QString text)
    {
        while (text.endsWith(QLatin1Char('\n'))) {
            text.chop(1);
        }
        return text;
    }

    const QString m_filePath;
    RunbookProblem m_problem;
};

} // namespace

bool SsmDocumentParser::handles(const QString &filePath)
{
    const QString suffix = QFileInfo(filePath).suffix().toLower();
    return suffix == QLatin1String("json") || suffix == QLatin1String("yaml") ||
           suffix == QLatin1String("yml");
}

std::optional<Runbook> SsmDocumentParser::parse(const QByteArray &content, const QString &filePath,
                                                RunbookProblem *problem)
{
    const bool json =
        QFileInfo(filePath).suffix().compare(QLatin1String("json"), Qt::CaseInsensitive) == 0;
    return parse(content, json ? Format::JsonDocument : Format::YamlDocument, filePath, problem);
}

std::optional<Runbook> SsmDocumentParser::parse(const QByteArray &content, Format format,
                                                const QString &filePath, RunbookProblem *problem)
{
    QByteArray bytes = content;
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        bytes.remove(0, 3); // a UTF-8 byte order mark; lines stay where they were
    }
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder.decode(bytes);
    if (decoder.hasError()) {
        *problem = {
            filePath, 0,
            QCoreApplication::translate("SsmDocumentParser", "the file is not valid UTF-8")};
        return std::nullopt;
    }
    Node root;
    if (format == Format::JsonDocument) {
        QJsonParseError error{};
        QJsonDocument::fromJson(bytes, &error);
        if (error.error != QJsonParseError::NoError) {
            *problem = {filePath, lineAtOffset(bytes, error.offset),
                        QCoreApplication::translate("SsmDocumentParser", "not valid JSON: %1")
                            .arg(error.errorString())};
            return std::nullopt;
        }
        root = JsonScanner(text).value();
    } else {
        try {
            root = fromYaml(YAML::Load(bytes.toStdString()), 0);
        } catch (const YAML::Exception &error) {
            *problem = {filePath, error.mark.is_null() ? 0 : error.mark.line + 1,
                        QCoreApplication::translate("SsmDocumentParser", "not valid YAML: %1")
                            .arg(QString::fromStdString(error.msg))};
            return std::nullopt;
        }
    }
    return DocumentReader(filePath).read(root, problem);
}

} // namespace opsdeck
