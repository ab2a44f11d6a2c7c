#pragma once

// Builders for step trees written by hand in tests, and printers so a failing
// comparison shows the trees as JSON instead of bytes.

#include "core/model/SessionTemplate.h"
#include "core/model/Step.h"

#include <QString>

#include <iosfwd>
#include <optional>

namespace paceline::trees {

inline Distance metres(double value)
{
    return Distance{value};
}
inline Duration seconds(double value)
{
    return Duration{value};
}
inline Duration minutes(double value)
{
    return Duration::fromMinutes(value);
}
/// A single pace per km, as the notation reads `@3:55/km`.
inline PaceRange pacePerKm(double secondsPerKm)
{
    const Speed speed = Speed::fromSecondsPerKilometre(secondsPerKm);
    return {speed, speed};
}

inline Step step(StepKind kind, Target target = {}, Intensity intensity = {})
{
    Step result;
    result.kind = kind;
    result.target = target;
    result.intensity = intensity;
    return result;
}
inline Step work(Target target, Intensity intensity = {})
{
    return step(StepKind::Work, target, intensity);
}
inline Step recovery(Target target, std::optional<RecoveryMode> mode = {}, Intensity intensity = {})
{
    Step result = step(StepKind::Recovery, target, intensity);
    result.recoveryMode = mode;
    return result;
}
inline Step jog(Target target)
{
    return recovery(target, RecoveryMode::Jog);
}
inline Step walk(Target target)
{
    return recovery(target, RecoveryMode::Walk);
}
inline Step inSport(Step result, Sport sport)
{
    result.sport = sport;
    return result;
}

inline StepNode node(Step content)
{
    return StepNode{std::move(content)};
}
inline StepNode repeat(int count, StepTree children, std::optional<Step> between = {})
{
    RepeatGroup group;
    group.count = count;
    group.children = std::move(children);
    group.recoveryBetweenSets = std::move(between);
    return StepNode{std::move(group)};
}
/// A step with its recovery (`A / B` outside a count): a group done once.
inline StepNode pair(Step rep, Step recoveryStep)
{
    return repeat(1, {node(std::move(rep)), node(std::move(recoveryStep))});
}

} // namespace paceline::trees

namespace paceline {

void PrintTo(const Step& step, std::ostream* out);
void PrintTo(const StepNode& node, std::ostream* out);
void PrintTo(const SessionTemplate& session, std::ostream* out);

} // namespace paceline

/// For messages: std::string of a QString.
std::string str(const QString& text);
