#pragma once

#include "core/science/SessionEstimate.h"
#include "ui/charts/IntensityProfileChart.h"

#include <QString>

#include <vector>

namespace paceline {

/// The profile chart's bars for an estimate: zone colours, tooltips with the step,
/// its time and pace, and the selected steps (and those inside selected groups)
/// outlined.
std::vector<ProfileBar> profileBars(const SessionEstimate& estimate, const StepTree& steps,
                                    const std::vector<StepPath>& selected, UnitSystem units);

/// "52 min · 9.8 km · load 310 · E 31 min · T 12 min" for the totals line.
QString totalsText(const SessionEstimate& estimate, UnitSystem units);

} // namespace paceline
