#pragma once

#include "core/model/Result.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

#include <functional>

namespace paceline::logcopy {

// The steps shared by every whole-file copy of a log (LogBackup.h): a consistent
// snapshot written beside its destination, checked, flushed, then renamed into place,
// so a reader never finds a half-written file under the final name. Internal to
// core/store. Messages are clauses ("the folder ... cannot be written") that the
// caller puts after "Cannot back up X to Y: ".

/// "<folder>/<name>.<label>-<yyyyMMdd-HHmmss>.sqlite", where <name> is the log's file
/// name without a ".sqlite" ending; "-2", "-3", ... are added when that name is taken.
QString besideName(const QString& logPath, const QString& label, const QDateTime& when);

/// Why nothing can be written into `folder` (missing, not a folder, or too little free
/// space for about `bytesNeeded`), or success when it looks writable.
Status checkFolder(const QString& folder, qint64 bytesNeeded);

/// Writes what `connection` sees, as of one moment, into a new file in `folder`
/// (VACUUM INTO, which reads in one transaction even while others write) and flushes
/// it to disk; returns its path. Nothing is left behind on failure.
Result<QString> snapshotInto(QSqlDatabase& connection, const QString& folder,
                             const QString& nameHint);

/// Opens a file read-only and checks every page (quick_check), that it is a Paceline
/// log and that it has `schemaVersion`.
Status verifyCopy(const QString& path, int schemaVersion);

/// Flushes a file's content to disk: SQLite does not flush what VACUUM INTO wrote, and
/// a rename of an unflushed file can survive a power cut that its content does not.
Status flushFile(const QString& path);

/// Renames `from` over `to` in one step (the same folder), replacing what is there.
Status renameReplacing(const QString& from, const QString& to);

/// Gives the closed file `path` a second name `kept` (a hard link, else a copy).
Status keepBeside(const QString& path, const QString& kept);

/// Renames `temporary` to `target` in the same folder, replacing a file there only
/// when `replace`; the temporary file is removed when this fails.
Status moveIntoPlace(const QString& temporary, const QString& target, bool replace);

/// Makes a rename in `folder` durable (POSIX needs the folder itself flushed).
void flushFolder(const QString& folder);

/// The size of a log with its -wal, the most a copy can take.
qint64 logBytes(const QString& path);

/// Tests only: called with each temporary file before the copy is written into it; an
/// error fails that copy as a full disk would. Root ignores folder permissions and a
/// test cannot fill a disk, so this is how tests make a backup fail. Empty: no fault.
using CopyFault = std::function<Status(const QString& temporaryPath)>;
void setCopyFaultForTesting(CopyFault fault);

} // namespace paceline::logcopy
