#include "LoggedSessionJson.h"

#include <QJsonArray>

#include <cmath>

namespace paceline {

namespace {

// Figures derived by division (paces, percentages) are rounded to hundredths so the
// JSON reads 230.25, not 230.24999999999997; stored values are written as they are.
constexpr double kDerivedScale = 100.0;

QJsonValue null()
{
    return QJsonValue(QJsonValue::Null);
}

QJsonValue rounded(double value)
{
    if (!std::isfinite(value))
        return null();
    return std::round(value * kDerivedScale) / kDerivedScale;
}

template <typename T> QJsonValue orNull(const std::optional<T>& value)
{
    return value ? QJsonValue(*value) : null();
}

QJsonValue roundedOrNull(const std::optional<double>& value)
{
    return value ? rounded(*value) : null();
}

template <typename Tag> QJsonValue idOrNull(const Id<Tag>& id)
{
    return id.isValid() ? QJsonValue(id.value) : null();
}

template <typename Tag> QJsonValue idOrNull(const std::optional<Id<Tag>>& id)
{
    return id ? idOrNull(*id) : null();
}

QJsonValue metresOrNull(const std::optional<Distance>& distance)
{
    return distance ? QJsonValue(distance->metres) : null();
}

/// Seconds per km, when both a positive distance and a positive time are known.
QJsonValue paceOrNull(const std::optional<Distance>& distance, Duration time)
{
    if (!distance || !(distance->metres > 0.0) || !(time.seconds > 0.0))
        return null();
    return rounded(time.seconds / distance->kilometres());
}

QJsonObject wellnessToJson(const Wellness& wellness)
{
    return {
        {QStringLiteral("sleep"), orNull(wellness.sleep)},
        {QStringLiteral("soreness"), orNull(wellness.soreness)},
        {QStringLiteral("energy"), orNull(wellness.energy)},
        {QStringLiteral("mood"), orNull(wellness.mood)},
        {QStringLiteral("leg_stiffness"), orNull(wellness.legStiffness)},
        {QStringLiteral("breathing"), orNull(wellness.breathing)},
    };
}

QJsonValue stabilityToJson(const std::optional<PaceStability>& stability)
{
    if (!stability)
        return null();
    // Not through an optional<double> copy: GCC 12 -O3 warns falsely about it.
    const QJsonValue spread =
        stability->spreadPerKm ? rounded(stability->spreadPerKm->seconds) : null();
    return QJsonObject{
        {QStringLiteral("work_reps"), stability->workReps},
        {QStringLiteral("pace_cv_percent"), roundedOrNull(stability->paceCvPercent)},
        {QStringLiteral("fade_percent"), roundedOrNull(stability->fadePercent)},
        {QStringLiteral("spread_s_per_km"), spread},
        {QStringLiteral("reps_with_target"), stability->repsWithTarget},
        {QStringLiteral("reps_within_target"), stability->repsWithinTarget},
        {QStringLiteral("rpe_drift"), roundedOrNull(stability->rpeDrift)},
    };
}

QJsonObject repToJson(const Rep& rep)
{
    return {
        {QStringLiteral("kind"), enumId(rep.kind)},
        {QStringLiteral("distance_m"), metresOrNull(rep.distance)},
        {QStringLiteral("time_s"), rep.time.seconds},
        {QStringLiteral("pace_s_per_km"), paceOrNull(rep.distance, rep.time)},
        {QStringLiteral("rpe"), orNull(rep.rpe)},
        {QStringLiteral("avg_hr"), orNull(rep.avgHeartRate)},
        {QStringLiteral("max_hr"), orNull(rep.maxHeartRate)},
        {QStringLiteral("cadence"), orNull(rep.cadence)},
        {QStringLiteral("notes"), rep.notes},
        {QStringLiteral("planned_step_id"), idOrNull(rep.plannedStepId)},
    };
}

QJsonArray repsToJson(const std::vector<Rep>& reps)
{
    QJsonArray array;
    for (const Rep& rep : reps)
        array.append(repToJson(rep));
    return array;
}

QJsonValue startToJson(const QDateTime& start)
{
    return start.isValid() ? QJsonValue(start.toString(Qt::ISODate)) : null();
}

QJsonValue localDateToJson(const LoggedSession& session)
{
    return session.start.isValid() ? QJsonValue(session.localDate().toString(Qt::ISODate)) : null();
}

} // namespace

QJsonObject loggedSessionToJson(const LoggedSession& session, bool withReps)
{
    QJsonObject json{
        {QStringLiteral("id"), idOrNull(session.id)},
        {QStringLiteral("athlete_id"), idOrNull(session.athleteId)},
        {QStringLiteral("start"), startToJson(session.start)},
        {QStringLiteral("local_date"), localDateToJson(session)},
        {QStringLiteral("sport"), enumId(session.sport)},
        {QStringLiteral("title"), session.title},
        {QStringLiteral("planned_session_id"), idOrNull(session.plannedSessionId)},
        {QStringLiteral("duration_s"), session.duration.seconds},
        {QStringLiteral("distance_m"), metresOrNull(session.distance)},
        {QStringLiteral("pace_s_per_km"), paceOrNull(session.distance, session.duration)},
        {QStringLiteral("session_rpe"), orNull(session.sessionRpe)},
        {QStringLiteral("avg_hr"), orNull(session.avgHeartRate)},
        {QStringLiteral("max_hr"), orNull(session.maxHeartRate)},
        {QStringLiteral("wellness"), wellnessToJson(session.wellness)},
        {QStringLiteral("form_notes"), session.formNotes},
        {QStringLiteral("notes"), session.notes},
        {QStringLiteral("stability"), stabilityToJson(session.stability)},
    };
    if (withReps)
        json.insert(QStringLiteral("reps"), repsToJson(session.reps));
    return json;
}

} // namespace paceline
