// order.not-progressive and order.hardest-first. A block that is both harder (T < I <
// R) and longer before one that is easier and shorter is not progressive; a main set
// that opens with its hardest, longest effort starts with its hardest effort. Both are
// coaching conventions (the easier, shorter work primes the harder).

#include "AdvisorTestSupport.h"

using namespace paceline;
using namespace paceline::test;

namespace {

StepTree intervalThenThreshold()
{
    return {node(warmUp(minutes(15))),
            repeat(4, {node(strides(metres(100)))}, walk(seconds(60))),
            node(work(metres(1200), PaceZone::Interval)),
            node(jog(minutes(3))),
            node(work(metres(400), PaceZone::Threshold)),
            node(jog(seconds(90))),
            node(jog(minutes(5))),
            node(coolDown(minutes(10)))};
}

StepTree descendingLadder()
{
    return {node(warmUp(minutes(15))),  node(work(metres(1600), PaceZone::Interval)),
            node(jog(minutes(4))),      node(work(metres(1200), PaceZone::Interval)),
            node(jog(minutes(3))),      node(work(metres(800), PaceZone::Interval)),
            node(jog(minutes(2))),      node(jog(minutes(5))),
            node(coolDown(minutes(10)))};
}

} // namespace

TEST(OrderRule, HarderAndLongerBeforeEasierAndShorterIsNotProgressive)
{
    const Finding finding =
        onlyFinding(intervalThenThreshold(), runner(45), "order.not-progressive");
    EXPECT_EQ(finding.severity, Severity::Warning);
    EXPECT_EQ(finding.steps, (std::vector<StepPath>{{2}, {4}}));
    EXPECT_TRUE(
        finding.message.contains(QStringLiteral("The 1,200 m at I pace (step 3) comes before")));
    EXPECT_TRUE(finding.message.contains(QStringLiteral("the 400 m at T pace (step 5)")));
    // Not also reported as "hardest first": one finding, one fix.
    EXPECT_TRUE(firesNot(intervalThenThreshold(), runner(45), "order.hardest-first"));

    const StepTree fixed =
        expectFixResolves(intervalThenThreshold(), runner(45), "order.not-progressive");
    EXPECT_TRUE(sameSteps(intervalThenThreshold(), fixed));
    // Warm-up and strides stay first, the taper jog and cool-down last, and each rep
    // keeps its own recovery.
    const StepTree expected{intervalThenThreshold()[0], intervalThenThreshold()[1],
                            intervalThenThreshold()[4], intervalThenThreshold()[5],
                            intervalThenThreshold()[2], intervalThenThreshold()[3],
                            intervalThenThreshold()[6], intervalThenThreshold()[7]};
    EXPECT_EQ(fixed, expected);
}

TEST(OrderRule, OpeningWithTheLongestIntervalIsHardestFirst)
{
    const Finding finding = onlyFinding(descendingLadder(), runner(50), "order.hardest-first");
    EXPECT_EQ(finding.severity, Severity::Warning);
    EXPECT_EQ(finding.steps, (std::vector<StepPath>{{1}}));
    EXPECT_TRUE(finding.message.contains(QStringLiteral("the 1,600 m at I pace (step 2)")));
    const StepTree fixed = expectFixResolves(descendingLadder(), runner(50), "order.hardest-first");
    EXPECT_TRUE(sameSteps(descendingLadder(), fixed));
    EXPECT_EQ(fixed[1], descendingLadder()[5]); // 800 m first
    EXPECT_EQ(fixed[2], descendingLadder()[6]); // with its 2 min jog
    EXPECT_EQ(fixed[5], descendingLadder()[1]); // 1,600 m last
}

TEST(OrderRule, RepeatGroupsAreBlocksToo)
{
    const StepTree steps{
        node(warmUp(minutes(15))),
        repeat(4, {node(work(metres(1000), PaceZone::Interval))}, jog(minutes(3))),
        node(jog(minutes(3))),
        repeat(4, {node(work(metres(200), PaceZone::Threshold))}, jog(seconds(30))),
        node(jog(minutes(5))),
        node(coolDown(minutes(10)))};
    const Finding finding = onlyFinding(steps, runner(50), "order.not-progressive");
    EXPECT_TRUE(finding.message.contains(QStringLiteral("4 × 1,000 m at I pace")));
    const StepTree fixed = expectFixResolves(steps, runner(50), "order.not-progressive");
    EXPECT_TRUE(sameSteps(steps, fixed));
    EXPECT_EQ(fixed[1], steps[3]);
}

TEST(OrderRule, ProgressiveSessionsPass)
{
    for (const StepTree& steps :
         {progressiveLadder(), fiveKSharpening(), thresholdCruise(), threeZoneRotation()}) {
        EXPECT_TRUE(firesNot(steps, runner(50), "order.not-progressive"));
        EXPECT_TRUE(firesNot(steps, runner(50), "order.hardest-first"));
    }
    // Short, fast R reps before longer I reps prime them: not flagged.
    const StepTree primed{
        node(warmUp(minutes(15))),
        repeat(4, {node(work(metres(200), PaceZone::Repetition))}, jog(metres(200))),
        node(jog(minutes(2))),
        repeat(5, {node(work(metres(1000), PaceZone::Interval))}, jog(minutes(3))),
        node(jog(minutes(5))),
        node(coolDown(minutes(10)))};
    EXPECT_TRUE(firesNot(primed, runner(50), "order.not-progressive"));
    EXPECT_TRUE(firesNot(primed, runner(50), "order.hardest-first"));
}
