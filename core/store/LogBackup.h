#pragma once

#include "FileInspector.h"
#include "LogStore.h"

#include <QSqlDatabase>
#include <QString>

namespace paceline {

// Whole-file backups of a log: exact copies (every table, the schema version, the
// application id) that open as logs themselves. Unlike the JSON backup of
// core/import/LogTransfer.h, which is added to a log, restoring one of these replaces
// the log. Every copy is written under a temporary name beside its destination,
// checked page by page, flushed, and only then renamed into place.

struct BackupOptions {
    /// Replace a file already at the target: only after the user confirmed it.
    bool replaceExisting = false;
};

/// Copies the open log to `target` while it is in use: a snapshot of one moment that
/// holds every committed change (also those still in the -wal file). Works on
/// read-only logs too. Refuses the log's own path, an existing target unless
/// `replaceExisting`, and a folder that is missing, not writable or too full; the
/// message names the file and the cause. Returns the size of the copy in bytes.
Result<qint64> backUpLog(LogStore& store, const QString& target, const BackupOptions& options = {});

/// The same for a log that is not open here, by its path (`paceline-cli backup`): of any
/// schema version, also while another program (the app) has it open. Refuses files
/// that are not Paceline logs or are damaged, as opening does.
Result<qint64> backUpLogFile(const QString& logPath, const QString& target,
                             const BackupOptions& options = {});

/// Checks that `backup` can replace a log, without writing anything: a Paceline log
/// (not empty, not another program's file), not from a newer Paceline, every page
/// readable. Returns its schema version.
Result<int> checkLogBackup(const QString& backup);

/// What restoreLogFile() did.
struct RestoredLog {
    /// The log that was replaced, kept beside it as
    /// "<name>.before-restore-<yyyyMMdd-HHmmss>.sqlite"; empty when there was none.
    QString keptPath;
    /// The backup's schema version; an older one is upgraded when the log next opens.
    int schemaVersion = 0;
};

/// Replaces the log at `logPath` with a copy of `backup`. The backup is checked first
/// (checkLogBackup) and nothing changes when it fails. The current log is kept beside
/// it (never deleted), then the copy takes its place in one rename. The log must be
/// closed by this process (no LogStore open on it); a log another program still has
/// open is refused.
Result<RestoredLog> restoreLogFile(const QString& logPath, const QString& backup);

/// Puts back the log that restoreLogFile() kept, for when the restored one cannot be
/// opened after all.
Status undoRestore(const QString& logPath, const RestoredLog& restored);

/// "Upgraded the log to schema version 6; the log as it was is kept as '...'.", or
/// empty when opening `store` made no such copy.
QString migrationBackupNotice(const LogStore& store);

/// Used by opening (LogStoreOpener.cpp) before it upgrades an existing log: when the
/// log on `connection` (open on `path`, nothing written yet) has a schema version
/// below `latest`, copies it to
/// "<folder>/<name>.before-upgrade-to-v<latest>-<yyyyMMdd-HHmmss>.sqlite" and checks
/// the copy. Returns its path, or an empty path when no upgrade is due. An error
/// (the upgrade must then not run) says why and that the log was left unchanged.
Result<QString, OpenError> backUpBeforeMigration(QSqlDatabase& connection, const QString& path,
                                                 const FileInspection& file, int latest);

} // namespace paceline
