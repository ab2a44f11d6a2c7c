#pragma once

#include "core/model/Units.h"

namespace paceline {

// Daniels & Gilbert (1979), "Oxygen Power": the oxygen cost of running at a speed and
// the fraction of VO2max that can be held for a duration. Their ratio for a race is
// the race's VDOT; Daniels' Running Formula tables 5.1 and 5.2 are built from it.
// docs/formulas.md ("Training paces from a race") has the equations and their sources.

/// Oxygen cost (ml/kg/min) of running at `speed`.
double oxygenCost(Speed speed);

/// The speed whose oxygen cost is `vo2` ml/kg/min (the inverse of oxygenCost on its
/// rising branch). Zero when `vo2` is not above the cost of standing still (-4.60).
Speed speedForOxygenCost(double vo2);

/// Fraction of VO2max sustainable for a race lasting `time`: 1.288 for an instant,
/// about 1.0 at 10 minutes, falling towards 0.8 for very long races.
double sustainableFraction(Duration time);

/// VDOT of a race result. Distance and time must be positive; otherwise 0. At walking
/// speeds (below about 25 m/min) the oxygen cost, and so the VDOT, is not positive.
double vdotFromRace(Distance distance, Duration time);

/// The time a runner of this VDOT is expected to race `distance` in (the inverse of
/// vdotFromRace, solved numerically). Zero unless both are positive and finite.
Duration equivalentRaceTime(double vdot, Distance distance);

/// Riegel's endurance model: T2 = T1 * (D2 / D1)^exponent. Zero unless the known
/// distance, known time and target distance are all positive.
Duration riegelTime(Distance knownDistance, Duration knownTime, Distance targetDistance,
                    double exponent = 1.06);

} // namespace paceline
