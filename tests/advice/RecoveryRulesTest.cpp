// recovery.short and recovery.long. Guides from Daniels' Running Formula, 3rd ed.:
// I-pace recoveries "equal to or a little less than" the rep (his tables pair 800 m
// reps with 2 min jogs), flagged below 0.4 x the rep (convention) or above twice it;
// R-pace recoveries 2-3 times the rep, or a jog as far as the rep, flagged below 1.5
// times; T-pace cruise intervals about 1 min per 5 min, flagged below three quarters
// of that or above three times it (and 2 min). Standing or walking more than 3 min
// between I or T reps is too passive (convention).

#include "AdvisorTestSupport.h"

using namespace paceline;
using namespace paceline::test;

TEST(ShortRecoveryRule, SixKilometreRepsWithOneMinuteJogs)
{
    const StepTree steps = repSession(6, metres(1000), PaceZone::Interval, jog(seconds(60)));
    const Finding finding = onlyFinding(steps, runner(50), "recovery.short");
    EXPECT_EQ(finding.severity, Severity::Warning);
    EXPECT_EQ(finding.steps, (std::vector<StepPath>{{1, 0}, {1, kBetweenSets}}));
    // VDOT 50: 1,000 m at I takes 3:55 (table 5.2).
    EXPECT_EQ(finding.message.toStdString(),
              "The 6 × 1,000 m at I pace (step 2.1) have 60 s jog recoveries. At I pace a jog "
              "of about the rep's own time (3:55) lets your breathing settle enough to hold "
              "your form while your heart rate stays high, which is what makes I work "
              "effective. Lengthen them to about 3:30–4:00.");
    ASSERT_TRUE(finding.fix);
    EXPECT_EQ(finding.fix->label, QStringLiteral("Lengthen the recoveries to 4 min"));
    const StepTree fixed = expectFixResolves(steps, runner(50), "recovery.short");
    EXPECT_EQ(fixed[1].group().recoveryBetweenSets->target, Target{Duration::fromMinutes(4)});
}

TEST(ShortRecoveryRule, RecoveriesInsideTheGroupAreJudgedToo)
{
    const StepTree steps{
        node(warmUp(minutes(15))),
        repeat(6, {node(work(metres(1000), PaceZone::Interval)), node(jog(seconds(60)))}),
        node(jog(minutes(5))), node(coolDown(minutes(10)))};
    const Finding finding = onlyFinding(steps, runner(50), "recovery.short");
    EXPECT_EQ(finding.steps, (std::vector<StepPath>{{1, 0}, {1, 1}}));
    expectFixResolves(steps, runner(50), "recovery.short");
}

TEST(ShortRecoveryRule, RepsWithNoRecoveryGetAJog)
{
    const StepTree steps = repSession(5, metres(1000), PaceZone::Interval, std::nullopt);
    const Finding finding = onlyFinding(steps, runner(50), "recovery.short");
    EXPECT_TRUE(finding.message.contains(QStringLiteral("follow each other with no recovery")));
    const StepTree fixed = expectFixResolves(steps, runner(50), "recovery.short");
    ASSERT_EQ(fixed[1].group().children.size(), 2u);
    EXPECT_EQ(fixed[1].group().children[1].step().recoveryMode, RecoveryMode::Jog);
}

TEST(ShortRecoveryRule, RRepsNeedTwiceTheirTime)
{
    // VDOT 50: 400 m at R is about 88 s; 2-3 times that is 3:00-4:30 (rounded up).
    const StepTree steps = repSession(8, metres(400), PaceZone::Repetition, jog(seconds(30)));
    const Finding finding = onlyFinding(steps, runner(50), "recovery.short");
    EXPECT_TRUE(finding.message.contains(QStringLiteral("2 to 3 times its length (3:00–4:30)")))
        << finding.message.toStdString();
    expectFixResolves(steps, runner(50), "recovery.short");
}

TEST(ShortRecoveryRule, AnEqualDistanceJogIsEnoughAfterR)
{
    // Daniels' own 200 m R + 200 m jog: about 1.5 times the rep at the slow end of E.
    for (double vdot : {35.0, 50.0, 65.0})
        EXPECT_TRUE(firesNot(repSession(8, metres(200), PaceZone::Repetition, jog(metres(200))),
                             runner(vdot), "recovery.short"));
}

