#include "FileInspector.h"

#include "Connection.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QUrl>
#include <QtEndian>

namespace paceline {
namespace {

constexpr qint64 kHeaderSize = 100;
constexpr int kSqliteCorrupt = 11;
constexpr int kSqliteNotADatabase = 26;

/// The fields of SQLite's 100-byte file header that opening needs.
struct Header {
    qint64 pageSize = 0;
    qint64 pageCount = 0;
    bool pageCountValid = false;
    quint32 applicationId = 0;
};

quint32 bigEndian32(const QByteArray& bytes, int offset)
{
    return qFromBigEndian<quint32>(bytes.constData() + offset);
}

Header parseHeader(const QByteArray& bytes)
{
    Header header;
    const quint16 pageSize = qFromBigEndian<quint16>(bytes.constData() + 16);
    header.pageSize = pageSize == 1 ? 65536 : pageSize; // 1 encodes 65536
    header.pageCount = bigEndian32(bytes, 28);
    // The in-header page count is only trusted when written by SQLite 3.7+ in step
    // with the change counter ("version-valid-for" equals "file change counter").
    header.pageCountValid =
        header.pageCount > 0 && bigEndian32(bytes, 92) == bigEndian32(bytes, 24);
    header.applicationId = bigEndian32(bytes, 68);
    return header;
}

OpenError notADatabase(const QString& path)
{
    return {OpenProblem::NotADatabase,
            QStringLiteral("'%1' is not a Paceline log: it is not a database file at all "
                           "(it does not start with an SQLite header). It was left unchanged.")
                .arg(path)};
}

OpenError damaged(const QString& path, bool ours, const QString& detail)
{
    const QString text =
        ours ? QStringLiteral("The Paceline log '%1' is damaged: %2. It was left unchanged; "
                              "restore it from a backup.")
             : QStringLiteral("'%1' is a damaged SQLite file: %2. It was left unchanged.");
    return {OpenProblem::Damaged, text.arg(path, detail)};
}

OpenError cannotRead(const QString& path, const QString& detail)
{
    return {OpenProblem::CannotOpen, QStringLiteral("Cannot read '%1': %2.").arg(path, detail)};
}

/// Sorts an SQLite failure into the problems the user can act on.
OpenError classify(const QString& path, const QSqlError& error, quint32 applicationId)
{
    const int code = error.nativeErrorCode().toInt() & 0xff;
    const bool ours = applicationId == kPacelineApplicationId;
    if (code == kSqliteNotADatabase && !ours)
        return notADatabase(path);
    if (code == kSqliteNotADatabase || code == kSqliteCorrupt)
        return damaged(path, ours, error.databaseText());
    return cannotRead(path, error.databaseText());
}

/// Everything the probe reads over its read-only connection.
struct ProbeFacts {
    quint32 applicationId = 0;
    int userVersion = 0;
    QStringList tables;
};

Result<ProbeFacts, QSqlError> readFacts(QSqlDatabase& database)
{
    ProbeFacts facts;
    QSqlQuery query(database);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("PRAGMA application_id")) || !query.next())
        return query.lastError();
    facts.applicationId = quint32(query.value(0).toLongLong());
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return query.lastError();
    facts.userVersion = query.value(0).toInt();
    if (!query.exec(QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table' AND "
                                   "name NOT LIKE 'sqlite!_%' ESCAPE '!' ORDER BY name")))
        return query.lastError();
    while (query.next())
        facts.tables << query.value(0).toString();
    if (query.lastError().isValid())
        return query.lastError();
    return facts;
}

/// Every table the file's version should have must be there, and its root page must
/// be readable: a cheap structural check that does not scan the data.
Status checkTables(QSqlDatabase& database, const ProbeFacts& facts,
                   const std::vector<Migration>& migrations)
{
    QSqlQuery query(database);
    for (const Migration& migration : migrations) {
        if (migration.version > facts.userVersion)
            continue;
        for (const QString& table : migration.tables) {
            if (!facts.tables.contains(table))
                return Error{QStringLiteral("its table '%1' is missing").arg(table)};
            // A table name from our own migration list, never user input.
            if (!query.exec(QStringLiteral("SELECT 1 FROM \"%1\" LIMIT 1").arg(table)))
                return Error{QStringLiteral("table '%1' cannot be read (%2)")
                                 .arg(table, query.lastError().databaseText())};
            query.finish();
        }
    }
    return {};
}

