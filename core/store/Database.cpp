#include "Database.h"

#include "Connection.h"
#include "Migrations.h"
#include "NativeStatement.h"

#include <QLockFile>

#include <utility>

namespace paceline {
namespace {

/// SQLite's primary result codes that the user can do something about.
enum SqliteCode : int {
    kSqliteBusy = 5,
    kSqliteLocked = 6,
    kSqliteReadOnly = 8,
    kSqliteIoError = 10,
    kSqliteCorrupt = 11,
    kSqliteFull = 13,
    kSqliteNotADatabase = 26,
};

/// The primary code of `error`; by its standard text when the error has no code
/// (errors of NativeStatement carry only SQLite's message).
int primaryCode(const QSqlError& error, const QString& detail)
{
    bool numeric = false;
    const int code = error.nativeErrorCode().toInt(&numeric) & 0xff; // drops extended bits
    if (numeric && code != 0)
        return code;
    const std::pair<const char*, int> texts[] = {
        {"database or disk is full", kSqliteFull},
        {"database is locked", kSqliteBusy},
        {"database table is locked", kSqliteLocked},
        {"database disk image is malformed", kSqliteCorrupt},
        {"file is not a database", kSqliteNotADatabase},
        {"disk I/O error", kSqliteIoError},
        {"attempt to write a readonly database", kSqliteReadOnly},
    };
    for (const auto& [text, textCode] : texts)
        if (detail.contains(QLatin1String(text)))
            return textCode;
    return 0;
}

/// What went wrong and what to do, for the codes a user can act on; empty otherwise.
QString plainReason(int code)
{
    switch (code) {
    case kSqliteFull:
        return QStringLiteral("the disk is full, or the log has reached its size limit. Nothing "
                              "of this change was saved; free some disk space and try again");
    case kSqliteBusy:
    case kSqliteLocked:
        return QStringLiteral("the log is busy: another program is writing to it. Nothing was "
                              "saved; try again when it has finished");
    case kSqliteCorrupt:
    case kSqliteNotADatabase:
        return QStringLiteral("the log is damaged. Nothing was changed; export what can still "
                              "be read and restore the log from a backup");
    case kSqliteIoError:
        return QStringLiteral("the disk failed to read or write it. Nothing of this change was "
                              "saved; check the disk (or network drive) and try again");
    case kSqliteReadOnly:
        return QStringLiteral("the file can no longer be written (its permissions or its disk "
                              "changed). Nothing was saved; open the log again");
    default:
        return {};
    }
}

/// The statements of transaction(), in the words of the user's change.
QString controlWhat(const QString& sql)
{
    if (sql.startsWith(QLatin1String("BEGIN")))
        return QStringLiteral("start saving a change");
    if (sql == QLatin1String("COMMIT"))
        return QStringLiteral("save a change");
    return QStringLiteral("run '%1'").arg(sql);
}

} // namespace

QString withPlainReason(const QString& sqliteText)
{
    const QString reason = plainReason(primaryCode(QSqlError(), sqliteText));
    return reason.isEmpty() ? sqliteText : QStringLiteral("%1; %2").arg(sqliteText, reason);
}

Database::Database(const QString& connectionName, Settings settings)
    : m_connectionName(connectionName), m_connection(QSqlDatabase::database(connectionName, false)),
      m_settings(std::move(settings))
{}

Database::~Database()
{
    // Qt's ordering rule: statements first, then our handle, then the registry entry.
    // SQLite's own statements go before Qt's close, which fails while any is unfinalized.
    m_nativeStatements.clear();
    m_lastBound.clear();
    m_statements.clear();
    m_connection.close();
    m_connection = QSqlDatabase();
    ScopedConnection::remove(m_connectionName);
}

Result<QSqlQuery*> Database::prepared(const QString& sql)
{
    auto found = m_statements.find(sql);
    if (found != m_statements.end())
        return found->second.get();
    auto query = std::make_unique<QSqlQuery>(m_connection);
    query->setForwardOnly(true);
    if (!query->prepare(sql))
        return sqlError(QStringLiteral("prepare a statement"), query->lastError());
    QSqlQuery* raw = query.get();
    m_statements.emplace(sql, std::move(query));
    return raw;
}

bool Database::hasNative()
{
    // Checked once: the check runs a statement, and the driver cannot change.
    if (!m_nativeHandleChecked) {
        m_nativeHandle = nativeHandle(m_connection);
        m_nativeHandleChecked = true;
    }
    return m_nativeHandle != nullptr;
}

Result<NativeStatement*> Database::native(const QString& sql)
{
    auto found = m_nativeStatements.find(sql);
    if (found != m_nativeStatements.end())
        return found->second.get();
    if (!hasNative())
        return Error{QStringLiteral("Could not read '%1': Qt's SQLite driver runs another SQLite "
                                    "library than the one this build of Paceline links.")
                         .arg(m_settings.path)};
    Result<std::unique_ptr<NativeStatement>> statement =
        NativeStatement::prepare(m_nativeHandle, sql);
    if (!statement)
        return sqlError(QStringLiteral("prepare a statement"),
                        QSqlError(QString(), statement.errorMessage()));
    NativeStatement* raw = statement->get();
    m_nativeStatements.emplace(sql, std::move(statement.value()));
    return raw;
}

void Database::bindChanged(QSqlQuery& query, const QString* names, const QVariant* values,
                           std::size_t count)
{
    std::vector<QVariant>& last = m_lastBound[&query];
    // The first time every value is bound: QtSql refuses to run a statement with
    // fewer bound values than placeholders.
    const bool bindAll = last.size() != count;
    if (bindAll)
        last.assign(count, QVariant());
    for (std::size_t i = 0; i < count; ++i) {
        const QVariant& value = values[i];
        if (!bindAll && last[i].metaType() == value.metaType() && last[i] == value)
            continue;
        query.bindValue(names[i], value);
        last[i] = value;
    }
}

Status Database::exec(QSqlQuery& query, const QString& what)
{
    if (query.exec())
        return {};
    Error error = sqlError(what, query.lastError());
    query.finish();
    return error;
}

Result<QSqlQuery*> Database::run(const QString& sql, const QVariantList& values,
                                 const QString& what)
{
    Result<QSqlQuery*> query = prepared(sql);
    if (!query)
        return query;
    for (qsizetype i = 0; i < values.size(); ++i)
        (*query)->bindValue(int(i), values[i]);
    if (Status done = exec(**query, what); !done)
        return done.error();
    return query;
}

Status Database::changeOne(const QString& sql, const QVariantList& values, const QString& what,
                           const QString& missing)
{
    Result<QSqlQuery*> query = run(sql, values, what);
    if (!query)
        return query.error();
    const int rows = (*query)->numRowsAffected();
    (*query)->finish();
    if (rows == 0)
        return notFound(missing);
    return {};
}

Status Database::transaction(const std::function<Status()>& work)
{
    const int level = m_depth;
    Status begun = checkWritable();
    if (begun)
        begun = control(savepointSql(level).begin);
    if (!begun) {
        if (level > 0 && !m_doomedBy)
            m_doomedBy = begun.error();
        return begun;
    }
    ++m_depth;
    Status result;
    try {
        result = work();
    } catch (...) {
        --m_depth;
        (void)finishLevel(level, Error{QStringLiteral("interrupted")});
        throw;
    }
    --m_depth;
    return finishLevel(level, result);
}

Status Database::finishLevel(int level, const Status& result)
{
    if (level > 0) {
        const SavepointSql& savepoint = savepointSql(level);
        Status released = result;
        if (result) {
            released = control(savepoint.release);
        } else {
            // Errors here are ignored: SQLite may already have rolled back the whole
            // transaction (disk full, I/O error), and the outer level rolls back anyway.
            (void)control(savepoint.rollbackTo);
            (void)control(savepoint.release);
        }
        if (!released && !m_doomedBy)
            m_doomedBy = released.error();
        return released;
    }
    const std::optional<Error> doomedBy = std::exchange(m_doomedBy, std::nullopt);
    if (result && !doomedBy) {
        Status committed = control(QStringLiteral("COMMIT"));
        if (!committed)
            (void)control(QStringLiteral("ROLLBACK"));
        return committed;
    }
    (void)control(QStringLiteral("ROLLBACK"));
    return result ? Status(*doomedBy) : result;
}

const Database::SavepointSql& Database::savepointSql(int level)
{
    while (int(m_savepoints.size()) <= level) {
        const int next = int(m_savepoints.size());
        if (next == 0) { // the outermost level is a real transaction
            m_savepoints.push_back({QStringLiteral("BEGIN IMMEDIATE"), QStringLiteral("COMMIT"),
                                    QStringLiteral("ROLLBACK")});
            continue;
        }
        const QString name = QStringLiteral("level_%1").arg(next);
        m_savepoints.push_back({QStringLiteral("SAVEPOINT ") + name,
                                QStringLiteral("RELEASE ") + name,
                                QStringLiteral("ROLLBACK TO ") + name});
    }
    return m_savepoints[std::size_t(level)];
}

Status Database::control(const QString& sql)
{
    Result<QSqlQuery*> query = prepared(sql);
    if (!query)
        return query.error();
    Status done = exec(**query, controlWhat(sql));
    (*query)->finish();
    return done;
}

Status Database::checkWritable() const
{
    if (!m_settings.readOnly)
        return {};
    return Error{QStringLiteral("Cannot change '%1': the log is open read-only. %2")
                     .arg(m_settings.path, m_settings.readOnlyReason)};
}

void Database::keepAppLock(std::unique_ptr<QLockFile> lock)
{
    m_appLock = std::move(lock);
}

Error Database::sqlError(const QString& what, const QSqlError& error) const
{
    QString detail = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    if (const QString reason = plainReason(primaryCode(error, detail)); !reason.isEmpty())
        return Error{QStringLiteral("Could not %1 in '%2' (%3): %4.")
                         .arg(what, m_settings.path, detail, reason)};
    if (m_settings.schemaVersion > Migrations::latestVersion())
        detail += QStringLiteral(" (the log was written by a newer Paceline, which changed what "
                                 "this version reads; update Paceline to read it)");
    if (detail.contains(QLatin1String("FOREIGN KEY constraint failed")))
        detail +=
            QStringLiteral(" (it refers to an athlete, template, plan, step or session that is "
                           "not in the log)");
    return Error{QStringLiteral("Could not %1 in '%2': %3").arg(what, m_settings.path, detail)};
}

Error Database::damaged(const QString& detail) const
{
    return Error{QStringLiteral("The log '%1' is damaged: %2.").arg(m_settings.path, detail)};
}

Error Database::notFound(const QString& what) const
{
    return Error{QStringLiteral("There is no %1 in '%2'.").arg(what, m_settings.path)};
}

} // namespace paceline
