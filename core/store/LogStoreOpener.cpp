#include "LogStoreOpener.h"

#include "Connection.h"
#include "FileInspector.h"
#include "LogBackup.h"
#include "LogLock.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QSqlError>
#include <QSqlQuery>

namespace paceline {
namespace {

/// Why a log must be opened read-only, worded twice: a sentence for the notice
/// shown while it is open, and a clause for a message refusing to open it at all
/// (where "It was opened read-only" would contradict the refusal).
struct ReadOnlyCause {
    QString notice;
    QString refusal;
    bool applies() const { return !notice.isEmpty(); }
};

ReadOnlyCause readOnlyCause(const QString& path, const OpenOptions& options, bool exists)
{
    if (options.readOnly) {
        const QString notice = options.readOnlyNotice.isEmpty()
                                   ? QStringLiteral("It was opened read-only on request.")
                                   : options.readOnlyNotice;
        return {notice, QStringLiteral("read-only access was requested")};
    }
    if (!exists)
        return {};
    const QFileInfo info(path);
    if (isWriteProtected(info))
        return {QStringLiteral("The file is write-protected (it has no write permission)."),
                QStringLiteral("the file is write-protected (it has no write permission)")};
    // SQLite keeps its -wal and -shm files beside the log.
    if (!QFileInfo(info.absolutePath()).isWritable())
        return {QStringLiteral("Its folder '%1' cannot be written.").arg(info.absolutePath()),
                QStringLiteral("its folder '%1' cannot be written").arg(info.absolutePath())};
    return {};
}

Result<int, OpenError> checkReadOnlyOpenable(const QString& path, const FileInspection& file,
                                             const ReadOnlyCause& cause, int latest)
{
    if (file.isNew)
        return OpenError{
            OpenProblem::CannotOpen,
            file.exists ? QStringLiteral("'%1' is empty, and a new log cannot be set up in it "
                                         "because %2.")
                              .arg(path, cause.refusal)
                        : QStringLiteral("'%1' does not exist, and a new log cannot be created "
                                         "because %2.")
                              .arg(path, cause.refusal)};
    if (file.userVersion < latest)
        return OpenError{OpenProblem::MigrationFailed,
                         QStringLiteral("'%1' has schema version %2 and must be upgraded to "
                                        "version %3 before it can be opened, which cannot be "
                                        "done because %4. It was left unchanged.")
                             .arg(path, QString::number(file.userVersion), QString::number(latest),
                                  cause.refusal)};
    return file.userVersion;
}

Status openReadOnlyConnection(QSqlDatabase database, const QString& path, bool immutable)
{
    database.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"));
    database.setDatabaseName(readOnlyUri(path, immutable));
    if (!database.open())
        return Error{database.lastError().text()};
    // A pending -wal can need a -shm file we may not create; then fall back below.
    if (Result<int> version = Migrations::pragmaValue(database, QStringLiteral("user_version"));
        !version)
        return version.error();
    return Migrations::execAll(database, {QStringLiteral("PRAGMA query_only = ON")});
}

Result<std::unique_ptr<Database>, OpenError> openReadOnly(const QString& path,
                                                          const FileInspection& file,
                                                          const ReadOnlyCause& cause, int latest)
{
    Result<int, OpenError> version = checkReadOnlyOpenable(path, file, cause, latest);
    if (!version)
        return version.error();
    ScopedConnection connection(QStringLiteral("log-ro"));
    Status opened = openReadOnlyConnection(connection.database(), path, !file.walPresent);
    if (!opened && file.walPresent) {
        // Without the -wal's committed changes, but readable.
        connection.database().close();
        opened = openReadOnlyConnection(connection.database(), path, true);
    }
    if (!opened)
        return OpenError{
            OpenProblem::CannotOpen,
            QStringLiteral("Cannot open '%1' read-only: %2").arg(path, opened.errorMessage())};
    return std::make_unique<Database>(connection.release(),
                                      Database::Settings{path, true, cause.notice, *version});
}

OpenError cannotCreateFolder(const QString& path)
{
    return {OpenProblem::CannotOpen,
            QStringLiteral("Cannot create the log '%1': the folder '%2' does not exist and "
                           "cannot be created.")
                .arg(path, QFileInfo(path).absolutePath())};
}

OpenError migrationFailed(const QString& path, const FileInspection& file, int latest,
                          const QString& detail)
{
    if (file.isNew)
        return {OpenProblem::MigrationFailed,
                QStringLiteral("Could not set up the new log '%1' (schema version %2): %3.")
                    .arg(path, QString::number(latest), detail)};
    return {OpenProblem::MigrationFailed,
            QStringLiteral("Could not upgrade the log '%1' from schema version %2 to %3: %4. "
                           "The file was left unchanged.")
                .arg(path, QString::number(file.userVersion), QString::number(latest), detail)};
}

/// Opens read-write and brings the schema up to date; WAL is switched on only after
/// a successful migration, so a failed one leaves the file exactly as it was.
Result<int, OpenError> prepareWritable(QSqlDatabase database, const QString& path,
                                       const FileInspection& file,
                                       const std::vector<Migration>& migrations,
                                       QString& migrationBackup)
{
    const int latest = Migrations::latestVersion(migrations);
    database.setDatabaseName(path);
    database.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!database.open())
        return OpenError{
            OpenProblem::CannotOpen,
            QStringLiteral("Cannot open '%1': %2").arg(path, database.lastError().databaseText())};
    // An upgrade starts only once a checked copy of the log exists (LogBackup.h).
    Result<QString, OpenError> kept = backUpBeforeMigration(database, path, file, latest);
    if (!kept)
        return kept.error();
    migrationBackup = *kept;
    if (Status migrated = Migrations::applyUpTo(database, latest, migrations); !migrated)
        return migrationFailed(path, file, latest, withPlainReason(migrated.errorMessage()));
    if (Status configured = configureWritableConnection(database); !configured)
        return OpenError{
            OpenProblem::CannotOpen,
            QStringLiteral("Cannot open '%1': %2").arg(path, configured.errorMessage())};
    Result<int> version = Migrations::pragmaValue(database, QStringLiteral("user_version"));
    if (!version)
        return OpenError{OpenProblem::CannotOpen,
                         QStringLiteral("Cannot read '%1': %2").arg(path, version.errorMessage())};
    return *version;
}

Result<std::unique_ptr<Database>, OpenError> openWritable(const QString& path,
                                                          const FileInspection& file,
                                                          const std::vector<Migration>& migrations)
{
    if (!file.exists && !QDir().mkpath(QFileInfo(path).absolutePath()))
        return cannotCreateFolder(path);
    std::optional<OpenError> failure;
    {
        ScopedConnection connection(QStringLiteral("log"));
        QString migrationBackup;
        Result<int, OpenError> version =
            prepareWritable(connection.database(), path, file, migrations, migrationBackup);
        if (version) {
            auto database = std::make_unique<Database>(
                connection.release(), Database::Settings{path, false, {}, *version});
            database->setMigrationBackupPath(migrationBackup);
            return database;
        }
        failure = version.error();
    }
    // Only after the connection is gone: a file this call created is removed again.
    if (!file.exists) {
        QFile::remove(path);
        QFile::remove(path + QStringLiteral("-journal"));
    }
    return *failure;
}

/// openWritable(), holding the app lock first when asked to: a second app must not
/// even upgrade the file while the first has it open.
Result<std::unique_ptr<Database>, OpenError> openLocked(const QString& path,
                                                        const FileInspection& file,
                                                        const OpenOptions& options,
                                                        const std::vector<Migration>& migrations)
{
    std::unique_ptr<QLockFile> lock;
    if (options.holdAppLock) {
        Result<std::unique_ptr<QLockFile>, OpenError> taken = takeAppLock(path);
        if (!taken)
            return taken.error();
        lock = std::move(taken).value();
    }
    Result<std::unique_ptr<Database>, OpenError> database = openWritable(path, file, migrations);
    if (database && lock)
        (*database)->keepAppLock(std::move(lock));
    return database;
}

} // namespace

