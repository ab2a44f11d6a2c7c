#include "TreeEdit.h"

#include <utility>

namespace paceline::advice {

Step* editableStep(StepTree& tree, const StepPath& path)
{
    // The tree is the caller's own copy, so the step may be changed.
    return const_cast<Step*>(stepAt(std::as_const(tree), path));
}

Step easyStep(StepKind kind, Duration duration, Sport sport)
{
    Step step;
    step.kind = kind;
    step.target = duration;
    // Pace zones are running paces; other sports get an easy perceived effort.
    if (sport == Sport::Run)
        step.intensity = PaceZone::Easy;
    else
        step.intensity = RpeTarget{3.0};
    return step;
}

Step jogStep(Duration duration)
{
    // As coaches write one, "90s jog": the estimate jogs a recovery without an
    // intensity at the slow end of E.
    Step step;
    step.kind = StepKind::Recovery;
    step.target = duration;
    step.recoveryMode = RecoveryMode::Jog;
    return step;
}

SessionFix makeFix(const QString& label, StepTree steps)
{
    return SessionFix{label, std::move(steps)};
}

std::optional<SessionFix> makeFix(const QString& label, StepTreeEditOutcome edit)
{
    if (!edit)
        return std::nullopt;
    return makeFix(label, std::move(edit).value().tree);
}

Finding makeFinding(const char* rule, Severity severity, std::vector<StepPath> steps,
                    QString message, std::optional<SessionFix> fix)
{
    Finding finding;
    finding.rule = QString::fromLatin1(rule);
    finding.severity = severity;
    finding.steps = std::move(steps);
    finding.message = std::move(message);
    finding.fix = std::move(fix);
    return finding;
}

} // namespace paceline::advice
