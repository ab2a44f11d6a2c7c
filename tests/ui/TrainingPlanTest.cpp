// The plan part of the document: every edit is one undoable command written through
// the store (a second connection sees it), and undo/redo restore ids, steps and order.

#include "ui/document/TrainingPlan.h"

#include "PlanTestSupport.h"
#include "TemplateTestSupport.h"
#include "core/model/StepPath.h"
#include "ui/document/LogDocument.h"
#include "ui/document/LoggedSessions.h"
#include "ui/document/TemplateLibrary.h"

#include <QSignalSpy>

using namespace paceline;
using namespace paceline::test;

namespace {

using TrainingPlanTest = PlanFixture;

const QDate kWednesday = kTuesday.addDays(1);
const QDate kThursday = kTuesday.addDays(2);

} // namespace

TEST_F(TrainingPlanTest, PlanTemplateCopiesTheTemplateAndUndoRedoKeepTheId)
{
    QSignalSpy changed(&document().plan(), &TrainingPlan::planChanged);
    const PlannedSessionId id = plan(m_intervals, kTuesday);
    ASSERT_EQ(stack().count(), 1);
    EXPECT_EQ(stack().text(0), QStringLiteral("Plan Intervals on Tue 24 Nov"));
    ASSERT_EQ(changed.count(), 1);
    EXPECT_EQ(changed.front().at(1).toDate(), kTuesday);

    const std::vector<PlannedSession> day = stored(m_ana, kTuesday);
    ASSERT_EQ(day.size(), 1u);
    EXPECT_EQ(day.front().id, id);
    EXPECT_EQ(day.front().templateId, m_intervals);
    EXPECT_EQ(day.front().notes, QStringLiteral("Even splits."));
    EXPECT_EQ(day.front().purpose, Purpose::RaceSpecific);
    EXPECT_EQ(shape(day.front().steps), QStringLiteral("wu 3x(rep jog | rest) cd"));

    stack().undo();
    EXPECT_TRUE(stored(m_ana, kTuesday).empty());
    EXPECT_EQ(changed.count(), 2);
    stack().redo();
    EXPECT_EQ(stored(m_ana, kTuesday), day);
}

TEST_F(TrainingPlanTest, DaysListEveryDateWithSessionsInOrder)
{
    plan(m_tempo, kTuesday);
    plan(m_intervals, kTuesday);
    const PlannedSessionId first =
        document().plan().planTemplate(m_ana, m_intervals, kThursday, /*orderInDay=*/0);
    plan(m_tempo, kThursday);
    const std::vector<PlanDay> days = document().plan().days(m_ana, kTuesday, kThursday);
    ASSERT_EQ(days.size(), 3u);
    EXPECT_EQ(days[1].date, kWednesday);
    EXPECT_TRUE(days[1].sessions.empty());
    ASSERT_EQ(days[0].sessions.size(), 2u);
    EXPECT_EQ(days[0].sessions[0].name, QStringLiteral("Tempo"));
    EXPECT_EQ(days[0].sessions[1].orderInDay, 1);
    EXPECT_EQ(days[2].sessions.front().id, first);
    EXPECT_TRUE(document().plan().days(m_ben, kTuesday, kThursday)[0].sessions.empty());
    EXPECT_TRUE(document().plan().days(m_ana, kThursday, kTuesday).empty()); // backwards
}

TEST_F(TrainingPlanTest, MoveRenumbersBothDaysAndUndoRestoresExactly)
{
    const PlannedSessionId intervals = plan(m_intervals, kTuesday);
    plan(m_tempo, kTuesday);
    plan(m_tempo, kThursday);
    const std::vector<PlanDay> before = storedDays(m_ana, kTuesday, kThursday);

    ASSERT_TRUE(document().plan().moveSession(intervals, kThursday, 0));
    EXPECT_EQ(stack().text(stack().count() - 1), QStringLiteral("Move Intervals to Thu 26 Nov"));
    EXPECT_EQ(storedNames(m_ana, kTuesday), QStringLiteral("Tempo"));
    EXPECT_EQ(storedNames(m_ana, kThursday), QStringLiteral("Intervals, Tempo"));
    EXPECT_TRUE(ordersAreDense(m_ana, kTuesday));
    EXPECT_TRUE(ordersAreDense(m_ana, kThursday));
    EXPECT_EQ(stored(m_ana, kThursday).front().id, intervals);
    const std::vector<PlanDay> after = storedDays(m_ana, kTuesday, kThursday);

    stack().undo();
    EXPECT_EQ(storedDays(m_ana, kTuesday, kThursday), before);
    stack().redo();
    EXPECT_EQ(storedDays(m_ana, kTuesday, kThursday), after);
}

