// Session hardness, planned load and the load ratios (docs/planner.md, "Hard,
// moderate, easy" and "Load").
//
// Sources: J. Daniels, Daniels' Running Formula, 3rd ed., 2014 (quality sessions);
// C. Foster, "Monitoring training in athletes with reference to overtraining
// syndrome", Med Sci Sports Exerc 30:1164-1168, 1998 (monotony, strain);
// B. Hulin, T. Gabbett et al., "Spikes in acute workload are associated with
// increased injury risk in elite cricket fast bowlers", Br J Sports Med 48:708, 2014
// and Hulin et al. 2016, Br J Sports Med 50:231 (acute:chronic workload ratio).

#include "core/science/TrainingLoad.h"

#include "core/io/ExampleSessions.h"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>

namespace paceline {
namespace {

Step stepOf(StepKind kind, Target target, Intensity intensity = {})
{
    Step step;
    step.kind = kind;
    step.target = target;
    step.intensity = intensity;
    return step;
}

Target mins(double value)
{
    return Duration::fromMinutes(value);
}

StepNode work(double minutes, Intensity intensity)
{
    return StepNode{stepOf(StepKind::Work, mins(minutes), intensity)};
}

StepNode leg(Sport sport, double minutes, Intensity intensity)
{
    Step step = stepOf(StepKind::Work, mins(minutes), intensity);
    step.sport = sport;
    return StepNode{step};
}

/// "wu 15min @E; <main>; cd 10min @E": 25 min of easy running around the main set.
StepTree framed(std::vector<StepNode> main)
{
    StepTree tree{StepNode{stepOf(StepKind::WarmUp, mins(15), PaceZone::Easy)}};
    for (StepNode& node : main)
        tree.push_back(std::move(node));
    tree.push_back(StepNode{stepOf(StepKind::CoolDown, mins(10), PaceZone::Easy)});
    return tree;
}

EstimateContext sport(Sport value)
{
    EstimateContext context;
    context.sport = value;
    return context;
}

SessionLoad runLoad(const StepTree& tree)
{
    return sessionLoad(tree, sport(Sport::Run));
}

// --- Hardness at the thresholds (informed by Daniels' quality sessions) -------------

TEST(SessionHardness, SixMinutesAtIntervalPaceIsHard)
{
    // 6 min at I / 6 min = 1: one full quality session.
    const SessionLoad at = runLoad(framed({work(6, PaceZone::Interval)}));
    EXPECT_EQ(at.hardness, Hardness::Hard);
    EXPECT_DOUBLE_EQ(at.fastTime.seconds, 360.0);
    // 5.9 min / 6 min = 0.98: quality, but below a full session.
    EXPECT_EQ(runLoad(framed({work(5.9, PaceZone::Interval)})).hardness, Hardness::Moderate);
}

TEST(SessionHardness, RepsAddUpToSixMinutes)
{
    // 6 x 1 min at R with 2 min jogs: 6 x 60 s = 360 s of fast time.
    RepeatGroup group;
    group.count = 6;
    group.children = {work(1, PaceZone::Repetition)};
    Step jog = stepOf(StepKind::Recovery, mins(2));
    jog.recoveryMode = RecoveryMode::Jog;
    group.children.push_back(StepNode{jog});
    const SessionLoad load = runLoad(framed({StepNode{group}}));
    EXPECT_DOUBLE_EQ(load.fastTime.seconds, 360.0);
    EXPECT_EQ(load.hardness, Hardness::Hard);
}

TEST(SessionHardness, FifteenMinutesAtThresholdIsHard)
{
    EXPECT_EQ(runLoad(framed({work(15, PaceZone::Threshold)})).hardness, Hardness::Hard);
    EXPECT_EQ(runLoad(framed({work(14.5, PaceZone::Threshold)})).hardness, Hardness::Moderate);
}

TEST(SessionHardness, MarathonPaceCountsHalf)
{
    // 30 min at M x 0.5 = 15 min of threshold time: hard; 20 min x 0.5 = 10: moderate.
    const SessionLoad thirty = runLoad(framed({work(30, PaceZone::Marathon)}));
    EXPECT_DOUBLE_EQ(thirty.thresholdTime.seconds, 900.0);
    EXPECT_EQ(thirty.hardness, Hardness::Hard);
    EXPECT_EQ(runLoad(framed({work(20, PaceZone::Marathon)})).hardness, Hardness::Moderate);
}

TEST(SessionHardness, MixedQualityAddsUp)
{
    // 3 min I / 6 + 7.5 min T / 15 = 0.5 + 0.5 = 1: hard.
    EXPECT_EQ(
        runLoad(framed({work(3, PaceZone::Interval), work(7.5, PaceZone::Threshold)})).hardness,
        Hardness::Hard);
    // 3 / 6 + 7 / 15 = 0.5 + 0.467 = 0.967: moderate.
    EXPECT_EQ(runLoad(framed({work(3, PaceZone::Interval), work(7, PaceZone::Threshold)})).hardness,
              Hardness::Moderate);
}

TEST(SessionHardness, StridesAloneKeepARunEasy)
{
    // 10 x 1 min strides would be 10 min at R if strides counted.
    RepeatGroup strides;
    strides.count = 10;
    strides.children = {StepNode{stepOf(StepKind::Strides, mins(1))}};
    const SessionLoad load = runLoad(framed({StepNode{strides}}));
    EXPECT_EQ(load.hardness, Hardness::Easy);
    EXPECT_DOUBLE_EQ(load.fastTime.seconds, 0.0);
}

TEST(SessionHardness, LongRunIsLongAndAtLeastModerate)
{
    // 90 min of easy running is a long run; 89 min is not.
    const SessionLoad ninety = runLoad({work(90, PaceZone::Easy)});
    EXPECT_TRUE(ninety.longSession);
    EXPECT_EQ(ninety.hardness, Hardness::Moderate);
    const SessionLoad shorter = runLoad({work(89, PaceZone::Easy)});
    EXPECT_FALSE(shorter.longSession);
    EXPECT_EQ(shorter.hardness, Hardness::Easy);
}

TEST(SessionHardness, BikeByPerceivedExertion)
{
    const EstimateContext bike = sport(Sport::Bike);
    // 20 min at RPE 7 (at or above the T anchor 6.5): 20 >= 15 min, hard.
    EXPECT_EQ(sessionLoad({work(20, RpeTarget{7})}, bike).hardness, Hardness::Hard);
    EXPECT_EQ(sessionLoad({work(14, RpeTarget{7})}, bike).hardness, Hardness::Moderate);
    // 6 min at RPE 8 (the I anchor): hard.
    EXPECT_EQ(sessionLoad({work(6, RpeTarget{8})}, bike).hardness, Hardness::Hard);
    // An hour at RPE 5 is steady, at RPE 4 easy.
    EXPECT_EQ(sessionLoad({work(60, RpeTarget{5})}, bike).hardness, Hardness::Moderate);
    EXPECT_EQ(sessionLoad({work(60, RpeTarget{4})}, bike).hardness, Hardness::Easy);
    // A ride of 3 h is long; 2:59 is not.
    EXPECT_TRUE(sessionLoad({work(180, RpeTarget{4})}, bike).longSession);
    EXPECT_FALSE(sessionLoad({work(179, RpeTarget{4})}, bike).longSession);
}

TEST(SessionHardness, BrickCountsBothLegs)
{
    const EstimateContext brick = sport(Sport::Brick);
    // 120 min / 180 min + 30 min / 90 min = 2/3 + 1/3 = 1: long.
    EXPECT_TRUE(
        sessionLoad({leg(Sport::Bike, 120, RpeTarget{4}), leg(Sport::Run, 30, PaceZone::Easy)},
                    brick)
            .longSession);
    // 10 min at RPE 7 on the bike + 5 min at T running = 15 min of threshold time.
    EXPECT_EQ(
        sessionLoad({leg(Sport::Bike, 10, RpeTarget{7}), leg(Sport::Run, 5, PaceZone::Threshold)},
                    brick)
            .hardness,
        Hardness::Hard);
}

TEST(SessionLoadValue, PlannedLoadIsRpeTimesMinutes)
{
    // 30 min at E x RPE 3 (the estimate's E anchor) = 90.
    const SessionLoad load = runLoad({work(30, PaceZone::Easy)});
    EXPECT_DOUBLE_EQ(load.load, 90.0);
    EXPECT_DOUBLE_EQ(load.duration.seconds, 1800.0);
}

TEST(SessionLoadValue, EmptyAndHugeTreesDoNotBreak)
{
    const SessionLoad empty = runLoad({});
    EXPECT_EQ(empty.hardness, Hardness::Easy);
    EXPECT_DOUBLE_EQ(empty.load, 0.0);
    // 100 x 100 x 100 x 1 min at I cannot be unrolled; its totals still say hard.
    RepeatGroup inner;
    inner.count = 100;
    inner.children = {work(1, PaceZone::Interval)};
    RepeatGroup middle{StepId{}, 100, {StepNode{inner}}, std::nullopt};
    RepeatGroup outer{StepId{}, 100, {StepNode{middle}}, std::nullopt};
    const SessionLoad huge = runLoad({StepNode{outer}});
    EXPECT_EQ(huge.hardness, Hardness::Hard);
    EXPECT_TRUE(huge.longSession);
}

// --- The shipped example sessions ----------------------------------------------------

const SessionTemplate* example(const std::vector<SessionTemplate>& all, const QString& name)
{
    for (const SessionTemplate& session : all) {
        if (session.name == name)
            return &session;
    }
    return nullptr;
}

SessionLoad exampleLoad(const char* name)
{
    const std::vector<SessionTemplate> all = exampleSessions();
    const SessionTemplate* session = example(all, QString::fromUtf8(name));
    if (!session) {
        ADD_FAILURE() << "no example session " << name;
        return {};
    }
    return sessionLoad(session->steps, sport(session->sport));
}

TEST(ExampleSessionHardness, QualitySessionsAreHard)
{
    EXPECT_EQ(exampleLoad("5K sharpening: 8 × 400 m").hardness, Hardness::Hard);
    EXPECT_EQ(exampleLoad("Three-zone rotation").hardness, Hardness::Hard);
    EXPECT_EQ(exampleLoad("Progressive ladder 400-800-1200").hardness, Hardness::Hard);
    EXPECT_EQ(exampleLoad("Threshold cruise intervals 5 × 1 km").hardness, Hardness::Hard);
}

TEST(ExampleSessionHardness, LightQualityIsModerate)
{
    // 8 x 15 s at R = 2 min of fast time: turnover, not a quality session.
    const SessionLoad hills = exampleLoad("Hill strides");
    EXPECT_EQ(hills.hardness, Hardness::Moderate);
    EXPECT_DOUBLE_EQ(hills.fastTime.seconds, 120.0);
    // Bike at RPE 5 (steady) and 20 min at M (10 min threshold-equivalent).
    const SessionLoad brick = exampleLoad("Brick: bike then run");
    EXPECT_EQ(brick.hardness, Hardness::Moderate);
    EXPECT_DOUBLE_EQ(brick.thresholdTime.seconds, 600.0);
}

TEST(ExampleSessionHardness, RecoveryRunIsEasyAndLongRunIsLong)
{
    const SessionLoad recovery = exampleLoad("Recovery run");
    EXPECT_EQ(recovery.hardness, Hardness::Easy);
    EXPECT_FALSE(recovery.longSession);
    // 10 + 70 + 15 + 5 = 100 min >= 90; 15 min at M x 0.5 = 7.5 min: moderate.
    const SessionLoad longRun = exampleLoad("Long run with a fast finish");
    EXPECT_TRUE(longRun.longSession);
    EXPECT_EQ(longRun.hardness, Hardness::Moderate);
}

// --- Load ratios ---------------------------------------------------------------------

TEST(LoadRatios, FosterStyleWeek)
{
    // Foster 1998 (population SD; docs/planner.md, "Load"):
    // loads 300, 0, 500, 400, 0, 600, 200: sum 2000, mean 2000 / 7 = 285.714.
    // sum of squares 90,000 + 250,000 + 160,000 + 360,000 + 40,000 = 900,000;
    // variance 900,000 / 7 - 285.714^2 = 128,571.43 - 81,632.65 = 46,938.78;
    // SD = 216.654; monotony = 285.714 / 216.654 = 1.3188; strain = 2000 x 1.3188 =
    // 2637.5.
    const LoadRatios ratios = loadRatios({300, 0, 500, 400, 0, 600, 200});
    EXPECT_DOUBLE_EQ(ratios.acute, 2000.0);
    EXPECT_DOUBLE_EQ(ratios.chronic, 500.0); // 2000 / 4: only a week of history
    EXPECT_FALSE(ratios.acuteChronicRatio.has_value());
    ASSERT_TRUE(ratios.monotony.has_value());
    EXPECT_NEAR(*ratios.monotony, 1.3188, 1e-4);
    ASSERT_TRUE(ratios.strain.has_value());
    EXPECT_NEAR(*ratios.strain, 2637.5, 0.1);
}

TEST(LoadRatios, AcuteChronicOverFourWeeks)
{
    // Three weeks of 200 a day (1400 a week), then the week above (2000):
    // chronic = (3 x 1400 + 2000) / 4 = 1550; ratio = 2000 / 1550 = 1.2903.
    std::vector<double> loads(21, 200.0);
    for (double load : {300, 0, 500, 400, 0, 600, 200})
        loads.push_back(load);
    const LoadRatios ratios = loadRatios(loads);
    EXPECT_DOUBLE_EQ(ratios.chronic, 1550.0);
    ASSERT_TRUE(ratios.acuteChronicRatio.has_value());
    EXPECT_NEAR(*ratios.acuteChronicRatio, 1.2903, 1e-4);
}

TEST(LoadRatios, OnlyTheLastFourWeeksCount)
{
    // A huge week five weeks ago is outside the window: 28 days of 100 give
    // acute 700, chronic 2800 / 4 = 700, ratio 1.
    std::vector<double> loads(7, 1e6);
    loads.insert(loads.end(), 28, 100.0);
    const LoadRatios ratios = loadRatios(loads);
    EXPECT_DOUBLE_EQ(ratios.chronic, 700.0);
    ASSERT_TRUE(ratios.acuteChronicRatio.has_value());
    EXPECT_DOUBLE_EQ(*ratios.acuteChronicRatio, 1.0);
    // Every day the same: no deviation, so no monotony (Foster's ratio is undefined).
    EXPECT_FALSE(ratios.monotony.has_value());
    EXPECT_FALSE(ratios.strain.has_value());
}

TEST(LoadRatios, BadInputCountsAsRest)
{
    EXPECT_DOUBLE_EQ(loadRatios({}).acute, 0.0);
    const double nan = std::numeric_limits<double>::quiet_NaN();
    const double inf = std::numeric_limits<double>::infinity();
    // NaN, infinity and negatives count as 0: the week above with them in its rest days.
    const LoadRatios ratios = loadRatios({300, nan, 500, 400, -50, 600, 200});
    EXPECT_DOUBLE_EQ(ratios.acute, 2000.0);
    ASSERT_TRUE(ratios.monotony.has_value());
    EXPECT_NEAR(*ratios.monotony, 1.3188, 1e-4);
    EXPECT_DOUBLE_EQ(loadRatios({inf}).acute, 0.0);
    // 28 days without training: no chronic load, so no ratio.
    EXPECT_FALSE(loadRatios(std::vector<double>(28, 0.0)).acuteChronicRatio.has_value());
}

} // namespace
} // namespace paceline
