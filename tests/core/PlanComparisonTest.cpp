#include "core/science/PlanComparison.h"

#include <gtest/gtest.h>

using namespace paceline;

namespace {

Step step(qint64 id, StepKind kind, Target target)
{
    Step result;
    result.id = StepId{id};
    result.kind = kind;
    result.target = target;
    return result;
}

StepNode repeat(int count, StepTree children, std::optional<Step> betweenSets = std::nullopt)
{
    RepeatGroup group;
    group.count = count;
    group.children = std::move(children);
    group.recoveryBetweenSets = std::move(betweenSets);
    return StepNode{group};
}

/// 2 km warm-up, 3 x (400 m, 90 s jog), 1 km cool-down; steps 1-4.
StepTree threeByFourHundred()
{
    return {StepNode{step(1, StepKind::WarmUp, Distance{2000.0})},
            repeat(3, {StepNode{step(2, StepKind::Work, Distance{400.0})},
                       StepNode{step(3, StepKind::Recovery, Duration{90.0})}}),
            StepNode{step(4, StepKind::CoolDown, Distance{1000.0})}};
}

Rep rep(RepKind kind, qint64 stepId, std::optional<double> metres, double seconds)
{
    Rep result;
    result.kind = kind;
    result.plannedStepId = StepId{stepId};
    if (metres)
        result.distance = Distance{*metres};
    result.time = Duration{seconds};
    return result;
}

} // namespace

TEST(RepsFromPlan, OneRowPerRepAndRecoveryAsRun)
{
    const std::vector<Rep> reps = repsFromPlan(threeByFourHundred());
    // Warm-up and cool-down are left out; the repeat is unrolled: W R W R W R.
    ASSERT_EQ(reps.size(), 6u);
    for (size_t index = 0; index < reps.size(); ++index) {
        const bool work = index % 2 == 0;
        EXPECT_EQ(reps[index].kind, work ? RepKind::Work : RepKind::Recovery) << index;
        EXPECT_EQ(reps[index].plannedStepId, StepId{work ? 2 : 3}) << index;
        if (work) {
            EXPECT_EQ(reps[index].distance, Distance{400.0}) << index;
            EXPECT_EQ(reps[index].time, Duration{0.0}) << index;
        } else {
            EXPECT_FALSE(reps[index].distance) << index;
            EXPECT_EQ(reps[index].time, Duration{90.0}) << index;
        }
    }
}

TEST(RepsFromPlan, NestedRepeatsAndRestBetweenSets)
{
    // 2 x (2 x 200 m) with 3 min rest between the sets: 200 200 rest 200 200.
    const StepTree plan{repeat(2, {repeat(2, {StepNode{step(5, StepKind::Work, Distance{200.0})}})},
                               step(6, StepKind::Rest, Duration{180.0}))};
    const std::vector<Rep> reps = repsFromPlan(plan);
    ASSERT_EQ(reps.size(), 5u);
    EXPECT_EQ(reps[2].kind, RepKind::Recovery);
    EXPECT_EQ(reps[2].plannedStepId, StepId{6});
    for (size_t index : {0u, 1u, 3u, 4u})
        EXPECT_EQ(reps[index].plannedStepId, StepId{5}) << index;
}

TEST(RepsFromPlan, RecoveriesBetweenStridesAreNotRows)
{
    // Easy 35 min, then 4 x (100 m strides, 60 s walk), then 2 x (1 km, 2 min jog): the
    // walks belong to the strides, which are not logged rep by rep; the jogs stay.
    const StepTree plan{StepNode{step(1, StepKind::Work, Duration{35 * 60.0})},
                        repeat(4, {StepNode{step(2, StepKind::Strides, Distance{100.0})},
                                   StepNode{step(3, StepKind::Recovery, Duration{60.0})}}),
                        repeat(2, {StepNode{step(4, StepKind::Work, Distance{1000.0})},
                                   StepNode{step(5, StepKind::Recovery, Duration{120.0})}})};
    const std::vector<Rep> reps = repsFromPlan(plan);
    ASSERT_EQ(reps.size(), 5u); // 35 min, 1 km, jog, 1 km, jog
    EXPECT_EQ(reps[0].plannedStepId, StepId{1});
    for (const Rep& rep : reps)
        EXPECT_NE(rep.plannedStepId, StepId{3});
    EXPECT_EQ(reps[2].plannedStepId, StepId{5});
}