TEST_F(TrainingPlanTest, MoveWithinADayReorders)
{
    plan(m_intervals, kTuesday);
    plan(m_tempo, kTuesday);
    const PlannedSessionId last = plan(m_intervals, kTuesday);
    ASSERT_TRUE(document().plan().moveSession(last, kTuesday, 0));
    EXPECT_EQ(storedNames(m_ana, kTuesday), QStringLiteral("Intervals, Intervals, Tempo"));
    EXPECT_EQ(stored(m_ana, kTuesday).front().id, last);
    EXPECT_TRUE(ordersAreDense(m_ana, kTuesday));
    const int commands = stack().count();
    // Where it already is: nothing to undo.
    EXPECT_TRUE(document().plan().moveSession(last, kTuesday, 0));
    EXPECT_EQ(stack().count(), commands);
}

TEST_F(TrainingPlanTest, CopyMakesNewRowsAndUndoRemovesThem)
{
    const PlannedSessionId original = plan(m_intervals, kTuesday);
    const PlannedSessionId copy = document().plan().copySession(original, kWednesday);
    ASSERT_TRUE(copy.isValid());
    EXPECT_NE(copy, original);
    EXPECT_EQ(stack().text(stack().count() - 1), QStringLiteral("Copy Intervals to Wed 25 Nov"));
    const std::vector<PlannedSession> copied = stored(m_ana, kWednesday);
    ASSERT_EQ(copied.size(), 1u);
    EXPECT_EQ(shape(copied.front().steps), QStringLiteral("wu 3x(rep jog | rest) cd"));
    EXPECT_EQ(copied.front().templateId, m_intervals);
    EXPECT_NE(copied.front().steps.front().step().id,
              stored(m_ana, kTuesday).front().steps.front().step().id);
    stack().undo();
    EXPECT_TRUE(stored(m_ana, kWednesday).empty());
    EXPECT_EQ(stored(m_ana, kTuesday).size(), 1u);
}

TEST_F(TrainingPlanTest, RemoveIsOneCommandAndUndoRestoresIdsAndSteps)
{
    const PlannedSessionId a = plan(m_intervals, kTuesday);
    const PlannedSessionId b = plan(m_tempo, kThursday);
    plan(m_tempo, kTuesday);
    const std::vector<PlanDay> before = storedDays(m_ana, kTuesday, kThursday);
    const int commands = stack().count();

    ASSERT_TRUE(document().plan().removeSessions({a, b}));
    EXPECT_EQ(stack().count(), commands + 1);
    EXPECT_EQ(stack().text(commands), QStringLiteral("Delete 2 planned sessions"));
    EXPECT_EQ(storedNames(m_ana, kTuesday), QStringLiteral("Tempo"));
    EXPECT_TRUE(ordersAreDense(m_ana, kTuesday));
    EXPECT_TRUE(stored(m_ana, kThursday).empty());

    stack().undo();
    EXPECT_EQ(storedDays(m_ana, kTuesday, kThursday), before);
    EXPECT_FALSE(document().plan().removeSessions({PlannedSessionId{999}}));
}

TEST_F(TrainingPlanTest, RestDayKeepsTheSessionsAndIsUndoable)
{
    plan(m_tempo, kWednesday);
    ASSERT_TRUE(document().plan().setRestDay(m_ana, kWednesday, true));
    EXPECT_EQ(stack().text(stack().count() - 1), QStringLiteral("Mark Wed 25 Nov as rest"));
    std::vector<PlanDay> days = storedDays(m_ana, kWednesday, kWednesday);
    EXPECT_TRUE(days.front().rest);
    EXPECT_EQ(days.front().sessions.size(), 1u);
    EXPECT_TRUE(document().plan().days(m_ana, kWednesday, kWednesday).front().rest);

    stack().undo();
    EXPECT_FALSE(storedDays(m_ana, kWednesday, kWednesday).front().rest);
    stack().redo();
    ASSERT_TRUE(document().plan().setRestDay(m_ana, kWednesday, false));
    EXPECT_FALSE(storedDays(m_ana, kWednesday, kWednesday).front().rest);
    EXPECT_EQ(stored(m_ana, kWednesday).size(), 1u);
}

