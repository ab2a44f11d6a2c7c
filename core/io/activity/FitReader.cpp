#include "FitReader.h"

namespace paceline {

// STUB: the reader is being written.
QString FitReader::formatId() const { return {}; }
QString FitReader::displayName() const { return {}; }
QStringList FitReader::fileNamePatterns() const { return {}; }
ReaderCapabilities FitReader::capabilities() const { return {}; }
bool FitReader::recognises(QByteArrayView) const { return false; }
Result<Recording> FitReader::read(QByteArrayView, const QString& fileName) const
{
    return Error{fileName + QStringLiteral(": not written yet")};
}

} // namespace paceline
