#include "LogJsonPlans.h"

#include "LogJsonFields.h"
#include "SessionJson.h"

#include <QJsonArray>

#include <cmath>

namespace paceline::logjson {

namespace {

using jsonfields::errorAt;
using jsonfields::indexPath;

constexpr int kMaxWeeks = 520;
constexpr int kMaxOrderInDay = 100;

/// A store id, or null for a row that has none yet.
QJsonValue idJson(qint64 id)
{
    return id > 0 ? QJsonValue(id) : QJsonValue(QJsonValue::Null);
}

QJsonValue optionalEnumId(const std::optional<Purpose>& purpose)
{
    return purpose ? QJsonValue(enumId(*purpose)) : QJsonValue(QJsonValue::Null);
}

/// The steps as the session JSON has them.
QJsonValue stepsToJson(const StepTree& steps)
{
    SessionTemplate carrier;
    carrier.steps = steps;
    return sessionToJson(carrier).value(QLatin1String("steps"));
}

/// The ids in tree order; null for a plan not stored yet (no rep can link to it).
QJsonValue stepIdsJson(const StepTree& steps)
{
    QJsonArray ids;
    for (StepId id : stepIdsOf(steps)) {
        if (!id.isValid())
            return QJsonValue::Null;
        ids.append(id.value);
    }
    return ids;
}

StepTree readSteps(ObjectReader& reader)
{
    if (!reader.ok())
        return {};
    auto steps = readStepTree(reader.value("steps"), reader.pathOf("steps"));
    if (!steps) {
        reader.fail(steps.error());
        return {};
    }
    return std::move(steps).value();
}

/// "step_ids", one per step of `steps` in tree order; absent leaves the ids at 0.
void readStepIds(ObjectReader& reader, StepTree& steps)
{
    const QJsonValue value = reader.value("step_ids");
    if (!reader.ok() || jsonfields::absent(value))
        return;
    const QJsonArray array = value.toArray();
    const size_t stepCount = stepIdsOf(steps).size();
    if (!value.isArray() || size_t(array.size()) != stepCount) {
        reader.fail(errorAt(reader.pathOf("step_ids"),
                            QStringLiteral("must list one id per step (%1)").arg(stepCount)));
        return;
    }
    std::vector<StepId> ids;
    for (qsizetype index = 0; index < array.size(); ++index) {
        const double number = array.at(index).toDouble(-1.0);
        // Below 2^53 a double holds every whole number exactly; above, the cast to an id
        // would not be defined.
        if (!(number >= 1.0 && number <= 9007199254740992.0) || number != std::floor(number)) {
            reader.fail(errorAt(indexPath(reader.pathOf("step_ids"), index),
                                QStringLiteral("must be a positive whole number (an id)")));
            return;
        }
        ids.push_back(StepId{qint64(number)});
    }
    assignStepIds(steps, ids);
}

std::vector<int> readRestDays(ObjectReader& reader, int dayCount)
{
    const QJsonValue value = reader.value("rest_days");
    std::vector<int> days;
    if (!reader.ok() || jsonfields::absent(value))
        return days;
    if (!value.isArray()) {
        reader.fail(errorAt(reader.pathOf("rest_days"), QStringLiteral("must be an array")));
        return days;
    }
    const QJsonArray array = value.toArray();
    for (qsizetype index = 0; index < array.size(); ++index) {
        auto day = jsonfields::wholeNumber(
            array.at(index), indexPath(reader.pathOf("rest_days"), index), 0, dayCount - 1);
        if (!day) {
            reader.fail(day.error());
            return days;
        }
        days.push_back(*day);
    }
    return days;
}

Result<MicrocycleSession> microcycleSessionFromJson(const QJsonValue& json, const QString& path,
                                                    int dayCount)
{
    ObjectReader reader(json, path,
                        {"day", "order_in_day", "name", "sport", "purpose", "notes", "steps"});
    MicrocycleSession session;
    session.day = reader.whole("day", 0, dayCount - 1);
    session.orderInDay = reader.whole("order_in_day", 0, kMaxOrderInDay);
    session.name = reader.string("name");
    session.sport = reader.enumValue<Sport>("sport", Sport::Run);
    session.purpose = reader.optionalEnum<Purpose>("purpose");
    session.notes = reader.string("notes");
    session.steps = readSteps(reader);
    if (!reader.ok())
        return reader.error();
    return session;
}

QJsonObject microcycleSessionToJson(const MicrocycleSession& session)
{
    return {
        {QStringLiteral("day"), session.day},
        {QStringLiteral("order_in_day"), session.orderInDay},
        {QStringLiteral("name"), session.name},
        {QStringLiteral("sport"), enumId(session.sport)},
        {QStringLiteral("purpose"), optionalEnumId(session.purpose)},
        {QStringLiteral("notes"), session.notes},
        {QStringLiteral("steps"), stepsToJson(session.steps)},
    };
}

} // namespace

QJsonObject templateToJson(const SessionTemplate& sessionTemplate)
{
    QJsonObject json = sessionToJson(sessionTemplate);
    json.insert(QStringLiteral("id"), idJson(sessionTemplate.id.value));
    return json;
}

Result<SessionTemplate> templateFromJson(const QJsonValue& json, const QString& path)
{
    if (!json.isObject())
        return errorAt(path, QStringLiteral("must be an object"));
    auto read = sessionFromJson(json.toObject());
    if (!read)
        return Error{path + QLatin1Char('.') + read.errorMessage()};
    // Only the id is read here; sessionFromJson checked every other key.
    ObjectReader reader(
        QJsonObject{{QStringLiteral("id"), json.toObject().value(QLatin1String("id"))}}, path, {});
    if (!reader.ok())
        return reader.error();
    read->id = TemplateId{reader.optionalId("id").value_or(0)};
    if (!reader.ok())
        return reader.error();
    return read;
}

QJsonObject microcycleToJson(const MicrocycleTemplate& microcycle)
{
    QJsonArray sessions;
    for (const MicrocycleSession& session : microcycle.sessions)
        sessions.append(microcycleSessionToJson(session));
    QJsonArray restDays;
    for (int day : microcycle.restDays)
        restDays.append(day);
    return {
        {QStringLiteral("id"), idJson(microcycle.id.value)},
        {QStringLiteral("name"), microcycle.name},
        {QStringLiteral("description"), microcycle.description},
        {QStringLiteral("weeks"), microcycle.weeks},
        {QStringLiteral("sessions"), sessions},
        {QStringLiteral("rest_days"), restDays},
    };
}

Result<MicrocycleTemplate> microcycleFromJson(const QJsonValue& json, const QString& path)
{
    ObjectReader reader(json, path, {"name", "description", "weeks", "sessions", "rest_days"});
    MicrocycleTemplate microcycle;
    microcycle.id = MicrocycleId{reader.optionalId("id").value_or(0)};
    microcycle.name = reader.string("name");
    if (reader.ok() && microcycle.name.trimmed().isEmpty())
        reader.fail(errorAt(reader.pathOf("name"), QStringLiteral("must not be empty")));
    microcycle.description = reader.string("description");
    microcycle.weeks = reader.whole("weeks", 1, kMaxWeeks);
    microcycle.restDays = readRestDays(reader, microcycle.dayCount());
    const QJsonValue sessionsValue = reader.value("sessions");
    if (reader.ok() && !sessionsValue.isArray() && !jsonfields::absent(sessionsValue))
        reader.fail(errorAt(reader.pathOf("sessions"), QStringLiteral("must be an array")));
    if (!reader.ok())
        return reader.error();
    const QJsonArray sessions = sessionsValue.toArray();
    for (qsizetype index = 0; index < sessions.size(); ++index) {
        auto session = microcycleSessionFromJson(
            sessions.at(index), indexPath(reader.pathOf("sessions"), index), microcycle.dayCount());
        if (!session)
            return session.error();
        microcycle.sessions.push_back(std::move(session).value());
    }
    return microcycle;
}

QJsonObject plannedToJson(const PlannedSession& plan)
{
    return {
        {QStringLiteral("id"), idJson(plan.id.value)},
        {QStringLiteral("athlete_id"), plan.athleteId.value},
        {QStringLiteral("date"), plan.date.toString(Qt::ISODate)},
        {QStringLiteral("order_in_day"), plan.orderInDay},
        {QStringLiteral("template_id"),
         plan.templateId ? QJsonValue(plan.templateId->value) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("name"), plan.name},
        {QStringLiteral("sport"), enumId(plan.sport)},
        {QStringLiteral("purpose"), optionalEnumId(plan.purpose)},
        {QStringLiteral("notes"), plan.notes},
        {QStringLiteral("steps"), stepsToJson(plan.steps)},
        {QStringLiteral("step_ids"), stepIdsJson(plan.steps)},
    };
}

Result<PlannedSession> plannedFromJson(const QJsonValue& json, const QString& path)
{
    ObjectReader reader(json, path,
                        {"athlete_id", "date", "order_in_day", "template_id", "name", "sport",
                         "purpose", "notes", "steps", "step_ids"});
    PlannedSession plan;
    plan.id = PlannedSessionId{reader.optionalId("id").value_or(0)};
    plan.athleteId = AthleteId{reader.id("athlete_id")};
    plan.date = reader.date("date", true);
    plan.orderInDay = reader.whole("order_in_day", 0, kMaxOrderInDay);
    if (auto templateId = reader.optionalId("template_id"))
        plan.templateId = TemplateId{*templateId};
    plan.name = reader.string("name");
    plan.sport = reader.enumValue<Sport>("sport", Sport::Run);
    plan.purpose = reader.optionalEnum<Purpose>("purpose");
    plan.notes = reader.string("notes");
    plan.steps = readSteps(reader);
    readStepIds(reader, plan.steps);
    if (!reader.ok())
        return reader.error();
    return plan;
}

QJsonObject restDayToJson(const RestDay& day)
{
    return {
        {QStringLiteral("athlete_id"), day.athleteId.value},
        {QStringLiteral("date"), day.date.toString(Qt::ISODate)},
        {QStringLiteral("note"), day.note},
    };
}

Result<RestDay> restDayFromJson(const QJsonValue& json, const QString& path)
{
    ObjectReader reader(json, path, {"athlete_id", "date", "note"});
    RestDay day;
    day.athleteId = AthleteId{reader.id("athlete_id")};
    day.date = reader.date("date", true);
    day.note = reader.string("note");
    if (!reader.ok())
        return reader.error();
    return day;
}

} // namespace paceline::logjson
