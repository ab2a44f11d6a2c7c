#pragma once

#include "core/model/Step.h"

#include <optional>

namespace paceline::demo {

// Short ways to write step trees, so the template library and the week plans read
// like a coach's notes.

inline Target metres(double metres)
{
    return Distance{metres};
}
inline Target minutes(double minutes)
{
    return Duration::fromMinutes(minutes);
}
inline Target seconds(double seconds)
{
    return Duration{seconds};
}
inline Intensity rpe(double value)
{
    return RpeTarget{value};
}

Step step(StepKind kind, Target target, Intensity intensity = {});
Step work(Target target, Intensity intensity);
Step jog(Target target);
Step walk(Target target);
/// A standing rest, such as at the wall between swim reps.
Step rest(Target target);
Step onSport(Step step, Sport sport);

StepNode node(Step step);
StepNode repeat(int count, StepTree children, std::optional<Step> between = std::nullopt);

} // namespace paceline::demo
