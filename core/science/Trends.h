#pragma once

#include "core/model/AnalysisSamples.h"
#include "core/model/Intensity.h"

#include <QDate>

#include <optional>
#include <vector>

namespace paceline {

// Week-by-week trends from the log (docs/formulas.md, "Trends"): is the pace steadier,
// does the same effort give a faster pace, does the same pace feel easier. Each point
// is a median, which one odd rep or session cannot drag.

/// One week's value: the median of `count` samples.
struct WeeklyValue {
    QDate weekStart;
    double median = 0.0;
    int count = 0;

    friend bool operator==(const WeeklyValue&, const WeeklyValue&) = default;
};

/// Which samples count: all, or only those of one template and/or sport.
struct TrendFilter {
    std::optional<TemplateId> templateId;
    std::optional<Sport> sport;
};

/// An effort band for pace-at-effort: RPE from..to inclusive, or average HR. Every
/// bound that is set must hold (a rep without that figure is out); a bound left unset
/// does not limit, so an empty band takes every rep.
struct EffortBand {
    std::optional<double> rpeLow, rpeHigh;
    std::optional<int> heartRateLow, heartRateHigh;
};

/// Median session pace CV (%) per week.
std::vector<WeeklyValue> stabilityTrend(const std::vector<StabilitySample>& samples,
                                        const TrendFilter& filter, int weekStartsOn = 1);
/// Median pace (seconds per km) per week of the work reps inside `band`.
std::vector<WeeklyValue> paceAtEffortTrend(const std::vector<WorkRepSample>& samples,
                                           const EffortBand& band, const TrendFilter& filter,
                                           int weekStartsOn = 1);
/// Median RPE per week of the work reps with an RPE whose pace is inside `band` (its
/// edges included, in either order).
std::vector<WeeklyValue> effortAtPaceTrend(const std::vector<WorkRepSample>& samples,
                                           const PaceRange& band, const TrendFilter& filter,
                                           int weekStartsOn = 1);

/// Least-squares slope of the medians per week (x = weeks since the first point);
/// absent with fewer than 3 points.
std::optional<double> slopePerWeek(const std::vector<WeeklyValue>& values);

/// The median of `values` (the mean of the middle two for an even count); 0 if empty.
double median(std::vector<double> values);

} // namespace paceline
