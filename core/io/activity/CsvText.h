#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringList>

#include <vector>

namespace paceline::csv {

// RFC 4180 text: fields separated by commas, records by CRLF (LF alone is read too);
// a field holding a comma, a quote or a line break is quoted, with quotes doubled.

/// One record as read, with the line it starts on (1-based; a quoted line break makes
/// a record span several lines, so the next record's line is not just one more).
struct CsvRecord {
    int line = 0;
    QStringList fields;
};

/// The field as it goes into a file: quoted only when it has to be.
QString quoteField(const QString& field);

/// One record: the fields quoted as needed, joined by commas, ended with CRLF.
QByteArray recordLine(const QStringList& fields);

/// Reads UTF-8 CSV text (a leading byte order mark is skipped) into records. Blank
/// lines are left out. A quote left open at the end of the text is an error naming
/// the line the field started on; `fileName` starts the message.
struct CsvParse {
    std::vector<CsvRecord> records;
    QString error; ///< empty when the text was read
};
CsvParse parseCsv(QByteArrayView text, const QString& fileName);

/// The first record's fields (the header), read from at most the first 4 KiB; empty
/// when there is no complete first line there.
QStringList headerOf(QByteArrayView head);

} // namespace paceline::csv
