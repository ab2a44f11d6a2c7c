#pragma once

#include "Athlete.h"
#include "InputLimits.h"
#include "Result.h"

namespace paceline {

/// Plausible bounds for heart rates anywhere in Paceline (bpm).
inline constexpr int kMinHeartRate = limits::kMinHeartRate;
inline constexpr int kMaxHeartRate = limits::kMaxHeartRate;

/// Checks what a person could mistype: an empty name, heart rates outside 25-250 bpm
/// or a resting rate not below the maximum, a race with no distance or time, or one
/// faster than the world record pace allows. The message names the field and value.
Status validateAthlete(const Athlete& athlete);

/// A race needs a distance and a time, and cannot be faster than humans run.
Status validateRaceResult(const RaceResult& race);

} // namespace paceline
