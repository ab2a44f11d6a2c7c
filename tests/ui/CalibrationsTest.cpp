// "Calibrate the next session" in the document and on the screens: accepting a
// proposal for a template or a planned copy is one undo step that undo takes back
// exactly; no history means no proposal; the builder and the planner show the box and
// apply it. The end-to-end tests (a template run three times with steady reps) skip
// while the store's repeat query or the rule is still a stub.

#include "ui/document/Calibrations.h"

#include "PlanTestSupport.h"
#include "PlannerTestSupport.h"
#include "TemplateTestSupport.h"
#include "core/io/SessionNotation.h"
#include "core/science/Stability.h"
#include "core/store/LogStore.h"
#include "core/store/SessionStore.h"
#include "ui/builder/BuilderView.h"
#include "ui/builder/CalibrationBox.h"
#include "ui/builder/LibraryPanel.h"
#include "ui/document/LogDocument.h"
#include "ui/document/TemplateLibrary.h"
#include "ui/document/TrainingPlan.h"
#include "ui/planner/PlannerCalibration.h"
#include "ui/planner/PlannerInsights.h"
#include "ui/planner/PlannerView.h"
#include "ui/planner/WeekGrid.h"

#include <QCoreApplication>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>

#include <gtest/gtest.h>

using namespace paceline;
using namespace paceline::test;

namespace {

const QString kThousands = QStringLiteral("wu 15min @E; 6x1000m @I / 2min jog; cd 10min @E");

/// The tree with every work step cut to `metres` (ids kept), as a Shorter proposal has it.
StepTree withWorkDistance(StepTree steps, double metres)
{
    for (StepNode& node : steps) {
        if (node.isGroup())
            node.group().children = withWorkDistance(node.group().children, metres);
        else if (node.step().kind == StepKind::Work)
            node.step().target = Distance{metres};
    }
    return steps;
}

CalibrationProposal shorterProposal(const StepTree& base)
{
    CalibrationProposal proposal;
    proposal.verdict = CalibrationVerdict::Shorter;
    proposal.summary = QStringLiteral("Shorter reps at the same pace: the last ones faded.");
    proposal.reasons = {QStringLiteral("Peak RPE 9.5 of 10.")};
    proposal.proposedSteps = withWorkDistance(base, 300.0);
    proposal.changes = {
        {StepId{}, QStringLiteral("400 m at I pace"), QStringLiteral("300 m, same pace")}};
    return proposal;
}

/// The first work step's id in a stored tree (what logged reps link to).
std::optional<StepId> firstWorkStep(const StepTree& steps)
{
    for (const StepNode& node : steps) {
        if (node.isGroup()) {
            if (auto inner = firstWorkStep(node.group().children))
                return inner;
        } else if (node.step().kind == StepKind::Work) {
            return node.step().id;
        }
    }
    return std::nullopt;
}

/// PlannerInsights gathers the model's signals and refreshes from the event loop.
void settle()
{
    QCoreApplication::sendPostedEvents();
}

class Calibrations : public PlanFixture {
protected:
    const StepTree& templateSteps(TemplateId id)
    {
        return document().library().sessionTemplate(id)->steps;
    }
    PlannedSession planned(PlannedSessionId id) { return *document().plan().session(id); }

    /// Plans the template on `day` and logs it as run: six 1000 m at Ana's I pace, each
    /// as fast as the last, at RPE 6.
    void logSteadyRepeat(TemplateId id, QDate day)
    {
        const PlannedSessionId plan = this->plan(id, day);
        const std::optional<StepId> work = firstWorkStep(planned(plan).steps);
        const std::optional<TrainingPaces> paces = athletePaces(*document().athlete(m_ana));
        ASSERT_TRUE(work && paces);
        LoggedSession session = easyRun(m_ana, day, 6.0, 24.0, 6.0);
        session.title = QStringLiteral("6 x 1000 m");
        session.plannedSessionId = plan;
        for (int rep = 0; rep < 6; ++rep) {
            Rep run;
            run.plannedStepId = *work;
            run.distance = Distance{1000.0};
            run.time = Duration{1000.0 / paces->interval.metresPerSecond};
            run.rpe = 6.0;
            session.reps.push_back(run);
        }
        ASSERT_TRUE(document().store().sessions().insert(session).ok());
    }

