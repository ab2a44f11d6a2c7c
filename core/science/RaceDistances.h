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

/// The races of Daniels' equivalent-performance table, shortest first. A mile is
/// 1609.344 m, the half 21097.5 m and the marathon 42195 m.
std::span<const StandardRace> standardRaces();

/// Accepts the names above in any letter case, plus common spellings ("5km", "5000m",
/// "half-marathon", "Half Marathon", "hm", "21.1k", "42.195k", "1mi"); blanks, hyphens
/// and underscores are ignored. nullopt when not a known race: other distances ("6k",
/// "1600m") are not guessed at. The distance returned is the one in standardRaces(),
/// so callers may compare it with ==.
std::optional<Distance> standardRaceDistance(QStringView name);

} // namespace paceline
