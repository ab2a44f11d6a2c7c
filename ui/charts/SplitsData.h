#pragma once

#include "core/model/Intensity.h"
#include "core/model/LoggedSession.h"
#include "core/model/Step.h"

#include <QString>

#include <optional>
#include <vector>

namespace paceline {

/// One work rep as the splits chart draws it.
struct SplitPoint {
    int number = 0;   ///< 1-based among the charted work reps
    int repIndex = 0; ///< where it sits in the session's reps (recoveries included)
    Distance distance;
    Duration time;
    Speed speed;
    std::optional<PaceRange> band; ///< the planned pace band, if the plan gives one
    std::optional<PaceZone> zone;  ///< the planned step's zone, for the bar's colour
    std::optional<double> rpe;
    std::optional<int> avgHeartRate;
};

/// The work reps that have both a distance and a time, numbered from 1, each with its
/// band (`bands` has one entry per rep, as targetBands() returns, or is empty).
std::vector<SplitPoint> workSplits(const std::vector<Rep>& reps,
                                   const std::vector<std::optional<PaceRange>>& bands);

/// Sets each split's zone from the planned step its rep links to, so the chart colours
/// an @T rep like the builder colours a T step. Reps without a zone target keep none.
void assignZones(std::vector<SplitPoint>& splits, const std::vector<Rep>& reps,
                 const StepTree& plannedSteps);

/// A labelled tick on the pace axis: placed at a speed, read as a pace ("3:45").
struct PaceTick {
    double metresPerSecond = 0.0;
    QString label;
};

/// Round paces (every 1, 2, 5, 10, 15, 30 s or whole minutes, whichever gives three to
/// seven ticks) between two speeds, per km or per mile.
std::vector<PaceTick> paceTicks(Speed slowest, Speed fastest, UnitSystem units);

/// "Rep 3: 400 m in 1:31.4", then pace, target, RPE and heart rate, one per line.
QString splitToolTip(const SplitPoint& split, UnitSystem units);

/// "3:45–3:52/km" (slowest pace last).
QString paceRangeText(const PaceRange& band, UnitSystem units);

} // namespace paceline
