#pragma once

#include "core/model/LoggedSession.h"
#include "core/model/StepPath.h"

#include <vector>

namespace paceline {

enum class StepOutcome { Completed, Shortened, Skipped };

/// What became of one planned rep or recovery (repeats unrolled).
struct PlannedStepResult {
    StepPath path;
    int occurrence = 0; ///< 0 for the first time through the step
    StepOutcome outcome = StepOutcome::Skipped;
    int rep = -1; ///< the rep that ran it, or -1
    /// Done over planned (distance or time, as the step's target is given); 1 when the
    /// step has no target.
    double fraction = 0.0;
};

/// A rep counts as completing its step from this share of the target up (docs/logging.md).
inline constexpr double kCompletedFraction = 0.95;

/// The rows a log form starts with for a planned session: one rep per work or recovery
/// step as it will be run (repeats unrolled; warm-up, cool-down, drills, strides and
/// mobility left out), each linked to its step, with the planned distance (or time, for a timed
/// step) filled in.
std::vector<Rep> repsFromPlan(const StepTree& plannedSteps);

/// Matches the reps to the plan through their planned-step links, in order: the k-th
/// rep linked to a step runs its k-th occurrence.
std::vector<PlannedStepResult> comparePlanToLog(const StepTree& plannedSteps,
                                                const std::vector<Rep>& reps);

} // namespace paceline
