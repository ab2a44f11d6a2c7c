#include "LapKinds.h"

#include <algorithm>
#include <cmath>

namespace paceline {

namespace {

// A lap this short is a button press, not an effort: its GPS pace is noise.
constexpr double kDecidingLapSeconds = 15.0;
// docs/logging.md: a Daniels point pace is "on pace" within +-2 %; the slow end of M is
// the slowest pace that still counts as marathon effort.
constexpr double kMarathonSlowEndFraction = 0.02;
// Laps closer than this in speed are one steady effort.
constexpr double kSplitSpeedRatio = 1.25;
// Work and recovery are apart by a step in speed: neighbouring laps (by speed) closer
// than this are the same kind of effort, so a progression run does not split.
constexpr double kSplitGapRatio = 1.15;
// Auto-laps end at the set distance to the metre; GPS-ended manual laps never agree so
// closely over three laps.
constexpr double kAutoLapToleranceMetres = 1.0;
constexpr double kAutoLapToleranceShare = 0.002;
constexpr double kAutoLapMinimumMetres = 100.0;

std::optional<double> finitePositive(const std::optional<double>& value)
{
    if (value && std::isfinite(*value) && *value > 0.0)
        return value;
    return std::nullopt;
}

double lapSeconds(const RecordedLap& lap)
{
    if (std::optional<double> timer = finitePositive(lap.timerSeconds))
        return *timer;
    return finitePositive(lap.elapsedSeconds).value_or(0.0);
}

bool markedAsRest(const RecordedLap& lap)
{
    if (!lap.intensity)
        return false;
    switch (*lap.intensity) {
    case LapIntensity::Rest:
    case LapIntensity::Recovery:
    case LapIntensity::WarmUp:
    case LapIntensity::CoolDown:
        return true;
    case LapIntensity::Active:
    case LapIntensity::Interval:
    case LapIntensity::Other:
        return false;
    }
    return false;
}

/// Laps `first` to `last` (inclusive), at least two, have the same distance, to the
/// metre or 0.2 %.
bool sameDistances(const std::vector<RecordedLap>& laps, std::size_t first, std::size_t last)
{
    if (last <= first || last >= laps.size())
        return false;
    double shortest = INFINITY;
    double longest = 0.0;
    for (std::size_t i = first; i <= last; ++i) {
        const std::optional<double> metres = finitePositive(laps[i].distanceMetres);
        if (!metres)
            return false;
        shortest = std::min(shortest, *metres);
        longest = std::max(longest, *metres);
    }
    const double tolerance = std::max(kAutoLapToleranceMetres, kAutoLapToleranceShare * longest);
    return shortest >= kAutoLapMinimumMetres && longest - shortest <= tolerance;
}

/// The watch cut the laps by distance: all laps but the last have the same distance, or
/// all but the first and the last (a run whose auto-lap count started part-way).
bool areAutoLaps(const std::vector<RecordedLap>& laps)
{
    const std::size_t count = laps.size();
    return (count >= 3 && sameDistances(laps, 0, count - 2)) ||
           (count >= 4 && sameDistances(laps, 1, count - 2));
}

/// The speeds that decide the split: those of laps long enough to be an effort, or of
/// all laps with a speed when none is.
std::vector<double> decidingSpeeds(const std::vector<RecordedLap>& laps)
{
    std::vector<double> deciding;
    std::vector<double> all;
    for (const RecordedLap& lap : laps) {
        const std::optional<double> speed = lapSpeed(lap);
        if (!speed)
            continue;
        all.push_back(*speed);
        if (lapSeconds(lap) >= kDecidingLapSeconds)
            deciding.push_back(*speed);
    }
    return deciding.empty() ? all : deciding;
}

std::vector<RepKind> splitAt(const std::vector<RecordedLap>& laps, double workFromSpeed)
{
    std::vector<RepKind> kinds;
    kinds.reserve(laps.size());
    for (const RecordedLap& lap : laps) {
        const std::optional<double> speed = lapSpeed(lap);
        kinds.push_back(!speed || *speed >= workFromSpeed ? RepKind::Work : RepKind::Recovery);
    }
    return kinds;
}

/// Rule 4: the marathon-pace threshold, when the laps fall on both sides of it.
std::optional<double> paceThreshold(const std::vector<double>& speeds, Sport sport,
                                    const std::optional<TrainingPaces>& paces)
{
    if (sport != Sport::Run || !paces || !(paces->marathon.metresPerSecond > 0.0))
        return std::nullopt;
    const double threshold = paces->marathon.metresPerSecond / (1.0 + kMarathonSlowEndFraction);
    const bool anyWork =
        std::any_of(speeds.begin(), speeds.end(), [&](double speed) { return speed >= threshold; });
    const bool anyRecovery =
        std::any_of(speeds.begin(), speeds.end(), [&](double speed) { return speed < threshold; });
    if (anyWork && anyRecovery)
        return threshold;
    return std::nullopt;
}

/// Rule 5: when the laps differ enough, the middle of the widest gap between
/// neighbouring speeds, if that gap is wide enough to be a change of effort.
std::optional<double> gapThreshold(std::vector<double> speeds)
{
    std::sort(speeds.begin(), speeds.end());
    if (!(speeds.back() > speeds.front() * kSplitSpeedRatio))
        return std::nullopt;
    std::size_t widest = 0;
    double widestRatio = 0.0;
    for (std::size_t i = 0; i + 1 < speeds.size(); ++i) {
        // A standing rest (speed 0) is as wide a gap as there is.
        const double ratio = speeds[i] > 0.0       ? speeds[i + 1] / speeds[i]
                             : speeds[i + 1] > 0.0 ? INFINITY
                                                   : 1.0;
        if (ratio > widestRatio) {
            widest = i;
            widestRatio = ratio;
        }
    }
    if (widestRatio < kSplitGapRatio)
        return std::nullopt;
    return (speeds[widest] + speeds[widest + 1]) / 2.0;
}

std::vector<RepKind> kindsFromEvidence(const std::vector<RecordedLap>& laps, Sport sport,
                                       const std::optional<TrainingPaces>& paces)
{
    const std::vector<RepKind> allWork(laps.size(), RepKind::Work);
    if (std::any_of(laps.begin(), laps.end(), markedAsRest)) {
        std::vector<RepKind> kinds;
        for (const RecordedLap& lap : laps)
            kinds.push_back(markedAsRest(lap) ? RepKind::Recovery : RepKind::Work);
        return kinds;
    }
    if (laps.size() < 2 || areAutoLaps(laps))
        return allWork;
    const std::vector<double> speeds = decidingSpeeds(laps);
    if (speeds.size() < 2)
        return allWork;
    if (std::optional<double> threshold = paceThreshold(speeds, sport, paces))
        return splitAt(laps, *threshold);
    if (std::optional<double> gap = gapThreshold(speeds))
        return splitAt(laps, *gap);
    return allWork;
}

} // namespace

std::optional<double> lapSpeed(const RecordedLap& lap)
{
    const double seconds = lapSeconds(lap);
    if (lap.distanceMetres && std::isfinite(*lap.distanceMetres) && seconds > 0.0)
        return std::max(0.0, *lap.distanceMetres) / seconds;
    if (lap.avgSpeed && std::isfinite(*lap.avgSpeed) && *lap.avgSpeed >= 0.0)
        return *lap.avgSpeed;
    return std::nullopt;
}

std::vector<RepKind> classifyLaps(const std::vector<RecordedLap>& laps, Sport sport,
                                  const std::optional<TrainingPaces>& paces)
{
    std::vector<RepKind> kinds = kindsFromEvidence(laps, sport, paces);
    for (std::size_t i = 0; i < laps.size(); ++i)
        if (laps[i].kind)
            kinds[i] = *laps[i].kind;
    return kinds;
}

} // namespace paceline
