#include "TrainingLoad.h"

#include "EffortModel.h"
#include "LoadThresholds.h"

#include <algorithm>
#include <cmath>

namespace paceline {

namespace {

using namespace load;

/// Seconds of quality work, by kind, and the share of a long session reached.
struct Quality {
    double fastSeconds = 0.0;
    double thresholdSeconds = 0.0; ///< M already weighted
    bool moderateWork = false;     ///< any M-or-harder work at all
    double longShare = 0.0;
};

bool isFastZone(PaceZone zone)
{
    return zone == PaceZone::Interval || zone == PaceZone::Repetition ||
           zone == PaceZone::RotationRace || zone == PaceZone::RotationSurge;
}

Duration longLimit(Sport sport)
{
    switch (sport) {
    case Sport::Run:
        return kLongRun;
    case Sport::Bike:
        return kLongRide;
    case Sport::Swim:
        return kLongSwim;
    default:
        return kLongOther;
    }
}

void addRunningTime(Quality& quality, std::optional<PaceZone> zone, double seconds)
{
    if (!zone)
        return;
    if (isFastZone(*zone)) {
        quality.fastSeconds += seconds;
    } else if (*zone == PaceZone::Threshold) {
        quality.thresholdSeconds += seconds;
    } else if (*zone == PaceZone::Marathon) {
        quality.thresholdSeconds += kMarathonWeight * seconds;
    } else {
        return;
    }
    quality.moderateWork = true;
}

void addOtherSportTime(Quality& quality, double rpe, double seconds)
{
    if (rpe >= kOtherSportFastRpe)
        quality.fastSeconds += seconds;
    else if (rpe >= kOtherSportThresholdRpe)
        quality.thresholdSeconds += seconds;
    quality.moderateWork = quality.moderateWork || rpe >= kOtherSportModerateRpe;
}

/// Sums the segments in the order they are run, as the estimate hands them over (the
/// segments themselves are not kept).
class QualityOfSegments final : public SegmentVisitor {
public:
    void visit(const Segment& segment) override
    {
        const double seconds = std::max(0.0, segment.duration.seconds);
        quality.longShare += seconds / longLimit(segment.sport).seconds;
        // Strides prime the legs; they are not quality work (Daniels adds them to
        // easy runs), so they never make a session moderate or hard.
        if (segment.kind == StepKind::Strides || segment.recovery)
            return;
        if (segment.sport == Sport::Run)
            addRunningTime(quality, segment.zone, seconds);
        else
            addOtherSportTime(quality, segment.rpe, seconds);
    }

    Quality quality;
};

/// A session too big to unroll (kMaxEstimateSegments) has only its totals: judge the
/// time per zone, strides included, and its sport's long limit.
Quality qualityOfTotals(const SessionEstimate& estimate, Sport sport)
{
    Quality quality;
    for (size_t index = 0; index < estimate.timeInZone.size(); ++index)
        addRunningTime(quality, PaceZone(index), estimate.timeInZone[index].seconds);
    quality.longShare = estimate.duration.seconds / longLimit(sport).seconds;
    return quality;
}

Hardness hardnessOf(const Quality& quality, bool longSession)
{
    const double score = quality.fastSeconds / kHardFastTime.seconds +
                         quality.thresholdSeconds / kHardThresholdTime.seconds;
    // A hair of slack: rep times summed in floating point (24 x 15 s) may land just
    // below a threshold they meet exactly.
    if (score >= 1.0 - 1e-9)
        return Hardness::Hard;
    if (quality.moderateWork || longSession)
        return Hardness::Moderate;
    return Hardness::Easy;
}

double finiteLoad(double load)
{
    return std::isfinite(load) && load > 0.0 ? load : 0.0;
}

double sumOfLast(const std::vector<double>& loads, size_t days)
{
    const size_t count = std::min(days, loads.size());
    double sum = 0.0;
    for (size_t i = loads.size() - count; i < loads.size(); ++i)
        sum += finiteLoad(loads[i]);
    return sum;
}

} // namespace

SessionLoad sessionLoad(const StepTree& steps, const EstimateContext& context)
{
    return sessionLoadFor(steps, EffortModel(context));
}

SessionLoad sessionLoadFor(const StepTree& steps, const EffortModel& model)
{
    QualityOfSegments segments;
    const SessionEstimate estimate = estimateSession(steps, model, segments);
    const Quality quality =
        estimate.unrolled ? segments.quality : qualityOfTotals(estimate, model.context().sport);
    SessionLoad result;
    result.longSession = quality.longShare >= 1.0 - 1e-9;
    result.hardness = hardnessOf(quality, result.longSession);
    result.duration = estimate.duration;
    result.load = finiteLoad(estimate.plannedLoad);
    result.fastTime = Duration{quality.fastSeconds};
    result.thresholdTime = Duration{quality.thresholdSeconds};
    return result;
}

LoadRatios loadRatios(const std::vector<double>& dailyLoads)
{
    constexpr size_t kWeek = 7;
    constexpr size_t kFourWeeks = 28;
    LoadRatios ratios;
    // Negative or non-finite entries (bad input) count as a day without training.
    ratios.acute = sumOfLast(dailyLoads, kWeek);
    ratios.chronic = sumOfLast(dailyLoads, kFourWeeks) / 4.0;
    if (dailyLoads.size() >= kFourWeeks && ratios.chronic > 0.0)
        ratios.acuteChronicRatio = ratios.acute / ratios.chronic;
    if (dailyLoads.size() < kWeek)
        return ratios;
    // Foster (1998): monotony = mean daily load / its standard deviation over the
    // week. The week is the whole population, not a sample: divide by 7, not 6
    // (docs/planner.md, "Load").
    const double mean = ratios.acute / double(kWeek);
    double squares = 0.0;
    for (size_t i = dailyLoads.size() - kWeek; i < dailyLoads.size(); ++i) {
        const double deviation = finiteLoad(dailyLoads[i]) - mean;
        squares += deviation * deviation;
    }
    const double deviation = std::sqrt(squares / double(kWeek));
    // Equal loads every day (deviation 0, or only rounding noise) have no monotony.
    if (deviation > 1e-9 * std::max(1.0, mean)) {
        ratios.monotony = mean / deviation;
        ratios.strain = ratios.acute * *ratios.monotony;
    }
    return ratios;
}

} // namespace paceline
