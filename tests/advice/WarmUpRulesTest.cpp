// warmup.missing and warmup.short. Threshold: about 10 min of easy running (9 min
// passes) before the first T, I, R or race-pace effort (Daniels' Running Formula, 3rd
// ed.: warm-ups of 10-30 min of E running); drills and strides do not count toward it.

#include "AdvisorTestSupport.h"

using namespace paceline;
using namespace paceline::test;

namespace {

StepTree straightIntoReps()
{
    return {repeat(6, {node(work(metres(1000), PaceZone::Interval))}, jog(minutes(3))),
            node(jog(minutes(5))), node(coolDown(minutes(10)))};
}

} // namespace

TEST(WarmUpRule, NoEasyRunningBeforeTheRepsIsAProblem)
{
    const Finding finding = onlyFinding(straightIntoReps(), runner(50), "warmup.missing");
    EXPECT_EQ(finding.severity, Severity::Problem);
    EXPECT_EQ(finding.steps, (std::vector<StepPath>{{0, 0}}));
    EXPECT_TRUE(finding.message.contains(QStringLiteral("6 × 1,000 m at I pace")));
    EXPECT_TRUE(finding.message.contains(QStringLiteral("15 min at E pace (4:57–5:33/km)")))
        << finding.message.toStdString();
    ASSERT_TRUE(finding.fix);
    EXPECT_EQ(finding.fix->steps.front().step().kind, StepKind::WarmUp);
    EXPECT_EQ(std::get<Duration>(finding.fix->steps.front().step().target).minutes(), 15.0);
    expectFixResolves(straightIntoReps(), runner(50), "warmup.missing");
    EXPECT_TRUE(firesNot(straightIntoReps(), runner(50), "warmup.short"));
}

TEST(WarmUpRule, DrillsAndStridesAreNotAnAerobicWarmUp)
{
    StepTree steps = straightIntoReps();
    steps.insert(steps.begin(), {node(drills(minutes(5))),
                                 repeat(4, {node(strides(metres(100)))}, walk(seconds(60)))});
    const Finding finding = onlyFinding(steps, runner(50), "warmup.missing");
    EXPECT_TRUE(finding.message.contains(QStringLiteral("drills and strides")));
    expectFixResolves(steps, runner(50), "warmup.missing");
}

TEST(WarmUpRule, FiveMinutesIsTooShort)
{
    StepTree steps = straightIntoReps();
    steps.insert(steps.begin(), node(warmUp(minutes(5))));
    const Finding finding = onlyFinding(steps, runner(50), "warmup.short");
    EXPECT_EQ(finding.severity, Severity::Warning);
    EXPECT_EQ(finding.steps, (std::vector<StepPath>{{0}, {1, 0}}));
    EXPECT_TRUE(finding.message.contains(QStringLiteral("Only 5 min of easy running")));
    ASSERT_TRUE(finding.fix);
    EXPECT_EQ(finding.fix->label, QStringLiteral("Lengthen the warm-up to 15 min"));
    const StepTree fixed = expectFixResolves(steps, runner(50), "warmup.short");
    EXPECT_EQ(fixed.size(), steps.size());
}

TEST(WarmUpRule, AThresholdRunNeedsOneToo)
{
    const StepTree steps{node(easy(minutes(8))), node(work(minutes(20), PaceZone::Threshold)),
                         node(coolDown(minutes(10)))};
    const Finding finding = onlyFinding(steps, runner(45), "warmup.short");
    EXPECT_TRUE(finding.message.contains(QStringLiteral("Only 8 min")));
    // Not a warm-up step, so one is added in front to make up the 15 min.
    ASSERT_TRUE(finding.fix);
    EXPECT_EQ(finding.fix->label, QStringLiteral("Add a 10 min warm-up at E pace"));
    expectFixResolves(steps, runner(45), "warmup.short");
}

TEST(WarmUpRule, AboutTenMinutesOfEasyRunningIsEnough)
{
    StepTree nine = straightIntoReps();
    nine.insert(nine.begin(), node(warmUp(minutes(9))));
    EXPECT_TRUE(firesNot(nine, runner(50), "warmup.short"));
    nine.front().step().target = Duration{8.5 * 60};
    EXPECT_FALSE(firesNot(nine, runner(50), "warmup.short"));

    StepTree steps = straightIntoReps();
    steps.insert(steps.begin(), node(warmUp(minutes(10))));
    EXPECT_TRUE(firesNot(steps, runner(50), "warmup.short"));
    EXPECT_TRUE(firesNot(steps, runner(50), "warmup.missing"));
    EXPECT_TRUE(firesNot(fiveKSharpening(), runner(50), "warmup.short"));
}

TEST(WarmUpRule, EasyRunsNeedNoWarmUp)
{
    const StepTree steps{node(easy(minutes(30)))};
    EXPECT_TRUE(firesNot(steps, runner(50), "warmup.missing"));
    EXPECT_TRUE(firesNot(longRunFastFinish(), runner(50), "warmup.short"));
}

TEST(WarmUpRule, AWalkedWarmUpBecomesEasyRunningNotASecondWarmUp)
{
    // "wu 15min walk" is a warm-up, but walking does not warm up for I reps. The fix
    // jogs it instead of putting another 15 min warm-up in front of it.
    Step walked = warmUp(minutes(15));
    walked.intensity = {};
    walked.recoveryMode = RecoveryMode::Walk;
    StepTree steps = straightIntoReps();
    steps.insert(steps.begin(), node(walked));
    const Finding finding = onlyFinding(steps, runner(50), "warmup.missing");
    EXPECT_TRUE(finding.message.startsWith(QStringLiteral("There is no easy running before")))
        << finding.message.toStdString();
    ASSERT_TRUE(finding.fix);
    EXPECT_EQ(finding.fix->label, QStringLiteral("Make the warm-up 15 min of easy running"));
    const StepTree fixed = expectFixResolves(steps, runner(50), "warmup.missing");
    ASSERT_EQ(fixed.size(), steps.size());
    EXPECT_EQ(fixed[0].step().kind, StepKind::WarmUp);
    EXPECT_FALSE(fixed[0].step().recoveryMode);
    EXPECT_EQ(fixed[0].step().intensity, Intensity{PaceZone::Easy});
    EXPECT_EQ(fixed[0].step().target, Target{Duration::fromMinutes(15)});
}
