#pragma once

#include "core/science/Trends.h"

#include <QDate>
#include <QString>

#include <functional>
#include <optional>
#include <vector>

namespace paceline {

/// The x position of a week on the weekly charts: the middle of its seven days, so a
/// point or a bar sits over the week it stands for.
double weekKey(QDate weekStart);

/// How a trend chart reads its values.
struct TrendFormat {
    QString seriesName; ///< legend and tooltip: "Median pace CV"
    QString axisLabel;  ///< "Pace CV (%)"
    /// Values are seconds per km or per mile: m:ss ticks, faster (smaller) at the top.
    bool isPace = false;
    /// The smallest value range the axis shows, so a flat series is not blown up into
    /// noise (0.5 % CV, 5 s of pace).
    double minimumSpan = 1.0;
    std::function<QString(double)> valueText; ///< "4.2 %", "4:05/km"
    std::function<QString(int)> countText;    ///< "6 sessions"
};

/// "Week of 3 Mar 2025", the value and what it is the median of, one per line.
QString trendToolTip(const WeeklyValue& value, const TrendFormat& format);

/// The least-squares line through the medians, from the first week to the last.
struct TrendLine {
    QDate firstWeek;
    double firstValue = 0.0;
    QDate lastWeek;
    double lastValue = 0.0;
    double slopePerWeek = 0.0;
    /// Whether the slope stands out from the week-to-week scatter around the line
    /// (two-sided t-test of slope = 0 at 95 %), so a reading may call it a trend.
    bool isClear = false;
};

/// The line for `values` (oldest first), x in weeks since the first point as
/// slopePerWeek counts them; absent when slopePerWeek is (too few weeks).
std::optional<TrendLine> trendLine(const std::vector<WeeklyValue>& values);

/// Weeks from `from` to `to` (may be fractional for odd dates).
double weeksBetween(QDate from, QDate to);

} // namespace paceline