TEST(RepsFromPlan, StepsNotStoredYetAreNotLinked)
{
    const StepTree plan{StepNode{step(0, StepKind::Work, Distance{400.0})}};
    const std::vector<Rep> reps = repsFromPlan(plan);
    ASSERT_EQ(reps.size(), 1u);
    EXPECT_FALSE(reps[0].plannedStepId);
}

TEST(RepsFromPlan, AnAbsurdlyLargePlanGivesNoRowsRatherThanMillions)
{
    // 100 x 100 x 100 = a million reps, past what the session estimate unrolls.
    const StepTree plan{repeat(
        100, {repeat(100, {repeat(100, {StepNode{step(1, StepKind::Work, Distance{400.0})}})})})};
    EXPECT_TRUE(repsFromPlan(plan).empty());
    EXPECT_TRUE(comparePlanToLog(plan, {}).empty());
}

TEST(ComparePlanToLog, CompletedShortenedAndSkipped)
{
    // 400 m reps: 400 (1.0), 380 (380 / 400 = 0.95, just completed), 370 (0.925,
    // shortened). 90 s recoveries: 90 (1.0), 60 (60 / 90 = 0.667, shortened), and no
    // third recovery (skipped). The warm-up and cool-down are not compared.
    const std::vector<Rep> reps{
        rep(RepKind::Work, 2, 400.0, 92.0), rep(RepKind::Recovery, 3, std::nullopt, 90.0),
        rep(RepKind::Work, 2, 380.0, 90.0), rep(RepKind::Recovery, 3, 150.0, 60.0),
        rep(RepKind::Work, 2, 370.0, 91.0),
    };
    const std::vector<PlannedStepResult> results = comparePlanToLog(threeByFourHundred(), reps);
    ASSERT_EQ(results.size(), 6u);

    const StepPath work{1, 0};
    const StepPath jog{1, 1};
    const std::vector<std::tuple<StepPath, int, StepOutcome, int, double>> expected{
        {work, 0, StepOutcome::Completed, 0, 1.0},
        {jog, 0, StepOutcome::Completed, 1, 1.0},
        {work, 1, StepOutcome::Completed, 2, 0.95},
        {jog, 1, StepOutcome::Shortened, 3, 60.0 / 90.0},
        {work, 2, StepOutcome::Shortened, 4, 0.925},
        {jog, 2, StepOutcome::Skipped, -1, 0.0},
    };
    for (size_t index = 0; index < expected.size(); ++index) {
        const auto& [path, occurrence, outcome, repIndex, fraction] = expected[index];
        EXPECT_EQ(results[index].path, path) << index;
        EXPECT_EQ(results[index].occurrence, occurrence) << index;
        EXPECT_EQ(results[index].outcome, outcome) << index;
        EXPECT_EQ(results[index].rep, repIndex) << index;
        EXPECT_NEAR(results[index].fraction, fraction, 1e-12) << index;
    }
}

TEST(ComparePlanToLog, OpenTargetsCompleteAndFreeformRepsAreIgnored)
{
    const StepTree plan{StepNode{step(8, StepKind::Work, std::monostate{})}};
    Rep freeform;
    freeform.distance = Distance{1000.0};
    freeform.time = Duration{200.0};
    const std::vector<Rep> reps{freeform, rep(RepKind::Work, 8, 100.0, 20.0)};
    const std::vector<PlannedStepResult> results = comparePlanToLog(plan, reps);
    ASSERT_EQ(results.size(), 1u);
    EXPECT_EQ(results[0].outcome, StepOutcome::Completed);
    EXPECT_EQ(results[0].rep, 1);
    EXPECT_DOUBLE_EQ(results[0].fraction, 1.0);
}

TEST(ComparePlanToLog, WithoutRepsEverythingIsSkipped)
{
    const std::vector<PlannedStepResult> results = comparePlanToLog(threeByFourHundred(), {});
    ASSERT_EQ(results.size(), 6u);
    for (const PlannedStepResult& result : results)
        EXPECT_EQ(result.outcome, StepOutcome::Skipped);
}
