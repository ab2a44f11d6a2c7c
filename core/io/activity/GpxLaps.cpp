#include "GpxLaps.h"

#include "XmlReading.h"

#include <algorithm>
#include <cmath>

namespace paceline::gpx {

namespace {

constexpr double kSmallestSplitMetres = 10.0; // a finer split would make absurd lap counts
constexpr double kHalfWindowSeconds = 15.0;   // the 30 s rolling pace
constexpr double kLeadSeconds = 15.0;         // lap time needed before the window
constexpr double kPersistSeconds = 20.0;      // a change must last this long
constexpr double kStoppedSpeed = 0.01;        // m/s; keeps the pace of a stop finite
// A bound on the laps of one track: 10 m laps of a 1,000 km ride. A track with
// impossible jumps (a point on the far side of the Earth) would otherwise ask for
// millions of laps and run out of memory.
constexpr int kMostLaps = 100'000;

/// Linear interpolation of `value` at `key` over a sorted track.
template <typename Key, typename Value>
double interpolate(const std::vector<TimedPoint>& track, double key, Key keyOf, Value valueOf)
{
    const auto after =
        std::lower_bound(track.begin(), track.end(), key,
                         [&](const TimedPoint& p, double k) { return keyOf(p) < k; });
    if (after == track.begin())
        return valueOf(track.front());
    if (after == track.end())
        return valueOf(track.back());
    const TimedPoint& before = *(after - 1);
    const double span = keyOf(*after) - keyOf(before);
    const double share = span > 0 ? (key - keyOf(before)) / span : 1.0;
    return valueOf(before) + share * (valueOf(*after) - valueOf(before));
}

double distanceAt(const std::vector<TimedPoint>& track, double seconds)
{
    return interpolate(
        track, seconds, [](const TimedPoint& p) { return p.seconds; },
        [](const TimedPoint& p) { return p.distance; });
}

double timeAtDistance(const std::vector<TimedPoint>& track, double metres)
{
    return interpolate(
        track, metres, [](const TimedPoint& p) { return p.distance; },
        [](const TimedPoint& p) { return p.seconds; });
}

std::vector<double> distanceBoundaries(const std::vector<TimedPoint>& track, double every)
{
    every = std::max(every, kSmallestSplitMetres);
    std::vector<double> boundaries;
    // Counted from the first timed point: untimed points before it may already have
    // added distance.
    const double origin = track.front().distance;
    for (int lap = 1; lap < kMostLaps && origin + lap * every < track.back().distance; ++lap)
        boundaries.push_back(timeAtDistance(track, origin + lap * every));
    return boundaries;
}

/// The rolling speed around `t`: the time-weighted median speed of the steps between
/// points within 15 s either side. A median rather than distance / time, because a GPS
/// jump of a second or two would move the mean for the whole 30 s.
double rollingSpeed(const std::vector<TimedPoint>& track, double t,
                    std::vector<std::pair<double, double>>& speedsAndWeights)
{
    const double from = t - kHalfWindowSeconds;
    const double to = t + kHalfWindowSeconds;
    speedsAndWeights.clear();
    const auto firstEnd =
        std::upper_bound(track.begin(), track.end(), from,
                         [](double s, const TimedPoint& p) { return s < p.seconds; });
    for (auto step = std::max(firstEnd, track.begin() + 1);
         step != track.end() && (step - 1)->seconds < to; ++step) {
        const double duration = step->seconds - (step - 1)->seconds;
        const double weight = std::min(step->seconds, to) - std::max((step - 1)->seconds, from);
        if (duration > 0 && weight > 0)
            speedsAndWeights.emplace_back((step->distance - (step - 1)->distance) / duration,
                                          weight);
    }
    std::sort(speedsAndWeights.begin(), speedsAndWeights.end());
    double total = 0.0;
    for (const auto& [speed, weight] : speedsAndWeights)
        total += weight;
    double below = 0.0;
    for (const auto& [speed, weight] : speedsAndWeights) {
        below += weight;
        if (below >= total / 2)
            return speed;
    }
    return 0.0;
}

RecordedLap lapBetween(const std::vector<TimedPoint>& track, double from, double to, bool last)
{
    RecordedLap lap;
    lap.start = xml::utcDateTime(std::llround(from * 1000.0));
    lap.elapsedSeconds = to - from;
    lap.distanceMetres = distanceAt(track, to) - distanceAt(track, from);
    if (to > from)
        lap.avgSpeed = *lap.distanceMetres / (to - from);
    double sum = 0.0;
    int count = 0;
    auto point = std::lower_bound(track.begin(), track.end(), from,
                                  [](const TimedPoint& p, double t) { return p.seconds < t; });
    for (; point != track.end() && (point->seconds < to || (last && point->seconds <= to));
         ++point) {
        if (!point->heartRate)
            continue;
        sum += *point->heartRate;
        ++count;
        lap.maxHeartRate = std::max(lap.maxHeartRate.value_or(0), *point->heartRate);
    }
    if (count > 0)
        lap.avgHeartRate = int(sum / count + 0.5);
    return lap;
}

/// Relative change of pace (s/m) from `reference` to `speed`, both in m/s.
double paceChange(double reference, double speed)
{
    return std::abs(reference - speed) / std::max(speed, kStoppedSpeed);
}

/// A pace change being watched: since which point, in which direction, against which
/// speed.
struct ChangeWatch {
    bool watching = false;
    std::size_t since = 0;
    bool faster = false;
    double reference = 0.0; ///< the rolling speed just before the change began
};

/// Where a confirmed change happened: the first point, from half a window before it was
/// first seen (but at least 20 s into the current lap), where the rolling speed passed
/// `midpoint`. With a centred window that is where a step change took place.
template <typename Rolling>
double changePoint(const std::vector<TimedPoint>& track, const ChangeWatch& watch,
                   std::size_t confirmedAt, double lapStart, double midpoint, Rolling rolling)
{
    const double seen = track[watch.since].seconds;
    std::size_t j = watch.since;
    while (j > 0 && track[j - 1].seconds >= seen - kHalfWindowSeconds &&
           track[j - 1].seconds >= lapStart + kPersistSeconds)
        --j;
    for (; j <= confirmedAt; ++j) {
        const double speed = rolling(track[j].seconds);
        if (watch.faster ? speed >= midpoint : speed <= midpoint)
            return track[j].seconds;
    }
    return seen;
}

} // namespace

std::vector<double> paceChangeBoundaries(const std::vector<TimedPoint>& track, double share)
{
    std::vector<double> boundaries;
    if (track.size() < 2 || !(share > 0))
        return boundaries;
    std::vector<std::pair<double, double>> scratch;
    auto rolling = [&](double t) { return rollingSpeed(track, t, scratch); };
    double lapStart = track.front().seconds;
    ChangeWatch watch;
    for (std::size_t i = 0; i < track.size(); ++i) {
        const double t = track[i].seconds;
        const double windowStart = t - kHalfWindowSeconds;
        if (windowStart - lapStart < kLeadSeconds || t + kHalfWindowSeconds > track.back().seconds)
            continue;
        const double speed = rolling(t);
        if (!watch.watching) // the 30 s just before this window
            watch.reference = rolling(t - 2 * kHalfWindowSeconds);
        const bool faster = speed > watch.reference;
        if (paceChange(watch.reference, speed) <= share ||
            (watch.watching && faster != watch.faster)) {
            watch.watching = false;
        } else if (!watch.watching) {
            watch = {true, i, faster, watch.reference};
        } else if (t - track[watch.since].seconds >= kPersistSeconds) {
            lapStart =
                changePoint(track, watch, i, lapStart, (watch.reference + speed) / 2, rolling);
            boundaries.push_back(lapStart);
            watch.watching = false;
        }
    }
    return boundaries;
}

std::vector<RecordedLap> splitIntoLaps(const std::vector<TimedPoint>& track, const GpxSplit& split)
{
    std::vector<RecordedLap> laps;
    if (split.mode == GpxSplit::Mode::None || track.size() < 2)
        return laps;
    std::vector<double> cuts;
    if (split.mode == GpxSplit::Mode::EveryDistance) {
        if (!(split.everyMetres > 0) || !std::isfinite(split.everyMetres))
            return laps; // no sensible lap length: no laps
        cuts = distanceBoundaries(track, split.everyMetres);
    } else
        cuts = paceChangeBoundaries(track, split.paceChangeShare);
    cuts.insert(cuts.begin(), track.front().seconds);
    cuts.push_back(track.back().seconds);
    for (std::size_t i = 0; i + 1 < cuts.size(); ++i) {
        const bool lastLap = i + 2 == cuts.size();
        if (lastLap && cuts[i + 1] <= cuts[i] && laps.size() > 0)
            break; // the track ended exactly on a boundary
        laps.push_back(lapBetween(track, cuts[i], cuts[i + 1], lastLap));
    }
    return laps;
}

} // namespace paceline::gpx
