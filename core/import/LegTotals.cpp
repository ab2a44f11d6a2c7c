#include "LegTotals.h"

#include "core/model/AthleteValidation.h"

#include <QTimeZone>

#include <algorithm>
#include <cmath>

namespace paceline {

namespace {

// The bounds the CSV and JSON readers accept (CsvLogReader.cpp,
// LoggedSessionJsonReader.cpp): a value logged from a watch file must survive the CSV
// export and the JSON backup, or the backup of this log could not be restored.
// Heart rates outside kMinHeartRate..kMaxHeartRate (AthleteValidation.h) are sensor
// noise or a corrupt field, not a person. Seconds or metres beyond a month or
// 10,000 km are a corrupt field too: finite, but a few of them add up to infinity, and
// a time-weighted heart rate over infinite time is NaN, which the store refuses.
constexpr double kMaxSeconds = 31 * 86400.0;
constexpr double kMaxMetres = 10'000'000.0;
constexpr double kMaxCadence = 400.0;
constexpr double kMaxRpe = 10.0;

std::optional<double> usable(const std::optional<double>& value, double most)
{
    if (value && std::isfinite(*value) && *value >= 0.0 && *value <= most)
        return value;
    return std::nullopt;
}

std::optional<double> positive(const std::optional<double>& value, double most)
{
    const std::optional<double> checked = usable(value, most);
    return checked && *checked > 0.0 ? checked : std::nullopt;
}

std::optional<int> heartRate(const std::optional<int>& value)
{
    if (value && *value >= kMinHeartRate && *value <= kMaxHeartRate)
        return value;
    return std::nullopt;
}

double lapTime(const RecordedLap& lap)
{
    return positive(lap.timerSeconds, kMaxSeconds)
        .value_or(positive(lap.elapsedSeconds, kMaxSeconds).value_or(0.0));
}

double sampleSpan(const std::vector<RecordedSample>& samples)
{
    if (samples.size() < 2)
        return 0.0;
    return double(
        std::max<std::int64_t>(0, samples.back().utcSeconds - samples.front().utcSeconds));
}

std::optional<double> lapsDistance(const std::vector<RecordedLap>& laps)
{
    std::optional<double> total;
    for (const RecordedLap& lap : laps)
        if (std::optional<double> metres = usable(lap.distanceMetres, kMaxMetres))
            total = total.value_or(0.0) + *metres;
    return total;
}

std::optional<double> samplesDistance(const std::vector<RecordedSample>& samples)
{
    std::optional<double> first;
    std::optional<double> last;
    for (const RecordedSample& sample : samples)
        if (std::optional<double> metres = usable(sample.distanceMetres, kMaxMetres)) {
            if (!first)
                first = metres;
            last = metres;
        }
    if (!first || *last < *first)
        return std::nullopt;
    return *last - *first;
}

double legDuration(const RecordedSession& leg)
{
    if (std::optional<double> timer = positive(leg.timerSeconds, kMaxSeconds))
        return *timer;
    if (std::optional<double> elapsed = positive(leg.elapsedSeconds, kMaxSeconds))
        return *elapsed;
    double laps = 0.0;
    for (const RecordedLap& lap : leg.laps)
        laps += lapTime(lap);
    if (laps > 0.0 && laps <= kMaxSeconds)
        return laps;
    return usable(sampleSpan(leg.samples), kMaxSeconds).value_or(0.0);
}

struct HeartRates {
    std::optional<int> average;
    std::optional<int> maximum;
};

/// Time-weighted over the laps that have one.
HeartRates lapHeartRates(const std::vector<RecordedLap>& laps)
{
    double weighted = 0.0;
    double seconds = 0.0;
    HeartRates rates;
    for (const RecordedLap& lap : laps) {
        if (std::optional<int> average = heartRate(lap.avgHeartRate); average && lapTime(lap) > 0) {
            weighted += *average * lapTime(lap);
            seconds += lapTime(lap);
        }
        if (std::optional<int> maximum = heartRate(lap.maxHeartRate))
            rates.maximum = std::max(rates.maximum.value_or(0), *maximum);
    }
    if (seconds > 0.0)
        rates.average = int(std::lround(weighted / seconds));
    return rates;
}

HeartRates sampleHeartRates(const std::vector<RecordedSample>& samples)
{
    double sum = 0.0;
    int count = 0;
    HeartRates rates;
    for (const RecordedSample& sample : samples)
        if (std::optional<int> rate = heartRate(sample.heartRate)) {
            sum += *rate;
            ++count;
            rates.maximum = std::max(rates.maximum.value_or(0), *rate);
        }
    if (count > 0)
        rates.average = int(std::lround(sum / count));
    return rates;
}

HeartRates legHeartRates(const RecordedSession& leg)
{
    HeartRates rates{heartRate(leg.avgHeartRate), heartRate(leg.maxHeartRate)};
    if (rates.average && rates.maximum)
        return rates;
    HeartRates fallback = lapHeartRates(leg.laps);
    if (!fallback.average && !fallback.maximum)
        fallback = sampleHeartRates(leg.samples);
    return {rates.average ? rates.average : fallback.average,
            rates.maximum ? rates.maximum : fallback.maximum};
}

std::optional<double> sampleCadence(const std::vector<RecordedSample>& samples)
{
    double sum = 0.0;
    int count = 0;
    for (const RecordedSample& sample : samples)
        if (std::optional<double> cadence = positive(sample.cadence, kMaxCadence)) {
            sum += *cadence;
            ++count;
        }
    return count > 0 ? std::optional<double>(sum / count) : std::nullopt;
}

} // namespace

QDateTime legStartUtc(const RecordedSession& leg)
{
    if (leg.start.isValid())
        return leg.start.toUTC();
    for (const RecordedLap& lap : leg.laps)
        if (lap.start.isValid())
            return lap.start.toUTC();
    if (!leg.samples.empty())
        return QDateTime::fromSecsSinceEpoch(leg.samples.front().utcSeconds, QTimeZone::utc());
    return {};
}

LoggedSession totalsOfLeg(const RecordedSession& leg)
{
    LoggedSession session;
    session.duration = Duration{legDuration(leg)};
    std::optional<double> metres = usable(leg.distanceMetres, kMaxMetres);
    if (!metres)
        metres = lapsDistance(leg.laps);
    if (!metres)
        metres = samplesDistance(leg.samples);
    if (metres = usable(metres, kMaxMetres); metres) // a sum of laps may pass the bound
        session.distance = Distance{*metres};
    const HeartRates rates = legHeartRates(leg);
    session.avgHeartRate = rates.average;
    session.maxHeartRate = rates.maximum;
    return session;
}

std::vector<RecordedLap> usableLaps(const std::vector<RecordedLap>& laps)
{
    std::vector<RecordedLap> kept;
    kept.reserve(laps.size());
    for (const RecordedLap& lap : laps)
        if (lapTime(lap) > 0.0 || positive(lap.distanceMetres, kMaxMetres))
            kept.push_back(lap);
    return kept;
}

Rep repFromLap(const RecordedLap& lap, RepKind kind)
{
    Rep rep;
    rep.kind = kind;
    if (std::optional<double> metres = usable(lap.distanceMetres, kMaxMetres))
        rep.distance = Distance{*metres};
    rep.time = Duration{lapTime(lap)};
    rep.avgHeartRate = heartRate(lap.avgHeartRate);
    rep.maxHeartRate = heartRate(lap.maxHeartRate);
    rep.cadence = positive(lap.avgCadence, kMaxCadence);
    if (std::optional<double> rpe = usable(lap.rpe, kMaxRpe))
        rep.rpe = rpe;
    rep.notes = lap.notes;
    return rep;
}

Rep repFromTotals(const RecordedSession& leg, const LoggedSession& totals)
{
    Rep rep;
    rep.kind = RepKind::Work;
    rep.distance = totals.distance;
    rep.time = totals.duration;
    rep.avgHeartRate = totals.avgHeartRate;
    rep.maxHeartRate = totals.maxHeartRate;
    rep.cadence = sampleCadence(leg.samples);
    return rep;
}

} // namespace paceline
