#include "CsvLog.h"

namespace paceline {

// STUB: the reader is being written.
QString CsvReader::formatId() const { return {}; }
QString CsvReader::displayName() const { return {}; }
QStringList CsvReader::fileNamePatterns() const { return {}; }
ReaderCapabilities CsvReader::capabilities() const { return {}; }
bool CsvReader::recognises(QByteArrayView) const { return false; }
Result<Recording> CsvReader::read(QByteArrayView, const QString& fileName) const
{
    return Error{fileName + QStringLiteral(": not written yet")};
}

} // namespace paceline