    /// A template run three times in the three weeks before kTuesday; skips the test
    /// while the store or the rule cannot tell from it.
    TemplateId steadyHistory()
    {
        SessionTemplate thousands;
        thousands.name = QStringLiteral("6 x 1000 m");
        thousands.steps = *parseSessionNotation(kThousands);
        const TemplateId id = document().library().addTemplate(thousands);
        for (int week = 3; week >= 1; --week)
            logSteadyRepeat(id, kTuesday.addDays(-7 * week));
        document().undoStack()->clear();
        return id;
    }

    bool calibrationLanded(TemplateId id)
    {
        auto repeats = document().store().sessions().templateRepeats(m_ana, id, 6, kTuesday);
        return repeats.ok() && repeats->size() == 3 &&
               templateCalibration(document(), m_ana, id, kTuesday).has_value();
    }
};

} // namespace

TEST_F(Calibrations, AcceptOnATemplateIsOneUndoStep)
{
    const StepTree before = templateSteps(m_intervals);
    const CalibrationProposal proposal = shorterProposal(before);

    ASSERT_TRUE(acceptTemplateCalibration(document(), m_intervals, proposal));

    ASSERT_EQ(stack().count(), 1);
    EXPECT_EQ(stack().undoText(), QStringLiteral("Calibrate Intervals"));
    EXPECT_EQ(templateSteps(m_intervals), proposal.proposedSteps);
    EXPECT_EQ(storedTemplate(m_temp, m_intervals)->steps, proposal.proposedSteps);
    stack().undo();
    EXPECT_EQ(templateSteps(m_intervals), before);
    EXPECT_EQ(storedTemplate(m_temp, m_intervals)->steps, before);
    stack().redo();
    EXPECT_EQ(templateSteps(m_intervals), proposal.proposedSteps);
    EXPECT_EQ(storedTemplate(m_temp, m_intervals)->steps, proposal.proposedSteps);
    EXPECT_EQ(stack().count(), 1);
    EXPECT_EQ(stack().undoText(), QStringLiteral("Calibrate Intervals"));
}

TEST_F(Calibrations, AcceptOnAPlannedSessionChangesOnlyThatCopy)
{
    const PlannedSessionId id = plan(m_intervals, kTuesday);
    const PlannedSession before = planned(id);
    const StepTree libraryTemplate = templateSteps(m_intervals);
    stack().clear();
    const CalibrationProposal proposal = shorterProposal(before.steps);

    ASSERT_TRUE(acceptPlannedCalibration(document(), before, proposal));

    ASSERT_EQ(stack().count(), 1);
    EXPECT_EQ(stack().undoText(), QStringLiteral("Calibrate Intervals on Tue 24 Nov"));
    ASSERT_EQ(stored(m_ana, kTuesday).size(), 1u);
    EXPECT_EQ(stored(m_ana, kTuesday).front().steps, proposal.proposedSteps);
    EXPECT_EQ(templateSteps(m_intervals), libraryTemplate);
    stack().undo();
    EXPECT_EQ(stored(m_ana, kTuesday).front(), before);
    stack().redo();
    EXPECT_EQ(stored(m_ana, kTuesday).front().steps, proposal.proposedSteps);
    EXPECT_EQ(planned(id).steps, proposal.proposedSteps);
    EXPECT_EQ(stack().count(), 1);
}

TEST_F(Calibrations, AcceptingStepsTheSessionHasAlreadyPushesNothing)
{
    CalibrationProposal proposal = shorterProposal(templateSteps(m_intervals));
    proposal.proposedSteps = templateSteps(m_intervals);

    EXPECT_FALSE(acceptTemplateCalibration(document(), m_intervals, proposal));
    EXPECT_EQ(stack().count(), 0);
}