TEST(ShortRecoveryRule, CruiseIntervalsNeedAboutAMinutePerFive)
{
    // VDOT 50: 1,000 m at T takes 4:15, so about 51 s of rest, rounded to 60 s.
    const StepTree steps = repSession(5, metres(1000), PaceZone::Threshold, jog(seconds(15)));
    const Finding finding = onlyFinding(steps, runner(50), "recovery.short");
    EXPECT_TRUE(finding.message.contains(QStringLiteral("(60 s after a 4:15 rep)")))
        << finding.message.toStdString();
    expectFixResolves(steps, runner(50), "recovery.short");
}

TEST(ShortRecoveryRule, DanielsWorkoutsPass)
{
    // From Daniels' I and T workout tables.
    for (double vdot : {33.0, 40.0, 50.0})
        EXPECT_TRUE(firesNot(repSession(6, metres(800), PaceZone::Interval, jog(minutes(2))),
                             runner(vdot), "recovery.short"));
    EXPECT_TRUE(firesNot(repSession(5, metres(1000), PaceZone::Interval, jog(minutes(3))),
                         runner(50), "recovery.short"));
    EXPECT_TRUE(firesNot(fiveKSharpening(), runner(50), "recovery.short"));
    EXPECT_TRUE(firesNot(thresholdCruise(), runner(50), "recovery.short"));
    EXPECT_TRUE(firesNot(progressiveLadder(), runner(50), "recovery.short"));
}

TEST(LongRecoveryRule, NineMinuteJogsAfterKilometreReps)
{
    const StepTree steps = repSession(6, metres(1000), PaceZone::Interval, jog(minutes(9)));
    const Finding finding = onlyFinding(steps, runner(50), "recovery.long");
    EXPECT_EQ(finding.severity, Severity::Warning);
    EXPECT_TRUE(finding.message.contains(QStringLiteral("have 9 min jog recoveries")));
    EXPECT_TRUE(finding.message.contains(QStringLiteral("own time, 3:30–4:00 for reps of 3:55")))
        << finding.message.toStdString();
    ASSERT_TRUE(finding.fix);
    EXPECT_EQ(finding.fix->label, QStringLiteral("Shorten the recoveries to 4 min"));
    expectFixResolves(steps, runner(50), "recovery.long");
}

TEST(LongRecoveryRule, StandingFourMinutesBetweenIRepsBecomesAJog)
{
    // 1,200 m at I: about 4:42 at VDOT 50, so 4 min is not long, but standing is.
    const StepTree steps = repSession(5, metres(1200), PaceZone::Interval, stand(minutes(4)));
    const Finding finding = onlyFinding(steps, runner(50), "recovery.long");
    EXPECT_TRUE(finding.message.contains(QStringLiteral("4 min standing recoveries")));
    EXPECT_TRUE(finding.message.contains(QStringLiteral("jogging rather than standing")));
    EXPECT_EQ(finding.fix->label, QStringLiteral("Make the recoveries 4:45 jogs"));
    const StepTree fixed = expectFixResolves(steps, runner(50), "recovery.long");
    EXPECT_EQ(fixed[1].group().recoveryBetweenSets->recoveryMode, RecoveryMode::Jog);
}

TEST(LongRecoveryRule, LongRestsTurnCruiseIntervalsIntoSomethingElse)
{
    const StepTree steps = repSession(5, metres(1000), PaceZone::Threshold, jog(minutes(4)));
    const Finding finding = onlyFinding(steps, runner(50), "recovery.long");
    EXPECT_TRUE(finding.message.contains(QStringLiteral("Cut them to about 60 s")));
    expectFixResolves(steps, runner(50), "recovery.long");
}

TEST(LongRecoveryRule, RRepsMayRecoverFully)
{
    EXPECT_TRUE(firesNot(hillStrides(), runner(50), "recovery.long"));
    EXPECT_TRUE(firesNot(repSession(6, metres(200), PaceZone::Repetition, walk(minutes(3))),
                         runner(50), "recovery.long"));
    EXPECT_TRUE(firesNot(fiveKSharpening(), runner(50), "recovery.long"));
    EXPECT_TRUE(firesNot(progressiveLadder(), runner(50), "recovery.long"));
}

