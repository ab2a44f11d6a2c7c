#pragma once

#include "core/model/Units.h"

#include <QString>
#include <QStringView>

#include <optional>
#include <span>

namespace paceline {

/// A standard race with the short name used on the command line and in JSON.
struct StandardRace {
    const char* name; ///< "1500m", "mile", "3k", "5k", "10k", "15k", "half", "marathon"
    Distance distance;
};

/// The races of Daniels' equivalent-performance table, shortest first.
std::span<const StandardRace> standardRaces();

/// Accepts the names above in any letter case, plus common spellings
/// ("5km", "half-marathon", "hm", "21.1k"). nullopt when not a known race.
std::optional<Distance> standardRaceDistance(QStringView name);

} // namespace paceline
