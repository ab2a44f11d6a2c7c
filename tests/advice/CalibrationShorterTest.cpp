// "Calibrate the next session": when the reps get shorter at the same pace, and how
// they are rounded (docs/advisor.md).
#include "CalibrationTestSupport.h"

#include <gtest/gtest.h>

using namespace paceline;
using namespace paceline::test;

TEST(ProposeCalibration, FadingLastRepeatGoesShorterAtTheSamePace)
{
    // 230, 231, 234, 236, 240, 242: thirds of 2 reps, first (230 + 231) / 2 = 230.5, last
    // (240 + 242) / 2 = 241; fade (241 - 230.5) / 230.5 = 4.555 %, over 4 %. On target:
    // 230, 231, 234 = 3 of 6, half (not fewer); peak RPE 8: only the fade fires.
    std::vector<TemplateRepeat> history = steadyHistory();
    history.back() = repeatOn(day(11, 12), {230, 231, 234, 236, 240, 242}, 8.0);
    const CalibrationProposal proposal =
        proposeCalibration(intervalSession(), history, std::nullopt);
    ASSERT_EQ(proposal.verdict, CalibrationVerdict::Shorter);
    EXPECT_EQ(proposal.summary, QStringLiteral("Run the work reps a tenth shorter at the same "
                                               "pace: the last repeat (12 Nov) faded by 4.6 %."));
    EXPECT_TRUE(hasReason(proposal, QStringLiteral("On 12 Nov the reps faded by 4.6 % from the "
                                                   "first third to the last (over 4 %).")));
    // 1000 m x 0.9 = 900 m (a whole 100 m); the intensity stays.
    StepTree expected = intervalSession();
    std::get<Step>(expected[1].group().children[0].content).target = metres(900);
    EXPECT_EQ(proposal.proposedSteps, expected);
    const std::vector<CalibrationChange> changes{{StepId{kRepStep},
                                                  QStringLiteral("1,000 m at 3:50–3:55/km"),
                                                  QStringLiteral("900 m, same pace")}};
    EXPECT_EQ(proposal.changes, changes);
}

TEST(ProposeCalibration, ShorterRoundsDistancesAndDurations)
{
    // A fartlek ladder, each rung a work step: x 0.9, then rounded.
    const StepTree ladder{
        node(withId(work(metres(1300), kRepBand), 21)),     // 1170 -> 1200 (100 m from 1 km)
        node(withId(work(metres(600), kRepBand), 22)),      // 540 -> 550 (50 m below 1 km)
        node(withId(work(metres(400), kRepBand), 23)),      // 360 -> 350
        node(withId(work(seconds(180), RpeTarget{8}), 24)), // 162 -> 165 (15 s from 2 min)
        node(withId(work(seconds(90), RpeTarget{8}), 25)),  // 81 -> 80 (5 s below 2 min)
        node(withId(work(metres(200), kRepBand), 26)),      // 180 -> 200: too short to cut
    };
    std::vector<TemplateRepeat> history = steadyHistory();
    history.back() = repeatOn(day(11, 12), {230, 231, 234, 236, 240, 242}, 8.0); // fades
    const CalibrationProposal proposal =
        proposeCalibration(ladder, runAgainst(history, ladder), std::nullopt);
    ASSERT_EQ(proposal.verdict, CalibrationVerdict::Shorter);
    const std::vector<Target> targets{metres(1200), metres(550), metres(350),
                                      seconds(165), seconds(80), metres(200)};
    for (int index = 0; index < int(targets.size()); ++index)
        EXPECT_EQ(stepOf(proposal.proposedSteps, {index}).target, targets[size_t(index)])
            << "step " << index + 1;
    ASSERT_EQ(proposal.changes.size(), 5u);
    EXPECT_EQ(proposal.changes[3].before, QStringLiteral("3 min at RPE 8"));
    EXPECT_EQ(proposal.changes[3].after, QStringLiteral("2:45, same effort"));
    EXPECT_EQ(proposal.changes[4].after, QStringLiteral("80 s, same effort"));
    EXPECT_TRUE(hasReasonStarting(proposal, QStringLiteral("Step 6 is too short to cut")));
}

