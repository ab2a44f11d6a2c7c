#pragma once

#include "core/model/Intensity.h"
#include "core/model/Units.h"

#include <optional>

namespace paceline {

/// Daniels' training paces for one VDOT (Daniels' Running Formula, table 5.2).
struct TrainingPaces {
    PaceRange easy; ///< E: a range, slowest to fastest
    Speed marathon; ///< M
    Speed threshold; ///< T
    Speed interval; ///< I
    Speed repetition; ///< R
};

TrainingPaces trainingPaces(double vdot);

/// The speed band of a Daniels zone for these paces (E's range; a point band for M, T,
/// I and R). nullopt for the rotation zones, which depend on the race being targeted.
std::optional<PaceRange> paceBand(const TrainingPaces& paces, PaceZone zone);

} // namespace paceline
