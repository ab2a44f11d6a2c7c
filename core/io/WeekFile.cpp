#include "WeekFile.h"

#include "JsonFields.h"
#include "SessionNotation.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace paceline {

namespace {

using namespace jsonfields;

constexpr char kFormatId[] = "paceline-week";
constexpr int kVersion = 1;
/// Twelve weeks: far more than a check needs, small enough that nothing gets slow.
constexpr int kMaxDays = 84;
constexpr int kMaxSessionsPerDay = 6;
constexpr qsizetype kMaxGeneratedName = 40;

/// Numbers the provisional ids of one file: sessions 1, 2, ... and every step and
/// group, so findings can name them without a store.
struct IdCounter {
    qint64 session = 0;
    qint64 step = 0;

    void number(StepTree& tree)
    {
        for (StepNode& node : tree) {
            if (node.isStep()) {
                node.step().id = StepId{++step};
                continue;
            }
            RepeatGroup& group = node.group();
            group.id = StepId{++step};
            number(group.children);
            if (group.recoveryBetweenSets)
                group.recoveryBetweenSets->id = StepId{++step};
        }
    }
};

std::optional<Error> checkHeader(const QJsonObject& json)
{
    return checkFormatAndVersion(json, QLatin1String(kFormatId), kVersion, QStringLiteral("week"));
}

Result<QDate> readStart(const QJsonValue& value)
{
    const QString path = QStringLiteral("start");
    auto text = stringValue(value, path, true);
    if (!text)
        return text.error();
    const QDate date = QDate::fromString(*text, QStringLiteral("yyyy-MM-dd"));
    if (!date.isValid())
        return errorAt(path, QStringLiteral("'%1' is not a date (YYYY-MM-DD)").arg(*text));
    return date;
}

Result<RaceResult> readRace(const QJsonValue& value, const QString& path)
{
    if (!value.isObject())
        return errorAt(path, QStringLiteral("must be an object with distance_m and time_s"));
    const QJsonObject race = value.toObject();
    if (auto bad = checkKeys(race, path, {"distance_m", "time_s"}))
        return *bad;
    auto metres = numberValue(race.value(QLatin1String("distance_m")),
                              keyPath(path, QStringLiteral("distance_m")), 1000000.0,
                              QStringLiteral("a positive number of metres, at most 1000000"));
    if (!metres)
        return metres.error();
    auto seconds =
        numberValue(race.value(QLatin1String("time_s")), keyPath(path, QStringLiteral("time_s")),
                    172800.0, QStringLiteral("a positive number of seconds, at most 172800"));
    if (!seconds)
        return seconds.error();
    return RaceResult{Distance{*metres}, Duration{*seconds}, QDate()};
}

std::optional<Error> readAthlete(const QJsonValue& value, WeekFile& week)
{
    const QString path = QStringLiteral("athlete");
    if (absent(value))
        return std::nullopt;
    if (!value.isObject())
        return errorAt(path, QStringLiteral("must be an object"));
    const QJsonObject athlete = value.toObject();
    if (auto bad = checkKeys(athlete, path, {"race", "max_hard_sessions"}))
        return bad;
    if (const QJsonValue race = athlete.value(QLatin1String("race")); !absent(race)) {
        auto read = readRace(race, keyPath(path, QStringLiteral("race")));
        if (!read)
            return read.error();
        week.race = *read;
    }
    if (const QJsonValue most = athlete.value(QLatin1String("max_hard_sessions")); !absent(most)) {
        auto read = wholeNumber(most, keyPath(path, QStringLiteral("max_hard_sessions")), 0, 7);
        if (!read)
            return read.error();
        week.maxHardSessionsPerWeek = *read;
    }
    return std::nullopt;
}

/// A notation's steps; the error says where in the file and at which column.
Result<StepTree> readNotation(const QString& text, const QString& path)
{
    auto steps = parseSessionNotation(text);
    if (!steps)
        return errorAt(path, steps.errorMessage());
    return std::move(steps).value();
}

/// The sport a bare notation is in: the one its steps name ("bike 60min"), a brick
/// when they name several, a run when they name none.
Sport sportOf(const StepTree& steps)
{
    std::optional<Sport> found;
    for (const StepNode& node : steps) {
        if (!node.isStep() || !node.step().sport)
            continue;
        if (found && *found != *node.step().sport)
            return Sport::Brick;
        found = node.step().sport;
    }
    return found.value_or(Sport::Run);
}

/// A name for a session given only as notation: the line itself, cut after a whole
/// item when it is long ("wu 15min @E; 8x400m @I / 90s jog; …").
QString nameFromNotation(const QString& notation)
{
    const QString simplified = notation.simplified();
    if (simplified.size() <= kMaxGeneratedName)
        return simplified;
    QString cut = simplified.left(kMaxGeneratedName - 2);
    if (const qsizetype item = cut.lastIndexOf(QLatin1Char(';')); item > 0)
        cut.truncate(item + 1);
    return cut.trimmed() + QLatin1Char(' ') + QChar(0x2026);
}

Result<PlannedSession> readSessionObject(const QJsonObject& object, const QString& path)
{
    if (auto bad = checkKeys(object, path, {"name", "sport", "purpose", "notes", "notation"}))
        return *bad;
    auto notation = stringValue(object.value(QLatin1String("notation")),
                                keyPath(path, QStringLiteral("notation")), true);
    if (!notation)
        return notation.error();
    auto steps = readNotation(*notation, keyPath(path, QStringLiteral("notation")));
    if (!steps)
        return steps.error();
    PlannedSession session;
    session.steps = std::move(steps).value();
    auto name = stringValue(object.value(QLatin1String("name")),
                            keyPath(path, QStringLiteral("name")), false);
    if (!name)
        return name.error();
    session.name = name->trimmed().isEmpty() ? nameFromNotation(*notation) : name->trimmed();
    const QJsonValue sport = object.value(QLatin1String("sport"));
    if (absent(sport)) {
        session.sport = sportOf(session.steps);
    } else {
        auto read = enumValue<Sport>(sport, keyPath(path, QStringLiteral("sport")));
        if (!read)
            return read.error();
        session.sport = *read;
    }
    auto purpose = optionalEnum<Purpose>(object.value(QLatin1String("purpose")),
                                         keyPath(path, QStringLiteral("purpose")));
    if (!purpose)
        return purpose.error();
    session.purpose = *purpose;
    auto notes = stringValue(object.value(QLatin1String("notes")),
                             keyPath(path, QStringLiteral("notes")), false);
    if (!notes)
        return notes.error();
    session.notes = *notes;
    return session;
}

Result<PlannedSession> readSession(const QJsonValue& value, const QString& path)
{
    if (value.isObject())
        return readSessionObject(value.toObject(), path);
    if (!value.isString())
        return errorAt(path, QStringLiteral("must be a session in the notation (a string) or an "
                                            "object with name, sport and notation"));
    auto steps = readNotation(value.toString(), path);
    if (!steps)
        return steps.error();
    PlannedSession session;
    session.steps = std::move(steps).value();
    session.sport = sportOf(session.steps);
    session.name = nameFromNotation(value.toString());
    return session;
}

Result<PlanDay> readDay(const QJsonValue& value, const QString& path, QDate date, IdCounter& ids)
{
    if (!value.isObject())
        return errorAt(path, QStringLiteral("must be an object: {} (not planned), {\"rest\": "
                                            "true} or {\"sessions\": [...]}"));
    const QJsonObject object = value.toObject();
    if (auto bad = checkKeys(object, path, {"rest", "sessions"}))
        return *bad;
    PlanDay day;
    day.date = date;
    const QJsonValue rest = object.value(QLatin1String("rest"));
    if (!absent(rest) && !rest.isBool())
        return errorAt(keyPath(path, QStringLiteral("rest")),
                       QStringLiteral("must be true or false"));
    day.rest = rest.toBool(false);
    const QJsonValue sessions = object.value(QLatin1String("sessions"));
    if (absent(sessions))
        return day;
    const QString sessionsPath = keyPath(path, QStringLiteral("sessions"));
    if (!sessions.isArray())
        return errorAt(sessionsPath, QStringLiteral("must be an array of sessions"));
    const QJsonArray list = sessions.toArray();
    if (day.rest && !list.isEmpty())
        return errorAt(path, QStringLiteral("a rest day has no sessions; remove \"rest\" or the "
                                            "sessions"));
    if (list.size() > kMaxSessionsPerDay)
        return errorAt(sessionsPath,
                       QStringLiteral("at most %1 sessions a day").arg(kMaxSessionsPerDay));
    for (qsizetype i = 0; i < list.size(); ++i) {
        auto session = readSession(list.at(i), indexPath(sessionsPath, i));
        if (!session)
            return session.error();
        session->id = PlannedSessionId{++ids.session};
        session->date = date;
        session->orderInDay = int(i);
        ids.number(session->steps);
        day.sessions.push_back(std::move(session).value());
    }
    return day;
}

Result<std::vector<PlanDay>> readDays(const QJsonValue& value, QDate start)
{
    const QString path = QStringLiteral("days");
    if (value.isUndefined())
        return errorAt(path, QStringLiteral("missing; expected an array of days from start"));
    if (!value.isArray() || value.toArray().isEmpty() || value.toArray().size() > kMaxDays)
        return errorAt(path, QStringLiteral("must be an array of 1 to %1 days").arg(kMaxDays));
    const QJsonArray list = value.toArray();
    std::vector<PlanDay> days;
    IdCounter ids;
    for (qsizetype i = 0; i < list.size(); ++i) {
        auto day = readDay(list.at(i), indexPath(path, i), start.addDays(i), ids);
        if (!day)
            return day.error();
        days.push_back(std::move(day).value());
    }
    return days;
}

} // namespace

Result<WeekFile> readWeekFile(const QByteArray& json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Error{QStringLiteral("malformed JSON at byte %1: %2")
                         .arg(parseError.offset)
                         .arg(parseError.errorString())};
    if (!document.isObject())
        return Error{QStringLiteral("the JSON is not an object: a week is one JSON object")};
    const QJsonObject object = document.object();
    if (auto bad = checkHeader(object))
        return *bad;
    if (auto bad = checkKeys(object, QString(), {"format", "version", "start", "athlete", "days"}))
        return *bad;
    auto start = readStart(object.value(QLatin1String("start")));
    if (!start)
        return start.error();
    WeekFile week;
    if (auto bad = readAthlete(object.value(QLatin1String("athlete")), week))
        return *bad;
    auto days = readDays(object.value(QLatin1String("days")), *start);
    if (!days)
        return days.error();
    week.days = std::move(days).value();
    return week;
}

} // namespace paceline
