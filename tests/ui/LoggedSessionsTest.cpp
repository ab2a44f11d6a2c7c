// The logged sessions of the document: log, edit and delete are undoable commands, the
// stability figures are computed before every write, and drafts survive a restart.

#include "ui/document/LoggedSessions.h"

#include "UiTestSupport.h"
#include "core/io/SessionNotation.h"
#include "core/science/PlanComparison.h"
#include "core/store/LogStore.h"
#include "core/store/PlanStore.h"
#include "core/store/SessionStore.h"
#include "ui/document/LogDocument.h"

#include <QSignalSpy>

#include <gtest/gtest.h>

using namespace paceline;
using namespace paceline::test;

namespace {

/// 8 × 400 m in 90-ish seconds with 90 s recoveries, on 3 Nov 2026.
LoggedSession eightBy400(AthleteId athlete)
{
    LoggedSession session;
    session.athleteId = athlete;
    session.start = QDateTime(QDate(2026, 11, 3), QTime(18, 30), Qt::OffsetFromUTC, 3600);
    session.title = QStringLiteral("8 × 400 m");
    session.sessionRpe = 7;
    const double splits[] = {92.1, 91.4, 90.8, 91.0, 90.2, 90.9, 89.8, 89.5};
    for (int i = 0; i < 8; ++i) {
        Rep work;
        work.distance = Distance{400};
        work.time = Duration{splits[i]};
        work.rpe = 6 + i / 3;
        session.reps.push_back(work);
        if (i < 7) {
            Rep recovery;
            recovery.kind = RepKind::Recovery;
            recovery.time = Duration{90};
            session.reps.push_back(recovery);
        }
    }
    session.duration = Duration{30 * 60};
    session.distance = Distance{5000};
    return session;
}

struct Fixture {
    TempStore temp;
    std::unique_ptr<LogDocument> document = temp.openDocument();
    AthleteId athlete;

    Fixture()
    {
        document->addAthlete(runnerWithRace(QStringLiteral("Ana")));
        athlete = document->currentAthleteId();
        document->undoStack()->clear();
    }
    LoggedSessions& sessions() { return document->loggedSessions(); }
    std::optional<LoggedSession> stored(LoggedSessionId id)
    {
        auto found = document->store().sessions().find(id);
        return found.ok() ? std::optional<LoggedSession>(*found) : std::nullopt;
    }
};

} // namespace

TEST(LoggedSessions, LogIsUndoableAndRedoKeepsTheId)
{
    Fixture f;
    QSignalSpy added(&f.sessions(), &LoggedSessions::sessionAdded);
    QSignalSpy removed(&f.sessions(), &LoggedSessions::sessionRemoved);

    const LoggedSessionId id = f.sessions().logSession(eightBy400(f.athlete));
    ASSERT_TRUE(id.isValid());
    EXPECT_EQ(added.count(), 1);
    EXPECT_EQ(f.document->undoStack()->undoText(), QStringLiteral("Log 8 × 400 m"));
    const auto stored = f.stored(id);
    ASSERT_TRUE(stored);
    EXPECT_EQ(stored->reps.size(), 15u);
    EXPECT_EQ(stored->reps.front().time, Duration{92.1});

    f.document->undoStack()->undo();
    EXPECT_FALSE(f.stored(id));
    EXPECT_EQ(removed.count(), 1);

    f.document->undoStack()->redo();
    const auto again = f.stored(id);
    ASSERT_TRUE(again);
    EXPECT_EQ(*again, *stored);
}

TEST(LoggedSessions, LogNamesTheWorkoutByTitleOrDayWhenRepsDiffer)
{
    Fixture f;
    LoggedSession session = eightBy400(f.athlete);
    session.reps[2].distance = Distance{800};
    f.sessions().logSession(session);
    EXPECT_EQ(f.document->undoStack()->undoText(), QStringLiteral("Log 8 × 400 m"))
        << "the title names it";
    session.title.clear();
    f.sessions().logSession(session);
    EXPECT_EQ(f.document->undoStack()->undoText(), QStringLiteral("Log workout of 3 Nov"));
}

TEST(LoggedSessions, StabilityIsComputedBeforeTheWrite)
{
    Fixture f;
    const LoggedSessionId id = f.sessions().logSession(eightBy400(f.athlete));
    const auto stored = f.stored(id);
    ASSERT_TRUE(stored);
    ASSERT_TRUE(stored->stability.has_value());
    EXPECT_EQ(stored->stability->workReps, 8);
    EXPECT_EQ(*stored->stability, f.sessions().stabilityOf(*stored));
}

