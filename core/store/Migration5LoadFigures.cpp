#include "DailyLoadSql.h"
#include "LoadFigureColumns.h"
#include "LoadFiguresRefresh.h"
#include "Migrations.h"
#include "core/model/EnumText.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace paceline {

// Version 5: load figures (issue 6, Analysis).
//
// - logged_session gains TRIMP, running TSS and the time in each of the five zones
//   (core/model/LoadFigures.h), computed by the store on every write, so the load
//   charts never read reps. TRIMP and TSS are NULL when they cannot be computed; the
//   zone times are 0 then. Added in place, like migration 3's columns.
// - daily_load gains their daily sums, and its three triggers are recreated so they
//   sum the new columns too (the update trigger also fires when only a figure changes,
//   as it does when an athlete's heart rates or race change).
// - The sessions already in the log get their figures computed as a save computes them
//   (LoadFiguresRefresh.cpp, with the athletes read here by version 5's columns), and
//   daily_load is summed again from scratch. The old triggers are dropped first, so
//   the backfill does not re-sum a day for every session it updates.

namespace {

QStringList addedColumns()
{
    QStringList statements;
    for (const QString& column : LoadFigureColumns::names()) {
        // A session without a TRIMP or TSS has none (NULL); time in a zone is 0.
        const bool optional =
            column == QLatin1String("trimp") || column == QLatin1String("running_tss");
        statements << QStringLiteral("ALTER TABLE logged_session ADD COLUMN %1 REAL%2")
                          .arg(column,
                               optional ? QString() : QStringLiteral(" NOT NULL DEFAULT 0"));
        statements << QStringLiteral("ALTER TABLE daily_load ADD COLUMN %1 REAL NOT NULL DEFAULT 0")
                          .arg(column);
    }
    return statements;
}

/// The athletes with what their figures depend on; an unknown sex counts as not given.
Result<AthletesById> readAthletes(QSqlDatabase& database)
{
    QSqlQuery query(database);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT id, sex, max_hr, resting_hr, race_distance_m, "
                                   "race_time_s, race_date FROM athlete")))
        return Error{QStringLiteral("could not read the athletes: %1")
                         .arg(query.lastError().databaseText())};
    AthletesById athletes;
    while (query.next()) {
        Athlete athlete;
        athlete.id = AthleteId{query.value(0).toLongLong()};
        athlete.sex = enumFromId<Sex>(query.value(1).toString()).value_or(Sex::Unspecified);
        if (!query.isNull(2))
            athlete.maxHeartRate = query.value(2).toInt();
        if (!query.isNull(3))
            athlete.restingHeartRate = query.value(3).toInt();
        if (!query.isNull(4) && !query.isNull(5))
            athlete.recentRace =
                RaceResult{{query.value(4).toDouble()},
                           {query.value(5).toDouble()},
                           QDate::fromString(query.value(6).toString(), Qt::ISODate)};
        athletes.emplace(athlete.id.value, athlete);
    }
    return athletes;
}

} // namespace

Status migrateToLoadFigures(QSqlDatabase& database)
{
    QStringList statements = DailyLoadSql::dropTriggers();
    statements << addedColumns();
    if (Status altered = Migrations::execAll(database, statements); !altered)
        return altered;
    Result<AthletesById> athletes = readAthletes(database);
    if (!athletes)
        return athletes.error();
    if (Status computed = recomputeLoadFigures(database, *athletes, std::nullopt); !computed)
        return computed;
    const DailyLoadSums sums = DailyLoadSql::version5();
    statements =
        QStringList{QStringLiteral("DELETE FROM daily_load"), DailyLoadSql::insertAllGroups(sums)};
    statements << DailyLoadSql::createTriggers(sums);
    return Migrations::execAll(database, statements);
}

} // namespace paceline
