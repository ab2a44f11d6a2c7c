#include "TcxReader.h"

#include "TcxParser.h"
#include "XmlReading.h"

#include <algorithm>

namespace paceline {

namespace {

/// Faster than any pool swimmer (the 50 m freestyle record is about 2.4 m/s), slower
/// than most runs and rides.
constexpr double kFastestSwimMetresPerSecond = 2.5;

struct SportChoice {
    QString name;
    std::optional<Sport> sport;
    bool cadencePerFoot = false; ///< Garmin writes running cadence per foot
};

std::optional<double> sumOf(const std::vector<tcx::ParsedLap>& laps,
                            std::optional<double> RecordedLap::*field)
{
    std::optional<double> sum;
    for (const tcx::ParsedLap& parsed : laps)
        if (const auto value = parsed.lap.*field)
            sum = sum.value_or(0.0) + *value;
    return sum;
}

/// Garmin Connect exports pool swims as Sport="Other": no positions, a distance, and a
/// swimming speed. Other "Other" activities (strength, yoga, ...) become generic.
bool looksLikePoolSwim(const tcx::ParsedActivity& activity)
{
    const auto distance = sumOf(activity.laps, &RecordedLap::distanceMetres);
    const auto timer = sumOf(activity.laps, &RecordedLap::timerSeconds);
    return !activity.hasPosition && distance && *distance > 0 && timer && *timer > 0 &&
           *distance / *timer <= kFastestSwimMetresPerSecond;
}

SportChoice sportOf(const tcx::ParsedActivity& activity)
{
    if (activity.sport.compare(QLatin1String("Running"), Qt::CaseInsensitive) == 0)
        return {QStringLiteral("running"), Sport::Run, true};
    if (activity.sport.compare(QLatin1String("Biking"), Qt::CaseInsensitive) == 0)
        return {QStringLiteral("cycling"), Sport::Bike, false};
    if (looksLikePoolSwim(activity))
        return {QStringLiteral("swimming"), Sport::Swim, false};
    return {QStringLiteral("generic"), Sport::CrossTraining, false};
}

/// Milliseconds from `from` to `to` as seconds; unknown when `to` is earlier (laps or
/// trackpoints out of order in a damaged file give no negative lap).
std::optional<double> secondsBetween(std::int64_t from, std::int64_t to)
{
    return to >= from ? std::optional<double>(double(to - from) / 1000.0) : std::nullopt;
}

/// Lap elapsed time as the reference defines it: to the next lap's start, and for the
/// last lap to its last trackpoint; unknown otherwise.
void setLapElapsed(std::vector<tcx::ParsedLap>& laps)
{
    for (std::size_t i = 0; i < laps.size(); ++i) {
        const auto start = laps[i].startMs;
        const auto next = i + 1 < laps.size() ? laps[i + 1].startMs : std::nullopt;
        if (start && next)
            laps[i].lap.elapsedSeconds = secondsBetween(*start, *next);
        else if (start && laps[i].lastPointMs && i + 1 == laps.size())
            laps[i].lap.elapsedSeconds = secondsBetween(*start, *laps[i].lastPointMs);
    }
}

/// Files without LX/AvgSpeed: distance over timer time.
void setComputedSpeed(RecordedLap& lap)
{
    if (!lap.avgSpeed && lap.distanceMetres && lap.timerSeconds && *lap.timerSeconds > 0)
        lap.avgSpeed = *lap.distanceMetres / *lap.timerSeconds;
}

/// Start: the earliest lap start (the Id when there are no laps). End: the latest
/// trackpoint or lap start + timer time, whichever is later.
void setSessionSpan(RecordedSession& session, const tcx::ParsedActivity& activity)
{
    std::optional<std::int64_t> first;
    std::optional<double> lastMs;
    for (const tcx::ParsedLap& parsed : activity.laps) {
        if (parsed.startMs && (!first || *parsed.startMs < *first))
            first = parsed.startMs;
        if (parsed.lastPointMs)
            lastMs =
                std::max(lastMs.value_or(double(*parsed.lastPointMs)), double(*parsed.lastPointMs));
        if (parsed.startMs && parsed.lap.timerSeconds) {
            const double end = double(*parsed.startMs) + *parsed.lap.timerSeconds * 1000.0;
            lastMs = std::max(lastMs.value_or(end), end);
        }
    }
    if (!first)
        first = activity.idMs;
    if (first)
        session.start = xml::utcDateTime(*first);
    if (first && lastMs)
        session.elapsedSeconds = (*lastMs - double(*first)) / 1000.0;
}

/// Average: the laps' averages weighted by their timer time; maximum: the laps' highest.
/// When no lap has heart rates, the trackpoints' mean and maximum.
void setSessionHeartRate(RecordedSession& session)
{
    double weighted = 0.0;
    double weights = 0.0;
    for (const RecordedLap& lap : session.laps) {
        if (lap.maxHeartRate)
            session.maxHeartRate = std::max(session.maxHeartRate.value_or(0), *lap.maxHeartRate);
        if (!lap.avgHeartRate)
            continue;
        const double weight = lap.timerSeconds && *lap.timerSeconds > 0 ? *lap.timerSeconds : 1.0;
        weighted += *lap.avgHeartRate * weight;
        weights += weight;
    }
    if (weights > 0) {
        session.avgHeartRate = int(weighted / weights + 0.5);
        return;
    }
    double sum = 0.0;
    int count = 0;
    for (const RecordedSample& sample : session.samples) {
        if (!sample.heartRate)
            continue;
        sum += *sample.heartRate;
        ++count;
        session.maxHeartRate = std::max(session.maxHeartRate.value_or(0), *sample.heartRate);
    }
    if (count > 0)
        session.avgHeartRate = int(sum / count + 0.5);
}

RecordedSession sessionFrom(tcx::ParsedActivity& activity)
{
    const SportChoice sport = sportOf(activity);
    RecordedSession session;
    session.sportName = sport.name;
    session.sport = sport.sport;
    setLapElapsed(activity.laps);
    setSessionSpan(session, activity);
    session.timerSeconds = sumOf(activity.laps, &RecordedLap::timerSeconds);
    session.distanceMetres = sumOf(activity.laps, &RecordedLap::distanceMetres);
    const double cadenceFactor = sport.cadencePerFoot ? 2.0 : 1.0;
    for (tcx::ParsedLap& parsed : activity.laps) {
        setComputedSpeed(parsed.lap);
        if (parsed.lap.avgCadence)
            *parsed.lap.avgCadence *= cadenceFactor;
        session.laps.push_back(std::move(parsed.lap));
    }
    session.samples = std::move(activity.samples);
    for (RecordedSample& sample : session.samples)
        if (sample.cadence)
            *sample.cadence *= cadenceFactor;
    setSessionHeartRate(session);
    return session;
}

} // namespace

QString TcxReader::formatId() const
{
    return QStringLiteral("tcx");
}
QString TcxReader::displayName() const
{
    return QStringLiteral("TCX activity");
}
QStringList TcxReader::fileNamePatterns() const
{
    return {QStringLiteral("*.tcx")};
}

ReaderCapabilities TcxReader::capabilities() const
{
    return ReaderCapability::Laps | ReaderCapability::Samples | ReaderCapability::HeartRate |
           ReaderCapability::Multisport;
}

bool TcxReader::recognises(QByteArrayView head) const
{
    return QByteArray::fromRawData(head.data(), head.size()).contains("TrainingCenterDatabase");
}

Result<Recording> TcxReader::read(QByteArrayView bytes, const QString& fileName) const
{
    auto parsed = tcx::parseTcx(bytes, fileName);
    if (!parsed)
        return parsed.error();
    if (parsed->activities.empty())
        return Error{fileName + QStringLiteral(": the TCX file holds no activity (a course or "
                                               "workout file is not a recording)")};
    Recording recording;
    recording.format = formatId();
    recording.fileName = fileName;
    recording.recordCount = parsed->trackpointCount;
    for (tcx::ParsedActivity& activity : parsed->activities)
        recording.sessions.push_back(sessionFrom(activity));
    return recording;
}

} // namespace paceline
