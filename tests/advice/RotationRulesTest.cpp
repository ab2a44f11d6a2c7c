// rotation.missing-zone and rotation.final-block. A three-zone rotation uses near-race
// pace, surges faster than race pace and easy running (jogs count as easy). Its last
// work block must be a strong, even push: at race pace (not a surge), one continuous
// step of at least 3 min and at least half the longest race-pace block before it
// (conventions, docs/advisor.md).

#include "AdvisorTestSupport.h"

using namespace paceline;
using namespace paceline::test;

namespace {

using enum PaceZone;

StepTree rotation(StepTree main)
{
    StepTree steps{node(warmUp(minutes(20))),
                   repeat(4, {node(strides(metres(100)))}, walk(seconds(60)))};
    for (StepNode& part : main)
        steps.push_back(std::move(part));
    steps.push_back(node(jog(minutes(5))));
    steps.push_back(node(coolDown(minutes(10))));
    return steps;
}

} // namespace

TEST(RotationZonesRule, NoSurges)
{
    const StepTree steps = rotation(
        {repeat(3, {node(work(minutes(6), RotationRace)), node(easy(minutes(2), RotationEasy))}),
         node(work(minutes(5), RotationRace))});
    const Finding finding = onlyFinding(steps, runner(50), "rotation.missing-zone");
    EXPECT_EQ(finding.severity, Severity::Warning);
    EXPECT_TRUE(finding.message.contains(QStringLiteral("no surges faster than race pace")));
    EXPECT_EQ(finding.steps, (std::vector<StepPath>{{2, 0}, {2, 1}, {3}}));
    EXPECT_FALSE(finding.fix);
}

TEST(RotationZonesRule, JogsAreTheEasyZone)
{
    const StepTree steps =
        rotation({repeat(3, {node(work(minutes(6), RotationRace)), node(jog(minutes(2))),
                             node(work(minutes(1), RotationSurge)), node(jog(minutes(2)))}),
                  node(work(minutes(5), RotationRace))});
    EXPECT_TRUE(firesNot(steps, runner(50), "rotation.missing-zone"));
    EXPECT_TRUE(firesNot(threeZoneRotation(), runner(50), "rotation.missing-zone"));
}

TEST(RotationFinishRule, EndingOnASurge)
{
    const StepTree steps = rotation(
        {repeat(3, {node(work(minutes(6), RotationRace)), node(easy(minutes(2), RotationEasy)),
                    node(work(minutes(1), RotationSurge)), node(easy(minutes(2), RotationEasy))})});
    const Finding finding = onlyFinding(steps, runner(50), "rotation.final-block");
    EXPECT_TRUE(finding.message.contains(QStringLiteral("ends with a surge (step 3.3)")));
    EXPECT_TRUE(finding.message.contains(QStringLiteral("About 5 min at race pace")));
    ASSERT_TRUE(finding.fix);
    EXPECT_EQ(finding.fix->label, QStringLiteral("Finish with 5 min at race pace"));
    const StepTree fixed = expectFixResolves(steps, runner(50), "rotation.final-block");
    // The group ends with easy running, so the race block follows it directly.
    EXPECT_EQ(fixed[3], node(work(minutes(5), RotationRace)));
}

TEST(RotationFinishRule, ATooShortFinalBlockIsLengthened)
{
    const StepTree steps = rotation(
        {repeat(3, {node(work(minutes(6), RotationRace)), node(easy(minutes(2), RotationEasy)),
                    node(work(minutes(1), RotationSurge)), node(easy(minutes(2), RotationEasy))}),
         node(work(minutes(2), RotationRace))});
    const Finding finding = onlyFinding(steps, runner(50), "rotation.final-block");
    EXPECT_TRUE(finding.message.contains(QStringLiteral("lasts only 2 min, against 6 min")));
    EXPECT_EQ(finding.fix->label, QStringLiteral("Make the last race-pace block 5 min"));
    expectFixResolves(steps, runner(50), "rotation.final-block");
}

TEST(RotationFinishRule, TheExampleRotationEndsWell)
{
    // 5 min after 6 min blocks: at least half as long and over 3 min.
    EXPECT_TRUE(firesNot(threeZoneRotation(), runner(50), "rotation.final-block"));
    EXPECT_TRUE(firesNot(fiveKSharpening(), runner(50), "rotation.final-block"));
}

TEST(RotationFinalBlock, TheAddedPushIsAStepTheNotationCanRead)
{
    // A race block of 1000 km (a typo, but one the notation reads) would ask for a
    // final push of three days; the fix's step stays within 48 h.
    const StepTree steps{node(warmUp(minutes(20))), node(work(metres(1'000'000), RotationRace)),
                         node(easy(minutes(2), RotationEasy)),
                         node(work(minutes(1), RotationSurge)), node(coolDown(minutes(10)))};
    const Finding finding = onlyFinding(steps, runner(50), "rotation.final-block");
    ASSERT_TRUE(finding.fix);
    ASSERT_EQ(finding.fix->steps.size(), 7u); // an easy float after the surge, then the push
    const Step& push = finding.fix->steps[5].step();
    EXPECT_EQ(push.intensity, Intensity{RotationRace});
    EXPECT_EQ(push.target, Target{Duration{48 * 3600.0}});
}