TEST(LoggedSessions, StabilityUsesTheLinkedPlansTargets)
{
    Fixture f;
    PlannedSession plan;
    plan.athleteId = f.athlete;
    plan.date = QDate(2026, 11, 3);
    plan.name = QStringLiteral("8 × 400 m");
    auto steps = parseSessionNotation(u"8x400m @I / 90s jog");
    ASSERT_TRUE(steps.ok());
    plan.steps = *steps;
    ASSERT_TRUE(f.document->store().plans().insert(plan).ok());

    LoggedSession session = eightBy400(f.athlete);
    session.plannedSessionId = plan.id;
    session.reps = repsFromPlan(plan.steps);
    ASSERT_FALSE(session.reps.empty());
    for (Rep& rep : session.reps)
        rep.time = Duration{rep.kind == RepKind::Work ? 91.0 : 90.0};
    EXPECT_EQ(f.sessions().stabilityOf(session).repsWithTarget, 8);
    session.plannedSessionId.reset();
    EXPECT_EQ(f.sessions().stabilityOf(session).repsWithTarget, 0)
        << "without the plan there are no targets";
}

TEST(LoggedSessions, EditIsUndoable)
{
    Fixture f;
    const LoggedSessionId id = f.sessions().logSession(eightBy400(f.athlete));
    const auto before = f.stored(id);
    ASSERT_TRUE(before);
    QSignalSpy changed(&f.sessions(), &LoggedSessions::sessionChanged);

    LoggedSession edited = *before;
    edited.reps[2].time = Duration{88.0};
    edited.reps.pop_back();
    edited.notes = QStringLiteral("windy");
    ASSERT_TRUE(f.sessions().editSession(edited));
    EXPECT_EQ(changed.count(), 1);
    EXPECT_EQ(f.document->undoStack()->undoText(), QStringLiteral("Edit workout of 3 Nov"));
    EXPECT_EQ(f.stored(id)->reps.size(), 14u);
    EXPECT_EQ(f.stored(id)->reps[2].time, Duration{88.0});

    f.document->undoStack()->undo();
    const auto restored = f.stored(id);
    ASSERT_TRUE(restored);
    EXPECT_EQ(restored->reps.size(), 15u);
    EXPECT_EQ(restored->reps[2].time, before->reps[2].time);
    EXPECT_EQ(restored->notes, QString());
    f.document->undoStack()->redo();
    EXPECT_EQ(f.stored(id)->notes, QStringLiteral("windy"));
}

TEST(LoggedSessions, EditWithoutChangeAddsNoCommand)
{
    Fixture f;
    const LoggedSessionId id = f.sessions().logSession(eightBy400(f.athlete));
    EXPECT_TRUE(f.sessions().editSession(*f.stored(id)));
    EXPECT_EQ(f.document->undoStack()->count(), 1);
}

TEST(LoggedSessions, UndoOfRemoveRestoresTheSameIdAndReps)
{
    Fixture f;
    const LoggedSessionId id = f.sessions().logSession(eightBy400(f.athlete));
    const auto before = f.stored(id);
    ASSERT_TRUE(before);

    ASSERT_TRUE(f.sessions().removeSession(id));
    EXPECT_EQ(f.document->undoStack()->undoText(), QStringLiteral("Delete workout of 3 Nov"));
    EXPECT_FALSE(f.stored(id));
    f.document->undoStack()->undo();
    const auto restored = f.stored(id);
    ASSERT_TRUE(restored) << "the same id is back";
    EXPECT_EQ(*restored, *before);
}

TEST(LoggedSessions, FailedWriteIsReportedAndLeavesNothingToUndo)
{
    TempStore temp;
    AthleteId athlete;
    {
        auto document = temp.openDocument();
        document->addAthlete(runnerWithRace(QStringLiteral("Ana")));
        athlete = document->currentAthleteId();
    }
    auto document = temp.openDocument(/*readOnly=*/true);
    QSignalSpy errors(document.get(), &LogDocument::storeError);
    EXPECT_FALSE(document->loggedSessions().logSession(eightBy400(athlete)).isValid());
    EXPECT_GE(errors.count(), 1);
    EXPECT_EQ(document->undoStack()->count(), 0);
    EXPECT_FALSE(document->loggedSessions().removeSession(LoggedSessionId{42}));
    EXPECT_EQ(document->undoStack()->count(), 0);
}

TEST(LoggedSessions, DraftSurvivesReopeningTheLog)
{
    TempStore temp;
    AthleteId athlete;
    LoggedSessionId editing;
    const QByteArray content = R"({"reps":[{"time":"1:3x"}]})";
    {
        auto document = temp.openDocument();
        document->addAthlete(runnerWithRace(QStringLiteral("Ana")));
        athlete = document->currentAthleteId();
        EXPECT_FALSE(document->loggedSessions().draft(athlete));
        editing = document->loggedSessions().logSession(eightBy400(athlete));
        EntryDraft draft;
        draft.athlete = athlete;
        draft.editing = editing;
        draft.content = content;
        ASSERT_TRUE(document->loggedSessions().saveDraft(draft));
        EXPECT_EQ(document->undoStack()->count(), 2) << "drafts are not edits";
    }
    auto reopened = temp.openDocument();
    const auto draft = reopened->loggedSessions().draft(athlete);
    ASSERT_TRUE(draft);
    EXPECT_EQ(draft->content, content);
    EXPECT_EQ(draft->editing, editing);
    EXPECT_TRUE(draft->savedUtc.isValid());

    ASSERT_TRUE(reopened->loggedSessions().discardDraft(athlete));
    EXPECT_FALSE(reopened->loggedSessions().draft(athlete));
}
