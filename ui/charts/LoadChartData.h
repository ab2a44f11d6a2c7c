#pragma once

#include "PlanLoadData.h"
#include "core/model/Intensity.h"
#include "core/science/LoadSeries.h"

#include <QDate>
#include <QString>

#include <map>
#include <vector>

namespace paceline {

// What the Analysis screen's load charts draw, computed once per refresh from the
// store's daily figures (never from sessions or reps) and shared by the three charts.

/// Hulin et al. (2016, Br J Sports Med 50:231): acute:chronic ratios of 0.8-1.3 went
/// with the lowest injury risk (the "sweet spot"); Gabbett (2016) puts the "danger
/// zone" above 1.5 (advice::kAcuteChronicLimit, which the planner warns at too).
inline constexpr double kAcwrBandLow = 0.8;
inline constexpr double kAcwrBandHigh = 1.3;

/// The days the charts cover and their figures.
struct LoadChartData {
    LoadMeasure measure = LoadMeasure::SessionRpe;
    int weekStartsOn = 1; ///< Qt::DayOfWeek
    QDate first;          ///< the first shown day (a week start)
    QDate last;           ///< the last day with logged history (often today)
    /// The weeks overlapping [first, last], oldest first.
    std::vector<WeekFigures> weeks;
    /// One per day of [first, last].
    std::vector<DayFigures> days;
    /// The days after `last`, carried on over planned or zero loads (projected).
    std::vector<DayFigures> projection;
    /// True when `projection` follows the plan (session-RPE only: plans carry an
    /// estimated RPE load); false when it shows rest (decay only).
    bool projectionFromPlan = false;
    /// The planned load of each week that has projected days, by week start.
    std::vector<WeekLoad> plannedWeeks;
    /// How many sessions each day with training had (the charts' click targets).
    std::map<QDate, int> sessionsPerDay;

    /// The last shown day, projection included.
    QDate lastShownDay() const { return projection.empty() ? last : projection.back().day; }
};

/// The figures of `day` (logged or projected), or nullptr outside the data.
const DayFigures* figuresOn(const LoadChartData& data, QDate day);
/// The logged week that holds `day`, or nullptr.
const WeekFigures* weekHolding(const LoadChartData& data, QDate day);
/// The planned week that holds `day`, or nullptr.
const WeekLoad* plannedWeekHolding(const LoadChartData& data, QDate day);

namespace charts {

/// The pace zone a load zone stands for (both list Daniels' five zones in order).
PaceZone paceZoneOf(int loadZone);

/// "AU" (arbitrary units) for session RPE and TRIMP, "TSS" for running TSS.
QString loadUnit(LoadMeasure measure);
/// "load (AU)", as the load axes are labelled.
QString loadAxisLabel(LoadMeasure measure);
/// A load rounded to the unit, with its unit: "2,140 AU".
QString loadWithUnit(double load, LoadMeasure measure);
/// A whole number with a real minus sign when negative ("−16"), as figures read in text.
QString wholeNumberText(double value);
/// A ratio to two decimals ("1.12").
QString ratioText(double ratio);
/// "Tue 3 Mar 2026", as tooltips and sentences name a day.
QString longDayText(QDate day);
/// "3 Mar", as a week is named by its first day.
QString shortDayText(QDate day);

} // namespace charts

} // namespace paceline
