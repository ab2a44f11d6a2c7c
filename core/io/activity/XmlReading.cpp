#include "XmlReading.h"

#include <QByteArray>
#include <QXmlStreamReader>

#include <cmath>

namespace paceline::xml {

namespace {

bool isXmlSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

/// Qt's message for the error, in the words a user reads in an import summary.
QString plainMessage(const QXmlStreamReader& reader)
{
    if (reader.error() == QXmlStreamReader::PrematureEndOfDocumentError)
        return QStringLiteral(
            "the XML ends before its elements are closed (is the file cut short?)");
    QString message = reader.errorString().trimmed();
    if (message.endsWith(QLatin1Char('.')))
        message.chop(1);
    if (!message.isEmpty())
        message[0] = message[0].toLower();
    return message.isEmpty() ? QStringLiteral("the XML is not well-formed") : message;
}

/// Reads `count` decimal digits at `pos`; nullopt when any is not a digit.
std::optional<int> digits(QStringView text, qsizetype pos, int count)
{
    if (pos + count > text.size())
        return std::nullopt;
    int value = 0;
    for (int i = 0; i < count; ++i) {
        const QChar c = text[pos + i];
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return std::nullopt;
        value = value * 10 + (c.unicode() - '0');
    }
    return value;
}

/// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil).
std::int64_t daysFromCivil(std::int64_t year, int month, int day)
{
    year -= month <= 2 ? 1 : 0;
    const std::int64_t era = (year >= 0 ? year : year - 399) / 400;
    const std::int64_t yearOfEra = year - era * 400;
    const std::int64_t dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
    const std::int64_t dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
    return era * 146097 + dayOfEra - 719468;
}

/// Milliseconds of a fraction ".123456" starting at `pos` (at the dot); moves `pos` past it.
int fractionMilliseconds(QStringView text, qsizetype& pos)
{
    if (pos >= text.size() || (text[pos] != QLatin1Char('.') && text[pos] != QLatin1Char(',')))
        return 0;
    ++pos;
    int milliseconds = 0;
    int scale = 100;
    // ASCII digits only: QChar::isDigit() also takes other scripts' digits, whose code
    // minus '0' is no digit value.
    while (pos < text.size() && text[pos] >= QLatin1Char('0') && text[pos] <= QLatin1Char('9')) {
        milliseconds += (text[pos].unicode() - '0') * scale;
        scale /= 10;
        ++pos;
    }
    return milliseconds;
}

/// The zone suffix's offset from UTC in seconds ("Z", "+02:00", "-0530", or nothing);
/// nullopt when something else follows the time.
std::optional<int> zoneOffsetSeconds(QStringView zone)
{
    if (zone.isEmpty() || zone == QLatin1String("Z") || zone == QLatin1String("z"))
        return 0;
    const bool negative = zone[0] == QLatin1Char('-');
    if (!negative && zone[0] != QLatin1Char('+'))
        return std::nullopt;
    const auto hours = digits(zone, 1, 2);
    const qsizetype minutesAt = zone.size() > 3 && zone[3] == QLatin1Char(':') ? 4 : 3;
    const auto minutes = zone.size() == 3 ? std::optional<int>(0) : digits(zone, minutesAt, 2);
    // Real offsets run from -12:00 to +14:00; "+99:99" is a damaged zone, not a time
    // four days off.
    if (!hours || !minutes || (zone.size() != 3 && zone.size() != minutesAt + 2) || *hours > 14 ||
        *minutes > 59)
        return std::nullopt;
    const int offset = *hours * 3600 + *minutes * 60;
    return negative ? -offset : offset;
}

} // namespace

PreparedXml prepareXml(QByteArrayView bytes)
{
    PreparedXml prepared;
    qsizetype pos = bytes.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    for (; pos < bytes.size() && isXmlSpace(bytes[pos]); ++pos) {
        if (bytes[pos] == '\n') {
            ++prepared.skippedLines;
            prepared.skippedColumns = 0;
        } else if (bytes[pos] != '\r') {
            ++prepared.skippedColumns;
        }
    }
    prepared.body = bytes.sliced(pos);
    return prepared;
}

void configureReader(QXmlStreamReader& reader)
{
    reader.setNamespaceProcessing(false);
}

QStringView localName(const QXmlStreamReader& reader)
{
    const QStringView name = reader.qualifiedName();
    const qsizetype colon = name.lastIndexOf(QLatin1Char(':'));
    return colon < 0 ? name : name.sliced(colon + 1);
}

QString streamError(const QXmlStreamReader& reader, const PreparedXml& prepared,
                    const QString& fileName)
{
    const qint64 line = reader.lineNumber();
    qint64 column = std::max<qint64>(reader.columnNumber(), 1);
    if (line <= 1)
        column += prepared.skippedColumns;
    return QStringLiteral("%1: line %2, column %3: %4")
        .arg(fileName)
        .arg(std::max<qint64>(line, 1) + prepared.skippedLines)
        .arg(column)
        .arg(plainMessage(reader));
}

std::optional<double> parseNumber(QStringView text)
{
    bool ok = false;
    const double value = text.trimmed().toDouble(&ok);
    if (!ok || !std::isfinite(value))
        return std::nullopt;
    return value;
}

std::optional<std::int64_t> parseIsoMilliseconds(QStringView text)
{
    text = text.trimmed();
    const auto year = digits(text, 0, 4);
    const auto month = digits(text, 5, 2);
    const auto day = digits(text, 8, 2);
    const auto hour = digits(text, 11, 2);
    const auto minute = digits(text, 14, 2);
    const auto second = digits(text, 17, 2);
    if (!year || !month || !day || !hour || !minute || !second || text[4] != QLatin1Char('-') ||
        text[7] != QLatin1Char('-') ||
        (text[10] != QLatin1Char('T') && text[10] != QLatin1Char(' ')) ||
        text[13] != QLatin1Char(':') || text[16] != QLatin1Char(':'))
        return std::nullopt;
    if (*month < 1 || *month > 12 || *day < 1 || *day > 31 || *hour > 23 || *minute > 59 ||
        *second > 60)
        return std::nullopt;
    qsizetype pos = 19;
    const int milliseconds = fractionMilliseconds(text, pos);
    const auto offset = zoneOffsetSeconds(text.sliced(pos));
    if (!offset)
        return std::nullopt;
    const std::int64_t seconds = daysFromCivil(*year, *month, *day) * 86400 + *hour * 3600 +
                                 *minute * 60 + *second - *offset;
    return seconds * 1000 + milliseconds;
}

QDateTime utcDateTime(std::int64_t milliseconds)
{
    return QDateTime::fromMSecsSinceEpoch(milliseconds, Qt::UTC);
}

std::optional<int> plausibleHeartRate(std::optional<double> value)
{
    if (!value)
        return std::nullopt;
    const long rounded = std::lround(*value);
    if (rounded < 1 || rounded > 254)
        return std::nullopt;
    return static_cast<int>(rounded);
}

} // namespace paceline::xml
