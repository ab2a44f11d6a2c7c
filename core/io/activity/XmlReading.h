#pragma once

#include "core/model/Result.h"

#include <QByteArrayView>
#include <QDateTime>
#include <QString>
#include <QStringView>
#include <QXmlStreamReader>

#include <cstdint>
#include <optional>
#include <utility>

namespace paceline::xml {

/// The part of a file QXmlStreamReader should see. Exporters sometimes write blank lines
/// or spaces before `<?xml ...?>`, which XML forbids; they are cut off here and counted,
/// so error positions still refer to the file as the user has it.
struct PreparedXml {
    QByteArrayView body;
    int skippedLines = 0;   ///< line breaks cut off before the body
    int skippedColumns = 0; ///< characters cut off on the body's first line
};

/// Cuts a UTF-8 byte-order mark and the whitespace that follows it.
PreparedXml prepareXml(QByteArrayView bytes);

/// A stream reader over `prepared` that matches by local name: namespace processing is
/// off, so a prefix the file forgot to declare is not an error (files from some
/// converters have them) and prefixes vary freely across files.
void configureReader(QXmlStreamReader& reader);

/// The element's name without its prefix ("TPX" for "ns3:TPX").
QStringView localName(const QXmlStreamReader& reader);

/// "run.tcx: line 14, column 3: <what the XML parser found, in plain words>".
QString streamError(const QXmlStreamReader& reader, const PreparedXml& prepared,
                    const QString& fileName);

/// Parses a whole XML activity file with `Parser` (made on a configured stream reader;
/// its readDocument() is false when the root element is not `rootName`, and take()
/// hands over what it read). The errors name the file: empty, the XML parser's
/// position and message, or "this is not a `formatName` file (its root element is ...)".
template <typename Parser>
auto parseXmlFile(QByteArrayView bytes, const QString& fileName, const char* formatName,
                  const char* rootName) -> Result<decltype(std::declval<Parser&>().take())>
{
    const PreparedXml prepared = prepareXml(bytes);
    if (prepared.body.isEmpty())
        return Error{fileName + QStringLiteral(": the file is empty (or holds only blank space)")};
    QXmlStreamReader reader(QByteArray::fromRawData(prepared.body.data(), prepared.body.size()));
    configureReader(reader);
    Parser parser(reader);
    const bool rightRoot = parser.readDocument();
    if (reader.hasError())
        return Error{streamError(reader, prepared, fileName)};
    if (!rightRoot)
        return Error{fileName + QStringLiteral(": this is not a %1 file (its root element is <%2>, "
                                               "not <%3>)")
                                    .arg(QLatin1String(formatName), localName(reader).toString(),
                                         QLatin1String(rootName))};
    return parser.take();
}

/// A decimal number ("12.5", " 3e2 "); nullopt for empty or malformed text and for
/// infinities and NaN.
std::optional<double> parseNumber(QStringView text);

/// ISO 8601 date-time as milliseconds since 1970 UTC: "2014-10-11T18:08:45.123Z",
/// "...+02:00", "...+0200"; without a zone the time is taken as UTC (as the reference
/// summaries do). nullopt when it is not such a time, or its zone is more than 14:59
/// from UTC.
std::optional<std::int64_t> parseIsoMilliseconds(QStringView text);

/// A UTC QDateTime for milliseconds since 1970.
QDateTime utcDateTime(std::int64_t milliseconds);

/// A heart rate when it is one: 1-254 bpm (255 is FIT's "no value" marker, which
/// converters copy into XML verbatim; 0 means no sensor).
std::optional<int> plausibleHeartRate(std::optional<double> value);

} // namespace paceline::xml
