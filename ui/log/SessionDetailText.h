#pragma once

#include "core/model/LoggedSession.h"
#include "core/model/Step.h"
#include "core/science/PlanComparison.h"

#include <QColor>
#include <QString>

namespace paceline {

// Texts of the session detail panel, kept apart from its widgets so they can be
// checked without a screen.

/// "Tue 17 Nov 2026, 07:00 · Run"
QString sessionWhenText(const LoggedSession& session);

/// "10.00 km · 45:00 · 4:30/km · session RPE 7 · HR 150 avg, 172 max"; figures the
/// session lacks are left out (pace only for runs).
QString sessionFactsText(const LoggedSession& session, UnitSystem units);

/// "Sleep 4/5 · Energy 3/5 · ..."; empty when no score was given.
QString wellnessText(const Wellness& wellness);

/// How a planned step's outcome reads in the planned-versus-done list: a symbol (so
/// the outcome never rests on colour alone), a word and a colour.
struct OutcomeStyle {
    QString symbol; ///< ✓, ◐ or ✗
    QString word;   ///< "completed", "shortened (72 % done)", "skipped"
    QColor color;
};
OutcomeStyle outcomeStyle(const PlannedStepResult& result);

/// "Work 400 m @I, #3: ✓ completed", or with the rep that ran it in the tooltip.
QString plannedStepText(const PlannedStepResult& result, const StepTree& plannedSteps,
                        UnitSystem units);

/// "All 6 planned steps completed", or "4 completed · 1 shortened · 1 skipped" (of 6).
QString planSummaryText(const std::vector<PlannedStepResult>& results);

} // namespace paceline