TEST(ShortRecoveryRule, ALadderGetsOneFindingPerPace)
{
    using enum PaceZone;
    const StepTree steps{node(warmUp(minutes(15))), node(work(metres(400), Interval)),
                         node(jog(seconds(20))),    node(work(metres(800), Interval)),
                         node(jog(seconds(30))),    node(work(metres(1200), Interval)),
                         node(jog(seconds(30))),    node(work(metres(800), Interval)),
                         node(jog(minutes(5))),     node(coolDown(minutes(10)))};
    const Finding finding = onlyFinding(steps, runner(50), "recovery.short");
    EXPECT_EQ(finding.steps, (std::vector<StepPath>{{1}, {2}, {3}, {4}, {5}, {6}}));
    EXPECT_TRUE(finding.message.startsWith(
        QStringLiteral("The reps at I pace in steps 2, 4, 6 have recoveries of 20–30 s.")))
        << finding.message.toStdString();
    // Each recovery gets its own rep's time: 1:45 after the 400 m (1:34), 3:15 after
    // the 800 m (3:08), 4:45 after the 1,200 m (4:42).
    const StepTree fixed = expectFixResolves(steps, runner(50), "recovery.short");
    EXPECT_EQ(fixed[2].step().target, Target{Duration{105.0}});
    EXPECT_EQ(fixed[4].step().target, Target{Duration{195.0}});
    EXPECT_EQ(fixed[6].step().target, Target{Duration{285.0}});
}

TEST(ShortRecoveryRule, LengthenedStandingRestsBecomeJogs)
{
    // 1,200 m at I takes 4:42 for VDOT 50: a 90 s standing rest is too short, and 4:45
    // of standing would let the heart rate fall right back (over 3 min passive).
    const StepTree steps = repSession(5, metres(1200), PaceZone::Interval, stand(seconds(90)));
    const Finding finding = onlyFinding(steps, runner(50), "recovery.short");
    EXPECT_TRUE(finding.message.contains(QStringLiteral("jogging rather than standing")));
    EXPECT_EQ(finding.fix->label, QStringLiteral("Make the recoveries 4:45 jogs"));
    const StepTree fixed = expectFixResolves(steps, runner(50), "recovery.short");
    EXPECT_EQ(fixed[1].group().recoveryBetweenSets->recoveryMode, RecoveryMode::Jog);
    EXPECT_TRUE(firesNot(fixed, runner(50), "recovery.long"));
}

TEST(LongRecoveryRule, TheFixChangesTheRecoveryNotTheEasyFloatBeforeIt)
{
    // 1,000 m at I, a 200 m float at E, then 8 min of walking: the walk is what is too
    // long. Shortening the float (the gap's first step) could not fix it.
    const StepTree steps{node(warmUp(minutes(15))),
                         repeat(6, {node(work(metres(1000), PaceZone::Interval)),
                                    node(easy(metres(200))), node(walk(minutes(8)))}),
                         node(jog(minutes(5))), node(coolDown(minutes(10)))};
    const StepTree fixed = expectFixResolves(steps, runner(50), "recovery.long");
    const StepTree& set = fixed[1].group().children;
    EXPECT_EQ(set[1].step(), easy(metres(200)));
    EXPECT_LT(std::get<Duration>(set[2].step().target).seconds, 4 * 60.0);
}

TEST(LongRecoveryRule, TheLongestRecoveryOfTheGapIsTheOneCut)
{
    // "6x(1km @I / 2min jog) // 6min walk": 8 min between reps, of which the walk is
    // the excess. The jog stays; the walk comes down to what the guide leaves.
    const StepTree steps{node(warmUp(minutes(15))),
                         repeat(6, {pair(work(metres(1000), PaceZone::Interval), jog(minutes(2)))},
                                walk(minutes(6))),
                         node(jog(minutes(5))), node(coolDown(minutes(10)))};
    const Finding finding = onlyFinding(steps, runner(50), "recovery.long");
    EXPECT_TRUE(finding.message.contains(QStringLiteral("have 8 min jog and walk recoveries")))
        << finding.message.toStdString();
    const StepTree fixed = expectFixResolves(steps, runner(50), "recovery.long");
    const RepeatGroup& group = fixed[1].group();
    EXPECT_EQ(group.children[0].group().children[1].step(), jog(minutes(2)));
    EXPECT_EQ(group.recoveryBetweenSets->target, Target{Duration::fromMinutes(2)});
}
