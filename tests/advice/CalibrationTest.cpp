// "Calibrate the next session": the summaries, faster and keep (docs/advisor.md).
#include "CalibrationTestSupport.h"

#include <gtest/gtest.h>

using namespace paceline;
using namespace paceline::test;

TEST(SummarizeRepeat, CountsWorkRepsAgainstTheirBands)
{
    TemplateRepeat repeat = repeatOn(day(11, 12), {});
    repeat.session.reps = {
        workRep(228, 7.0),               // faster than the band: on or faster
        recoveryRep(),                   // not a work rep
        recoveryAfterTheRep(),           // nor is a recovery linked to the rep's step
        workRep(236, 8.0),               // 1 s/km slower than 235: not on target
        workRep(233, std::nullopt),      // inside the band, no RPE
        workRep(240, 9.0, std::nullopt), // not linked to a step: no target
    };
    const RepeatSummary summary = summarizeRepeat(repeat, std::nullopt);
    EXPECT_EQ(summary.day, day(11, 12));
    EXPECT_EQ(summary.session, repeat.session.id);
    EXPECT_EQ(summary.workReps, 4);
    EXPECT_EQ(summary.repsWithTarget, 3);
    EXPECT_EQ(summary.repsOnOrFasterThanTarget, 2); // 228 and 233
    // Paces 228, 236, 233, 240: mean 234.25; deviations -6.25, 1.75, -1.25, 5.75;
    // squares 39.0625 + 3.0625 + 1.5625 + 33.0625 = 76.75; s = sqrt(76.75 / 3) = 5.0580;
    // CV = 5.0580 / 234.25 = 2.1593 %.
    ASSERT_TRUE(summary.paceCvPercent);
    EXPECT_NEAR(*summary.paceCvPercent, 2.1593, 1e-4);
    // Thirds of 1 rep: (240 - 228) / 228 = 5.263 %.
    ASSERT_TRUE(summary.fadePercent);
    EXPECT_NEAR(*summary.fadePercent, 12.0 / 228.0 * 100.0, 1e-9);
    // RPE 7, 8 and 9 (the rep without one is left out): mean 8, peak 9.
    EXPECT_EQ(summary.meanWorkRpe, 8.0);
    EXPECT_EQ(summary.peakWorkRpe, 9.0);
}

TEST(ProposeCalibration, NotEnoughHistoryWithoutWorkReps)
{
    TemplateRepeat onlyRecoveries = repeatOn(day(11, 12), {});
    onlyRecoveries.session.reps = {recoveryRep(), recoveryRep()};
    TemplateRepeat noDistances = steadyRepeat(day(11, 13));
    for (Rep& rep : noDistances.session.reps)
        rep.distance.reset();

    for (const auto& history : {std::vector<TemplateRepeat>{},
                                std::vector<TemplateRepeat>{onlyRecoveries, noDistances}}) {
        const CalibrationProposal proposal =
            proposeCalibration(intervalSession(), history, std::nullopt);
        EXPECT_EQ(proposal.verdict, CalibrationVerdict::NotEnoughHistory);
        EXPECT_EQ(proposal.proposedSteps, intervalSession());
        EXPECT_TRUE(proposal.repeats.empty());
        EXPECT_TRUE(proposal.changes.empty());
        EXPECT_TRUE(proposal.summary.contains(QStringLiteral("log this session")))
            << proposal.summary.toStdString();
    }
}

