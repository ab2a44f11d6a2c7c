// shortenHardBlocks: the hard work cut to about two thirds, its intensity and
// everything around it kept (docs/planner.md, "Fatigue").

#include "SessionBuilders.h"
#include "core/advice/FatigueAdvisor.h"

#include <gtest/gtest.h>

#include <cmath>

namespace paceline {
namespace {

using namespace test;

Step withId(Step step, qint64 id)
{
    step.id = StepId{id};
    return step;
}

/// wu 15min @E; 6x1km @I / 2min jog; cd 10min @E, with step ids as a stored plan has.
StepTree kilometreReps(int count)
{
    StepNode reps =
        each(count, withId(work(metres(1000), PaceZone::Interval), 2), withId(jog(minutes(2)), 3));
    reps.group().id = StepId{4};
    return {node(withId(warmUp(minutes(15)), 1)), reps, node(withId(coolDown(minutes(10)), 5))};
}

const Step& stepOf(const StepNode& node)
{
    return node.step();
}

TEST(ShortenHardBlocks, SixKilometreRepsBecomeFour)
{
    // round(6 x 2/3) = round(4.0) = 4.
    const StepTree shortened = shortenHardBlocks(kilometreReps(6));
    StepTree expected = kilometreReps(6);
    expected[1].group().count = 4;
    EXPECT_EQ(shortened, expected); // ids, warm-up, recoveries and cool-down unchanged
    EXPECT_EQ(shortened[1].group().id, StepId{4});
}

TEST(ShortenHardBlocks, CountsRoundToTheNearestRepAndKeepOne)
{
    // 8 x 2/3 = 5.33 -> 5; 5 x 2/3 = 3.33 -> 3; 2 x 2/3 = 1.33 -> 1; 1 stays 1 but its
    // 1 km rep is then shortened (1000 x 2/3 = 667 -> 700 m).
    EXPECT_EQ(shortenHardBlocks(kilometreReps(8))[1].group().count, 5);
    EXPECT_EQ(shortenHardBlocks(kilometreReps(5))[1].group().count, 3);
    EXPECT_EQ(shortenHardBlocks(kilometreReps(2))[1].group().count, 1);
    const StepTree once = shortenHardBlocks(kilometreReps(1));
    EXPECT_EQ(once[1].group().count, 1);
    EXPECT_EQ(std::get<Distance>(stepOf(once[1].group().children[0]).target).metres, 700.0);
}

TEST(ShortenHardBlocks, ContinuousThresholdKeepsItsPace)
{
    // 20 min x 2/3 = 800 s; to the nearest 30 s: 810 s = 13:30.
    const StepTree shortened =
        shortenHardBlocks({node(withId(work(minutes(20), PaceZone::Threshold), 7))});
    ASSERT_EQ(shortened.size(), 1u);
    EXPECT_DOUBLE_EQ(std::get<Duration>(stepOf(shortened[0]).target).seconds, 810.0);
    EXPECT_EQ(stepOf(shortened[0]).intensity, Intensity{PaceZone::Threshold});
    EXPECT_EQ(stepOf(shortened[0]).id, StepId{7});
}

TEST(ShortenHardBlocks, ContinuousDistanceRoundsToHundredMetres)
{
    // 5 km x 2/3 = 3333 m -> 3300 m.
    const StepTree shortened = shortenHardBlocks({node(work(metres(5000), PaceZone::Threshold))});
    EXPECT_DOUBLE_EQ(std::get<Distance>(stepOf(shortened[0]).target).metres, 3300.0);
}

TEST(ShortenHardBlocks, NothingHardIsLeftAlone)
{
    // Easy running, marathon pace, strides and drills are not hard blocks.
    EXPECT_EQ(shortenHardBlocks(longRunFastFinish()), longRunFastFinish());
    const StepTree easyRun = {node(work(minutes(45), PaceZone::Easy))};
    EXPECT_EQ(shortenHardBlocks(easyRun), easyRun);
    EXPECT_EQ(shortenHardBlocks({}), StepTree{});
}

TEST(ShortenHardBlocks, StridesAndEasyRepsStay)
{
    // wu; drills; 4x100m strides / 60s walk; 8x400m @I / 90s jog; 2x200m @E / 200m jog;
    // cd: only the 400 m reps change, round(8 x 2/3) = round(5.33) = 5.
    const StepTree before = fiveKSharpening();
    StepTree expected = before;
    int changed = 0;
    for (StepNode& top : expected) {
        if (top.isGroup() && top.group().count == 8) {
            top.group().count = 5;
            ++changed;
        }
    }
    ASSERT_EQ(changed, 1);
    EXPECT_EQ(shortenHardBlocks(before), expected);
}

TEST(ShortenHardBlocks, NestedSetsCutTheOutermostCount)
{
    // 3x(4x400m @I / 200m jog) // 3min jog: 3 sets x 2/3 = 2 sets of the same 4 reps.
    const StepNode inner = each(4, work(metres(400), PaceZone::Interval), jog(metres(200)));
    const StepTree sets = {node(warmUp(minutes(15))), repeat(3, {inner}, jog(minutes(3))),
                           node(coolDown(minutes(10)))};
    StepTree expected = sets;
    expected[1].group().count = 2;
    EXPECT_EQ(shortenHardBlocks(sets), expected);
}

TEST(ShortenHardBlocks, ASetDoneOnceIsCutInside)
{
    // 1x(6x400m @I / 200m jog): the outer count cannot fall, so the inner one does:
    // round(6 x 2/3) = 4.
    const StepNode inner = each(6, work(metres(400), PaceZone::Interval), jog(metres(200)));
    const StepTree once = {repeat(1, {inner})};
    StepTree expected = once;
    expected[0].group().children[0].group().count = 4;
    EXPECT_EQ(shortenHardBlocks(once), expected);
}

TEST(ShortenHardBlocks, HardEffortOnABike)
{
    // 3x10min at RPE 8 is hard by effort (CR-10 7 and above): round(3 x 2/3) = 2.
    const StepTree ride = {each(3, work(minutes(10), RpeTarget{8}), jog(minutes(3)))};
    EXPECT_EQ(shortenHardBlocks(ride)[0].group().count, 2);
    const StepTree steady = {each(3, work(minutes(10), RpeTarget{5}), jog(minutes(3)))};
    EXPECT_EQ(shortenHardBlocks(steady), steady);
}

TEST(ShortenHardBlocks, OddSharesDoNotBreakTheSession)
{
    EXPECT_EQ(shortenHardBlocks(kilometreReps(6), 1.0), kilometreReps(6));
    EXPECT_EQ(shortenHardBlocks(kilometreReps(6), std::nan("")), kilometreReps(6));
    // Nothing left would be no session: one rep stays.
    EXPECT_EQ(shortenHardBlocks(kilometreReps(6), 0.0)[1].group().count, 1);
    EXPECT_EQ(shortenHardBlocks(kilometreReps(6), -3.0)[1].group().count, 1);
    // 0.5: round(6 x 0.5) = 3.
    EXPECT_EQ(shortenHardBlocks(kilometreReps(6), 0.5)[1].group().count, 3);
}

} // namespace
} // namespace paceline