TEST_F(TrainingPlanTest, StepEditsWithAMergeKeyAreOneUndoStep)
{
    const PlannedSessionId id = plan(m_intervals, kTuesday);
    StepTree steps = document().plan().session(id)->steps;
    const int commands = stack().count();
    steps.pop_back();
    ASSERT_TRUE(document().plan().editSessionSteps(id, steps, QStringLiteral("Delete cd"), 7));
    steps.pop_back();
    ASSERT_TRUE(document().plan().editSessionSteps(id, steps, QStringLiteral("Delete 3x"), 7));
    EXPECT_EQ(stack().count(), commands + 1);
    EXPECT_EQ(shape(stored(m_ana, kTuesday).front().steps), QStringLiteral("wu"));
    stack().undo();
    EXPECT_EQ(shape(stored(m_ana, kTuesday).front().steps),
              QStringLiteral("wu 3x(rep jog | rest) cd"));
    EXPECT_EQ(stored(m_ana, kTuesday).front().id, id);

    // The same key on another session is another undo step.
    const PlannedSessionId other = plan(m_tempo, kWednesday);
    const int before = stack().count();
    ASSERT_TRUE(document().plan().editSessionSteps(id, steps, QStringLiteral("Delete 3x"), 7));
    ASSERT_TRUE(document().plan().editSessionSteps(other, steps, QStringLiteral("Replace"), 7));
    EXPECT_EQ(stack().count(), before + 2);
}

TEST_F(TrainingPlanTest, ApplyFixMovesAndReplacesAsOneCommand)
{
    const PlannedSessionId intervals = plan(m_intervals, kWednesday);
    const PlannedSessionId tempo = plan(m_tempo, kThursday);
    const std::vector<PlanDay> before = storedDays(m_ana, kTuesday, kThursday.addDays(1));
    PlannedSession steady = *document().plan().session(tempo);
    steady.name = QStringLiteral("Steady run");
    steady.steps = {leaf("steady", StepKind::Work, Duration::fromMinutes(50), PaceZone::Easy)};
    WeekFix fix{QStringLiteral("Move Wednesday's intervals to Friday"),
                {PlanChange{intervals, kThursday.addDays(1), std::nullopt, std::nullopt},
                 PlanChange{tempo, std::nullopt, std::nullopt, steady}}};
    const int commands = stack().count();

    ASSERT_TRUE(document().plan().applyFix(fix));
    EXPECT_EQ(stack().count(), commands + 1);
    EXPECT_EQ(stack().text(commands), fix.label);
    EXPECT_TRUE(stored(m_ana, kWednesday).empty());
    EXPECT_EQ(storedNames(m_ana, kThursday.addDays(1)), QStringLiteral("Intervals"));
    const std::vector<PlannedSession> thursday = stored(m_ana, kThursday);
    ASSERT_EQ(thursday.size(), 1u);
    EXPECT_EQ(thursday.front().id, tempo);
    EXPECT_EQ(thursday.front().name, QStringLiteral("Steady run"));
    EXPECT_EQ(shape(thursday.front().steps), QStringLiteral("steady"));

    stack().undo();
    const std::vector<PlanDay> undone = storedDays(m_ana, kTuesday, kThursday.addDays(1));
    ASSERT_EQ(undone.size(), before.size());
    for (std::size_t i = 0; i < undone.size(); ++i) {
        ASSERT_EQ(undone[i].sessions.size(), before[i].sessions.size());
        for (std::size_t j = 0; j < undone[i].sessions.size(); ++j) {
            PlannedSession a = undone[i].sessions[j];
            PlannedSession b = before[i].sessions[j];
            // The replaced steps come back as new rows: compare what they say.
            a.steps = withoutIds(a.steps);
            b.steps = withoutIds(b.steps);
            EXPECT_EQ(a, b);
        }
    }
}

