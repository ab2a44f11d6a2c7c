// Backing up a log as a whole file: on request (File → Back Up Log File, `paceline-cli
// backup`) and by itself before a schema upgrade. Restoring is in LogRestore.cpp.

#include "LogBackup.h"

#include "Connection.h"
#include "Database.h"
#include "LogCopy.h"
#include "Migrations.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>

namespace paceline {

/// The one door to a store's connection for backups (a friend of LogStore).
struct LogBackupAccess {
    static Database& database(LogStore& store) { return *store.m_database; }
};

namespace {

/// Whether `target` names the log or one of SQLite's files beside it, which a backup
/// must never replace.
bool isPartOfLog(const QString& target, const QString& logPath)
{
    const QFileInfo targetInfo(target);
    const QFileInfo logInfo(logPath);
    if (targetInfo.exists() && targetInfo.canonicalFilePath() == logInfo.canonicalFilePath())
        return true;
    // By folder and name, with the folders' links resolved: "-wal" may not exist yet,
    // and a folder can be reached by more than one path. SQLite puts its files beside
    // the file a linked log points to, and the app its lock beside the name it opened.
    const auto resolved = [](const QFileInfo& info) {
        const QString folder = QFileInfo(info.absolutePath()).canonicalFilePath();
        return folder.isEmpty() ? info.absoluteFilePath() : folder + u'/' + info.fileName();
    };
    const QString targetPath = resolved(targetInfo);
    const QStringList logNames{resolved(logInfo), logInfo.canonicalFilePath()};
    for (const QString& logName : logNames) {
        for (const char* suffix : {"", "-wal", "-shm", "-journal", ".lock"}) {
            if (!logName.isEmpty() && targetPath == logName + QLatin1String(suffix))
                return true;
        }
    }
    return false;
}

/// VACUUM INTO through the store's own connection, so the copy holds exactly what the
/// store sees. A read-only store's connection has query_only on, which refuses VACUUM
/// INTO although that writes only the new file; it opened the log with mode=ro, which
/// keeps the log itself safe while query_only is briefly off.
Result<QString> snapshotOfStore(QSqlDatabase connection, bool readOnly, const QString& folder,
                                const QString& nameHint)
{
    if (readOnly) {
        if (Status off =
                Migrations::execAll(connection, {QStringLiteral("PRAGMA query_only = OFF")});
            !off)
            return Error{off.errorMessage()};
    }
    Result<QString> copy = logcopy::snapshotInto(connection, folder, nameHint);
    if (readOnly)
        (void)Migrations::execAll(connection, {QStringLiteral("PRAGMA query_only = ON")});
    return copy;
}

/// The copy itself, through `connection` to the log at `logPath`.
Result<qint64> copyLog(QSqlDatabase connection, bool queryOnly, const QString& logPath,
                       const QString& givenTarget, const BackupOptions& options)
{
    if (givenTarget.trimmed().isEmpty())
        return Error{QStringLiteral("No file was given for the backup of '%1'.").arg(logPath)};
    const QString target = QFileInfo(givenTarget).absoluteFilePath();
    const auto refuse = [&](const QString& why) -> Result<qint64> {
        return Error{
            QStringLiteral("Cannot back up the log '%1' to '%2': %3. Nothing was written.")
                .arg(QDir::toNativeSeparators(logPath), QDir::toNativeSeparators(target), why)};
    };
    const QFileInfo info(target);
    if (isPartOfLog(target, logPath))
        return refuse(QStringLiteral("that is the log itself (or one of its files); choose "
                                     "another file"));
    if (info.isDir())
        return refuse(QStringLiteral("that is a folder; choose a file name"));
    if (info.exists() && !options.replaceExisting)
        return refuse(QStringLiteral("the file already exists; choose another name or confirm "
                                     "replacing it"));
    if (Status folder = logcopy::checkFolder(info.absolutePath(), logcopy::logBytes(logPath));
        !folder)
        return refuse(folder.errorMessage());

    const Result<int> version = Migrations::pragmaValue(connection, QStringLiteral("user_version"));
    if (!version)
        return refuse(QStringLiteral("the log cannot be read (%1)").arg(version.errorMessage()));
    Result<QString> copy =
        snapshotOfStore(connection, queryOnly, info.absolutePath(), info.fileName());
    if (!copy)
        return refuse(copy.errorMessage());
    if (Status checked = logcopy::verifyCopy(*copy, *version); !checked) {
        QFile::remove(*copy);
        return refuse(QStringLiteral("the copy was written but %1").arg(checked.errorMessage()));
    }
    if (Status placed = logcopy::moveIntoPlace(*copy, target, options.replaceExisting); !placed)
        return refuse(placed.errorMessage());
    return QFileInfo(target).size();
}

} // namespace

Result<qint64> backUpLog(LogStore& store, const QString& target, const BackupOptions& options)
{
    Database& database = LogBackupAccess::database(store);
    return copyLog(database.connection(), database.isReadOnly(), store.path(), target, options);
}

Result<qint64> backUpLogFile(const QString& givenLog, const QString& target,
                             const BackupOptions& options)
{
    const QString log = QFileInfo(givenLog).absoluteFilePath();
    if (!QFileInfo(log).isFile())
        return Error{QStringLiteral("There is no log at '%1'.").arg(QDir::toNativeSeparators(log))};
    // Any schema version: the copy is exact, so an old or newer log is copied as it is.
    Result<FileInspection, OpenError> file = inspectFile(log, Migrations::all());
    if (!file)
        return Error{file.error().message};
    if (file->isNew)
        return Error{QStringLiteral("'%1' holds no log yet: there is nothing to back up.")
                         .arg(QDir::toNativeSeparators(log))};
    Result<qint64> copied = Error{};
    {
        ScopedConnection connection(QStringLiteral("backup-source"));
        QSqlDatabase database = connection.database();
        database.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"));
        // Without a -wal, the file alone holds the log and nobody has it open in WAL
        // mode: immutable leaves no -wal or -shm behind (as opening's probe does).
        database.setDatabaseName(readOnlyUri(log, !file->walPresent));
        if (!database.open())
            return Error{
                QStringLiteral("Cannot read '%1': %2")
                    .arg(QDir::toNativeSeparators(log), database.lastError().databaseText())};
        copied = copyLog(database, false, log, target, options);
        database.close();
    }
    return copied;
}

Result<QString, OpenError> backUpBeforeMigration(QSqlDatabase& connection, const QString& path,
                                                 const FileInspection& file, int latest)
{
    if (!file.exists || file.isNew)
        return QString();
    // Read on the connection that will upgrade: another process may have done it meanwhile.
    const Result<int> version = Migrations::pragmaValue(connection, QStringLiteral("user_version"));
    if (!version)
        return OpenError{OpenProblem::CannotOpen,
                         QStringLiteral("Cannot read '%1': %2").arg(path, version.errorMessage())};
    if (*version >= latest || *version < 1)
        return QString();
    const auto refuse = [&](const QString& why) -> Result<QString, OpenError> {
        return OpenError{
            OpenProblem::MigrationFailed,
            QStringLiteral("The log '%1' has to be upgraded from schema version %2 to %3, and a "
                           "copy of it is made first, but the copy could not be made: %4. The log "
                           "was not upgraded and was left unchanged; free some disk space or make "
                           "its folder writable, then open it again (or open it read-only).")
                .arg(QDir::toNativeSeparators(path), QString::number(*version),
                     QString::number(latest), why)};
    };
    const QString folder = QFileInfo(path).absolutePath();
    if (Status space = logcopy::checkFolder(folder, logcopy::logBytes(path)); !space)
        return refuse(space.errorMessage());
    const QString kept = logcopy::besideName(
        path, QStringLiteral("before-upgrade-to-v%1").arg(latest), QDateTime::currentDateTime());
    Result<QString> copy = logcopy::snapshotInto(connection, folder, QFileInfo(kept).fileName());
    if (!copy)
        return refuse(copy.errorMessage());
    if (Status checked = logcopy::verifyCopy(*copy, *version); !checked) {
        QFile::remove(*copy);
        return refuse(QStringLiteral("the copy was written but %1").arg(checked.errorMessage()));
    }
    if (Status placed = logcopy::moveIntoPlace(*copy, kept, false); !placed)
        return refuse(placed.errorMessage());
    return kept;
}

QString migrationBackupNotice(const LogStore& store)
{
    const QString kept = store.migrationBackupPath();
    if (kept.isEmpty())
        return {};
    return QStringLiteral("Upgraded the log to schema version %1; the log as it was before is "
                          "kept as '%2'.")
        .arg(QString::number(store.schemaVersion()), QDir::toNativeSeparators(kept));
}

} // namespace paceline
