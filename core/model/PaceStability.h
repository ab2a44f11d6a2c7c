#pragma once

#include "Units.h"

#include <optional>

namespace paceline {

/// How steady a session's work reps were (docs/logging.md defines each figure). Stored
/// with the session so lists and trends never recompute it from the reps.
struct PaceStability {
    int workReps = 0;                    ///< work reps with both a distance and a time
    std::optional<double> paceCvPercent; ///< coefficient of variation of their pace
    std::optional<double> fadePercent;   ///< last third vs first third; positive = slowed
    std::optional<Duration> spreadPerKm; ///< slowest minus fastest pace, per km
    int repsWithTarget = 0;              ///< work reps whose plan gives a pace band
    int repsWithinTarget = 0;            ///< ... and that were run inside it
    std::optional<double> rpeDrift;      ///< RPE change first to last rep at similar pace

    friend bool operator==(const PaceStability&, const PaceStability&) = default;
};

} // namespace paceline
