#pragma once

#include "TrainingPaces.h"
#include "core/model/Sport.h"
#include "core/model/StepPath.h"

#include <array>
#include <optional>
#include <vector>

namespace paceline {

/// What an estimate needs to know about the athlete. Without paces a runner of VDOT
/// kDefaultEstimateVdot is assumed (documented in docs/formulas.md).
struct EstimateContext {
    std::optional<TrainingPaces> paces;
    Sport sport = Sport::Run;
    /// The race the rotation zones refer to: "race" is its pace, "surge" faster.
    Distance targetRace{10000.0};
    /// For heart-rate targets (mapped through the heart-rate reserve); typical adult
    /// values are assumed when unknown (docs/formulas.md, "Session estimate").
    std::optional<int> maxHeartRate;
    std::optional<int> restingHeartRate;
};

inline constexpr double kDefaultEstimateVdot = 45.0;

/// The most segments an estimate lists. Far beyond any real session (100 reps with
/// their recoveries are 200), it keeps a tree of large nested counts, such as
/// 100x(100x(100x(100x400m))), from taking gigabytes and minutes: such a session gets
/// its totals but no segments (SessionEstimate::unrolled is false).
inline constexpr size_t kMaxEstimateSegments = 10000;

/// One step as it will be run, repeats unrolled.
struct Segment {
    StepPath path;      ///< the step in the tree
    int occurrence = 0; ///< 0 for its first time through, 1 for the second, ...
    Sport sport = Sport::Run;
    Duration duration;                ///< estimated from paces when the target is a distance
    std::optional<Distance> distance; ///< estimated from paces when the target is a time
    std::optional<PaceZone> zone;     ///< the zone its intensity falls in, when known
    /// Height in the intensity profile: speed as a fraction of the athlete's VDOT
    /// speed for runs (E ~0.7, T ~0.88, I ~0.98, R ~1.05), an equivalent for RPE or
    /// heart-rate targets, 0 for standing rest.
    double intensity = 0.0;
    bool recovery = false;  ///< recovery, rest, jog or walk between efforts
    bool estimated = false; ///< duration or distance derived, not given
    StepKind kind = StepKind::Work;
    std::optional<RecoveryMode> recoveryMode;
    /// Run-equivalent speed of the effort (intensity = speed / VDOT speed); the
    /// ground speed for runs, 0 for standing rest.
    Speed speed;
    /// Estimated perceived exertion (CR-10) of the segment, for the planned load.
    double rpe = 0.0;
};

/// The session unrolled, with totals for the builder and the advisor.
struct SessionEstimate {
    /// In the order they are run; empty when the session runs more than
    /// kMaxEstimateSegments steps (then `unrolled` is false and only the totals are set).
    std::vector<Segment> segments;
    bool unrolled = true;
    Duration duration;
    Distance distance;
    /// Time per zone, indexed by PaceZone's underlying value.
    std::array<Duration, 8> timeInZone{};
    /// Planned session-RPE load: the session RPE the athlete is likely to give it
    /// (predictedSessionRpe of its segments' mean and peak exertion) x its minutes.
    double plannedLoad = 0.0;

    Duration timeIn(PaceZone zone) const { return timeInZone[size_t(zone)]; }
};

SessionEstimate estimateSession(const StepTree& steps, const EstimateContext& context);

} // namespace paceline
