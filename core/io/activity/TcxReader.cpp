#include "TcxReader.h"

namespace paceline {

// STUB: the reader is being written.
QString TcxReader::formatId() const { return {}; }
QString TcxReader::displayName() const { return {}; }
QStringList TcxReader::fileNamePatterns() const { return {}; }
ReaderCapabilities TcxReader::capabilities() const { return {}; }
bool TcxReader::recognises(QByteArrayView) const { return false; }
Result<Recording> TcxReader::read(QByteArrayView, const QString& fileName) const
{
    return Error{fileName + QStringLiteral(": not written yet")};
}

} // namespace paceline
