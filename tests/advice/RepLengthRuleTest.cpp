// rep.too-long: I reps over 5 min and R reps over 2 min (Daniels' Running Formula,
// 3rd ed.: I work bouts of 3-5 min, R bouts of up to about 2 min; table 5.2 prints no
// I time over 5:00 nor R time over 2:00), with 10 s allowed for the table's rounding.

#include "AdvisorTestSupport.h"
#include "core/model/StepTreeEdit.h"

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
    EXPECT_TRUE(finding.message.contains(QStringLiteral(
        "split each into 2 × 1,000 m with 4 min jog recoveries, 8 × 1,000 m in all")))
        << finding.message.toStdString();
    EXPECT_TRUE(finding.message.contains(QStringLiteral("T pace (4:15/km)")));
    EXPECT_TRUE(finding.message.contains(QStringLiteral("better to shorten a rep")));
    ASSERT_TRUE(finding.fix);
    EXPECT_EQ(finding.fix->label, QStringLiteral("Run 8 × 1,000 m with 4 min jogs instead"));
    // The group that repeated the rep runs twice as many reps of half the length, each
    // with the recovery a 1,000 m rep needs: not a repeat inside the repeat, whose two
    // recoveries (within and between the halves) would disagree.
    const StepTree fixed = expectFixResolves(steps, runner(50), "rep.too-long");
    const RepeatGroup& split = fixed[1].group();
    EXPECT_EQ(split.count, 8);
    ASSERT_EQ(split.children.size(), 1u);
    EXPECT_EQ(split.children[0].step().target, Target{Distance{1000.0}});
    EXPECT_EQ(split.recoveryBetweenSets->target, Target{Duration::fromMinutes(4)});
}

TEST(RepLengthRule, ARepWithItsRecoveryRunsMoreTimesWithTheRecoveryAfterEach)
{
    // "5x1600m @I / 2min jog" at VDOT 50: 6:16 reps become 10 x 800 m, each followed by
    // the jog an 800 m rep needs.
    const StepTree steps{node(warmUp(minutes(15))),
                         each(5, work(metres(1600), PaceZone::Interval), jog(minutes(2))),
                         node(jog(minutes(5))), node(coolDown(minutes(10)))};
    const StepTree fixed = expectFixResolves(steps, runner(50), "rep.too-long");
    const RepeatGroup& group = fixed[1].group();
    EXPECT_EQ(group.count, 10);
    ASSERT_EQ(group.children.size(), 2u);
    EXPECT_EQ(group.children[0].step().target, Target{Distance{800.0}});
    EXPECT_EQ(group.children[1].step().kind, StepKind::Recovery);
    EXPECT_EQ(group.children[1].step().target, Target{Duration::fromMinutes(3.25)});
    EXPECT_FALSE(group.recoveryBetweenSets);
    EXPECT_TRUE(firesNot(fixed, runner(50), "recovery.short"));
}

TEST(RepLengthRule, ARepAmongOtherStepsBecomesARepeatOfItsOwn)
{
    // A ladder rung: the 2,000 m is split in place, the other rungs stay as they are.
    const StepTree steps{node(warmUp(minutes(15))),
                         pair(work(metres(1000), PaceZone::Threshold), jog(minutes(1))),
                         node(work(metres(2000), PaceZone::Interval)),
                         node(jog(minutes(4))),
                         pair(work(metres(1000), PaceZone::Interval), jog(minutes(4))),
                         node(jog(minutes(5))),
                         node(coolDown(minutes(10)))};
    const Finding finding = onlyFinding(steps, runner(50), "rep.too-long");
    ASSERT_TRUE(finding.fix);
    EXPECT_EQ(finding.fix->label, QStringLiteral("Split it into 2 × 1,000 m with 4 min jogs"));
    const StepTree fixed = expectFixResolves(steps, runner(50), "rep.too-long");
    ASSERT_EQ(fixed.size(), steps.size());
    const RepeatGroup& split = fixed[2].group();
    EXPECT_EQ(split.count, 2);
    EXPECT_EQ(split.children[0].step().target, Target{Distance{1000.0}});
    EXPECT_EQ(split.recoveryBetweenSets->target, Target{Duration::fromMinutes(4)});
}

TEST(RepLengthRule, NoFixBeyondTheLimitsOfATree)
{
    // A 3 h rep at I would take 36 pieces; 4 of them is 144 reps, more than a count may
    // be, so the piece becomes a repeat of its own inside the group instead.
    const StepTree many = repSession(4, minutes(180), PaceZone::Interval, jog(minutes(5)));
    const Finding split = onlyFinding(many, runner(50), "rep.too-long");
    ASSERT_TRUE(split.fix);
    EXPECT_EQ(split.fix->steps[1].group().count, 4);
    EXPECT_EQ(split.fix->steps[1].group().children[0].group().count, 36);
    // 48 h at R would need 1,440 pieces: no count holds that, so no fix is offered.
    const StepTree endless = repSession(1, minutes(48 * 60), PaceZone::Repetition, std::nullopt);
    const Finding tooMany = onlyFinding(endless, runner(50), "rep.too-long");
    EXPECT_FALSE(tooMany.fix);
    EXPECT_TRUE(tooMany.message.contains(QStringLiteral("split it into shorter reps")));
    // A rep among other steps eight repeats deep cannot become a ninth.
    StepTree deep{node(work(metres(2000), PaceZone::Interval)), node(jog(minutes(4))),
                  node(work(metres(1000), PaceZone::Interval))};
    for (int level = 0; level < kMaxRepeatNesting; ++level)
        deep = {repeat(1, std::move(deep))};
    const Finding nested = onlyFinding(deep, runner(50), "rep.too-long");
    EXPECT_FALSE(nested.fix);
}

TEST(RepLengthRule, RecoveriesAfterRepsTooLongAreLeftToTheSplit)
{
    // 2 min after a 7:50 I rep is well under 0.4 x, but "jog 7:50 after each" is no
    // advice: splitting the rep sets the recoveries. Only rep.too-long speaks.
    const StepTree steps = repSession(4, metres(2000), PaceZone::Interval, jog(minutes(2)));
    EXPECT_EQ(onlyFinding(steps, runner(50), "rep.too-long").rule, QStringLiteral("rep.too-long"));
    EXPECT_TRUE(firesNot(steps, runner(50), "recovery.short"));
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
    EXPECT_EQ(finding.fix->label, QStringLiteral("Run 6 × 4 min with 4 min jogs instead"));
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

TEST(RepLengthRule, RepsSetInMilesAreNamedInMiles)
{
    // A mile at I takes about 6:18 at VDOT 50; "1,609 m" is not how anyone says it.
    const StepTree steps =
        repSession(3, metres(kMetresPerMile), PaceZone::Interval, jog(minutes(5)));
    const Finding finding = onlyFinding(steps, runner(50), "rep.too-long");
    EXPECT_TRUE(finding.message.contains(QStringLiteral("the 3 × 1 mi at I pace")))
        << finding.message.toStdString();
    EXPECT_TRUE(finding.message.contains(QStringLiteral("split each into 2 × 800 m")));
}
