#include "TcxReader.h"

namespace paceline {

// STUB: the reader is being written.
QString GpxReader::formatId() const { return {}; }
QString GpxReader::displayName() const { return {}; }
QStringList GpxReader::fileNamePatterns() const { return {}; }
ReaderCapabilities GpxReader::capabilities() const { return {}; }
bool GpxReader::recognises(QByteArrayView) const { return false; }
Result<Recording> GpxReader::read(QByteArrayView, const QString& fileName) const
{
    return Error{fileName + QStringLiteral(": not written yet")};
}

} // namespace paceline

namespace paceline {
double haversineMetres(double, double, double, double) { return 0.0; } // STUB
} // namespace paceline