Status configureWritableConnection(QSqlDatabase& database)
{
    // Required: cascades and the checks of links between rows depend on it.
    if (Status keys = Migrations::execAll(database, {QStringLiteral("PRAGMA foreign_keys = ON")});
        !keys)
        return keys;
    // A 32 MiB page cache (SQLite's default is 2 MiB) keeps a big import from spilling
    // pages before it commits, and bounds the app's memory: browsing every athlete of a
    // ten-year coach's log reads most of the file, and a larger cache kept all of it.
    (void)Migrations::execAll(database, {QStringLiteral("PRAGMA cache_size = -32768")});
    // WAL lets readers go on while a long import writes. Switching needs the file to
    // itself, so another program reading it can prevent it; the log then works in its
    // old journal mode until the next open. NORMAL sync is only safe with WAL.
    QSqlQuery query(database);
    const bool wal = query.exec(QStringLiteral("PRAGMA journal_mode = WAL")) && query.next() &&
                     query.value(0).toString() == QLatin1String("wal");
    query.finish();
    if (wal)
        (void)Migrations::execAll(database, {QStringLiteral("PRAGMA synchronous = NORMAL")});
    return {};
}

Result<std::unique_ptr<Database>, OpenError> openDatabase(const QString& givenPath,
                                                          const OpenOptions& options,
                                                          const std::vector<Migration>& migrations)
{
    if (givenPath.isEmpty())
        return OpenError{OpenProblem::CannotOpen, QStringLiteral("No log file was given.")};
    const QString path = QFileInfo(givenPath).absoluteFilePath();
    Result<FileInspection, OpenError> file = inspectFile(path, migrations);
    if (!file)
        return file.error();
    const int latest = Migrations::latestVersion(migrations);
    if (file->userVersion > latest && !options.readOnly)
        return newerVersion(path, file->userVersion, latest);
    ReadOnlyCause cause = readOnlyCause(path, options, file->exists);
    if (file->userVersion > latest)
        cause.notice = newerVersionNotice(file->userVersion, latest);
    if (cause.applies())
        return openReadOnly(path, *file, cause, latest);
    return openLocked(path, *file, options, migrations);
}

} // namespace paceline