TEST(ProposeCalibration, AllOutRepGoesShorter)
{
    // A steady last repeat, but its last rep rated 9.5: at the top of the scale.
    std::vector<TemplateRepeat> history = steadyHistory();
    history.back().session.reps[10].rpe = 9.5;
    const CalibrationProposal proposal =
        proposeCalibration(intervalSession(), history, std::nullopt);
    EXPECT_EQ(proposal.verdict, CalibrationVerdict::Shorter);
    EXPECT_EQ(proposal.summary, QStringLiteral("Run the work reps a tenth shorter at the same "
                                               "pace: the last repeat (12 Nov) had a rep at "
                                               "RPE 9.5."));
}

TEST(ProposeCalibration, MostlyOffTargetGoesShorter)
{
    // 236 to 238 s: every rep slower than 3:55/km, 0 of 6 on target. Steady (CV 0.4 %)
    // and unfaded: only the target fires.
    std::vector<TemplateRepeat> history = steadyHistory();
    history.back() = repeatOn(day(11, 12), {236, 238, 237, 236, 238, 237});
    const CalibrationProposal proposal =
        proposeCalibration(intervalSession(), history, std::nullopt);
    EXPECT_EQ(proposal.verdict, CalibrationVerdict::Shorter);
    EXPECT_TRUE(hasReason(proposal, QStringLiteral("On 12 Nov none of 6 reps was on or faster "
                                                   "than target (fewer than half).")));
    EXPECT_TRUE(proposal.summary.endsWith(QStringLiteral("had no rep on or faster than target.")))
        << proposal.summary.toStdString();
}

TEST(ProposeCalibration, SeveralStrainSignalsReadAsOneList)
{
    // 230, 233 on target (2 of 6, under half), fading to 244, 246, the last rated 9.5.
    std::vector<TemplateRepeat> history = steadyHistory();
    history.back() = repeatOn(day(11, 12), {230, 233, 238, 240, 244, 246}, 8.0);
    history.back().session.reps[10].rpe = 9.5;
    const CalibrationProposal proposal =
        proposeCalibration(intervalSession(), history, std::nullopt);
    ASSERT_EQ(proposal.verdict, CalibrationVerdict::Shorter);
    EXPECT_TRUE(proposal.summary.startsWith(QStringLiteral(
        "Run the work reps a tenth shorter at the same pace: the last repeat (12 Nov) faded by ")))
        << proposal.summary.toStdString();
    EXPECT_TRUE(proposal.summary.endsWith(QStringLiteral(
        " %, had a rep at RPE 9.5 and had only 2 of 6 reps on or faster than target.")))
        << proposal.summary.toStdString();
}

TEST(ProposeCalibration, ShorterLeavesRepsTheRoundingWouldCutByFarMoreThanATenth)
{
    const StepTree odd{
        node(withId(work(metres(150), kRepBand), 41)),     // 135 -> 150: too short
        node(withId(work(metres(70), kRepBand), 42)),      // 63 -> 50: a 29 % cut, left
        node(withId(work(seconds(7), RpeTarget{9}), 43)),  // 6.3 -> 5: a 29 % cut, left
        node(withId(work(seconds(12), RpeTarget{9}), 44)), // 10.8 -> 10 (17 %)
        node(withId(work(metres(1200), kRepBand), 45)),    // 1080 -> 1100
        node(withId(work(seconds(45), RpeTarget{8}), 46)), // 40.5 -> 40
        node(withId(work(minutes(5), RpeTarget{8}), 47)),  // 270 -> 270 (4:30)
    };
    std::vector<TemplateRepeat> history = steadyHistory();
    history.back() = repeatOn(day(11, 12), {230, 231, 234, 236, 240, 242}, 8.0); // fades
    const CalibrationProposal proposal =
        proposeCalibration(odd, runAgainst(history, odd), std::nullopt);
    ASSERT_EQ(proposal.verdict, CalibrationVerdict::Shorter);
    const std::vector<Target> targets{metres(150),  metres(70),  seconds(7),  seconds(10),
                                      metres(1100), seconds(40), seconds(270)};
    for (int index = 0; index < int(targets.size()); ++index)
        EXPECT_EQ(stepOf(proposal.proposedSteps, {index}).target, targets[size_t(index)])
            << "step " << index + 1;
    EXPECT_TRUE(hasReasonStarting(proposal, QStringLiteral("Steps 1, 2, 3 are too short to cut")));
}
