#pragma once

#include "ActivityReader.h"
#include "core/model/Athlete.h"
#include "core/model/LoggedSession.h"
#include "core/model/Result.h"

#include <QByteArray>
#include <QString>

#include <vector>

namespace paceline {

/// Paceline's CSV export: a sessions file and a reps file that refer to it by the
/// `session` column (1, 2, ... in the export). RFC 4180 quoting, UTF-8, a header
/// row, ISO 8601 dates and times with their UTC offset, SI units (metres, seconds,
/// m/s) plus a formatted pace column in the athlete's units ("4:05/km", "6:34/mi").
/// docs/import.md lists the columns (core/io/activity/CsvColumns.h holds them).
struct CsvExport {
    QByteArray sessions; ///< sessions.csv
    QByteArray reps;     ///< reps.csv
};

CsvExport exportCsv(const std::vector<LoggedSession>& sessions, UnitSystem units);

/// The file names the export writes into a folder, and that the reader looks for.
inline constexpr const char* kSessionsCsvName = "sessions.csv";
inline constexpr const char* kRepsCsvName = "reps.csv";

/// Writes the pair into `folder` (made when missing) as kSessionsCsvName and
/// kRepsCsvName. Both go to temporary files first and replace the old pair only when
/// both are written: a failure half-way (disk full, reps.csv locked) leaves both old
/// files as they were. The error names the file and says why.
Status writeCsvFiles(const QString& folder, const CsvExport& csv);

/// Reads a sessions CSV (with its reps: the reps file is passed separately; empty when
/// there is none) into a Recording of format "csv": one RecordedSession per row, its
/// reps as laps with kind, RPE and notes set. Errors name the file, the line and the
/// column: "sessions.csv: line 4, column duration_s: \"abc\" is not a number".
Result<Recording> readCsvLog(QByteArrayView sessionsCsv, QByteArrayView repsCsv,
                             const QString& fileName);

/// The name of the reps file that goes with a sessions file: the last "sessions" in the
/// name (any case) becomes "reps" ("run-sessions.csv" -> "run-reps.csv"); "reps.csv"
/// when the name has no "sessions". Without the folder.
QString repsCsvNameFor(const QString& sessionsName);

/// The CSV reader for the reader list: reads a sessions file and, when its name holds
/// "sessions", the reps file beside it whose name has "reps" instead (the folder is
/// taken from the path passed as `fileName` to read; readActivityFile passes the path).
/// A reps file on its own is refused with a message saying to import the sessions file.
class CsvReader : public ActivityReader {
public:
    QString formatId() const override;
    QString displayName() const override;
    QStringList fileNamePatterns() const override;
    ReaderCapabilities capabilities() const override;
    bool recognises(QByteArrayView head) const override;
    /// `fileName` may be a full path: the reps file is looked for beside it.
    Result<Recording> read(QByteArrayView bytes, const QString& fileName) const override;
};

/// Whether `path` is the reps half of an export (its header is the reps header), so
/// a folder import skips it (it is read with its sessions file).
bool isRepsCsv(const QString& path);

} // namespace paceline
