#pragma once

#include "core/model/Intensity.h"
#include "core/model/Units.h"

#include <optional>

namespace paceline {

/// Daniels' training paces for one VDOT (Daniels' Running Formula, 3rd ed., table 5.2).
/// E, T and I are the speeds at fixed fractions of VDOT, M follows the marathon race
/// equivalent and R is derived from I; docs/formulas.md gives the constants and how
/// closely they reproduce the table (within 3 s/km for VDOT 30-70).
struct TrainingPaces {
    PaceRange easy;   ///< E: a range, slowest to fastest
    Speed marathon;   ///< M
    Speed threshold;  ///< T
    Speed interval;   ///< I
    Speed repetition; ///< R
};

/// All speeds are zero unless `vdot` is positive and finite.
TrainingPaces trainingPaces(double vdot);

/// The speed band of a Daniels zone for these paces (E's range; a point band for M, T,
/// I and R). nullopt for the rotation zones, which depend on the race being targeted.
std::optional<PaceRange> paceBand(const TrainingPaces& paces, PaceZone zone);

} // namespace paceline
