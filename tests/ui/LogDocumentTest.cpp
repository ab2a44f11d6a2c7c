// The document: every athlete edit is one undoable command, announced by signals.

#include "ui/document/LogDocument.h"

#include "UiTestSupport.h"
#include "core/store/AthleteStore.h"
#include "core/store/LogStore.h"
#include "ui/models/AthleteListModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

#include <gtest/gtest.h>

using namespace paceline;
using namespace paceline::test;

TEST(LogDocument, AddAthleteIsUndoableAndKeepsItsId)
{
    TempStore temp;
    auto document = temp.openDocument();
    QSignalSpy added(document.get(), &LogDocument::athleteAdded);
    QSignalSpy removed(document.get(), &LogDocument::athleteRemoved);

    document->addAthlete(runnerWithRace(QStringLiteral("Ana")));
    ASSERT_EQ(document->athletes().size(), 1u);
    const AthleteId id = document->athletes().front().id;
    EXPECT_TRUE(id.isValid());
    EXPECT_EQ(document->currentAthleteId(), id);
    EXPECT_EQ(added.count(), 1);

    document->undoStack()->undo();
    EXPECT_TRUE(document->athletes().empty());
    EXPECT_EQ(removed.count(), 1);
    EXPECT_EQ(*document->store().athletes().count(), 0);

    document->undoStack()->redo();
    ASSERT_EQ(document->athletes().size(), 1u);
    EXPECT_EQ(document->athletes().front().id, id);
    EXPECT_EQ(document->store().athletes().find(id)->name, QStringLiteral("Ana"));
}

TEST(LogDocument, EditAthleteIsUndoable)
{
    TempStore temp;
    auto document = temp.openDocument();
    document->addAthlete(runnerWithRace(QStringLiteral("Ana")));
    Athlete changed = *document->currentAthlete();
    changed.units = UnitSystem::Imperial;
    changed.maxHeartRate = 192;
    QSignalSpy changedSpy(document.get(), &LogDocument::athleteChanged);

    document->editAthlete(changed);
    EXPECT_EQ(changedSpy.count(), 1);
    EXPECT_EQ(document->store().athletes().find(changed.id)->units, UnitSystem::Imperial);
    EXPECT_EQ(document->undoStack()->count(), 2);

    document->undoStack()->undo();
    EXPECT_EQ(document->currentAthlete()->units, UnitSystem::Metric);
    EXPECT_EQ(document->store().athletes().find(changed.id)->maxHeartRate, 188);
    document->undoStack()->redo();
    EXPECT_EQ(document->store().athletes().find(changed.id)->maxHeartRate, 192);
}

TEST(LogDocument, EditingWithoutChangeAddsNoCommand)
{
    TempStore temp;
    auto document = temp.openDocument();
    document->addAthlete(runnerWithRace(QStringLiteral("Ana")));
    document->editAthlete(*document->currentAthlete());
    EXPECT_EQ(document->undoStack()->count(), 1);
}

TEST(LogDocument, FailedWriteIsReportedAndNotUndoable)
{
    TempStore temp;
    { // create the file, then reopen it read-only
        auto store = temp.open();
    }
    auto document = temp.openDocument(/*readOnly=*/true);
    QSignalSpy errors(document.get(), &LogDocument::storeError);
    document->addAthlete(runnerWithRace(QStringLiteral("Ana")));
    EXPECT_EQ(errors.count(), 1);
    EXPECT_TRUE(document->athletes().empty());
    EXPECT_EQ(document->undoStack()->count(), 0);
}

TEST(LogDocument, AFailedAddDoesNotSwitchToANamesake)
{
    TempStore temp;
    {
        auto document = temp.openDocument();
        document->addAthlete(runnerWithRace(QStringLiteral("Ana")));
        document->addAthlete(runnerWithRace(QStringLiteral("Ben")));
    }
    auto document = temp.openDocument(/*readOnly=*/true);
    const AthleteId ben = document->athletes().back().id;
    document->setCurrentAthlete(ben);
    EXPECT_FALSE(document->addAthlete(runnerWithRace(QStringLiteral("Ana"))));
    EXPECT_EQ(document->currentAthleteId(), ben);
}

TEST(LogDocument, DestroyingItTellsNobody)
{
    TempStore temp;
    auto document = temp.openDocument();
    document->addAthlete(runnerWithRace(QStringLiteral("Ana")));
    // A listener that outlives the document and reads it when the stack changes, as the
    // main window once did: destroying the document (which clears its stack) must not
    // call it.
    int calls = 0;
    LogDocument* reading = document.get();
    QObject listener;
    QObject::connect(document->undoStack(), &QUndoStack::indexChanged, &listener, [&] {
        ++calls;
        (void)reading->athletes().size();
    });
    document.reset();
    EXPECT_EQ(calls, 0);
}

TEST(AthleteListModel, FollowsTheDocument)
{
    TempStore temp;
    auto document = temp.openDocument();
    AthleteListModel model(*document);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    document->addAthlete(runnerWithRace(QStringLiteral("Zoe")));
    document->addAthlete(runnerWithRace(QStringLiteral("Ana")));
    ASSERT_EQ(model.rowCount(), 2);
    EXPECT_EQ(model.index(0).data().toString(), QStringLiteral("Ana")); // by name
    EXPECT_EQ(model.rowOf(document->athletes().back().id), 1);
    document->undoStack()->undo();
    EXPECT_EQ(model.rowCount(), 1);
}
