#include "LoggedSessionJsonReader.h"

#include "LogJsonFields.h"
#include "core/model/AthleteValidation.h"

#include <QJsonArray>

namespace paceline {

namespace {

using logjson::ObjectReader;

// Bounds that catch a value in the wrong unit, not unusual training.
constexpr double kMaxMetres = 10'000'000.0;
constexpr double kMaxSeconds = 31 * 86400.0;
constexpr double kMaxCadence = 400.0;
constexpr double kMaxRpe = 10.0;
constexpr double kMaxFigure = 1e9;

QJsonValue orNull(const std::optional<double>& value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

std::optional<Distance> distanceOf(const std::optional<double>& metres)
{
    return metres ? std::optional<Distance>(Distance{*metres}) : std::nullopt;
}

Result<Rep> readRep(const QJsonValue& json, const QString& path)
{
    ObjectReader reader(json, path,
                        {"kind", "distance_m", "time_s", "pace_s_per_km", "rpe", "avg_hr", "max_hr",
                         "cadence", "notes", "planned_step_id"});
    Rep rep;
    rep.kind = reader.enumValue<RepKind>("kind", RepKind::Work);
    rep.distance = distanceOf(reader.optionalNumber("distance_m", 0.0, kMaxMetres));
    rep.time = Duration{reader.number("time_s", 0.0, kMaxSeconds)};
    rep.rpe = reader.optionalNumber("rpe", 0.0, kMaxRpe);
    rep.avgHeartRate = reader.optionalWhole("avg_hr", kMinHeartRate, kMaxHeartRate);
    rep.maxHeartRate = reader.optionalWhole("max_hr", kMinHeartRate, kMaxHeartRate);
    rep.cadence = reader.optionalNumber("cadence", 0.0, kMaxCadence);
    rep.notes = reader.string("notes");
    if (auto step = reader.optionalId("planned_step_id"))
        rep.plannedStepId = StepId{*step};
    if (!reader.ok())
        return reader.error();
    return rep;
}

Result<std::vector<Rep>> readReps(ObjectReader& session)
{
    const QJsonValue value = session.value("reps");
    std::vector<Rep> reps;
    if (jsonfields::absent(value))
        return reps;
    if (!value.isArray())
        return jsonfields::errorAt(session.pathOf("reps"), QStringLiteral("must be an array"));
    const QJsonArray array = value.toArray();
    for (qsizetype index = 0; index < array.size(); ++index) {
        auto rep = readRep(array.at(index), jsonfields::indexPath(session.pathOf("reps"), index));
        if (!rep)
            return rep.error();
        reps.push_back(std::move(rep).value());
    }
    return reps;
}

Wellness readWellness(ObjectReader& session)
{
    const QJsonValue value = session.value("wellness");
    if (!session.ok() || jsonfields::absent(value))
        return {};
    ObjectReader reader(value, session.pathOf("wellness"),
                        {"sleep", "soreness", "energy", "mood", "leg_stiffness", "breathing"});
    Wellness wellness;
    wellness.sleep = reader.optionalWhole("sleep", 1, 5);
    wellness.soreness = reader.optionalWhole("soreness", 1, 5);
    wellness.energy = reader.optionalWhole("energy", 1, 5);
    wellness.mood = reader.optionalWhole("mood", 1, 5);
    wellness.legStiffness = reader.optionalWhole("leg_stiffness", 1, 5);
    wellness.breathing = reader.optionalWhole("breathing", 1, 5);
    if (!reader.ok())
        session.fail(reader.error());
    return wellness;
}

std::optional<PaceStability> readStability(ObjectReader& session)
{
    const QJsonValue value = session.value("stability");
    if (!session.ok() || jsonfields::absent(value))
        return std::nullopt;
    ObjectReader reader(value, session.pathOf("stability"),
                        {"work_reps", "pace_cv_percent", "fade_percent", "spread_s_per_km",
                         "reps_with_target", "reps_within_target", "rpe_drift"});
    PaceStability stability;
    stability.workReps = reader.whole("work_reps", 0, 1'000'000);
    stability.paceCvPercent = reader.optionalNumber("pace_cv_percent", -kMaxFigure, kMaxFigure);
    stability.fadePercent = reader.optionalNumber("fade_percent", -kMaxFigure, kMaxFigure);
    if (auto spread = reader.optionalNumber("spread_s_per_km", -kMaxFigure, kMaxFigure))
        stability.spreadPerKm = Duration{*spread};
    stability.repsWithTarget = reader.optionalWhole("reps_with_target", 0, 1'000'000).value_or(0);
    stability.repsWithinTarget =
        reader.optionalWhole("reps_within_target", 0, 1'000'000).value_or(0);
    stability.rpeDrift = reader.optionalNumber("rpe_drift", -kMaxFigure, kMaxFigure);
    if (!reader.ok()) {
        session.fail(reader.error());
        return std::nullopt;
    }
    return stability;
}

} // namespace

Result<LoggedSession> loggedSessionFromJson(const QJsonValue& json, const QString& path)
{
    ObjectReader reader(json, path,
                        {"athlete_id", "start", "local_date", "sport", "title",
                         "planned_session_id", "duration_s", "distance_m", "pace_s_per_km",
                         "session_rpe", "avg_hr", "max_hr", "wellness", "form_notes", "notes",
                         "stability", "reps"});
    LoggedSession session;
    session.id = LoggedSessionId{reader.optionalId("id").value_or(0)};
    session.athleteId = AthleteId{reader.id("athlete_id")};
    session.start = reader.instant("start");
    session.sport = reader.enumValue<Sport>("sport", Sport::Run);
    session.title = reader.string("title");
    if (auto plan = reader.optionalId("planned_session_id"))
        session.plannedSessionId = PlannedSessionId{*plan};
    session.duration = Duration{reader.number("duration_s", 0.0, kMaxSeconds)};
    session.distance = distanceOf(reader.optionalNumber("distance_m", 0.0, kMaxMetres));
    session.sessionRpe = reader.optionalNumber("session_rpe", 0.0, kMaxRpe);
    session.avgHeartRate = reader.optionalWhole("avg_hr", kMinHeartRate, kMaxHeartRate);
    session.maxHeartRate = reader.optionalWhole("max_hr", kMinHeartRate, kMaxHeartRate);
    session.wellness = readWellness(reader);
    session.formNotes = reader.string("form_notes");
    session.notes = reader.string("notes");
    session.stability = readStability(reader);
    if (!reader.ok())
        return reader.error();
    auto reps = readReps(reader);
    if (!reps)
        return reps.error();
    session.reps = std::move(reps).value();
    return session;
}

QJsonValue stabilityToExactJson(const std::optional<PaceStability>& stability)
{
    if (!stability)
        return QJsonValue::Null;
    return QJsonObject{
        {QStringLiteral("work_reps"), stability->workReps},
        {QStringLiteral("pace_cv_percent"), orNull(stability->paceCvPercent)},
        {QStringLiteral("fade_percent"), orNull(stability->fadePercent)},
        {QStringLiteral("spread_s_per_km"), stability->spreadPerKm
                                                ? QJsonValue(stability->spreadPerKm->seconds)
                                                : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("reps_with_target"), stability->repsWithTarget},
        {QStringLiteral("reps_within_target"), stability->repsWithinTarget},
        {QStringLiteral("rpe_drift"), orNull(stability->rpeDrift)},
    };
}

} // namespace paceline
