#pragma once

#include "SessionAdvisor.h"

namespace paceline::advice {

// Small edits on a copy of a step tree, for the one-click fixes.

/// The step at `path` (a plain step or a group's recovery between sets), or null.
Step* editableStep(StepTree& tree, const StepPath& path);

/// A warm-up or cool-down: E pace for a run, an easy effort (RPE 3) for other sports.
Step easyStep(StepKind kind, Duration duration, Sport sport);
/// A relaxed recovery jog.
Step jogStep(Duration duration);

/// A fix offering `steps` with a label for the button.
SessionFix makeFix(const QString& label, StepTree steps);

/// The finding with its id and severity; message and fix are set by the rule.
Finding makeFinding(const char* rule, Severity severity, std::vector<StepPath> steps,
                    QString message, std::optional<SessionFix> fix = std::nullopt);

} // namespace paceline::advice
