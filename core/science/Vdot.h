#pragma once

#include "core/model/Units.h"

namespace paceline {

// Daniels & Gilbert (1979), "Oxygen Power": the oxygen cost of running at a speed and
// the fraction of VO2max that can be held for a duration. Their ratio for a race is
// the race's VDOT; Daniels' Running Formula tables 5.1 and 5.2 are built from it.

/// Oxygen cost (ml/kg/min) of running at `speed`.
double oxygenCost(Speed speed);

/// Fraction of VO2max sustainable for a race lasting `time`.
double sustainableFraction(Duration time);

/// VDOT of a race result. Distance and time must be positive.
double vdotFromRace(Distance distance, Duration time);

/// The time a runner of this VDOT is expected to race `distance` in (the inverse of
/// vdotFromRace, solved numerically).
Duration equivalentRaceTime(double vdot, Distance distance);

/// Riegel's endurance model: T2 = T1 * (D2 / D1)^exponent.
Duration riegelTime(Distance knownDistance, Duration knownTime, Distance targetDistance,
                    double exponent = 1.06);

} // namespace paceline
