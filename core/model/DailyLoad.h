#pragma once

#include "LoadFigures.h"
#include "Sport.h"
#include "Units.h"

#include <QDate>

namespace paceline {

/// One athlete's training on one calendar day in one sport, summed over sessions.
/// The store keeps these up to date as sessions are written, so charts never have to
/// read every session.
struct DailyLoad {
    QDate day;
    Sport sport = Sport::Run;
    int sessions = 0;
    Duration duration;
    Distance distance;
    /// Foster's session-RPE load: session RPE x minutes, summed (sessions without an
    /// RPE add nothing).
    double sessionRpeLoad = 0.0;
    /// Sums of the sessions' stored SessionLoadFigures (sessions without one add 0).
    double trimp = 0.0;
    double runningTss = 0.0;
    ZoneSeconds zoneSeconds{};

    friend bool operator==(const DailyLoad&, const DailyLoad&) = default;
};

} // namespace paceline
