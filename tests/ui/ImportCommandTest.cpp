// The import's undo command: its first redo leaves the importer's writes alone, undo
// takes every session out, redo puts them back with the same ids and reps.

#include "ui/document/ImportCommand.h"

#include "UiTestSupport.h"
#include "core/store/LogStore.h"
#include "core/store/SessionStore.h"
#include "ui/document/LogDocument.h"
#include "ui/document/LoggedSessions.h"

#include <QSignalSpy>

#include <gtest/gtest.h>

using namespace paceline;
using namespace paceline::test;

namespace {

LoggedSession intervalRun(AthleteId athlete, QDate day)
{
    LoggedSession session = easyRun(athlete, day, 8.0, 40.0, 7.0);
    session.title = QStringLiteral("Track");
    for (int i = 0; i < 4; ++i) {
        Rep work;
        work.distance = Distance{400.0};
        work.time = Duration{84.0 + i};
        work.avgHeartRate = 170 + i;
        session.reps.push_back(work);
        Rep recovery;
        recovery.kind = RepKind::Recovery;
        recovery.time = Duration{90.0};
        session.reps.push_back(recovery);
    }
    return session;
}

/// A log with one athlete and two sessions written past the document, as the importer
/// writes them, then read back as the import reads them for its command.
struct ImportedLog {
    TempStore temp;
    std::unique_ptr<LogDocument> document = temp.openDocument();
    std::vector<LoggedSession> imported;

    ImportedLog()
    {
        EXPECT_TRUE(document->addAthlete(runnerWithRace(QStringLiteral("Ana"))));
        for (QDate day : {QDate(2026, 3, 2), QDate(2026, 3, 5)}) {
            LoggedSession session = intervalRun(document->currentAthleteId(), day);
            EXPECT_TRUE(document->store().sessions().insert(session).ok());
            auto stored = document->loggedSessions().session(session.id);
            EXPECT_TRUE(stored.has_value());
            if (stored)
                imported.push_back(*stored);
        }
        document->undoStack()->clear(); // the athlete's addition is not what is tested
    }
    int count() { return document->store().sessions().count(document->currentAthleteId()).value(); }
};

} // namespace

TEST(ImportCommand, FirstRedoLeavesTheImportAsWritten)
{
    ImportedLog log;
    ASSERT_EQ(log.imported.size(), 2u);
    QSignalSpy added(&log.document->loggedSessions(), &LoggedSessions::sessionAdded);
    QUndoStack* stack = log.document->undoStack();
    stack->push(new ImportCommand(*log.document, log.imported));
    EXPECT_EQ(stack->count(), 1);
    EXPECT_EQ(stack->undoText(), QStringLiteral("Import 2 sessions"));
    EXPECT_EQ(log.count(), 2);
    EXPECT_EQ(added.count(), 0); // nothing written twice
}

TEST(ImportCommand, UndoRemovesEverySessionAndRedoRestoresThemWithTheirIds)
{
    ImportedLog log;
    ASSERT_EQ(log.imported.size(), 2u);
    QUndoStack* stack = log.document->undoStack();
    stack->push(new ImportCommand(*log.document, log.imported));
    QSignalSpy removed(&log.document->loggedSessions(), &LoggedSessions::sessionRemoved);
    QSignalSpy added(&log.document->loggedSessions(), &LoggedSessions::sessionAdded);

    stack->undo();
    EXPECT_EQ(log.count(), 0);
    EXPECT_EQ(removed.count(), 2);
    for (const LoggedSession& session : log.imported)
        EXPECT_FALSE(log.document->store().sessions().find(session.id).ok());

    stack->redo();
    EXPECT_EQ(log.count(), 2);
    EXPECT_EQ(added.count(), 2);
    for (const LoggedSession& session : log.imported) {
        auto back = log.document->store().sessions().find(session.id);
        ASSERT_TRUE(back.ok()) << back.errorMessage().toStdString();
        EXPECT_EQ(back->reps.size(), 8u);
        EXPECT_EQ(back->reps, session.reps); // same rep ids and figures
        EXPECT_EQ(back->start, session.start);
    }
    EXPECT_EQ(stack->count(), 1);
}

TEST(ImportCommand, NamesOneSessionInTheSingular)
{
    EXPECT_EQ(ImportCommand::textFor(1), QStringLiteral("Import 1 session"));
    EXPECT_EQ(ImportCommand::textFor(340), QStringLiteral("Import 340 sessions"));
}

TEST(ImportCommand, ManySessionsAreAnnouncedOnceNotOneByOne)
{
    ImportedLog log;
    const AthleteId athlete = log.document->currentAthleteId();
    for (int i = 0; i < int(kSessionsAnnouncedOneByOne); ++i) {
        LoggedSession session = intervalRun(athlete, QDate(2026, 4, 1).addDays(i));
        ASSERT_TRUE(log.document->store().sessions().insert(session).ok());
        log.imported.push_back(*log.document->loggedSessions().session(session.id));
    }
    const int total = int(log.imported.size());
    ASSERT_GT(total, int(kSessionsAnnouncedOneByOne));
    QUndoStack* stack = log.document->undoStack();
    stack->push(new ImportCommand(*log.document, log.imported));
    QSignalSpy removed(&log.document->loggedSessions(), &LoggedSessions::sessionRemoved);
    QSignalSpy added(&log.document->loggedSessions(), &LoggedSessions::sessionAdded);
    QSignalSpy reset(log.document.get(), &LogDocument::sessionsReset);

    stack->undo();
    EXPECT_EQ(log.count(), 0);
    EXPECT_EQ(removed.count(), 0);
    ASSERT_EQ(reset.count(), 1);
    EXPECT_EQ(reset.at(0).at(0).value<AthleteId>(), athlete);
    stack->redo();
    EXPECT_EQ(log.count(), total);
    EXPECT_EQ(added.count(), 0);
    EXPECT_EQ(reset.count(), 2);
}
