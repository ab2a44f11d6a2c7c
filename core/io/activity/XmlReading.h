#pragma once

#include <QByteArrayView>
#include <QDateTime>
#include <QString>
#include <QStringView>

#include <cstdint>
#include <optional>

class QXmlStreamReader;

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
