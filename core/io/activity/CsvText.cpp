#include "CsvText.h"

namespace paceline::csv {

namespace {

constexpr QByteArrayView kByteOrderMark("\xEF\xBB\xBF");

bool needsQuotes(const QString& field)
{
    for (const QChar c : field) {
        if (c == QLatin1Char(',') || c == QLatin1Char('"') || c == QLatin1Char('\n') ||
            c == QLatin1Char('\r'))
            return true;
    }
    // Leading or trailing spaces would be trimmed by some spreadsheets otherwise.
    return !field.isEmpty() && (field.front().isSpace() || field.back().isSpace());
}

QByteArrayView withoutByteOrderMark(QByteArrayView text)
{
    return text.startsWith(kByteOrderMark) ? text.sliced(kByteOrderMark.size()) : text;
}

/// A small state machine over the decoded text; it only ever moves forward, so any
/// input ends in a finite number of steps.
class Parser {
public:
    explicit Parser(const QString& text) : m_text(text) {}

    CsvParse run(const QString& fileName)
    {
        CsvParse result;
        while (m_pos < m_text.size()) {
            const int startLine = m_line;
            CsvRecord record{startLine, {}};
            if (!readRecord(record.fields)) {
                result.error = QStringLiteral("%1: line %2: a quoted field is never closed "
                                              "(a quote \" is missing)")
                                   .arg(fileName)
                                   .arg(m_quoteLine);
                return result;
            }
            if (!(record.fields.size() == 1 && record.fields.front().isEmpty()))
                result.records.push_back(std::move(record));
        }
        return result;
    }

private:
    QChar at(qsizetype pos) const { return pos < m_text.size() ? m_text.at(pos) : QChar(); }

    /// Reads fields up to the end of the record; false for an unclosed quote.
    bool readRecord(QStringList& fields)
    {
        while (true) {
            QString field;
            if (!readField(field))
                return false;
            fields << field;
            if (m_pos >= m_text.size())
                return true;
            const QChar c = m_text.at(m_pos++);
            if (c == QLatin1Char(','))
                continue;
            // A line break: CRLF, LF or a lone CR.
            if (c == QLatin1Char('\r') && at(m_pos) == QLatin1Char('\n'))
                ++m_pos;
            ++m_line;
            return true;
        }
    }

    bool readField(QString& field)
    {
        if (at(m_pos) != QLatin1Char('"')) {
            while (m_pos < m_text.size()) {
                const QChar c = m_text.at(m_pos);
                if (c == QLatin1Char(',') || c == QLatin1Char('\n') || c == QLatin1Char('\r'))
                    break;
                field += c;
                ++m_pos;
            }
            return true;
        }
        m_quoteLine = m_line;
        ++m_pos;
        while (m_pos < m_text.size()) {
            const QChar c = m_text.at(m_pos++);
            if (c == QLatin1Char('"')) {
                if (at(m_pos) != QLatin1Char('"'))
                    return readAfterClosingQuote(field);
                ++m_pos;
            } else if (c == QLatin1Char('\n') ||
                       (c == QLatin1Char('\r') && at(m_pos) != QLatin1Char('\n'))) {
                ++m_line;
            }
            field += c;
        }
        return false;
    }

    /// Text between a closing quote and the next comma (`"a"b`) is kept, as
    /// spreadsheets do, rather than refusing the file.
    bool readAfterClosingQuote(QString& field)
    {
        while (m_pos < m_text.size()) {
            const QChar c = m_text.at(m_pos);
            if (c == QLatin1Char(',') || c == QLatin1Char('\n') || c == QLatin1Char('\r'))
                break;
            field += c;
            ++m_pos;
        }
        return true;
    }

    const QString& m_text;
    qsizetype m_pos = 0;
    int m_line = 1;
    int m_quoteLine = 1;
};

} // namespace

QString quoteField(const QString& field)
{
    if (!needsQuotes(field))
        return field;
    QString quoted = field;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QByteArray recordLine(const QStringList& fields)
{
    QStringList quoted;
    quoted.reserve(fields.size());
    for (const QString& field : fields)
        quoted << quoteField(field);
    return quoted.join(QLatin1Char(',')).toUtf8() + "\r\n";
}

CsvParse parseCsv(QByteArrayView text, const QString& fileName)
{
    const QString decoded = QString::fromUtf8(withoutByteOrderMark(text));
    Parser parser(decoded);
    return parser.run(fileName);
}

QStringList headerOf(QByteArrayView head)
{
    const QByteArrayView text =
        withoutByteOrderMark(head.first(qMin(head.size(), qsizetype(4096))));
    qsizetype end = text.indexOf('\n');
    if (end < 0 && head.size() < 4096)
        end = text.size(); // a whole short file without a final line break
    if (end < 0)
        return {};
    CsvParse parsed = parseCsv(text.first(end), QString());
    if (!parsed.error.isEmpty() || parsed.records.empty())
        return {};
    return parsed.records.front().fields;
}

} // namespace paceline::csv
