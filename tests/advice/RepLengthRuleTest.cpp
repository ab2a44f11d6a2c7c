// rep.too-long: I reps over 5 min and R reps over 2 min (Daniels' Running Formula,
// 3rd ed.: I work bouts of 3-5 min, R bouts of up to about 2 min; table 5.2 prints no
// I time over 5:00 nor R time over 2:00), with 10 s allowed for the table's rounding.

#include "AdvisorTestSupport.h"

using namespace paceline;
using namespace paceline::test;

TEST(RepLengthRule, TwoKilometresAtIIsSplitInTwo)
{
    // VDOT 50: I is 3:55/km, so 2,000 m takes about 7:50.
    const StepTree steps = repSession(4, metres(2000), PaceZone::Interval, jog(minutes(4)));
    const Finding finding = onlyFinding(steps, runner(50), "rep.too-long");
    EXPECT_EQ(finding.severity, Severity::Warning);
    EXPECT_EQ(finding.steps, (std::vector<StepPath>{{1, 0}}));
    EXPECT_TRUE(finding.message.contains(QStringLiteral("4 × 2,000 m at I pace")));
    EXPECT_TRUE(finding.message.contains(QStringLiteral("about 7:50")));
    EXPECT_TRUE(finding.message.contains(QStringLiteral("2 × 1,000 m with 4 min jog")));
    EXPECT_TRUE(finding.message.contains(QStringLiteral("T pace (4:15/km)")));
    EXPECT_TRUE(finding.message.contains(QStringLiteral("better to shorten a rep")));
    const StepTree fixed = expectFixResolves(steps, runner(50), "rep.too-long");
    const RepeatGroup& split = fixed[1].group().children[0].group();
    EXPECT_EQ(split.count, 2);
    EXPECT_EQ(split.children[0].step().target, Target{Distance{1000.0}});
    EXPECT_EQ(split.recoveryBetweenSets->target, Target{Duration::fromMinutes(4)});
}

TEST(RepLengthRule, EightHundredAtRIsTooLong)
{
    // VDOT 50: R is 87 s per 400 m, so 800 m takes about 2:56.
    const StepTree steps = repSession(3, metres(800), PaceZone::Repetition, jog(metres(800)));
    const Finding finding = onlyFinding(steps, runner(50), "rep.too-long");
    EXPECT_TRUE(finding.message.contains(QStringLiteral("2 minutes")));
    EXPECT_TRUE(finding.message.contains(QStringLiteral("2 × 400 m with 3 min jog")));
    expectFixResolves(steps, runner(50), "rep.too-long");
}

TEST(RepLengthRule, TimedRepsSplitByTime)
{
    const StepTree steps = repSession(3, minutes(8), PaceZone::Interval, jog(minutes(5)));
    const Finding finding = onlyFinding(steps, runner(50), "rep.too-long");
    ASSERT_TRUE(finding.fix);
    EXPECT_EQ(finding.fix->label, QStringLiteral("Split it into 2 × 4 min with 4 min jogs"));
    expectFixResolves(steps, runner(50), "rep.too-long");
}

TEST(RepLengthRule, RepsWithinTheLimitsPass)
{
    // 1,200 m at I takes 4:42 at VDOT 50; 400 m at R 88 s.
    EXPECT_TRUE(firesNot(repSession(5, metres(1200), PaceZone::Interval, jog(minutes(4))),
                         runner(50), "rep.too-long"));
    EXPECT_TRUE(firesNot(repSession(8, metres(400), PaceZone::Repetition, jog(metres(400))),
                         runner(50), "rep.too-long"));
    // T reps may be long: cruise intervals and tempo runs.
    EXPECT_TRUE(firesNot(repSession(3, metres(3000), PaceZone::Threshold, jog(minutes(3))),
                         runner(50), "rep.too-long"));
    // The same 1,200 m is over 5 min for a VDOT 40 runner (I 4:42/km, 5:38).
    EXPECT_FALSE(firesNot(repSession(5, metres(1200), PaceZone::Interval, jog(minutes(5))),
                          runner(40), "rep.too-long"));
}