TEST(ProposeCalibration, SteadyHistoryGoesOnePercentFaster)
{
    const CalibrationProposal proposal =
        proposeCalibration(intervalSession(), steadyHistory(), std::nullopt);
    ASSERT_EQ(proposal.verdict, CalibrationVerdict::Faster);
    EXPECT_EQ(proposal.summary, QStringLiteral("Run the work paces 1 % faster: the last 3 repeats "
                                               "were on target, steady and not too hard."));
    EXPECT_TRUE(hasReason(proposal, QStringLiteral("On 12 Nov: 6 of 6 reps on or faster than "
                                                   "target, pace CV 0.2 %, fade 0.0 %, mean "
                                                   "RPE 7.0.")));
    ASSERT_EQ(proposal.repeats.size(), 3u);
    EXPECT_EQ(proposal.repeats.front().day, day(10, 29)); // oldest first

    // 3:55/km x 1.01 in speed is 235 / 1.01 = 232.67 s/km, rounded to 3:53 (1000 / 233 =
    // 4.291845 m/s); 3:50/km is 230 / 1.01 = 227.72 s/km, rounded to 3:48 (4.385965 m/s).
    const Step& rep = stepOf(proposal.proposedSteps, {1, 0});
    ASSERT_TRUE(std::holds_alternative<PaceRange>(rep.intensity));
    const PaceRange& faster = std::get<PaceRange>(rep.intensity);
    EXPECT_NEAR(faster.slowest.metresPerSecond, 4.291845, 1e-6);
    EXPECT_NEAR(faster.fastest.metresPerSecond, 4.385965, 1e-6);
    EXPECT_EQ(rep.target, metres(1000)); // the amount stays

    // Only the work rep changes: warm-up, jog and cool-down are as they were.
    StepTree unchanged = proposal.proposedSteps;
    std::get<Step>(unchanged[1].group().children[0].content).intensity = kRepBand;
    EXPECT_EQ(unchanged, intervalSession());
    const std::vector<CalibrationChange> expected{{StepId{kRepStep},
                                                   QStringLiteral("1,000 m at 3:50–3:55/km"),
                                                   QStringLiteral("3:48–3:53/km, same distance")}};
    EXPECT_EQ(proposal.changes, expected);
}

TEST(ProposeCalibration, UsesTheLastThreeRepeatsWithWorkReps)
{
    // Two hard repeats long ago would block the faster targets; they are not among the
    // last three with work reps (the empty one on 10 Nov does not count).
    TemplateRepeat empty = repeatOn(day(11, 10), {});
    const std::vector<TemplateRepeat> history{repeatOn(day(10, 1), kSteadyReps, 9.0),
                                              repeatOn(day(10, 8), kSteadyReps, 9.0),
                                              steadyRepeat(day(10, 29)),
                                              steadyRepeat(day(11, 5)),
                                              empty,
                                              steadyRepeat(day(11, 12))};
    const CalibrationProposal proposal =
        proposeCalibration(intervalSession(), history, std::nullopt);
    EXPECT_EQ(proposal.verdict, CalibrationVerdict::Faster);
    ASSERT_EQ(proposal.repeats.size(), 3u);
    EXPECT_EQ(proposal.repeats[0].day, day(10, 29));
    EXPECT_EQ(proposal.repeats[1].day, day(11, 5));
    EXPECT_EQ(proposal.repeats[2].day, day(11, 12));
}

TEST(ProposeCalibration, OneGoodRepeatIsNotAPattern)
{
    const CalibrationProposal proposal =
        proposeCalibration(intervalSession(), {steadyRepeat(day(11, 12))}, std::nullopt);
    EXPECT_EQ(proposal.verdict, CalibrationVerdict::Keep);
    EXPECT_EQ(proposal.proposedSteps, intervalSession());
    EXPECT_TRUE(proposal.changes.empty());
    EXPECT_TRUE(hasReasonStarting(proposal, QStringLiteral("Only 1 repeat with work reps")));
}

TEST(ProposeCalibration, MixedSignalsKeepTheTargets)
{
    // Last repeat 220, 236, 221, 237, 222, 235: on target (<= 235) 220, 221, 222, 235 =
    // 4 of 6 (67 %: not the 80 % for faster, not under half for shorter). Mean 228.5,
    // deviations -8.5, 7.5, -7.5, 8.5, -6.5, 6.5, squares 341.5, s = sqrt(341.5 / 5)
    // = 8.264, CV 3.6 % (over 3 %). Fade (222 + 235) / 2 = 228.5 vs (220 + 236) / 2 =
    // 228: 0.2 %.
    std::vector<TemplateRepeat> history = steadyHistory();
    history.back() = repeatOn(day(11, 12), {220, 236, 221, 237, 222, 235});
    const CalibrationProposal proposal =
        proposeCalibration(intervalSession(), history, std::nullopt);
    EXPECT_EQ(proposal.verdict, CalibrationVerdict::Keep);
    EXPECT_EQ(proposal.proposedSteps, intervalSession());
    EXPECT_TRUE(proposal.changes.empty());
    EXPECT_TRUE(hasReason(proposal, QStringLiteral("On 12 Nov, 4 of 6 reps were on or faster "
                                                   "than target (at least 80 % needed).")));
    EXPECT_TRUE(hasReason(proposal, QStringLiteral("On 12 Nov the pace CV was 3.6 % (3 % at "
                                                   "most).")));
}

