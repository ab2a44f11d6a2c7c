#include "TreeEdit.h"

namespace paceline::advice {

Step* editableStep(StepTree& tree, const StepPath& path)
{
    if (!path.empty() && path.back() == kBetweenSets) {
        StepNode* group = nodeAt(tree, StepPath(path.begin(), path.end() - 1));
        if (!group || !group->isGroup() || !group->group().recoveryBetweenSets)
            return nullptr;
        return &*group->group().recoveryBetweenSets;
    }
    StepNode* node = nodeAt(tree, path);
    return node && node->isStep() ? &node->step() : nullptr;
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
    Step step;
    step.kind = StepKind::Recovery;
    step.target = duration;
    step.intensity = PaceZone::Easy;
    step.recoveryMode = RecoveryMode::Jog;
    return step;
}

SessionFix makeFix(const QString& label, StepTree steps)
{
    return SessionFix{label, std::move(steps)};
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
