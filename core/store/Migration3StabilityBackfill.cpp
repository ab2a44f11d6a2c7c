#include "Migrations.h"
#include "core/model/EnumText.h"
#include "core/science/Stability.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <unordered_map>
#include <utility>
#include <vector>

namespace paceline {

// Part of migration 3: the stability figures of the sessions already in the log,
// computed as a save computes them (sessionStability: the reps against the pace bands
// of the planned steps they ran, with the athlete's training paces), so the session
// list and trends show them for old sessions too.
//
// A shipped migration must keep working when later versions change the tables and
// the store's row readers, so this reads the version-3 columns with its own SQL
// instead of SessionStore and PlanStore. Values it cannot read (an unknown enum id)
// count as absent here: damage is reported when the row is read, not by the upgrade.

namespace {

using AthletePaces = std::unordered_map<qint64, std::optional<TrainingPaces>>;

Error queryError(const QSqlQuery& query, const char* what)
{
    return Error{QStringLiteral("could not %1: %2")
                     .arg(QString::fromLatin1(what), query.lastError().databaseText())};
}

Result<AthletePaces> pacesByAthlete(QSqlDatabase& database)
{
    QSqlQuery query(database);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT id, race_distance_m, race_time_s FROM athlete")))
        return queryError(query, "read the athletes' races");
    AthletePaces paces;
    while (query.next()) {
        Athlete athlete;
        if (!query.isNull(1) && !query.isNull(2))
            athlete.recentRace =
                RaceResult{{query.value(1).toDouble()}, {query.value(2).toDouble()}, QDate()};
        paces.emplace(query.value(0).toLongLong(), athletePaces(athlete));
    }
    return paces;
}

/// One session's reps as stored, and the planned steps they ran (a flat list is
/// enough: bands are looked up by step id). Session ids start at 1, so 0 is "none".
struct StoredSession {
    qint64 id = 0;
    qint64 athleteId = 0;
    LoggedSession session;
    StepTree plannedSteps;
};

// Columns: 0 session, 1 athlete, 2 kind, 3 distance, 4 time, 5 rpe, 6 planned step,
// 7 its intensity, 8 zone, 9 slowest and 10 fastest pace.
const char* const kRepsWithTargets =
    "SELECT r.session_id, s.athlete_id, r.kind, r.distance_m, r.time_s, r.rpe, "
    "r.planned_step_id, st.intensity, st.zone, st.pace_slowest_mps, st.pace_fastest_mps "
    "FROM rep r JOIN logged_session s ON s.id = r.session_id "
    "LEFT JOIN step st ON st.id = r.planned_step_id "
    "ORDER BY r.session_id, r.position";

Rep readRep(const QSqlQuery& query)
{
    Rep rep;
    rep.kind = enumFromId<RepKind>(query.value(2).toString()).value_or(RepKind::Recovery);
    if (!query.isNull(3))
        rep.distance = Distance{query.value(3).toDouble()};
    rep.time = Duration{query.value(4).toDouble()};
    if (!query.isNull(5))
        rep.rpe = query.value(5).toDouble();
    if (!query.isNull(6))
        rep.plannedStepId = StepId{query.value(6).toLongLong()};
    return rep;
}

/// The pace target of the rep's planned step, when it has one this build can read.
std::optional<Step> readPlannedStep(const QSqlQuery& query)
{
    if (query.isNull(6) || query.isNull(7))
        return std::nullopt;
    Step step;
    step.id = StepId{query.value(6).toLongLong()};
    const QString intensity = query.value(7).toString();
    if (intensity == QLatin1String("zone")) {
        std::optional<PaceZone> zone = enumFromId<PaceZone>(query.value(8).toString());
        if (!zone)
            return std::nullopt;
        step.intensity = *zone;
    } else if (intensity == QLatin1String("pace")) {
        step.intensity = PaceRange{{query.value(9).toDouble()}, {query.value(10).toDouble()}};
    } else {
        return std::nullopt;
    }
    return step;
}

std::optional<TrainingPaces> pacesOf(const AthletePaces& paces, qint64 athleteId)
{
    const auto found = paces.find(athleteId);
    return found != paces.end() ? found->second : std::nullopt;
}

struct SessionFigures {
    qint64 id = 0;
    PaceStability stability;
};

/// The figures of every session that has reps, holding one session's reps at a time
/// (a big log has a million). All are computed before anything is written, so no
/// update runs under the open scan.
Result<std::vector<SessionFigures>> figuresOfSessionsWithReps(QSqlDatabase& database,
                                                              const AthletePaces& paces)
{
    QSqlQuery query(database);
    query.setForwardOnly(true);
    if (!query.exec(QString::fromLatin1(kRepsWithTargets)))
        return queryError(query, "read the reps");
    std::vector<SessionFigures> figures;
    StoredSession current;
    auto finishCurrent = [&] {
        if (current.id != 0)
            figures.push_back({current.id, sessionStability(current.session, current.plannedSteps,
                                                            pacesOf(paces, current.athleteId))});
    };
    while (query.next()) {
        const qint64 id = query.value(0).toLongLong();
        if (id != current.id) {
            finishCurrent();
            current = StoredSession{id, query.value(1).toLongLong(), {}, {}};
        }
        current.session.reps.push_back(readRep(query));
        if (std::optional<Step> step = readPlannedStep(query))
            current.plannedSteps.push_back(StepNode{*step});
    }
    if (query.lastError().isValid())
        return queryError(query, "read the reps");
    finishCurrent();
    return figures;
}

QVariantList figureValues(const PaceStability& stability)
{
    auto orNull = [](const std::optional<double>& value) {
        return value ? QVariant(*value) : QVariant();
    };
    return {stability.workReps,
            orNull(stability.paceCvPercent),
            orNull(stability.fadePercent),
            stability.spreadPerKm ? QVariant(stability.spreadPerKm->seconds) : QVariant(),
            stability.repsWithTarget,
            stability.repsWithinTarget,
            orNull(stability.rpeDrift)};
}

const char* const kSetFigures =
    "UPDATE logged_session SET work_reps = ?, pace_cv_percent = ?, fade_percent = ?, "
    "spread_s_per_km = ?, reps_with_target = ?, reps_within_target = ?, rpe_drift = ? ";

Status runUpdate(QSqlQuery& query, const QVariantList& values)
{
    for (int i = 0; i < values.size(); ++i)
        query.bindValue(i, values[i]);
    if (!query.exec())
        return queryError(query, "store the stability figures");
    return {};
}

} // namespace

Status backfillStabilityFigures(QSqlDatabase& database)
{
    Result<AthletePaces> paces = pacesByAthlete(database);
    if (!paces)
        return paces.error();
    Result<std::vector<SessionFigures>> figures = figuresOfSessionsWithReps(database, *paces);
    if (!figures)
        return figures.error();
    QSqlQuery update(database);
    if (!update.prepare(QString::fromLatin1(kSetFigures) + QStringLiteral("WHERE id = ?")))
        return queryError(update, "prepare the stability update");
    for (const SessionFigures& session : figures.value()) {
        QVariantList values = figureValues(session.stability);
        values << session.id;
        if (Status done = runUpdate(update, values); !done)
            return done;
    }
    // Sessions without reps get what a save gives them: the figures of no reps.
    QSqlQuery rest(database);
    if (!rest.prepare(QString::fromLatin1(kSetFigures) + QStringLiteral("WHERE work_reps IS NULL")))
        return queryError(rest, "prepare the stability update");
    return runUpdate(rest, figureValues(sessionStability(LoggedSession{}, {}, std::nullopt)));
}

} // namespace paceline
