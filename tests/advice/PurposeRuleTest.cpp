// purpose.mismatch: the work does not match the session's purpose. No fix is offered:
// only the coach knows whether the purpose or the steps are wrong. Thresholds are
// conventions built on Daniels' zones (docs/advisor.md): turnover reps within the 2 min
// R limit, neuromuscular reps up to 30 s, aerobic endurance with at most a fifth of
// the time at I, R or surge pace and half at T or faster.

#include "AdvisorTestSupport.h"

using namespace paceline;
using namespace paceline::test;

TEST(PurposeRule, TurnoverMadeOfLongReps)
{
    const StepTree steps = repSession(4, metres(800), PaceZone::Repetition, jog(metres(800)));
    const Finding finding = onlyFinding(steps, runner(50, Purpose::Turnover), "purpose.mismatch");
    EXPECT_EQ(finding.severity, Severity::Warning);
    EXPECT_TRUE(finding.message.contains(QStringLiteral("planned for turnover")));
    EXPECT_TRUE(finding.message.contains(QStringLiteral("the longest rep here lasts 2:56")))
        << finding.message.toStdString();
    EXPECT_EQ(finding.steps, (std::vector<StepPath>{{1, 0}}));
    EXPECT_FALSE(finding.fix);
}

TEST(PurposeRule, ThresholdWithoutT)
{
    const StepTree steps = repSession(6, metres(1000), PaceZone::Interval, jog(minutes(3)));
    const Finding finding = onlyFinding(steps, runner(50, Purpose::Threshold), "purpose.mismatch");
    EXPECT_TRUE(finding.message.contains(QStringLiteral("no T running")));
    EXPECT_TRUE(finding.message.contains(QStringLiteral("T pace (4:15/km)")));
}

TEST(PurposeRule, RecoveryWithHardWork)
{
    const Finding finding =
        onlyFinding(fiveKSharpening(), runner(50, Purpose::Recovery), "purpose.mismatch");
    EXPECT_TRUE(finding.message.contains(QStringLiteral("easy all the way")));
    EXPECT_EQ(finding.steps, (std::vector<StepPath>{{3, 0}}));
}

TEST(PurposeRule, AerobicEnduranceThatIsMostlyIntervals)
{
    const StepTree steps = repSession(8, metres(1000), PaceZone::Interval, jog(minutes(2)));
    const Finding finding =
        onlyFinding(steps, runner(50, Purpose::AerobicEndurance), "purpose.mismatch");
    EXPECT_TRUE(finding.message.contains(QStringLiteral("mostly easy running")));
}

TEST(PurposeRule, NeuromuscularWithoutSprints)
{
    const Finding finding =
        onlyFinding({node(easy(minutes(40)))}, runner(50, Purpose::NeuromuscularEfficiency),
                    "purpose.mismatch");
    EXPECT_TRUE(finding.message.contains(QStringLiteral("has none")));
    EXPECT_TRUE(finding.steps.empty());
}

TEST(PurposeRule, MatchingPurposesPass)
{
    EXPECT_TRUE(firesNot(thresholdCruise(), runner(50, Purpose::Threshold), "purpose.mismatch"));
    EXPECT_TRUE(firesNot(hillStrides(), runner(50, Purpose::Turnover), "purpose.mismatch"));
    EXPECT_TRUE(
        firesNot(hillStrides(), runner(50, Purpose::NeuromuscularEfficiency), "purpose.mismatch"));
    EXPECT_TRUE(
        firesNot({node(easy(minutes(30)))}, runner(50, Purpose::Recovery), "purpose.mismatch"));
    EXPECT_TRUE(
        firesNot(longRunFastFinish(), runner(50, Purpose::AerobicEndurance), "purpose.mismatch"));
    EXPECT_TRUE(
        firesNot(progressiveLadder(), runner(50, Purpose::FatigueTolerance), "purpose.mismatch"));
    EXPECT_TRUE(
        firesNot(threeZoneRotation(), runner(50, Purpose::RaceSpecific), "purpose.mismatch"));
    // No purpose, nothing to check.
    EXPECT_TRUE(firesNot(fiveKSharpening(), runner(50), "purpose.mismatch"));
}
