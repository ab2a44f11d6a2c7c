#pragma once

#include "core/model/Result.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <functional>
#include <vector>

namespace paceline {

/// PRAGMA application_id of every Paceline log ("PCLN"), so that SQLite files of
/// other programs are recognised before anything is written to them.
inline constexpr std::uint32_t kPacelineApplicationId = 0x50434C4E;

/// One step of the schema's history. Versions are consecutive from 1; a shipped
/// migration is never edited, a change is always a new one at the end.
struct Migration {
    int version = 0;
    QString description;
    std::function<Status(QSqlDatabase&)> apply;
    /// Tables this migration creates: opening checks they are present and readable
    /// in files at or past this version.
    QStringList tables;
};

namespace Migrations {

/// Every migration this build knows, in order.
const std::vector<Migration>& all();
/// The schema version a file has after `list`: by default, what this build creates.
int latestVersion(const std::vector<Migration>& list = all());

/// Brings `database` from its PRAGMA user_version up to `target` in one
/// transaction: all pending migrations, the new user_version and the application id
/// commit together or not at all. Tests use it to build files of older versions.
Status applyUpTo(QSqlDatabase& database, int target, const std::vector<Migration>& list = all());

/// Runs SQL statements one by one (QtSql executes only the first of a batch).
Status execAll(QSqlDatabase& database, const QStringList& statements);

/// Reads an integer PRAGMA such as user_version.
Result<int> pragmaValue(QSqlDatabase& database, const QString& pragma);

} // namespace Migrations

// The migrations themselves, one file each.
Status migrateToBaseSchema(QSqlDatabase& database);
Status migrateToDailyLoad(QSqlDatabase& database);
Status migrateToStabilityAndDrafts(QSqlDatabase& database);
/// Part of migration 3: the stability figures of the sessions already in the log.
Status backfillStabilityFigures(QSqlDatabase& database);
Status migrateToPlanner(QSqlDatabase& database);
Status migrateToLoadFigures(QSqlDatabase& database);
Status migrateToStartupFigures(QSqlDatabase& database);

} // namespace paceline
