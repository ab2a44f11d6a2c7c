#include "CsvLog.h"

namespace paceline {

// STUB: the CSV export and reader are being written.
CsvExport exportCsv(const std::vector<LoggedSession>&, UnitSystem) { return {}; }
Result<Recording> readCsvLog(QByteArrayView, QByteArrayView, const QString& fileName)
{
    return Error{fileName + QStringLiteral(": not written yet")};
}
bool isRepsCsv(const QString&) { return false; }

} // namespace paceline