Result<FileInspection, OpenError> judge(QSqlDatabase& database, const QString& path,
                                        const Header& header,
                                        const std::vector<Migration>& migrations)
{
    Result<ProbeFacts, QSqlError> facts = readFacts(database);
    if (!facts.ok())
        return classify(path, facts.error(), header.applicationId);
    const bool ours = facts->applicationId == kPacelineApplicationId;
    FileInspection inspection{false, true, facts->userVersion, false};
    if (facts->tables.isEmpty() && facts->userVersion == 0 && (ours || facts->applicationId == 0)) {
        inspection.isNew = true;
        return inspection;
    }
    if (!ours) {
        const QString tables = facts->tables.isEmpty()
                                   ? QStringLiteral("no tables yet")
                                   : QStringLiteral("tables: %1")
                                         .arg(facts->tables.mid(0, 6).join(QStringLiteral(", ")));
        return OpenError{OpenProblem::NotPaceline,
                         QStringLiteral("'%1' is not a Paceline log: it is an SQLite database "
                                        "of another program (%2). It was left unchanged.")
                             .arg(path, tables)};
    }
    const int latest = Migrations::latestVersion(migrations);
    if (facts->userVersion < 1)
        return damaged(path, true, QStringLiteral("it has tables but no schema version"));
    if (Status tables = checkTables(database, *facts, migrations); !tables)
        return facts->userVersion > latest
                   ? newerVersion(path, facts->userVersion, latest, tables.errorMessage())
                   : damaged(path, true, tables.errorMessage());
    // A newer version passes: the opener refuses it for writing, and reads it only
    // read-only.
    return inspection;
}

Result<FileInspection, OpenError> probe(const QString& path, const Header& header, bool walPresent,
                                        const std::vector<Migration>& migrations)
{
    ScopedConnection connection(QStringLiteral("probe"));
    QSqlDatabase database = connection.database(); // destroyed before `connection`
    database.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"));
    // With a -wal beside it, its content must be read too, so no immutable there.
    database.setDatabaseName(readOnlyUri(path, !walPresent));
    if (!database.open())
        return classify(path, database.lastError(), header.applicationId);
    Result<FileInspection, OpenError> result = judge(database, path, header, migrations);
    database.close();
    if (result.ok())
        result.value().walPresent = walPresent;
    return result;
}

} // namespace

OpenError newerVersion(const QString& path, int version, int latest, const QString& unreadable)
{
    const QString start = QStringLiteral("'%1' was written by a newer version of Paceline (schema "
                                         "version %2; this version knows up to %3)")
                              .arg(path, QString::number(version), QString::number(latest));
    if (!unreadable.isEmpty())
        return {OpenProblem::NewerVersion,
                QStringLiteral("%1 and cannot be read by this version: %2. It was left "
                               "unchanged; please update Paceline.")
                    .arg(start, unreadable)};
    return {OpenProblem::NewerVersion,
            QStringLiteral("%1. Changing it here could lose data, so it was left unchanged: "
                           "open it read-only to look at it and export from it, or update "
                           "Paceline.")
                .arg(start)};
}

QString newerVersionNotice(int version, int latest)
{
    return QStringLiteral("It was written by a newer Paceline (schema version %1; this one "
                          "knows up to %2), so it was opened read-only: update Paceline to "
                          "change it.")
        .arg(version)
        .arg(latest);
}

QString readOnlyUri(const QString& path, bool immutable)
{
    QString uri = QUrl::fromLocalFile(path).toString(QUrl::FullyEncoded);
    uri += QStringLiteral("?mode=ro");
    if (immutable)
        uri += QStringLiteral("&immutable=1");
    return uri;
}

Result<FileInspection, OpenError> inspectFile(const QString& path,
                                              const std::vector<Migration>& migrations)
{
    const QFileInfo info(path);
    if (!info.exists())
        return FileInspection{true, false, 0, false};
    if (info.isDir())
        return cannotRead(path, QStringLiteral("it is a folder, not a file"));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return cannotRead(path, file.errorString());
    if (file.size() == 0)
        return FileInspection{true, true, 0, false};
    const QByteArray bytes = file.read(kHeaderSize);
    if (bytes.size() < kHeaderSize || !bytes.startsWith(QByteArrayLiteral("SQLite format 3\0")))
        return notADatabase(path);
    const Header header = parseHeader(bytes);
    const bool walPresent = QFileInfo::exists(path + QStringLiteral("-wal"));
    // Without a -wal, the main file alone holds every page the header counts.
    if (!walPresent && header.pageCountValid && header.pageCount * header.pageSize > file.size())
        return damaged(path, header.applicationId == kPacelineApplicationId,
                       QStringLiteral("it is shorter than its header says (%1 of %2 bytes), "
                                      "probably cut off")
                           .arg(file.size())
                           .arg(header.pageCount * header.pageSize));
    file.close();
    return probe(path, header, walPresent, migrations);
}

bool isWriteProtected(const QFileInfo& info)
{
    const QFileDevice::Permissions writeBits =
        QFileDevice::WriteOwner | QFileDevice::WriteGroup | QFileDevice::WriteOther;
    return !info.isWritable() || (info.permissions() & writeBits) == 0;
}

} // namespace paceline
