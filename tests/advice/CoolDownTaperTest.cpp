// cooldown.missing (under 5 min of easy running after the last hard effort, a
// convention; the fix adds Daniels' usual 10 min) and taper.missing (no relaxed
// jogging of 4 min or more, nor easy strides, before the cool-down: a convention).

#include "AdvisorTestSupport.h"

using namespace paceline;
using namespace paceline::test;

namespace {

StepTree noCoolDown()
{
    return {node(warmUp(minutes(15))),
            repeat(6, {node(work(metres(1000), PaceZone::Interval))}, jog(minutes(3)))};
}

StepTree noTaper()
{
    return {node(warmUp(minutes(15))),
            repeat(6, {node(work(metres(1000), PaceZone::Interval))}, jog(minutes(3))),
            node(coolDown(minutes(10)))};
}

} // namespace

TEST(CoolDownRule, StoppingAfterTheLastRepIsFlagged)
{
    const Finding finding = onlyFinding(noCoolDown(), runner(50), "cooldown.missing");
    EXPECT_EQ(finding.severity, Severity::Warning);
    EXPECT_EQ(finding.steps, (std::vector<StepPath>{{1, 0}}));
    EXPECT_TRUE(finding.message.contains(QStringLiteral("the session simply stops")));
    EXPECT_TRUE(finding.message.contains(QStringLiteral("10 min at E pace")));
    const StepTree fixed = expectFixResolves(noCoolDown(), runner(50), "cooldown.missing");
    EXPECT_EQ(fixed.back().step().kind, StepKind::CoolDown);
    EXPECT_EQ(fixed.back().step().target, Target{Duration::fromMinutes(10)});
}

TEST(CoolDownRule, AThreeMinuteCoolDownIsLengthened)
{
    StepTree steps = noCoolDown();
    steps.push_back(node(coolDown(minutes(3))));
    const Finding finding = onlyFinding(steps, runner(50), "cooldown.missing");
    EXPECT_TRUE(finding.message.contains(QStringLiteral("only 3 min of easy running")));
    ASSERT_TRUE(finding.fix);
    EXPECT_EQ(finding.fix->label, QStringLiteral("Lengthen the cool-down to 10 min"));
    expectFixResolves(steps, runner(50), "cooldown.missing");
}

TEST(CoolDownRule, WellCooledSessionsPass)
{
    EXPECT_TRUE(firesNot(noTaper(), runner(50), "cooldown.missing"));
    EXPECT_TRUE(firesNot(fiveKSharpening(), runner(50), "cooldown.missing"));
    EXPECT_TRUE(firesNot(thresholdCruise(), runner(50), "cooldown.missing"));
}

TEST(TaperRule, StraightFromTheLastRepIntoTheCoolDownIsInfo)
{
    const Finding finding = onlyFinding(noTaper(), runner(50), "taper.missing");
    EXPECT_EQ(finding.severity, Severity::Info);
    EXPECT_EQ(finding.steps, (std::vector<StepPath>{{1, 0}}));
    EXPECT_TRUE(finding.message.contains(QStringLiteral("5 min jog")));
    const StepTree fixed = expectFixResolves(noTaper(), runner(50), "taper.missing");
    ASSERT_EQ(fixed.size(), 4u);
    EXPECT_EQ(fixed[2].step().recoveryMode, RecoveryMode::Jog);
    EXPECT_EQ(fixed[3].step().kind, StepKind::CoolDown);
}

TEST(TaperRule, EasyStridesOrAJogCount)
{
    EXPECT_TRUE(firesNot(fiveKSharpening(), runner(50), "taper.missing")); // 2 x 200 m @E
    EXPECT_TRUE(firesNot(thresholdCruise(), runner(50), "taper.missing")); // jog 5min
    EXPECT_TRUE(firesNot(threeZoneRotation(), runner(50), "taper.missing"));
    EXPECT_TRUE(firesNot(hillStrides(), runner(50), "taper.missing"));
}

TEST(CoolDownRule, AWalkedCoolDownBecomesEasyRunning)
{
    // Walking 10 min is no cool-down by the rule's measure; lengthening it to 10 min
    // would change nothing, so the fix jogs it.
    Step walked = coolDown(minutes(10));
    walked.intensity = {};
    walked.recoveryMode = RecoveryMode::Walk;
    StepTree steps = noCoolDown();
    steps.push_back(node(walked));
    const Finding finding = onlyFinding(steps, runner(50), "cooldown.missing");
    ASSERT_TRUE(finding.fix);
    EXPECT_EQ(finding.fix->label, QStringLiteral("Make the cool-down 10 min of easy running"));
    const StepTree fixed = expectFixResolves(steps, runner(50), "cooldown.missing");
    ASSERT_EQ(fixed.size(), steps.size());
    EXPECT_FALSE(fixed.back().step().recoveryMode);
    EXPECT_EQ(fixed.back().step().intensity, Intensity{PaceZone::Easy});
}

TEST(TaperRule, TheJogGoesBeforeAWalkedCoolDown)
{
    // A cool-down done walking is still the cool-down, not the last rep's recovery: the
    // taper jog goes between the reps and it.
    Step walked = coolDown(minutes(10));
    walked.intensity = {};
    walked.recoveryMode = RecoveryMode::Walk;
    StepTree steps = noCoolDown();
    steps.push_back(node(walked));
    const Finding finding = onlyFinding(steps, runner(50), "taper.missing");
    ASSERT_TRUE(finding.fix);
    ASSERT_EQ(finding.fix->steps.size(), 4u);
    EXPECT_EQ(finding.fix->steps[2].step().recoveryMode, RecoveryMode::Jog);
    EXPECT_EQ(finding.fix->steps[3].step().kind, StepKind::CoolDown);
}