TEST(ProposeCalibration, HardButSteadyKeepsTheTargets)
{
    // Steady and on target, but a mean RPE of 8 is over 7.5: not yet.
    const CalibrationProposal proposal =
        proposeCalibration(intervalSession(), steadyHistory(8.0), std::nullopt);
    EXPECT_EQ(proposal.verdict, CalibrationVerdict::Keep);
    EXPECT_TRUE(hasReason(proposal, QStringLiteral("On 29 Oct the mean RPE was 8.0 (7.5 at "
                                                   "most).")));
}

TEST(ProposeCalibration, SlightFadeKeepsTheTargets)
{
    // 229, 229, 230, 232, 235, 235: all on or faster than 3:55/km; mean 231.67, squares
    // of the deviations 39.33, s = sqrt(39.33 / 5) = 2.805, CV 1.2 %; but the thirds are
    // 229 and 235, a fade of 6 / 229 = 2.6 %: over 2 %, under the 4 % that shortens.
    std::vector<TemplateRepeat> history = steadyHistory();
    history.back() = repeatOn(day(11, 12), {229, 229, 230, 232, 235, 235});
    const CalibrationProposal proposal =
        proposeCalibration(intervalSession(), history, std::nullopt);
    EXPECT_EQ(proposal.verdict, CalibrationVerdict::Keep);
    EXPECT_TRUE(hasReason(proposal, QStringLiteral("On 12 Nov the reps faded by 2.6 % (2 % at "
                                                   "most).")));
    EXPECT_EQ(proposal.reasons.size(), 4u); // the three repeats and the fade
}

TEST(ProposeCalibration, OneContinuousRepHasNoPaceCv)
{
    // A single 1000 m per repeat: no CV (it needs 2 reps), so no evidence of steadiness.
    const std::vector<TemplateRepeat> history{repeatOn(day(11, 5), {232}),
                                              repeatOn(day(11, 12), {232})};
    const CalibrationProposal proposal =
        proposeCalibration(intervalSession(), history, std::nullopt);
    EXPECT_EQ(proposal.verdict, CalibrationVerdict::Keep);
    EXPECT_TRUE(hasReason(proposal, QStringLiteral("On 12 Nov the pace CV could not be measured "
                                                   "(1 work rep).")));
}

TEST(ProposeCalibration, TargetsChangedSinceTheLastRepeatAreKept)
{
    // The same reps went well at 3:50-3:55/km, but the template now sets its reps by RPE:
    // the repeats say nothing about how those go.
    const StepTree byEffort{groupWithId(
        each(6, withId(work(metres(1000), RpeTarget{7}), kRepStep), withId(jog(seconds(90)), 3)),
        10)};
    const CalibrationProposal proposal =
        proposeCalibration(byEffort, steadyHistory(), std::nullopt);
    EXPECT_EQ(proposal.verdict, CalibrationVerdict::Keep);
    EXPECT_EQ(proposal.proposedSteps, byEffort);
    EXPECT_TRUE(proposal.changes.empty());
    EXPECT_EQ(proposal.summary, QStringLiteral("Keep the targets: they changed after the last "
                                               "repeat (12 Nov), so the next repeat will show "
                                               "how they go."));
    EXPECT_TRUE(hasReason(proposal, QStringLiteral("The last repeat (12 Nov) was run against "
                                                   "other targets than these.")));
}

