#pragma once

#include "core/model/PaceStability.h"
#include "core/model/Units.h"

#include <QString>

#include <vector>

namespace paceline {

/// One pace-stability figure as the Log screen shows it: a short label, its value
/// ("1.2 %", "6 of 8") and a plain-words explanation for the tooltip.
struct StabilityFigure {
    QString label;
    QString value; ///< empty when the session does not give this figure
    QString explanation;
};

/// The figures in the order the detail panel lists them: CV, fade, spread (per km or
/// per mile, as the athlete reads paces), reps within target, RPE drift.
std::vector<StabilityFigure> stabilityFigures(const PaceStability& stability, UnitSystem units);

/// The list's short cell: "CV 1.2 %"; empty when the session has no CV.
QString stabilityCellText(const PaceStability& stability);

/// Every figure on its own line, "Label: value", for the list's tooltip.
QString stabilitySummary(const PaceStability& stability, UnitSystem units);

} // namespace paceline
