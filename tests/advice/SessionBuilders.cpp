#include "SessionBuilders.h"

#include "core/science/TrainingPaces.h"

namespace paceline::test {

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

Step warmUp(Target target)
{
    return step(StepKind::WarmUp, target, PaceZone::Easy);
}

Step coolDown(Target target)
{
    return step(StepKind::CoolDown, target, PaceZone::Easy);
}

namespace {

Step recovery(Target target, RecoveryMode mode)
{
    Step result = step(StepKind::Recovery, target);
    result.recoveryMode = mode;
    return result;
}

} // namespace

Step jog(Target target)
{
    return recovery(target, RecoveryMode::Jog);
}

Step walk(Target target)
{
    return recovery(target, RecoveryMode::Walk);
}

Step stand(Target target)
{
    return recovery(target, RecoveryMode::Stand);
}

Step easy(Target target, PaceZone zone)
{
    const bool rotationEasy = zone == PaceZone::RotationEasy;
    return step(rotationEasy ? StepKind::Recovery : StepKind::Work, target, zone);
}

Step strides(Target target)
{
    return step(StepKind::Strides, target);
}

Step drills(Target target)
{
    return step(StepKind::Drills, target);
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

StepNode each(int count, Step rep, Step recovery)
{
    return repeat(count, {node(std::move(rep)), node(std::move(recovery))});
}

StepNode pair(Step rep, Step recovery)
{
    return each(1, std::move(rep), std::move(recovery));
}

AdviceContext runner(double vdot, std::optional<Purpose> purpose)
{
    AdviceContext context;
    context.estimate.paces = trainingPaces(vdot);
    context.purpose = purpose;
    return context;
}

StepTree fiveKSharpening()
{
    using enum PaceZone;
    return {node(warmUp(minutes(15))),
            node(drills(minutes(5))),
            each(4, strides(metres(100)), walk(seconds(60))),
            each(8, work(metres(400), Interval), jog(seconds(90))),
            each(2, work(metres(200), Easy), jog(metres(200))),
            node(coolDown(minutes(10)))};
}

StepTree threeZoneRotation()
{
    using enum PaceZone;
    return {node(warmUp(minutes(20))),
            each(4, strides(metres(100)), walk(seconds(60))),
            repeat(3, {pair(work(minutes(6), RotationRace), easy(minutes(2), RotationEasy)),
                       pair(work(minutes(1), RotationSurge), easy(minutes(2), RotationEasy))}),
            node(work(minutes(5), RotationRace)),
            node(jog(minutes(5))),
            node(coolDown(minutes(10)))};
}

StepTree progressiveLadder()
{
    using enum PaceZone;
    return {node(warmUp(minutes(15))),
            each(4, strides(metres(100)), walk(seconds(60))),
            pair(work(metres(400), Threshold), jog(seconds(90))),
            pair(work(metres(800), Threshold), jog(minutes(2))),
            pair(work(metres(1200), Interval), jog(minutes(3))),
            pair(work(metres(800), Interval), jog(minutes(2))),
            each(2, work(metres(200), Easy), jog(metres(200))),
            node(coolDown(minutes(10)))};
}

StepTree thresholdCruise()
{
    return {node(warmUp(metres(2000))),
            each(5, work(metres(1000), PaceZone::Threshold), jog(seconds(60))),
            node(jog(minutes(5))), node(coolDown(metres(2000)))};
}

StepTree hillStrides()
{
    Step jogBack = jog(minutes(5));
    jogBack.intensity = PaceZone::Easy;
    return {node(warmUp(minutes(15))), node(drills(minutes(5))),
            each(8, work(seconds(15), PaceZone::Repetition), walk(seconds(90))), node(jogBack),
            node(coolDown(minutes(10)))};
}

StepTree longRunFastFinish()
{
    return {node(warmUp(minutes(10))), node(easy(minutes(70))),
            node(work(minutes(15), PaceZone::Marathon)), node(coolDown(minutes(5)))};
}

StepTree repSession(int count, Target rep, PaceZone zone, std::optional<Step> recovery)
{
    return {node(warmUp(minutes(15))), repeat(count, {node(work(rep, zone))}, std::move(recovery)),
            node(jog(minutes(5))), node(coolDown(minutes(10)))};
}

} // namespace paceline::test