TEST(ProposeCalibration, AnAcceptedProposalIsNotAppliedAgainOnTheSameRepeats)
{
    // Faster accepted, then asked again on the same three repeats: not 2 % faster.
    const CalibrationProposal faster =
        proposeCalibration(intervalSession(), steadyHistory(), std::nullopt);
    ASSERT_EQ(faster.verdict, CalibrationVerdict::Faster);
    const CalibrationProposal again =
        proposeCalibration(faster.proposedSteps, steadyHistory(), std::nullopt);
    EXPECT_EQ(again.verdict, CalibrationVerdict::Keep);
    EXPECT_TRUE(again.changes.empty());
    EXPECT_EQ(again.proposedSteps, faster.proposedSteps);

    // Nor after another edit on top (a longer cool-down): what tells is that the steps
    // differ from those the last repeat was run against.
    StepTree edited = faster.proposedSteps;
    edited.back().step().target = minutes(12);
    EXPECT_EQ(proposeCalibration(edited, steadyHistory(), std::nullopt).verdict,
              CalibrationVerdict::Keep);

    // Shorter accepted after a faded repeat: not cut by another tenth.
    std::vector<TemplateRepeat> faded = steadyHistory();
    faded.back() = repeatOn(day(11, 12), {230, 231, 234, 236, 240, 242}, 8.0);
    const CalibrationProposal shorter = proposeCalibration(intervalSession(), faded, std::nullopt);
    ASSERT_EQ(shorter.verdict, CalibrationVerdict::Shorter);
    EXPECT_EQ(proposeCalibration(shorter.proposedSteps, faded, std::nullopt).verdict,
              CalibrationVerdict::Keep);
}

TEST(ProposeCalibration, NestedRepeatGroupsAreWalked)
{
    // 2x(3x(400m / 200m jog)) // 1000m @M float between the sets.
    const StepTree nested{
        groupWithId(repeat(2,
                           {groupWithId(each(3, withId(work(metres(400), kRepBand), 31),
                                             withId(jog(metres(200)), 32)),
                                        30)},
                           withId(easy(metres(1000), PaceZone::Marathon), 33)),
                    20)};
    std::vector<TemplateRepeat> history = steadyHistory();
    history.back() = repeatOn(day(11, 12), {230, 231, 234, 236, 240, 242}, 8.0); // fades
    const CalibrationProposal proposal =
        proposeCalibration(nested, runAgainst(history, nested), std::nullopt);
    ASSERT_EQ(proposal.verdict, CalibrationVerdict::Shorter);
    // 400 x 0.9 = 360 -> 350 m; the float between sets, a work step, 1000 -> 900 m; the
    // jog (a recovery) stays 200 m.
    EXPECT_EQ(stepOf(proposal.proposedSteps, {0, 0, 0}).target, metres(350));
    EXPECT_EQ(stepOf(proposal.proposedSteps, {0, 0, 1}).target, metres(200));
    EXPECT_EQ(stepOf(proposal.proposedSteps, {0, kBetweenSets}).target, metres(900));
    ASSERT_EQ(proposal.changes.size(), 2u);
    EXPECT_EQ(proposal.changes[0].step, StepId{31});
    EXPECT_EQ(proposal.changes[1].step, StepId{33});
    EXPECT_EQ(proposal.changes[1].before, QStringLiteral("1,000 m at M pace"));
    EXPECT_EQ(proposal.changes[1].after, QStringLiteral("900 m, same pace"));
    EXPECT_EQ(idsOf(proposal.proposedSteps), idsOf(nested)); // 20, 30, 31, 32, 33
}

