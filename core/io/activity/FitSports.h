#pragma once

#include "core/model/Sport.h"

#include <QString>

#include <cstdint>
#include <optional>

namespace paceline::fit {

/// FIT's name for a sport enum value, lower case as the profile spells it ("running",
/// "cycling", "transition", ...); "sport_<n>" for a number the profile does not name.
QString sportName(std::int64_t sport);

/// Paceline's sport for a FIT sport and sub-sport (both optional): running, walking and
/// hiking are runs, a treadmill or indoor-cycling machine counts as run or bike,
/// strength/yoga/pilates/flexibility training as strength and mobility, transitions
/// as no sport (nullopt), anything else (generic included) as cross-training.
std::optional<Sport> pacelineSport(std::optional<std::int64_t> sport,
                                   std::optional<std::int64_t> subSport);

/// Whether FIT records this sport's cadence per foot (strides), so Paceline doubles it.
bool cadenceIsPerFoot(std::optional<std::int64_t> sport);

} // namespace paceline::fit
