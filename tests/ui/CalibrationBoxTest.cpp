// The calibration panel on its own: what it shows of a proposal, Accept and Dismiss,
// and staying quiet when there is nothing to say.

#include "ui/builder/CalibrationBox.h"

#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QToolButton>

#include <gtest/gtest.h>

using namespace paceline;

namespace {

CalibrationProposal fasterProposal()
{
    CalibrationProposal proposal;
    proposal.verdict = CalibrationVerdict::Faster;
    proposal.summary = QStringLiteral("Run the 1000s 1 % faster: the last three were steady "
                                      "and on target.");
    proposal.reasons = {QStringLiteral("Pace varied by 1.2 % across the reps."),
                        QStringLiteral("Mean RPE 6.5 of 10.")};
    proposal.changes = {{StepId{4}, QStringLiteral("1,000 m at 3:50–3:55/km"),
                         QStringLiteral("3:48–3:53/km, same distance")}};
    return proposal;
}

CalibrationProposal keepProposal()
{
    CalibrationProposal proposal;
    proposal.verdict = CalibrationVerdict::Keep;
    proposal.summary = QStringLiteral("Keep the targets: one repeat faded.");
    proposal.reasons = {QStringLiteral("The last rep was 4 % slower than the first.")};
    return proposal;
}

} // namespace

TEST(CalibrationBox, ShowsTheVerdictSummaryAndChanges)
{
    CalibrationBox box;
    box.setProposal(fasterProposal());

    EXPECT_FALSE(box.isHidden());
    EXPECT_EQ(box.title()->text(), QStringLiteral("A little faster"));
    EXPECT_EQ(box.summary()->text(), fasterProposal().summary);
    EXPECT_EQ(box.changes()->text(),
              QStringLiteral("1,000 m at 3:50–3:55/km → 3:48–3:53/km, same distance"));
    EXPECT_FALSE(box.acceptButton()->isHidden());
    EXPECT_TRUE(box.acceptButton()->isEnabled());
}

TEST(CalibrationBox, ReasonsOpenBehindWhy)
{
    CalibrationBox box;
    box.setProposal(fasterProposal());
    EXPECT_TRUE(box.reasons()->isHidden());
    EXPECT_TRUE(box.reasons()->text().contains(QStringLiteral("Pace varied by 1.2 %")));
    EXPECT_TRUE(box.reasons()->text().contains(QStringLiteral("Mean RPE 6.5 of 10.")));

    box.whyButton()->click();
    EXPECT_FALSE(box.reasons()->isHidden());
    box.whyButton()->click();
    EXPECT_TRUE(box.reasons()->isHidden());
}

TEST(CalibrationBox, NamesTheSessionWhenToldWhatItIsAbout)
{
    CalibrationBox box;
    box.setProposal(fasterProposal(), QStringLiteral("Intervals, Tue 24 Nov"));
    EXPECT_EQ(box.title()->text(), QStringLiteral("A little faster · Intervals, Tue 24 Nov"));
}

TEST(CalibrationBox, AcceptHandsTheProposalOver)
{
    CalibrationBox box;
    box.setProposal(fasterProposal());
    QSignalSpy accepted(&box, &CalibrationBox::acceptRequested);

    box.acceptButton()->click();

    ASSERT_EQ(accepted.count(), 1);
    const auto proposal = accepted.front().front().value<CalibrationProposal>();
    EXPECT_EQ(proposal.summary, fasterProposal().summary);
}

TEST(CalibrationBox, ReadOnlyLogShowsTheProposalButCannotAccept)
{
    CalibrationBox box;
    box.setAcceptAllowed(false);
    box.setProposal(fasterProposal());
    QSignalSpy accepted(&box, &CalibrationBox::acceptRequested);

    EXPECT_FALSE(box.isHidden());
    EXPECT_FALSE(box.acceptButton()->isEnabled());
    box.acceptButton()->click();
    EXPECT_EQ(accepted.count(), 0);
}

TEST(CalibrationBox, KeepSaysWhyWithNothingToAccept)
{
    CalibrationBox box;
    box.setProposal(keepProposal());

    EXPECT_FALSE(box.isHidden());
    EXPECT_EQ(box.title()->text(), QStringLiteral("Keep the targets"));
    EXPECT_EQ(box.summary()->text(), QStringLiteral("One repeat faded.")); // not said twice
    EXPECT_TRUE(box.changes()->isHidden());
    EXPECT_TRUE(box.acceptButton()->isHidden());
    EXPECT_FALSE(box.dismissButton()->isHidden());
}

TEST(CalibrationBox, NotEnoughHistoryKeepsTheBoxQuiet)
{
    CalibrationBox box;
    box.setProposal(fasterProposal());
    CalibrationProposal none;
    none.verdict = CalibrationVerdict::NotEnoughHistory;
    none.summary = QStringLiteral("Not logged against this session yet.");

    box.setProposal(none);

    EXPECT_TRUE(box.isHidden());
    EXPECT_FALSE(box.proposal().has_value());
    box.setProposal(std::nullopt);
    EXPECT_TRUE(box.isHidden());
}

TEST(CalibrationBox, DismissHidesThatProposalUntilItChanges)
{
    CalibrationBox box;
    box.setProposal(fasterProposal());

    box.dismissButton()->click();
    EXPECT_TRUE(box.isHidden());
    // The screen asks again after every edit: the same proposal stays dismissed...
    box.setProposal(fasterProposal());
    EXPECT_TRUE(box.isHidden());
    // ...a different one (another repeat logged, another session) shows.
    box.setProposal(keepProposal());
    EXPECT_FALSE(box.isHidden());
}