TEST(ProposeCalibration, ZoneTargetBecomesAFasterPaceRange)
{
    // Paces by hand: I at 4.5 m/s, 1000 / 4.5 = 222.2 s/km. Its band is +-2 % of the
    // pace: slowest 4.5 / 1.02 = 4.411765 m/s (226.7 s/km, 3:47), fastest 4.5 / 0.98 =
    // 4.591837 m/s (217.8 s/km, 3:38).
    TrainingPaces paces;
    paces.easy = {Speed{3.0}, Speed{3.4}};
    paces.marathon = Speed{4.0};
    paces.threshold = Speed{4.2};
    paces.interval = Speed{4.5};
    paces.repetition = Speed{4.8};
    const StepTree session{
        node(withId(warmUp(minutes(15)), 1)),
        groupWithId(each(5, withId(work(metres(1000), PaceZone::Interval), kRepStep),
                         withId(jog(minutes(2)), 3)),
                    10),
        node(withId(work(minutes(3), HeartRateRange{160, 170}), 5)),
        node(withId(work(seconds(60), RpeTarget{8}), 6)), node(withId(coolDown(minutes(10)), 4))};
    // 222 and 223 s: inside 217.8-226.7, CV 0.25 %, fade 0 %; no RPE logged.
    std::vector<TemplateRepeat> history;
    for (QDate date : {day(10, 29), day(11, 5), day(11, 12)}) {
        TemplateRepeat repeat = repeatOn(date, {222, 223, 222, 223, 222}, std::nullopt);
        repeat.plannedSteps = session;
        history.push_back(repeat);
    }
    const CalibrationProposal proposal = proposeCalibration(session, history, paces);
    ASSERT_EQ(proposal.verdict, CalibrationVerdict::Faster);

    // Both edges x 1.01 in speed, then to whole seconds per km: 226.7 / 1.01 = 224.4 s/km,
    // 3:44 (1000 / 224 = 4.464286 m/s); 217.8 / 1.01 = 215.6 s/km, 3:36 (4.629630 m/s).
    const Step& rep = stepOf(proposal.proposedSteps, {1, 0});
    ASSERT_TRUE(std::holds_alternative<PaceRange>(rep.intensity));
    EXPECT_NEAR(std::get<PaceRange>(rep.intensity).slowest.metresPerSecond, 4.464286, 1e-6);
    EXPECT_NEAR(std::get<PaceRange>(rep.intensity).fastest.metresPerSecond, 4.629630, 1e-6);
    const std::vector<CalibrationChange> expected{
        {StepId{kRepStep}, QStringLiteral("1,000 m at I pace (3:38–3:47/km)"),
         QStringLiteral("3:36–3:44/km, same distance")}};
    EXPECT_EQ(proposal.changes, expected);

    // Heart-rate and RPE work stays, and the reasons say so; so does the missing RPE.
    EXPECT_EQ(stepOf(proposal.proposedSteps, {2}), stepOf(session, {2}));
    EXPECT_EQ(stepOf(proposal.proposedSteps, {3}), stepOf(session, {3}));
    EXPECT_TRUE(
        hasReasonStarting(proposal, QStringLiteral("Steps 3, 4 are set by heart rate or RPE")));
    EXPECT_TRUE(hasReason(proposal, QStringLiteral("RPE was not logged on 29 Oct, 5 Nov, 12 Nov: "
                                                   "judged on the pace and the targets alone.")));
    EXPECT_EQ(proposal.summary, QStringLiteral("Run the work paces 1 % faster: the last 3 "
                                               "repeats were on target and steady."));
    EXPECT_EQ(idsOf(proposal.proposedSteps), idsOf(session));
}

TEST(ProposeCalibration, FasterRepByTimeKeepsItsTime)
{
    // The steady 1000 m reps, logged against a 4 min rep at the same band: a rep set by
    // time keeps its time, and the change says so rather than repeating "4 min".
    const StepTree session{node(withId(work(minutes(4), kRepBand), kRepStep))};
    const CalibrationProposal proposal =
        proposeCalibration(session, runAgainst(steadyHistory(), session), std::nullopt);
    ASSERT_EQ(proposal.verdict, CalibrationVerdict::Faster);
    const std::vector<CalibrationChange> expected{{StepId{kRepStep},
                                                   QStringLiteral("4 min at 3:50–3:55/km"),
                                                   QStringLiteral("3:48–3:53/km, same time")}};
    EXPECT_EQ(proposal.changes, expected);
}

TEST(ProposeCalibration, ProposalsKeepStepIds)
{
    for (const CalibrationProposal& proposal :
         {proposeCalibration(intervalSession(), steadyHistory(), std::nullopt),
          proposeCalibration(
              intervalSession(),
              {steadyRepeat(day(11, 5)), repeatOn(day(11, 12), {230, 231, 234, 236, 240, 242})},
              std::nullopt)}) {
        EXPECT_NE(proposal.proposedSteps, intervalSession());               // something changed ...
        EXPECT_EQ(idsOf(proposal.proposedSteps), idsOf(intervalSession())); // ... in place
        ASSERT_EQ(proposal.changes.size(), 1u);
        EXPECT_EQ(proposal.changes[0].step, StepId{kRepStep});
    }
}