TEST_F(TrainingPlanTest, ApplyMicrocycleToTwoAthletesIsOneUndoStep)
{
    plan(m_intervals, kTuesday);
    plan(m_tempo, kThursday);
    ASSERT_TRUE(document().plan().setRestDay(m_ana, kTuesday.addDays(-1), true));
    QSignalSpy cycles(&document().plan(), &TrainingPlan::microcyclesChanged);
    const MicrocycleId saved = document().plan().saveMicrocycle(
        QStringLiteral("Two hard, one light"), m_ana, kTuesday.addDays(-1), 1);
    ASSERT_TRUE(saved.isValid());
    EXPECT_EQ(cycles.count(), 1);
    ASSERT_EQ(document().plan().microcycles().size(), 1u);
    const MicrocycleTemplate microcycle = document().plan().microcycles().front();
    EXPECT_EQ(microcycle.sessions.size(), 2u);
    EXPECT_EQ(microcycle.restDays, std::vector<int>{0});

    const QDate start = kTuesday.addDays(6); // the next Monday
    const auto bensExisting = plan(m_tempo, start.addDays(1), m_ben);
    const int commands = stack().count();
    ASSERT_TRUE(document().plan().applyMicrocycle(saved, {m_ben, m_ana}, start));
    EXPECT_EQ(stack().count(), commands + 1);
    EXPECT_EQ(stack().text(commands), QStringLiteral("Apply 'Two hard, one light' to 2 athletes"));
    for (AthleteId athlete : {m_ana, m_ben}) {
        const std::vector<PlanDay> week = storedDays(athlete, start, start.addDays(6));
        EXPECT_TRUE(week[0].rest);
        EXPECT_EQ(week[3].sessions.front().name, QStringLiteral("Tempo"));
    }
    // Sessions already planned stay, the new ones go after them.
    EXPECT_EQ(stored(m_ben, start.addDays(1)).front().id, bensExisting);
    EXPECT_EQ(storedNames(m_ben, start.addDays(1)), QStringLiteral("Tempo, Intervals"));

    stack().undo();
    EXPECT_FALSE(storedDays(m_ana, start, start).front().rest);
    EXPECT_EQ(storedNames(m_ben, start.addDays(1)), QStringLiteral("Tempo"));
    EXPECT_TRUE(stored(m_ana, start.addDays(3)).empty());
}

TEST_F(TrainingPlanTest, CopyWeeksOntoAnotherAthlete)
{
    plan(m_intervals, kTuesday);
    plan(m_tempo, kTuesday);
    ASSERT_TRUE(document().plan().setRestDay(m_ana, kWednesday, true));
    const QDate monday = kTuesday.addDays(-1);
    const int commands = stack().count();
    ASSERT_TRUE(document().plan().copyWeeks(m_ana, monday, 1, {m_ben}, monday.addDays(7)));
    EXPECT_EQ(stack().count(), commands + 1);
    EXPECT_EQ(storedNames(m_ben, kTuesday.addDays(7)), QStringLiteral("Intervals, Tempo"));
    EXPECT_TRUE(storedDays(m_ben, kWednesday.addDays(7), kWednesday.addDays(7)).front().rest);
    EXPECT_EQ(storedNames(m_ana, kTuesday), QStringLiteral("Intervals, Tempo")); // source kept
    const std::vector<PlannedSession> copies = stored(m_ben, kTuesday.addDays(7));
    stack().undo();
    EXPECT_TRUE(stored(m_ben, kTuesday.addDays(7)).empty());
    stack().redo();
    EXPECT_EQ(stored(m_ben, kTuesday.addDays(7)), copies); // the same ids again
    stack().undo();
    EXPECT_FALSE(document().plan().copyWeeks(m_ana, monday, 0, {m_ben}, monday));
}

TEST_F(TrainingPlanTest, RemovedMicrocycleComesBackWithItsId)
{
    ASSERT_TRUE(plan(m_tempo, kTuesday).isValid());
    const MicrocycleId saved =
        document().plan().saveMicrocycle(QStringLiteral("Base"), m_ana, kTuesday, 1);
    ASSERT_TRUE(saved.isValid());
    ASSERT_TRUE(document().plan().removeMicrocycle(saved));
    EXPECT_TRUE(document().plan().microcycles().empty());
    stack().undo();
    ASSERT_EQ(document().plan().microcycles().size(), 1u);
    EXPECT_EQ(document().plan().microcycles().front().id, saved);

    MicrocycleTemplate example;
    example.name = QStringLiteral("base"); // taken, ignoring case
    MicrocycleTemplate other;
    other.name = QStringLiteral("Taper");
    EXPECT_EQ(document().plan().addExampleMicrocycles({example, other}), 1);
    EXPECT_EQ(document().plan().microcycles().size(), 2u);
}

TEST_F(TrainingPlanTest, StatusesFollowTodayAndLinks)
{
    const PlannedSessionId past = plan(m_tempo, kTuesday);
    const PlannedSessionId future = plan(m_tempo, kThursday);
    const auto statuses = document().plan().statuses(m_ana, kTuesday, kThursday, kWednesday);
    EXPECT_EQ(statuses.at(past), PlanStatus::Missed);
    EXPECT_EQ(statuses.at(future), PlanStatus::Planned);
}

