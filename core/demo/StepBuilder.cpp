#include "StepBuilder.h"

namespace paceline::demo {

Step step(StepKind kind, Target target, Intensity intensity)
{
    Step result;
    result.kind = kind;
    result.target = target;
    result.intensity = intensity;
    return result;
}

Step work(Target target, Intensity intensity)
{
    return step(StepKind::Work, target, intensity);
}

namespace {

Step recovery(Target target, RecoveryMode mode, Intensity intensity = {})
{
    Step result = step(StepKind::Recovery, target, intensity);
    result.recoveryMode = mode;
    return result;
}

} // namespace

Step jog(Target target)
{
    return recovery(target, RecoveryMode::Jog, PaceZone::Easy);
}
Step walk(Target target)
{
    return recovery(target, RecoveryMode::Walk);
}
Step rest(Target target)
{
    return recovery(target, RecoveryMode::Stand);
}

Step onSport(Step step, Sport sport)
{
    step.sport = sport;
    return step;
}

StepNode node(Step step)
{
    return StepNode{std::move(step)};
}

StepNode repeat(int count, StepTree children, std::optional<Step> between)
{
    RepeatGroup group;
    group.count = count;
    group.children = std::move(children);
    group.recoveryBetweenSets = std::move(between);
    return StepNode{std::move(group)};
}

} // namespace paceline::demo
