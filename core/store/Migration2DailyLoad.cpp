#include "Migrations.h"

namespace paceline {

// Version 2: daily_load, one row per athlete, local day and sport with sums over
// that day's sessions. Triggers keep it current on every session write, so charts
// read it directly and nothing is recomputed at start-up.
//
// Each trigger re-sums only the (athlete, day, sport) groups the changed row was and
// is in, through the session_by_athlete_day index. Re-summing instead of adding and
// subtracting keeps the figures exactly equal to a fresh sum: no floating-point
// drift after many edits, and a group without sessions loses its row.

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

/// The sums of one group; %1 is OLD or NEW.
QString refreshGroup(const QString& row)
{
    return QStringLiteral(R"(
    DELETE FROM daily_load WHERE athlete_id = %1.athlete_id AND day = %1.day AND sport = %1.sport;
    INSERT INTO daily_load (athlete_id, day, sport, sessions, duration_s, distance_m, srpe_load)
        SELECT athlete_id, day, sport, count(*), total(duration_s), total(distance_m),
               total(coalesce(session_rpe, 0) * duration_s / 60.0)
        FROM logged_session
        WHERE athlete_id = %1.athlete_id AND day = %1.day AND sport = %1.sport
        GROUP BY athlete_id, day, sport;)")
        .arg(row);
}

QString trigger(const QString& name, const QString& event, const QString& body)
{
    return QStringLiteral("CREATE TRIGGER %1 AFTER %2 ON logged_session BEGIN%3\nEND")
        .arg(name, event, body);
}

const char* const kBackfill = R"(
INSERT INTO daily_load (athlete_id, day, sport, sessions, duration_s, distance_m, srpe_load)
    SELECT athlete_id, day, sport, count(*), total(duration_s), total(distance_m),
           total(coalesce(session_rpe, 0) * duration_s / 60.0)
    FROM logged_session
    GROUP BY athlete_id, day, sport)";

} // namespace

Status migrateToDailyLoad(QSqlDatabase& database)
{
    const QString oldRow = QStringLiteral("OLD");
    const QString newRow = QStringLiteral("NEW");
    const QString changedColumns =
        QStringLiteral("UPDATE OF athlete_id, day, sport, duration_s, distance_m, session_rpe");
    return Migrations::execAll(database,
                               {QString::fromUtf8(kTable), QString::fromUtf8(kBackfill),
                                trigger(QStringLiteral("daily_load_after_insert"),
                                        QStringLiteral("INSERT"), refreshGroup(newRow)),
                                trigger(QStringLiteral("daily_load_after_delete"),
                                        QStringLiteral("DELETE"), refreshGroup(oldRow)),
                                trigger(QStringLiteral("daily_load_after_update"), changedColumns,
                                        refreshGroup(oldRow) + refreshGroup(newRow))});
}

} // namespace paceline