TEST_F(Calibrations, NoHistoryGivesNoProposal)
{
    EXPECT_FALSE(templateCalibration(document(), m_ana, m_intervals, kTuesday));
    EXPECT_FALSE(plannedCalibration(document(), planned(plan(m_intervals, kTuesday))));
    // A session typed into the plan, not made from a template, has no repeats.
    PlannedSession typed = plannedSession(m_ana, kTuesday.addDays(1), QStringLiteral("Hills"),
                                          QStringLiteral("wu 15min @E; 8x60s @R / 2min jog"));
    EXPECT_FALSE(plannedCalibration(document(), typed));
}

TEST_F(Calibrations, BuilderAcceptReplacesTheTemplateStepsInOneUndoStep)
{
    BuilderView view(document());
    view.library()->selectTemplate(m_intervals);
    const StepTree before = templateSteps(m_intervals);
    const CalibrationProposal proposal = shorterProposal(before);
    view.calibration()->setProposal(proposal);

    view.calibration()->acceptButton()->click();

    ASSERT_EQ(stack().count(), 1);
    EXPECT_EQ(templateSteps(m_intervals), proposal.proposedSteps);
    stack().undo();
    EXPECT_EQ(templateSteps(m_intervals), before);
}

TEST_F(Calibrations, PlannerAcceptReplacesTheSelectedCopysStepsInOneUndoStep)
{
    const PlannedSessionId id = plan(m_intervals, kTuesday);
    stack().clear();
    PlannerView view(document());
    view.setToday(kTuesday.addDays(-1));
    view.showWeek(kTuesday);
    view.show();
    settle();
    view.grid()->selectSession(id);
    PlannerCalibration* calibration = view.insights()->calibration();
    ASSERT_EQ(calibration->subject(), id);
    const PlannedSession before = planned(id);
    const StepTree libraryTemplate = templateSteps(m_intervals);
    const CalibrationProposal proposal = shorterProposal(before.steps);
    calibration->box()->setProposal(proposal);

    calibration->box()->acceptButton()->click();
    settle();

    ASSERT_EQ(stack().count(), 1);
    EXPECT_EQ(planned(id).steps, proposal.proposedSteps);
    EXPECT_EQ(templateSteps(m_intervals), libraryTemplate);
    stack().undo();
    EXPECT_EQ(planned(id), before);
}

TEST_F(Calibrations, PlannerTakesTheSessionJustPlannedAsItsSubject)
{
    PlannerView view(document());
    view.setToday(kTuesday.addDays(-1));
    view.showWeek(kTuesday);
    view.show();
    settle();

    const PlannedSessionId id = plan(m_intervals, kTuesday);
    settle();

    EXPECT_EQ(view.insights()->calibration()->subject(), id);
    EXPECT_EQ(view.grid()->selectedSessions(), std::vector<PlannedSessionId>{id});
    // Another week brings other sessions: none of them was just planned.
    const PlannedSessionId nextWeek = plan(m_tempo, kTuesday.addDays(7));
    view.showWeek(kTuesday.addDays(7));
    settle();
    EXPECT_NE(view.insights()->calibration()->subject(), nextWeek);
    EXPECT_TRUE(view.grid()->selectedSessions().empty());
}

TEST_F(Calibrations, SteadyRepeatsProposeFasterForTheTemplate)
{
    const TemplateId thousands = steadyHistory();
    if (!calibrationLanded(thousands))
        GTEST_SKIP() << "the repeat query or the calibration rule is still a stub";

    const auto proposal = templateCalibration(document(), m_ana, thousands, kTuesday);
    ASSERT_TRUE(proposal);
    EXPECT_EQ(proposal->verdict, CalibrationVerdict::Faster);
    EXPECT_EQ(proposal->repeats.size(), 3u);
    EXPECT_FALSE(proposal->changes.empty());
    EXPECT_FALSE(proposal->reasons.empty());
}

