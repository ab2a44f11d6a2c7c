#pragma once

#include "core/model/Units.h"
#include "ui/charts/TrendData.h"

#include <QString>

#include <optional>

namespace paceline {

/// What a trend chart measures, for the sentence that reads its slope.
enum class TrendMeasure {
    PaceCv,          ///< median pace CV (%): lower is steadier
    PaceAtEffort,    ///< median pace (seconds per km or mile): lower is faster
    PaceAtHeartRate, ///< the same, of reps in a heart-rate band
    EffortAtPace,    ///< median RPE: lower is easier
};

/// One line in plain words for the trend `line` (in the units the chart shows), e.g.
/// "Pace CV falling 0.12 % a week: reps are getting steadier."; says so when there are
/// not enough weeks for a line, or when the weeks scatter too much to call it a trend.
QString trendReading(TrendMeasure measure, const std::optional<TrendLine>& line, UnitSystem units);

/// A slope with two significant digits: "4.5", "0.12", "0.011".
QString slopeText(double slope);

} // namespace paceline
