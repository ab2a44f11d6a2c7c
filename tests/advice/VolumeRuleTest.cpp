// volume.zone-cap: Daniels' Running Formula, 3rd ed.: T running in one session up to
// 10 % of the weekly distance; I up to the lesser of 10 km and 8 %; R up to the lesser
// of 8 km and 5 %. Without a weekly distance only the absolute 10 km and 8 km apply.

#include "AdvisorTestSupport.h"

using namespace paceline;
using namespace paceline::test;

namespace {

AdviceContext weekly(double km, double vdot = 50)
{
    AdviceContext context = runner(vdot);
    context.weeklyDistance = Distance::fromKilometres(km);
    return context;
}

} // namespace

TEST(ZoneVolumeRule, EightKilometresOfIOnFiftyAWeek)
{
    const StepTree steps = repSession(8, metres(1000), PaceZone::Interval, jog(minutes(3)));
    const Finding finding = onlyFinding(steps, weekly(50), "volume.zone-cap");
    EXPECT_EQ(finding.severity, Severity::Warning);
    EXPECT_EQ(finding.steps, (std::vector<StepPath>{{1, 0}}));
    EXPECT_TRUE(finding.message.contains(QStringLiteral("8.0 km at I pace")));
    EXPECT_TRUE(finding.message.contains(
        QStringLiteral("the lesser of 10.0 km and 8 % of the week; for 50.0 km a week that is "
                       "4.0 km")))
        << finding.message.toStdString();
    // A group of one rep runs fewer reps; a group of several steps runs fewer sets.
    EXPECT_TRUE(finding.message.contains(QStringLiteral("Run 4 reps instead of 8 (4.0 km)")));
    const StepTree fixed = expectFixResolves(steps, weekly(50), "volume.zone-cap");
    EXPECT_EQ(fixed[1].group().count, 4);
}

TEST(ZoneVolumeRule, ThresholdIsTenPercentOfTheWeek)
{
    const Finding finding = onlyFinding(thresholdCruise(), weekly(40), "volume.zone-cap");
    EXPECT_TRUE(finding.message.contains(QStringLiteral("5.0 km at T pace")));
    EXPECT_TRUE(finding.message.contains(QStringLiteral("4.0 km")));
    expectFixResolves(thresholdCruise(), weekly(40), "volume.zone-cap");
    EXPECT_TRUE(firesNot(thresholdCruise(), weekly(50), "volume.zone-cap"));
}

TEST(ZoneVolumeRule, RepetitionIsTheLesserOfEightKmAndFivePercent)
{
    const StepTree steps = repSession(20, metres(400), PaceZone::Repetition, jog(metres(400)));
    const Finding finding = onlyFinding(steps, weekly(100), "volume.zone-cap");
    EXPECT_TRUE(finding.message.contains(QStringLiteral("8.0 km at R pace")));
    EXPECT_TRUE(finding.message.contains(QStringLiteral("5.0 km")));
    const StepTree fixed = expectFixResolves(steps, weekly(100), "volume.zone-cap");
    EXPECT_EQ(fixed[1].group().count, 12);
}

TEST(ZoneVolumeRule, WithoutAWeeklyDistanceOnlyTheAbsoluteCapsApply)
{
    const StepTree twelveK = repSession(12, metres(1000), PaceZone::Interval, jog(minutes(3)));
    const Finding finding = onlyFinding(twelveK, runner(50), "volume.zone-cap");
    EXPECT_TRUE(finding.message.contains(QStringLiteral("10.0 km, whatever the weekly volume")));
    expectFixResolves(twelveK, runner(50), "volume.zone-cap");
    EXPECT_TRUE(firesNot(thresholdCruise(), runner(50), "volume.zone-cap"));
    EXPECT_TRUE(firesNot(repSession(8, metres(1000), PaceZone::Interval, jog(minutes(3))),
                         runner(50), "volume.zone-cap"));
}

TEST(ZoneVolumeRule, StridesAreNotRWork)
{
    const StepTree steps{node(warmUp(minutes(15))),
                         repeat(30, {node(strides(metres(100)))}, walk(seconds(60))),
                         node(coolDown(minutes(10)))};
    EXPECT_TRUE(firesNot(steps, weekly(20), "volume.zone-cap"));
}

TEST(ZoneVolumeRule, ImperialUnitsInTheMessage)
{
    AdviceContext context = weekly(50);
    context.units = UnitSystem::Imperial;
    const StepTree steps = repSession(8, metres(1000), PaceZone::Interval, jog(minutes(3)));
    const Finding finding = onlyFinding(steps, context, "volume.zone-cap");
    EXPECT_TRUE(finding.message.contains(QStringLiteral("5.0 mi at I pace")));
    EXPECT_TRUE(finding.message.contains(QStringLiteral("31.1 mi a week")));
}

TEST(ZoneVolumeRule, AGroupOfSeveralStepsRunsFewerSets)
{
    // 5 x (1,000 m I, 3 min jog, 400 m I, 2 min jog): 7 km at I, against 4 km for 50 km
    // a week. Each time through is a set, not a rep.
    const StepTree steps{
        node(warmUp(minutes(15))),
        repeat(5, {node(work(metres(1000), PaceZone::Interval)), node(jog(minutes(3))),
                   node(work(metres(400), PaceZone::Interval)), node(jog(minutes(2)))}),
        node(jog(minutes(5))), node(coolDown(minutes(10)))};
    const Finding finding = onlyFinding(steps, weekly(50), "volume.zone-cap");
    EXPECT_TRUE(finding.message.contains(QStringLiteral("Run 2 sets instead of 5 (2.8 km)")))
        << finding.message.toStdString();
    const StepTree fixed = expectFixResolves(steps, weekly(50), "volume.zone-cap");
    EXPECT_EQ(fixed[1].group().count, 2);
}

TEST(ZoneVolumeRule, AWeeklyDistanceOfZeroIsNoWeeklyLimit)
{
    // An athlete with nothing logged yet: the session is judged by the absolute limits
    // alone, not against a week of 0 km (which would flag every T rep).
    EXPECT_TRUE(firesNot(thresholdCruise(), weekly(0), "volume.zone-cap"));
    const StepTree twelveK = repSession(12, metres(1000), PaceZone::Interval, jog(minutes(3)));
    const Finding finding = onlyFinding(twelveK, weekly(0), "volume.zone-cap");
    EXPECT_TRUE(finding.message.contains(QStringLiteral("10.0 km, whatever the weekly volume")));
}