TEST_F(TrainingPlanTest, AdviceInputHasContextDaysAndLoggedLoad)
{
    plan(m_tempo, kTuesday);
    LoggedSession run = easyRun(m_ana, kTuesday.addDays(-3), 10.0, 60.0, 4.0);
    ASSERT_TRUE(document().loggedSessions().logSession(run).isValid());
    const WeekAdviceInput input =
        document().plan().adviceInput(m_ana, kTuesday, kTuesday.addDays(6));
    EXPECT_EQ(input.first, kTuesday);
    ASSERT_EQ(input.days.size(), 21u);
    EXPECT_EQ(input.days.front().date, kTuesday.addDays(-7));
    EXPECT_EQ(input.days[7].sessions.size(), 1u);
    // The log starts three days before: three entries, the first one the run.
    ASSERT_EQ(input.actualDailyLoad.size(), 3u);
    EXPECT_DOUBLE_EQ(input.actualDailyLoad.front(), 240.0);
    EXPECT_TRUE(input.estimate.paces.has_value());
    EXPECT_EQ(input.estimate.maxHeartRate, 188);
}

TEST(TrainingPlanReadOnly, AFailedWriteLeavesNothingToUndo)
{
    TempStore temp;
    AthleteId athlete;
    TemplateId tempo;
    {
        auto document = temp.openDocument();
        document->addAthlete(runnerWithRace(QStringLiteral("Ana")));
        athlete = document->currentAthleteId();
        tempo = document->library().addTemplate(tempoSession());
    }
    auto document = temp.openDocument(/*readOnly=*/true);
    QSignalSpy errors(document.get(), &LogDocument::storeError);
    QSignalSpy changed(&document->plan(), &TrainingPlan::planChanged);
    EXPECT_FALSE(document->plan().planTemplate(athlete, tempo, kTuesday).isValid());
    EXPECT_FALSE(document->plan().setRestDay(athlete, kTuesday, true));
    EXPECT_GE(errors.count(), 2);
    EXPECT_EQ(changed.count(), 0);
    EXPECT_EQ(document->undoStack()->count(), 0);
    EXPECT_TRUE(document->plan().days(athlete, kTuesday, kTuesday).front().sessions.empty());
}

TEST_F(TrainingPlanTest, UndoingTheDeleteOfADoneSessionLinksItsLogBack)
{
    const PlannedSessionId planned = plan(m_intervals, kTuesday);
    const std::optional<PlannedSession> plannedCopy = document().plan().session(planned);
    ASSERT_TRUE(plannedCopy);
    // Logged against the plan, its first rep linked to the plan's first step.
    LoggedSession logged = easyRun(m_ana, kTuesday, 5, 60, 5);
    logged.plannedSessionId = planned;
    StepId firstStep;
    forEachStep(plannedCopy->steps, [&](const StepPath&, const Step& step) {
        if (!firstStep.isValid())
            firstStep = step.id;
    });
    ASSERT_TRUE(firstStep.isValid());
    Rep rep;
    rep.distance = Distance{400.0};
    rep.time = Duration{90.0};
    rep.plannedStepId = firstStep;
    logged.reps = {rep};
    const LoggedSessionId loggedId = document().loggedSessions().logSession(logged);
    ASSERT_TRUE(loggedId.isValid());
    const QDate after = kTuesday.addDays(1);
    ASSERT_EQ(document().plan().statuses(m_ana, kTuesday, kTuesday, after).at(planned),
              PlanStatus::Done);

    ASSERT_TRUE(document().plan().removeSessions({planned}));
    EXPECT_FALSE(document().loggedSessions().session(loggedId)->plannedSessionId);

    stack().undo();
    EXPECT_EQ(document().plan().statuses(m_ana, kTuesday, kTuesday, after).at(planned),
              PlanStatus::Done);
    const std::optional<LoggedSession> relinked = document().loggedSessions().session(loggedId);
    ASSERT_TRUE(relinked);
    EXPECT_EQ(relinked->plannedSessionId, std::optional<PlannedSessionId>(planned));
    EXPECT_EQ(relinked->reps.front().plannedStepId, std::optional<StepId>(firstStep));

    stack().redo(); // and deleting again unlinks again
    EXPECT_FALSE(document().loggedSessions().session(loggedId)->plannedSessionId);
}