TEST_F(Calibrations, BuilderShowsTheProposalAndAcceptIsOneUndoStep)
{
    const TemplateId thousands = steadyHistory();
    if (!calibrationLanded(thousands))
        GTEST_SKIP() << "the repeat query or the calibration rule is still a stub";
    BuilderView view(document());
    view.library()->selectTemplate(thousands);
    CalibrationBox* box = view.calibration();
    ASSERT_FALSE(box->isHidden());
    EXPECT_EQ(box->title()->text(), QStringLiteral("A little faster"));
    const StepTree before = templateSteps(thousands);

    const StepTree proposed = box->proposal()->proposedSteps;

    box->acceptButton()->click();

    ASSERT_EQ(stack().count(), 1);
    EXPECT_EQ(stack().undoText(), QStringLiteral("Calibrate 6 x 1000 m"));
    EXPECT_EQ(templateSteps(thousands), proposed); // step ids kept
    // The same history has nothing more to propose: the steps changed after it.
    ASSERT_FALSE(box->isHidden());
    EXPECT_EQ(box->title()->text(), QStringLiteral("Keep the targets"));
    EXPECT_TRUE(box->acceptButton()->isHidden());
    stack().undo();
    EXPECT_EQ(templateSteps(thousands), before);
    EXPECT_EQ(storedTemplate(m_temp, thousands)->steps, before);
    EXPECT_EQ(box->title()->text(), QStringLiteral("A little faster"));
    stack().redo();
    EXPECT_EQ(templateSteps(thousands), proposed);
    EXPECT_EQ(storedTemplate(m_temp, thousands)->steps, proposed);
    EXPECT_EQ(stack().count(), 1);
    EXPECT_EQ(box->title()->text(), QStringLiteral("Keep the targets"));
}

TEST_F(Calibrations, AnAcceptedProposalIsNotOfferedAgainOnTheSameHistory)
{
    const TemplateId thousands = steadyHistory();
    if (!calibrationLanded(thousands))
        GTEST_SKIP() << "the repeat query or the calibration rule is still a stub";
    const auto proposal = templateCalibration(document(), m_ana, thousands, kTuesday);
    ASSERT_TRUE(proposal);

    ASSERT_TRUE(acceptTemplateCalibration(document(), thousands, *proposal));

    // Else every accept would make it 1 % faster again on the same three repeats.
    const auto again = templateCalibration(document(), m_ana, thousands, kTuesday);
    ASSERT_TRUE(again);
    EXPECT_EQ(again->verdict, CalibrationVerdict::Keep);
    EXPECT_TRUE(again->changes.empty());
    const auto copy = plannedCalibration(document(), planned(plan(thousands, kTuesday)));
    ASSERT_TRUE(copy);
    EXPECT_TRUE(copy->changes.empty());

    // Nor after another edit on top of the accepted steps (a longer cool-down).
    StepTree longerCoolDown = templateSteps(thousands);
    longerCoolDown.back().step().target = Duration{12 * 60.0};
    ASSERT_TRUE(document().library().editTemplateSteps(thousands, longerCoolDown,
                                                       QStringLiteral("Longer cool-down")));
    const auto afterEdit = templateCalibration(document(), m_ana, thousands, kTuesday);
    ASSERT_TRUE(afterEdit);
    EXPECT_EQ(afterEdit->verdict, CalibrationVerdict::Keep);
    EXPECT_TRUE(afterEdit->changes.empty());
}

TEST_F(Calibrations, BuilderFollowsAnEditOfTheLastRepeatsPlannedCopy)
{
    const TemplateId thousands = steadyHistory();
    if (!calibrationLanded(thousands))
        GTEST_SKIP() << "the repeat query or the calibration rule is still a stub";
    BuilderView view(document());
    view.library()->selectTemplate(thousands);
    ASSERT_EQ(view.calibration()->title()->text(), QStringLiteral("A little faster"));

    // The last repeat's planned copy is what its reps were judged against.
    const QDate lastRun = kTuesday.addDays(-7);
    const PlannedSession copy =
        document().plan().days(m_ana, lastRun, lastRun).front().sessions.front();
    StepTree other = copy.steps;
    other.back().step().target = Duration{12 * 60.0};
    ASSERT_TRUE(document().plan().editSessionSteps(copy.id, other, QStringLiteral("Edit")));

    EXPECT_EQ(view.calibration()->title()->text(), QStringLiteral("Keep the targets"));
}

