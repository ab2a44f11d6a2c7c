#pragma once

#include <QDate>

namespace paceline::demo {

/// When a region moves its clocks: none, the EU rule (last Sunday of March to last
/// Sunday of October) or the US/Canada rule (second Sunday of March to first Sunday
/// of November).
enum class DaylightRule { None, Europe, NorthAmerica };

/// Where an athlete lives, as far as the demo needs it: logged start times carry the
/// UTC offset of the day, so the log has offsets that change twice a year.
struct LocalZone {
    int standardOffsetSeconds = 0;
    DaylightRule daylight = DaylightRule::None;

    /// The offset on `day`. Sessions start well after the 01:00-03:00 switch, so the
    /// offset of the whole day is the one at the session's start.
    int offsetSecondsOn(QDate day) const;

    friend bool operator==(const LocalZone&, const LocalZone&) = default;
};

} // namespace paceline::demo
