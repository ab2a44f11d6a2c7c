#pragma once

#include "core/model/Intensity.h"
#include "core/model/LoadFigures.h"

#include <QDate>
#include <QString>

namespace paceline {

/// One week's time in each of E, M, T, I and R.
struct WeekZoneTime {
    QDate weekStart;
    ZoneSeconds seconds{};

    friend bool operator==(const WeekZoneTime&, const WeekZoneTime&) = default;
};

/// The builder's zone for a load zone, for its colour and name.
PaceZone paceZoneOf(LoadZone zone);
/// "E (easy)".
QString loadZoneName(LoadZone zone);

double totalSeconds(const ZoneSeconds& seconds);
/// The zone's share of the week's zone time, in percent; 0 for a week without any.
double zoneSharePercent(const ZoneSeconds& seconds, LoadZone zone);

/// "4 h 10 min", "25 min", "0 min".
QString zoneTimeText(double seconds);

/// "Week of 3 Mar 2025", then each zone with its time and share, then the total.
QString intensityToolTip(const WeekZoneTime& week);

/// How much of the time over all `weeks` was easy: "81 % of the time in zones was easy
/// (E), 19 % at M or faster." Empty without zone time.
QString easyHardSplitText(const std::vector<WeekZoneTime>& weeks);

} // namespace paceline
