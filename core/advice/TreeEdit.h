#pragma once

#include "SessionAdvisor.h"
#include "core/model/StepTreeEdit.h"

namespace paceline::advice {

// The pieces the one-click fixes are made of. The edits themselves are the builder's
// (core/model/StepTreeEdit), so a fix keeps to the same limits as a hand edit.

/// The step at `path` in a tree being fixed (a plain step or a group's recovery
/// between sets), or null: stepAt() for a tree the fix may change in place.
Step* editableStep(StepTree& tree, const StepPath& path);

/// A warm-up or cool-down: E pace for a run, an easy effort (RPE 3) for other sports.
Step easyStep(StepKind kind, Duration duration, Sport sport);
/// A relaxed recovery jog ("90s jog").
Step jogStep(Duration duration);

/// A fix offering `steps` with a label for the button.
SessionFix makeFix(const QString& label, StepTree steps);
/// The same from an edit; none when the edit was refused (a count or a nesting
/// beyond the limits the notation and the JSON keep).
std::optional<SessionFix> makeFix(const QString& label, StepTreeEditOutcome edit);

/// The finding with its id and severity; message and fix are set by the rule.
Finding makeFinding(const char* rule, Severity severity, std::vector<StepPath> steps,
                    QString message, std::optional<SessionFix> fix = std::nullopt);

} // namespace paceline::advice
