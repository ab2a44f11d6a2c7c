#pragma once

#include "core/model/StepTreeEdit.h"
#include "core/model/Units.h"

namespace paceline::steplimits {

// The bounds a step must keep to, shared by the session notation and the session JSON
// so that every session one of them accepts can be written in the other. They catch
// typos (a count of 1000, a pace of 0:05/km) rather than describe what is possible.

/// The tree's own bounds (core/model/StepTreeEdit.h), which the builder's edits and the
/// advisor's fixes keep too. Refusing deeper trees also keeps the recursive readers'
/// stack use small whatever the input.
using paceline::kMaxRepeatCount;
using paceline::kMaxRepeatNesting;

inline constexpr double kMaxDistanceMetres = kMaxStepDistance.metres;   // 1000 km
inline constexpr double kMaxDurationSeconds = kMaxStepDuration.seconds; // 48 h

inline constexpr int kMinHeartRate = limits::kMinHeartRate;
inline constexpr int kMaxHeartRate = limits::kMaxHeartRate;

inline constexpr double kMaxRpe = limits::kMaxRpe;

/// Paces in seconds per kilometre: 120 km/h down to a slow walk.
inline constexpr double kFastestPaceSecondsPerKm = limits::kFastestPaceSecondsPerKm;
inline constexpr double kSlowestPaceSecondsPerKm = limits::kSlowestPaceSecondsPerKm;

/// Whether a pace is within the bounds above. The small tolerance lets a pace at a
/// bound survive the conversions between pace and speed in either reader.
inline bool paceWithinLimits(Speed speed)
{
    constexpr double kTolerance = 1e-9;
    const double secondsPerKm = speed.secondsPerKilometre();
    return speed.metresPerSecond > 0.0 &&
           secondsPerKm >= kFastestPaceSecondsPerKm * (1.0 - kTolerance) &&
           secondsPerKm <= kSlowestPaceSecondsPerKm * (1.0 + kTolerance);
}

} // namespace paceline::steplimits
