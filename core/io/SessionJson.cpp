#include "SessionJson.h"

#include "SessionJsonReader.h"
#include "SessionNotation.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

namespace paceline {

namespace {

QJsonValue nullOr(const std::optional<QString>& text)
{
    return text ? QJsonValue(*text) : QJsonValue(QJsonValue::Null);
}

template <typename E> QJsonValue optionalId(const std::optional<E>& value)
{
    return nullOr(value ? std::optional<QString>(enumId(*value)) : std::nullopt);
}

QJsonValue targetToJson(const Target& target)
{
    if (const auto* distance = std::get_if<Distance>(&target))
        return QJsonObject{{QStringLiteral("distance_m"), distance->metres}};
    if (const auto* duration = std::get_if<Duration>(&target))
        return QJsonObject{{QStringLiteral("duration_s"), duration->seconds}};
    return QJsonValue::Null;
}

QJsonValue intensityToJson(const Intensity& intensity)
{
    if (const auto* zone = std::get_if<PaceZone>(&intensity))
        return QJsonObject{{QStringLiteral("zone"), enumId(*zone)}};
    if (const auto* pace = std::get_if<PaceRange>(&intensity)) {
        const QJsonArray seconds{sessionjson::secondsPerKilometreFor(pace->slowest),
                                 sessionjson::secondsPerKilometreFor(pace->fastest)};
        return QJsonObject{{QStringLiteral("pace_s_per_km"), seconds}};
    }
    if (const auto* heartRate = std::get_if<HeartRateRange>(&intensity))
        return QJsonObject{
            {QStringLiteral("hr"), QJsonArray{heartRate->lowBpm, heartRate->highBpm}}};
    if (const auto* rpe = std::get_if<RpeTarget>(&intensity))
        return QJsonObject{{QStringLiteral("rpe"), rpe->rpe}};
    return QJsonValue::Null;
}

QJsonObject stepToJson(const Step& step)
{
    return {
        {QStringLiteral("type"), QStringLiteral("step")},
        {QStringLiteral("kind"), enumId(step.kind)},
        {QStringLiteral("target"), targetToJson(step.target)},
        {QStringLiteral("intensity"), intensityToJson(step.intensity)},
        {QStringLiteral("recovery"), optionalId(step.recoveryMode)},
        {QStringLiteral("sport"), optionalId(step.sport)},
        {QStringLiteral("notes"), step.notes},
    };
}

QJsonArray treeToJson(const StepTree& tree);

QJsonObject nodeToJson(const StepNode& node)
{
    if (node.isStep())
        return stepToJson(node.step());
    const RepeatGroup& group = node.group();
    const auto& between = group.recoveryBetweenSets;
    return {
        {QStringLiteral("type"), QStringLiteral("repeat")},
        {QStringLiteral("count"), group.count},
        {QStringLiteral("children"), treeToJson(group.children)},
        {QStringLiteral("between_sets"),
         between ? QJsonValue(stepToJson(*between)) : QJsonValue(QJsonValue::Null)},
    };
}

QJsonArray treeToJson(const StepTree& tree)
{
    QJsonArray array;
    for (const StepNode& node : tree)
        array.append(nodeToJson(node));
    return array;
}

} // namespace

QJsonObject sessionToJson(const SessionTemplate& session)
{
    return {
        {QStringLiteral("format"), QLatin1String(sessionjson::kFormatId)},
        {QStringLiteral("version"), sessionjson::kVersion},
        {QStringLiteral("name"), session.name},
        {QStringLiteral("sport"), enumId(session.sport)},
        {QStringLiteral("purpose"), optionalId(session.purpose)},
        {QStringLiteral("notes"), session.notes},
        {QStringLiteral("notation"), formatSessionNotation(session.steps)},
        {QStringLiteral("steps"), treeToJson(session.steps)},
    };
}

Result<SessionTemplate> sessionFromJson(const QJsonObject& json)
{
    return sessionjson::readSession(json);
}

Result<SessionTemplate> sessionFromJsonBytes(const QByteArray& bytes)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Error{QStringLiteral("malformed JSON at byte %1: %2")
                         .arg(parseError.offset)
                         .arg(parseError.errorString())};
    if (!document.isObject())
        return Error{QStringLiteral("the JSON is not an object: a session is one JSON object")};
    return sessionFromJson(document.object());
}

} // namespace paceline
