#include "InspectJson.h"

#include <QJsonArray>
#include <QJsonValue>
#include <QTimeZone>

#include <cmath>

namespace paceline {

namespace {

/// Millimetres and milliseconds are all a file records; rounding there keeps float
/// noise (848.9399999) out of the output without losing anything real.
QJsonValue number(const std::optional<double>& value)
{
    if (!value || !std::isfinite(*value))
        return QJsonValue::Null;
    return std::round(*value * 1000.0) / 1000.0;
}

QJsonValue whole(const std::optional<int>& value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QJsonValue instant(const QDateTime& time)
{
    if (!time.isValid())
        return QJsonValue::Null;
    const QDateTime utc = time.toUTC();
    // Whole seconds print without ".000", as most files record them.
    return utc.time().msec() == 0 ? utc.toString(Qt::ISODate) : utc.toString(Qt::ISODateWithMs);
}

QJsonObject lapJson(const RecordedLap& lap)
{
    return {{QStringLiteral("start"), instant(lap.start)},
            {QStringLiteral("elapsed_s"), number(lap.elapsedSeconds)},
            {QStringLiteral("timer_s"), number(lap.timerSeconds)},
            {QStringLiteral("distance_m"), number(lap.distanceMetres)},
            {QStringLiteral("avg_hr"), whole(lap.avgHeartRate)},
            {QStringLiteral("max_hr"), whole(lap.maxHeartRate)}};
}

QJsonArray lapsJson(const std::vector<RecordedLap>& laps)
{
    QJsonArray array;
    for (const RecordedLap& lap : laps)
        array.append(lapJson(lap));
    return array;
}

QJsonValue sportName(const QString& name)
{
    return name.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(name);
}

QJsonObject sessionJson(const RecordedSession& session)
{
    return {{QStringLiteral("sport"), sportName(session.sportName)},
            {QStringLiteral("start"), instant(session.start)},
            {QStringLiteral("elapsed_s"), number(session.elapsedSeconds)},
            {QStringLiteral("timer_s"), number(session.timerSeconds)},
            {QStringLiteral("distance_m"), number(session.distanceMetres)},
            {QStringLiteral("avg_hr"), whole(session.avgHeartRate)},
            {QStringLiteral("max_hr"), whole(session.maxHeartRate)},
            {QStringLiteral("records"), qint64(session.samples.size())},
            {QStringLiteral("laps"), lapsJson(session.laps)}};
}

/// The sum of the values the sessions have; null when none has one (a sum of the
/// known ones is still the best total a reader of a partly recorded file gets).
std::optional<double> sumOf(const std::vector<RecordedSession>& sessions,
                            std::optional<double> RecordedSession::*field)
{
    std::optional<double> total;
    for (const RecordedSession& session : sessions)
        if (const auto& value = session.*field)
            total = total.value_or(0.0) + *value;
    return total;
}

/// The top level of a file with several legs: the first leg's start, the sums, and
/// every lap in file order (so "laps" counts what the file has, as the FIT SDK does).
void addMultisport(QJsonObject& object, const std::vector<RecordedSession>& sessions)
{
    QJsonArray allLaps;
    QJsonArray legs;
    for (const RecordedSession& session : sessions) {
        for (const RecordedLap& lap : session.laps)
            allLaps.append(lapJson(lap));
        legs.append(sessionJson(session));
    }
    object.insert(QStringLiteral("sport"), QStringLiteral("multisport"));
    object.insert(QStringLiteral("start"), instant(sessions.front().start));
    object.insert(QStringLiteral("elapsed_s"),
                  number(sumOf(sessions, &RecordedSession::elapsedSeconds)));
    object.insert(QStringLiteral("timer_s"),
                  number(sumOf(sessions, &RecordedSession::timerSeconds)));
    object.insert(QStringLiteral("distance_m"),
                  number(sumOf(sessions, &RecordedSession::distanceMetres)));
    object.insert(QStringLiteral("laps"), allLaps);
    object.insert(QStringLiteral("sessions"), legs);
}

void addSingle(QJsonObject& object, const RecordedSession& session)
{
    object.insert(QStringLiteral("sport"), sportName(session.sportName));
    object.insert(QStringLiteral("start"), instant(session.start));
    object.insert(QStringLiteral("elapsed_s"), number(session.elapsedSeconds));
    object.insert(QStringLiteral("timer_s"), number(session.timerSeconds));
    object.insert(QStringLiteral("distance_m"), number(session.distanceMetres));
    object.insert(QStringLiteral("avg_hr"), whole(session.avgHeartRate));
    object.insert(QStringLiteral("max_hr"), whole(session.maxHeartRate));
    object.insert(QStringLiteral("laps"), lapsJson(session.laps));
}

void addEmpty(QJsonObject& object)
{
    for (const char* key : {"sport", "start", "elapsed_s", "timer_s", "distance_m"})
        object.insert(QLatin1String(key), QJsonValue::Null);
    object.insert(QStringLiteral("laps"), QJsonArray());
}

QJsonValue sampleTime(const RecordedSample* sample)
{
    return sample ? instant(QDateTime::fromSecsSinceEpoch(sample->utcSeconds, Qt::UTC))
                  : QJsonValue(QJsonValue::Null);
}

/// The first and last record's time: what a record count alone cannot show (a file
/// whose compressed timestamps were misread has the right count and the wrong span).
void addRecordSpan(QJsonObject& object, const std::vector<RecordedSession>& sessions)
{
    const RecordedSample* first = nullptr;
    const RecordedSample* last = nullptr;
    for (const RecordedSession& session : sessions) {
        if (session.samples.empty())
            continue;
        if (!first)
            first = &session.samples.front();
        last = &session.samples.back();
    }
    object.insert(QStringLiteral("first_record"), sampleTime(first));
    object.insert(QStringLiteral("last_record"), sampleTime(last));
}

} // namespace

QJsonObject inspectJson(const Recording& recording)
{
    QJsonObject object{{QStringLiteral("format"), recording.format},
                       {QStringLiteral("records"), recording.recordCount}};
    if (recording.sessions.empty())
        addEmpty(object);
    else if (recording.sessions.size() == 1)
        addSingle(object, recording.sessions.front());
    else
        addMultisport(object, recording.sessions);
    addRecordSpan(object, recording.sessions);
    return object;
}

} // namespace paceline
