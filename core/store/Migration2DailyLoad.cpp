#include "DailyLoadSql.h"
#include "Migrations.h"

namespace paceline {

// Version 2: daily_load, one row per athlete, local day and sport with sums over
// that day's sessions. Triggers keep it current on every session write, so charts
// read it directly and nothing is recomputed at start-up. The triggers and the
// backfill are built from version 2's list of sums (DailyLoadSql.cpp says how they
// work); migration 5 replaces them with ones that sum the load figures too.

namespace {

const char* const kTable = R"(
CREATE TABLE daily_load (
    athlete_id INTEGER NOT NULL REFERENCES athlete(id) ON DELETE CASCADE,
    day TEXT NOT NULL,
    sport TEXT NOT NULL,
    sessions INTEGER NOT NULL,
    duration_s REAL NOT NULL,
    distance_m REAL NOT NULL,
    srpe_load REAL NOT NULL,
    PRIMARY KEY (athlete_id, day, sport)
) WITHOUT ROWID)";

} // namespace

Status migrateToDailyLoad(QSqlDatabase& database)
{
    const DailyLoadSums sums = DailyLoadSql::version2();
    QStringList statements{QString::fromUtf8(kTable), DailyLoadSql::insertAllGroups(sums)};
    statements << DailyLoadSql::createTriggers(sums);
    return Migrations::execAll(database, statements);
}

} // namespace paceline
