#pragma once

// Short ways to write step trees in the advisor tests, in the spirit of
// core/demo/StepBuilder.h. The session notation parser (core/io) is deliberately not
// used: these tests must not depend on it.

#include "core/advice/SessionAdvisor.h"
#include "core/model/Step.h"

#include <optional>

namespace paceline::test {

inline Target metres(double value)
{
    return Distance{value};
}
inline Target minutes(double value)
{
    return Duration::fromMinutes(value);
}
inline Target seconds(double value)
{
    return Duration{value};
}

Step step(StepKind kind, Target target, Intensity intensity = {});
Step work(Target target, Intensity intensity);
Step warmUp(Target target);   // wu ... @E
Step coolDown(Target target); // cd ... @E
Step jog(Target target);      // recovery jog, no intensity (as typed: "90s jog")
Step walk(Target target);
Step stand(Target target);
Step easy(Target target, PaceZone zone = PaceZone::Easy); // an easy float or run
Step strides(Target target);
Step drills(Target target);

StepNode node(Step step);
StepNode repeat(int count, StepTree children, std::optional<Step> between = std::nullopt);
/// "Nx rep / recovery" as the notation reads it (docs/session-notation.md): a group of
/// the rep and its recovery, the recovery after every rep, the last one included;
/// "rep / recovery" without a count is such a group done once.
StepNode each(int count, Step rep, Step recovery);
StepNode pair(Step rep, Step recovery);

/// A context for a runner of `vdot` (Daniels' paces), optionally with a purpose.
AdviceContext runner(double vdot, std::optional<Purpose> purpose = std::nullopt);

// The well-sequenced sessions of core/io/ExampleSessions.cpp, built by hand in the
// shapes docs/session-notation.md gives their notation.
StepTree fiveKSharpening();   // wu 15min @E; drills 5min; 4x100m strides / 60s walk;
                              // 8x400m @I / 90s jog; 2x200m @E / 200m jog; cd 10min @E
StepTree threeZoneRotation(); // wu 20min @E; 4x100m strides / 60s walk; 3x(6min @race /
                              // 2min @easy; 1min @surge / 2min @easy); 5min @race;
                              // jog 5min; cd 10min @E
StepTree progressiveLadder(); // wu 15min @E; 4x100m strides / 60s walk; 400m @T / 90s jog;
                              // 800m @T / 2min jog; 1200m @I / 3min jog; 800m @I / 2min jog;
                              // 2x200m @E / 200m jog; cd 10min @E
StepTree thresholdCruise();   // wu 2km @E; 5x1km @T / 60s jog; jog 5min; cd 2km @E
StepTree hillStrides();       // wu 15min @E; drills 5min; 8x15s @R / 90s walk; jog 5min @E;
                              // cd 10min @E
StepTree longRunFastFinish(); // wu 10min @E; 70min @E; 15min @M; cd 5min @E

/// "wu 15min @E; 6x1000m @I // 90s jog; jog 5min; cd 10min @E": reps with a recovery
/// between them (not after the last), the frame most rule tests vary one thing in.
StepTree repSession(int count, Target rep, PaceZone zone, std::optional<Step> recovery);

} // namespace paceline::test
