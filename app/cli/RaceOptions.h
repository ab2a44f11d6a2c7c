#pragma once

#include "CliContext.h"
#include "core/model/Athlete.h"

#include <optional>

namespace paceline::cli {

/// --race/--distance/--time/--units plus --db and --athlete.
void addRaceOptions(CliContext& context);

/// The race from --race (or --distance) and --time; every error names the option.
Result<RaceResult> raceFromOptions(const CliContext& context);

struct RaceSource {
    std::optional<RaceResult> race; ///< none: no race given and the athlete has none
    UnitSystem units = UnitSystem::Metric;
    QString athleteName; ///< when the race or units came from the log
};

/// The race given on the command line, else the athlete's recent race when --db or
/// --athlete is given; units from --units, else the athlete's. When the log cannot be
/// opened the reason is printed, `exitStatus` set, and an empty Error returned.
Result<RaceSource> resolveRace(CliContext& context, int& exitStatus);

/// Rounds for JSON output, where 1199.9999 would only be noise.
double roundTo(double value, int decimals);

} // namespace paceline::cli
