#include "GpxLaps.h"
#include "GpxParser.h"
#include "TcxReader.h"
#include "XmlReading.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace paceline {

namespace {

constexpr double kEarthRadiusMetres = 6'371'008.8;

struct SportChoice {
    QString name;
    std::optional<Sport> sport;
    bool cadencePerFoot = false; ///< Garmin's TrackPointExtension cad is per foot for runs
};

/// trk/type as apps write it: Garmin Connect's activity keys ("running", "road_biking"),
/// plain words, or Strava's numbers (1 ride, 9 run). Walks and hikes count as runs, as
/// for FIT files; anything else is generic (cross-training).
SportChoice sportOf(const QString& type)
{
    const QString key = type.toLower();
    auto has = [&](const char* word) { return key.contains(QLatin1String(word)); };
    if (has("run") || key == QLatin1String("9"))
        return {QStringLiteral("running"), Sport::Run, true};
    if (has("walk"))
        return {QStringLiteral("walking"), Sport::Run, true};
    if (has("hik"))
        return {QStringLiteral("hiking"), Sport::Run, true};
    if (has("bik") || has("cycl") || has("ride") || key == QLatin1String("1"))
        return {QStringLiteral("cycling"), Sport::Bike, false};
    if (has("swim"))
        return {QStringLiteral("swimming"), Sport::Swim, false};
    return {QStringLiteral("generic"), Sport::CrossTraining, false};
}

/// The session's samples (timed points only) and the track used for laps; every point
/// counts for distance.
struct Assembly {
    std::vector<RecordedSample> samples;
    std::vector<gpx::TimedPoint> track; ///< timed points whose time does not go back
    double distance = 0.0;
    std::optional<std::int64_t> firstMs;
    std::optional<std::int64_t> lastMs;
};

void addTimedPoint(Assembly& out, const gpx::ParsedPoint& point, double cadenceFactor)
{
    const std::int64_t ms = *point.timeMs;
    out.firstMs = std::min(out.firstMs.value_or(ms), ms);
    out.lastMs = std::max(out.lastMs.value_or(ms), ms);
    RecordedSample sample;
    sample.utcSeconds = ms >= 0 ? ms / 1000 : (ms - 999) / 1000;
    sample.distanceMetres = out.distance;
    sample.heartRate = xml::plausibleHeartRate(point.heartRate);
    sample.speed = point.speed;
    if (point.cadence)
        sample.cadence = *point.cadence * cadenceFactor;
    sample.latitude = point.latitude;
    sample.longitude = point.longitude;
    sample.altitude = point.elevation;
    out.samples.push_back(sample);
    const double seconds = double(ms) / 1000.0;
    if (out.track.empty() || seconds >= out.track.back().seconds)
        out.track.push_back({seconds, out.distance, sample.heartRate});
}

/// Distance runs within each segment only: the gap between segments (a pause, a lost
/// fix) is not counted. Points without a position join the next positioned point to
/// the last one.
Assembly assemble(const gpx::ParsedGpx& parsed, double cadenceFactor)
{
    Assembly out;
    for (const auto& segment : parsed.segments) {
        std::optional<std::pair<double, double>> previous;
        for (const gpx::ParsedPoint& point : segment) {
            if (point.latitude && point.longitude) {
                if (previous)
                    out.distance += haversineMetres(previous->first, previous->second,
                                                    *point.latitude, *point.longitude);
                previous = std::pair(*point.latitude, *point.longitude);
            }
            if (point.timeMs)
                addTimedPoint(out, point, cadenceFactor);
        }
    }
    return out;
}

void setHeartRate(RecordedSession& session)
{
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

} // namespace

QString GpxReader::formatId() const
{
    return QStringLiteral("gpx");
}
QString GpxReader::displayName() const
{
    return QStringLiteral("GPX track");
}
QStringList GpxReader::fileNamePatterns() const
{
    return {QStringLiteral("*.gpx")};
}

ReaderCapabilities GpxReader::capabilities() const
{
    return ReaderCapability::Samples | ReaderCapability::HeartRate;
}

bool GpxReader::recognises(QByteArrayView head) const
{
    return QByteArray::fromRawData(head.data(), head.size()).contains("<gpx");
}

Result<Recording> GpxReader::read(QByteArrayView bytes, const QString& fileName) const
{
    auto parsed = gpx::parseGpx(bytes, fileName);
    if (!parsed)
        return parsed.error();
    if (parsed->pointCount == 0)
        return Error{fileName + QStringLiteral(": the GPX file has no track points (routes and "
                                               "waypoints are not recordings)")};
    const SportChoice sport = sportOf(parsed->firstTrackType);
    Assembly assembly = assemble(*parsed, sport.cadencePerFoot ? 2.0 : 1.0);
    if (!assembly.firstMs)
        return Error{fileName + QStringLiteral(": the GPX file has no track points with times, "
                                               "so it cannot be logged as an activity")};
    RecordedSession session;
    session.sportName = sport.name;
    session.sport = sport.sport;
    session.start = xml::utcDateTime(*assembly.firstMs);
    session.elapsedSeconds = double(*assembly.lastMs - *assembly.firstMs) / 1000.0;
    session.distanceMetres = assembly.distance;
    session.samples = std::move(assembly.samples);
    session.laps = gpx::splitIntoLaps(assembly.track, m_split);
    setHeartRate(session);

    Recording recording;
    recording.format = formatId();
    recording.fileName = fileName;
    recording.recordCount = parsed->pointCount;
    recording.sessions.push_back(std::move(session));
    return recording;
}

double haversineMetres(double lat1, double lon1, double lat2, double lon2)
{
    constexpr double toRadians = std::numbers::pi / 180.0;
    const double phi1 = lat1 * toRadians;
    const double phi2 = lat2 * toRadians;
    const double halfDeltaPhi = (lat2 - lat1) * toRadians / 2;
    const double halfDeltaLambda = (lon2 - lon1) * toRadians / 2;
    const double a =
        std::sin(halfDeltaPhi) * std::sin(halfDeltaPhi) +
        std::cos(phi1) * std::cos(phi2) * std::sin(halfDeltaLambda) * std::sin(halfDeltaLambda);
    return 2 * kEarthRadiusMetres * std::asin(std::min(1.0, std::sqrt(a)));
}

} // namespace paceline
