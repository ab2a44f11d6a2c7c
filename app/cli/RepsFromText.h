#pragma once

#include "core/model/Athlete.h"
#include "core/model/LoggedSession.h"
#include "core/model/Result.h"
#include "core/model/Step.h"

#include <QString>

#include <vector>

namespace paceline::cli {

/// A workout as typed on the command line: the session in notation and, per work
/// rep in order, its time and optionally its RPE and heart rate.
struct TypedWorkout {
    QString text;   ///< as typed, for messages
    StepTree steps; ///< parsed from `text`, without ids
    std::vector<Duration> times;
    std::vector<double> rpe;     ///< empty, or one per time
    std::vector<int> heartRates; ///< empty, or one per time (average bpm)
};

/// Fills the session's reps, duration, distance and stability from the workout.
///
/// The reps are the plan's work reps with the typed values, and its recoveries that
/// have a planned time (those given only as a distance have no time to log). Duration
/// adds an estimate of the steps that are not reps (warm-up, cool-down, strides);
/// distance adds the distances the text gives. The reps keep no planned-step links.
/// Fails, naming both counts, when the times do not match the work reps.
Status fillRepsFromText(LoggedSession& session, const TypedWorkout& workout,
                        const Athlete& athlete);

} // namespace paceline::cli