TEST_F(Calibrations, BuilderFollowsTheCurrentAthlete)
{
    const TemplateId thousands = steadyHistory();
    if (!calibrationLanded(thousands))
        GTEST_SKIP() << "the repeat query or the calibration rule is still a stub";
    document().setCurrentAthlete(m_ana);
    BuilderView view(document());
    view.library()->selectTemplate(thousands);
    ASSERT_FALSE(view.calibration()->isHidden());

    document().setCurrentAthlete(m_ben); // no repeats of it
    EXPECT_TRUE(view.calibration()->isHidden());
    EXPECT_FALSE(plannedCalibration(document(), planned(plan(thousands, kTuesday, m_ben))));
    document().setCurrentAthlete(m_ana);
    EXPECT_FALSE(view.calibration()->isHidden());
}

TEST_F(Calibrations, AReadOnlyLogRefusesAnAcceptWithoutAFailedWrite)
{
    const PlannedSessionId id = plan(m_intervals, kTuesday);
    std::unique_ptr<LogDocument> readOnly = m_temp.openDocument(/*readOnly=*/true);
    ASSERT_TRUE(readOnly->isReadOnly());
    QSignalSpy errors(readOnly.get(), &LogDocument::storeError);
    const StepTree before = readOnly->library().sessionTemplate(m_intervals)->steps;
    const PlannedSession copy = *readOnly->plan().session(id);

    EXPECT_FALSE(acceptTemplateCalibration(*readOnly, m_intervals, shorterProposal(before)));
    EXPECT_FALSE(acceptPlannedCalibration(*readOnly, copy, shorterProposal(copy.steps)));

    EXPECT_EQ(errors.count(), 0);
    EXPECT_EQ(readOnly->undoStack()->count(), 0);
    EXPECT_EQ(storedTemplate(m_temp, m_intervals)->steps, before);
}

TEST_F(Calibrations, PlannerShowsTheProposalForTheNextSessionOnly)
{
    const TemplateId thousands = steadyHistory();
    if (!calibrationLanded(thousands))
        GTEST_SKIP() << "the repeat query or the calibration rule is still a stub";
    PlannerView view(document());
    view.setToday(kTuesday);
    view.showWeek(kTuesday);
    view.show();
    settle();
    CalibrationBox* box = view.insights()->calibration()->box();

    const PlannedSessionId next = plan(thousands, kTuesday);
    settle();
    ASSERT_FALSE(box->isHidden());
    EXPECT_EQ(box->title()->text(), QStringLiteral("A little faster · 6 x 1000 m, Tue 24 Nov"));
    const PlannedSession before = planned(next);
    box->acceptButton()->click();
    settle();
    ASSERT_EQ(stack().count(), 2); // planned, then calibrated
    EXPECT_EQ(stack().undoText(), QStringLiteral("Calibrate 6 x 1000 m on Tue 24 Nov"));
    EXPECT_NE(planned(next).steps, before.steps);
    EXPECT_EQ(box->title()->text(), QStringLiteral("Keep the targets · 6 x 1000 m, Tue 24 Nov"));
    EXPECT_TRUE(box->acceptButton()->isHidden());
    stack().undo();
    settle();
    EXPECT_EQ(planned(next), before);
    EXPECT_EQ(box->title()->text(), QStringLiteral("A little faster · 6 x 1000 m, Tue 24 Nov"));

    // The last repeat (a week ago, logged) has no next time.
    view.showWeek(kTuesday.addDays(-7));
    settle();
    view.grid()->selectSession(document()
                                   .plan()
                                   .days(m_ana, kTuesday.addDays(-7), kTuesday.addDays(-7))
                                   .front()
                                   .sessions.front()
                                   .id);
    EXPECT_TRUE(box->isHidden());
}
