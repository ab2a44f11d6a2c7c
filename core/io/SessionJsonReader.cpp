#include "SessionJsonReader.h"

#include "JsonFields.h"
#include "SessionNotation.h"
#include "StepLimits.h"

#include <QJsonArray>

#include <cmath>
#include <initializer_list>
#include <limits>

namespace paceline::sessionjson {

namespace {

using namespace jsonfields;

Result<Target> readTarget(const QJsonValue& value, const QString& path)
{
    if (absent(value))
        return Target{};
    const QJsonObject object = value.toObject();
    const bool distance = object.contains(QLatin1String("distance_m"));
    if (!value.isObject() || object.size() != 1 ||
        (!distance && !object.contains(QLatin1String("duration_s"))))
        return errorAt(path, QStringLiteral("must be {\"distance_m\": metres}, "
                                            "{\"duration_s\": seconds} or null"));
    if (distance) {
        auto metres =
            numberValue(object.value(QLatin1String("distance_m")),
                        keyPath(path, QStringLiteral("distance_m")), steplimits::kMaxDistanceMetres,
                        QStringLiteral("a positive number of metres, at most 1000000"));
        return metres ? Result<Target>(Distance{*metres}) : Result<Target>(metres.error());
    }
    auto seconds =
        numberValue(object.value(QLatin1String("duration_s")),
                    keyPath(path, QStringLiteral("duration_s")), steplimits::kMaxDurationSeconds,
                    QStringLiteral("a positive number of seconds, at most 172800"));
    return seconds ? Result<Target>(Duration{*seconds}) : Result<Target>(seconds.error());
}

Result<QJsonArray> pairValue(const QJsonValue& value, const QString& path, const QString& what)
{
    if (!value.isArray() || value.toArray().size() != 2)
        return errorAt(path, QStringLiteral("must be a pair %1").arg(what));
    return value.toArray();
}

/// The speed of a pace in seconds per km. Seconds per km cannot name every speed
/// exactly (1000/x skips some doubles), so a pace that lies within rounding of a whole
/// millisecond per km or per mile is read as exactly that pace: the paces the notation
/// and the builder make (`@6:20/mi`) then survive a round trip through JSON unchanged.
Speed speedFromJson(double secondsPerKm)
{
    constexpr double kRounding = 8 * std::numeric_limits<double>::epsilon();
    const Speed speed = Speed::fromSecondsPerKilometre(secondsPerKm);
    for (const Distance unit : {Distance{kMetresPerKilometre}, Distance{kMetresPerMile}}) {
        const double seconds = std::round(speed.paceFor(unit).seconds * 1000.0) / 1000.0;
        const Speed snapped = Speed::fromPace(Duration{seconds}, unit);
        if (std::fabs(snapped.metresPerSecond - speed.metresPerSecond) <=
            kRounding * speed.metresPerSecond)
            return snapped;
    }
    return speed;
}

Result<Intensity> readPace(const QJsonValue& value, const QString& path)
{
    auto pair = pairValue(value, path, QStringLiteral("[slowest, fastest] in seconds per km"));
    if (!pair)
        return pair.error();
    double seconds[2] = {};
    for (int index = 0; index < 2; ++index) {
        auto number = numberValue(pair->at(index), indexPath(path, index),
                                  steplimits::kSlowestPaceSecondsPerKm,
                                  QStringLiteral("a pace from 30 to 3600 seconds per km"));
        if (!number || !steplimits::paceWithinLimits(Speed::fromSecondsPerKilometre(*number)))
            return errorAt(indexPath(path, index),
                           QStringLiteral("must be a pace from 30 to 3600 seconds per km"));
        seconds[index] = *number;
    }
    if (seconds[0] < seconds[1])
        return errorAt(path, QStringLiteral("the slowest pace comes first, so the first number "
                                            "must not be smaller than the second"));
    return Intensity{PaceRange{speedFromJson(seconds[0]), speedFromJson(seconds[1])}};
}

Result<Intensity> readHeartRate(const QJsonValue& value, const QString& path)
{
    auto pair = pairValue(value, path, QStringLiteral("[low, high] in beats per minute"));
    if (!pair)
        return pair.error();
    int bpm[2] = {};
    for (int index = 0; index < 2; ++index) {
        auto number = wholeNumber(pair->at(index), indexPath(path, index),
                                  steplimits::kMinHeartRate, steplimits::kMaxHeartRate);
        if (!number)
            return number.error();
        bpm[index] = *number;
    }
    if (bpm[0] > bpm[1])
        return errorAt(path, QStringLiteral("the low heart rate comes first"));
    return Intensity{HeartRateRange{bpm[0], bpm[1]}};
}

Result<Intensity> readIntensity(const QJsonValue& value, const QString& path)
{
    if (absent(value))
        return Intensity{};
    const QJsonObject object = value.toObject();
    if (!value.isObject() || object.size() != 1)
        return errorAt(path, QStringLiteral("must be an object with one of zone, pace_s_per_km, "
                                            "hr or rpe, or null"));
    const QString key = object.begin().key();
    const QString inner = keyPath(path, key);
    if (key == QLatin1String("zone")) {
        auto zone = enumValue<PaceZone>(object.begin().value(), inner);
        return zone ? Result<Intensity>(Intensity{*zone}) : Result<Intensity>(zone.error());
    }
    if (key == QLatin1String("pace_s_per_km"))
        return readPace(object.begin().value(), inner);
    if (key == QLatin1String("hr"))
        return readHeartRate(object.begin().value(), inner);
    if (key == QLatin1String("rpe")) {
        auto rpe = numberValue(object.begin().value(), inner, steplimits::kMaxRpe,
                               QStringLiteral("a number from 0 to 10"), true);
        return rpe ? Result<Intensity>(Intensity{RpeTarget{*rpe}}) : Result<Intensity>(rpe.error());
    }
    return errorAt(inner, QStringLiteral("unknown intensity; expected zone, pace_s_per_km, hr or "
                                         "rpe"));
}

std::optional<Error> checkType(const QJsonObject& object, const QString& path, const char* type)
{
    if (object.value(QLatin1String("type")).toString() == QLatin1String(type))
        return std::nullopt;
    return errorAt(keyPath(path, QStringLiteral("type")),
                   QStringLiteral("must be \"%1\"").arg(QLatin1String(type)));
}

Result<Step> readStep(const QJsonValue& value, const QString& path)
{
    if (!value.isObject())
        return errorAt(path, QStringLiteral("must be an object"));
    const QJsonObject object = value.toObject();
    if (auto error = checkType(object, path, "step"))
        return *error;
    if (auto error = checkKeys(
            object, path, {"type", "kind", "target", "intensity", "recovery", "sport", "notes"}))
        return *error;
    const auto field = [&](const char* key) { return object.value(QLatin1String(key)); };
    const auto fieldPath = [&](const char* key) { return keyPath(path, QLatin1String(key)); };
    auto kind = enumValue<StepKind>(field("kind"), fieldPath("kind"));
    auto target = readTarget(field("target"), fieldPath("target"));
    auto intensity = readIntensity(field("intensity"), fieldPath("intensity"));
    auto recovery = optionalEnum<RecoveryMode>(field("recovery"), fieldPath("recovery"));
    auto sport = optionalEnum<Sport>(field("sport"), fieldPath("sport"));
    auto notes = stringValue(field("notes"), fieldPath("notes"), false);
    // Reported in the order the keys are documented.
    for (const Error* error :
         {kind ? nullptr : &kind.error(), target ? nullptr : &target.error(),
          intensity ? nullptr : &intensity.error(), recovery ? nullptr : &recovery.error(),
          sport ? nullptr : &sport.error(), notes ? nullptr : &notes.error()}) {
        if (error)
            return *error;
    }
    Step step;
    step.kind = *kind;
    step.target = *target;
    step.intensity = *intensity;
    step.recoveryMode = *recovery;
    step.sport = *sport;
    step.notes = *notes;
    return step;
}

Result<StepTree> readTree(const QJsonValue& value, const QString& path, int depth);

Result<StepNode> readGroup(const QJsonObject& object, const QString& path, int depth)
{
    if (auto error = checkKeys(object, path, {"type", "count", "children", "between_sets"}))
        return *error;
    if (depth >= steplimits::kMaxRepeatNesting)
        return errorAt(
            path,
            QStringLiteral("repeats nest at most %1 deep").arg(steplimits::kMaxRepeatNesting));
    RepeatGroup group;
    auto count =
        wholeNumber(object.value(QLatin1String("count")), keyPath(path, QStringLiteral("count")), 1,
                    steplimits::kMaxRepeatCount);
    if (!count)
        return count.error();
    group.count = *count;
    const QString childrenPath = keyPath(path, QStringLiteral("children"));
    auto children = readTree(object.value(QLatin1String("children")), childrenPath, depth + 1);
    if (!children)
        return children.error();
    if (children->empty())
        return errorAt(childrenPath, QStringLiteral("a repeat needs at least one step"));
    group.children = std::move(children).value();
    const QJsonValue between = object.value(QLatin1String("between_sets"));
    if (!absent(between)) {
        auto step = readStep(between, keyPath(path, QStringLiteral("between_sets")));
        if (!step)
            return step.error();
        group.recoveryBetweenSets = std::move(step).value();
    }
    return StepNode{std::move(group)};
}

Result<StepNode> readNode(const QJsonValue& value, const QString& path, int depth)
{
    const QJsonObject object = value.toObject();
    const QString type = object.value(QLatin1String("type")).toString();
    if (value.isObject() && type == QLatin1String("repeat"))
        return readGroup(object, path, depth);
    if (value.isObject() && type != QLatin1String("step"))
        return errorAt(keyPath(path, QStringLiteral("type")),
                       QStringLiteral("must be \"step\" or \"repeat\""));
    auto step = readStep(value, path);
    return step ? Result<StepNode>(StepNode{std::move(step).value()})
                : Result<StepNode>(step.error());
}

Result<StepTree> readTree(const QJsonValue& value, const QString& path, int depth)
{
    if (!value.isArray())
        return errorAt(path, QStringLiteral("must be an array of steps"));
    const QJsonArray array = value.toArray();
    StepTree tree;
    for (qsizetype index = 0; index < array.size(); ++index) {
        auto node = readNode(array.at(index), indexPath(path, index), depth);
        if (!node)
            return node.error();
        tree.push_back(std::move(node).value());
    }
    return tree;
}

std::optional<Error> checkFormat(const QJsonObject& json)
{
    return checkFormatAndVersion(json, QLatin1String(kFormatId), kVersion,
                                 QStringLiteral("session"));
}

Result<StepTree> readSteps(const QJsonObject& json)
{
    const QJsonValue steps = json.value(QLatin1String("steps"));
    if (!absent(steps))
        return readTree(steps, QStringLiteral("steps"), 0);
    const QJsonValue notation = json.value(QLatin1String("notation"));
    if (!notation.isString())
        return errorAt(QStringLiteral("steps"),
                       QStringLiteral("missing, and there is no notation to read instead"));
    auto parsed = parseSessionNotation(notation.toString());
    if (!parsed)
        return Error{QStringLiteral("notation: ") + parsed.errorMessage()};
    return std::move(parsed).value();
}

} // namespace

Result<SessionTemplate> readSession(const QJsonObject& json)
{
    if (auto error = checkFormat(json))
        return *error;
    if (auto error = checkKeys(
            json, QString(),
            {"format", "version", "name", "sport", "purpose", "notes", "notation", "steps"}))
        return *error;
    SessionTemplate session;
    auto name = stringValue(json.value(QLatin1String("name")), QStringLiteral("name"), true);
    if (!name)
        return name.error();
    if (name->trimmed().isEmpty())
        return errorAt(QStringLiteral("name"), QStringLiteral("must not be empty"));
    auto sport = enumValue<Sport>(json.value(QLatin1String("sport")), QStringLiteral("sport"));
    if (!sport)
        return sport.error();
    auto purpose =
        optionalEnum<Purpose>(json.value(QLatin1String("purpose")), QStringLiteral("purpose"));
    if (!purpose)
        return purpose.error();
    auto notes = stringValue(json.value(QLatin1String("notes")), QStringLiteral("notes"), false);
    if (!notes)
        return notes.error();
    auto notation =
        stringValue(json.value(QLatin1String("notation")), QStringLiteral("notation"), false);
    if (!notation)
        return notation.error();
    auto steps = readSteps(json);
    if (!steps)
        return steps.error();
    session.name = *name;
    session.sport = *sport;
    session.purpose = *purpose;
    session.notes = *notes;
    session.steps = std::move(steps).value();
    return session;
}

double secondsPerKilometreFor(Speed speed)
{
    const double exact = speed.secondsPerKilometre();
    const double tidy = std::round(exact * 1000.0) / 1000.0;
    return Speed::fromSecondsPerKilometre(tidy) == speed ? tidy : exact;
}

} // namespace paceline::sessionjson
