#pragma once

#include "ui/charts/LoadChartData.h"

namespace paceline {

/// The line above the load charts, in plain words: the week's load against last week's,
/// the acute:chronic ratio against the 0.8-1.3 band, and what form says, e.g.
/// "This week so far: 420 AU (last week 2,100 AU). ACWR 1.12, in the 0.8–1.3 band.
/// Form −8: carrying some fatigue." `today` tells "this week" from an older anchor.
QString loadSummary(const LoadChartData& data, QDate today);

/// What form (fitness − fatigue) says relative to fitness, e.g. "carrying some fatigue".
QString formReading(double form, double fitness);

} // namespace paceline
