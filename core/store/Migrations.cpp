#include "Migrations.h"

#include <QSqlError>
#include <QSqlQuery>

namespace paceline {
namespace {

Status execOne(QSqlDatabase& database, const QString& sql)
{
    QSqlQuery query(database);
    if (query.exec(sql))
        return {};
    return Error{QStringLiteral("%1 (in: %2)")
                     .arg(query.lastError().databaseText(), sql.simplified().left(80))};
}

/// SQLite's procedure for schema changes: foreign keys off outside the transaction
/// (so a future table rebuild does not cascade), and checked again before commit.
Status checkForeignKeys(QSqlDatabase& database)
{
    QSqlQuery query(database);
    if (!query.exec(QStringLiteral("PRAGMA foreign_key_check")))
        return Error{query.lastError().databaseText()};
    if (query.next())
        return Error{QStringLiteral("rows in table %1 refer to missing rows of %2")
                         .arg(query.value(0).toString(), query.value(2).toString())};
    return {};
}

Status applyPending(QSqlDatabase& database, int from, int target,
                    const std::vector<Migration>& list)
{
    for (const Migration& migration : list) {
        if (migration.version <= from || migration.version > target)
            continue;
        if (Status applied = migration.apply(database); !applied)
            return Error{QStringLiteral("migration %1 (%2) failed: %3")
                             .arg(migration.version)
                             .arg(migration.description, applied.errorMessage())};
    }
    if (Status keys = checkForeignKeys(database); !keys)
        return keys;
    // PRAGMA values cannot be bound; both are integers from this code, not input.
    return Migrations::execAll(
        database,
        {QStringLiteral("PRAGMA user_version = %1").arg(target),
         QStringLiteral("PRAGMA application_id = %1").arg(qint64(kPacelineApplicationId))});
}

} // namespace

namespace Migrations {

const std::vector<Migration>& all()
{
    static const std::vector<Migration> list{
        {1,
         QStringLiteral("base schema: athletes, templates, plans, steps, sessions, reps"),
         migrateToBaseSchema,
         {QStringLiteral("athlete"), QStringLiteral("session_template"),
          QStringLiteral("planned_session"), QStringLiteral("step"),
          QStringLiteral("logged_session"), QStringLiteral("rep")}},
        {2,
         QStringLiteral("daily load per athlete, day and sport, kept by triggers"),
         migrateToDailyLoad,
         {QStringLiteral("daily_load")}},
        {3,
         QStringLiteral("pace-stability figures of logged sessions; drafts of log entries"),
         migrateToStabilityAndDrafts,
         {QStringLiteral("entry_draft")}},
        {4,
         QStringLiteral("rest days and microcycle templates; steps owned by microcycle sessions"),
         migrateToPlanner,
         {QStringLiteral("rest_day"), QStringLiteral("microcycle"),
          QStringLiteral("microcycle_session"), QStringLiteral("microcycle_rest_day")}},
        {5,
         QStringLiteral("load figures of logged sessions (TRIMP, running TSS, time in zones) "
                        "and their daily sums"),
         migrateToLoadFigures,
         {}},
        {6,
         QStringLiteral("per-athlete session counts, load-figure checkpoints and sessions by "
                        "template, kept by triggers, so start-up reads as much of a long log "
                        "as of a short one"),
         migrateToStartupFigures,
         {QStringLiteral("athlete_session_count"), QStringLiteral("load_checkpoint"),
          QStringLiteral("template_session")}},
    };
    return list;
}

int latestVersion(const std::vector<Migration>& list)
{
    return list.empty() ? 0 : list.back().version;
}

Status applyUpTo(QSqlDatabase& database, int target, const std::vector<Migration>& list)
{
    // Checked before taking the write lock, so opening an up-to-date log never waits
    // for another writer.
    Result<int> current = pragmaValue(database, QStringLiteral("user_version"));
    if (!current)
        return current.error();
    if (*current >= target)
        return {};
    if (Status off = execOne(database, QStringLiteral("PRAGMA foreign_keys = OFF")); !off)
        return off;
    Status result = execOne(database, QStringLiteral("BEGIN IMMEDIATE"));
    if (result) {
        // Read again under the write lock: another process opening the same old log
        // may have upgraded it while this one waited, and must not be repeated.
        Result<int> locked = pragmaValue(database, QStringLiteral("user_version"));
        if (!locked)
            result = locked.error();
        else if (*locked < target)
            result = applyPending(database, *locked, target, list);
        result = result ? execOne(database, QStringLiteral("COMMIT")) : result;
        if (!result)
            (void)execOne(database, QStringLiteral("ROLLBACK"));
    }
    Status on = execOne(database, QStringLiteral("PRAGMA foreign_keys = ON"));
    return result ? on : result;
}

Status execAll(QSqlDatabase& database, const QStringList& statements)
{
    for (const QString& sql : statements) {
        if (Status done = execOne(database, sql); !done)
            return done;
    }
    return {};
}

Result<int> pragmaValue(QSqlDatabase& database, const QString& pragma)
{
    QSqlQuery query(database);
    if (!query.exec(QStringLiteral("PRAGMA ") + pragma))
        return Error{query.lastError().databaseText()};
    if (!query.next())
        return Error{QStringLiteral("PRAGMA %1 gave no value").arg(pragma)};
    return query.value(0).toInt();
}

} // namespace Migrations
} // namespace paceline
