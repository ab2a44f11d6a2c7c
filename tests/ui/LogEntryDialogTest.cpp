// The log form driven from the keyboard (offscreen): typing reps, saving, editing,
// undo, validation, paste, and the draft that survives closing the form and the app.

#include "ui/log/LogEntryDialog.h"

#include "UiTestSupport.h"
#include "core/io/SessionNotation.h"
#include "core/science/PlanComparison.h"
#include "core/store/LogStore.h"
#include "core/store/PlanStore.h"
#include "core/store/SessionStore.h"
#include "ui/document/LogDocument.h"
#include "ui/document/LoggedSessions.h"
#include "ui/log/EntryDraftJson.h"
#include "ui/log/RepTableModel.h"
#include "ui/log/RepTableView.h"
#include "ui/log/SessionFieldsPanel.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

#include <gtest/gtest.h>

using namespace paceline;
using namespace paceline::test;

namespace {

const QDateTime kNow(QDate(2026, 11, 3), QTime(18, 32), Qt::UTC);

/// Keys go to whatever has focus, as a person's typing does: the table, then the cell
/// editor it opens.
void type(const QString& text)
{
    for (const QChar character : text)
        QTest::keyClick(QApplication::focusWidget(), character.toLatin1());
}

void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QTest::keyClick(QApplication::focusWidget(), key, modifiers);
}

class LogEntryDialogTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        m_document = m_temp.openDocument();
        m_document->addAthlete(runnerWithRace(QStringLiteral("Ana")));
        m_athlete = m_document->currentAthleteId();
        m_document->undoStack()->clear();
    }

    std::unique_ptr<LogEntryDialog> open(const EntryFormState& state,
                                         std::optional<LoggedSessionId> editing = std::nullopt)
    {
        auto dialog = std::make_unique<LogEntryDialog>(*m_document, m_athlete, state, editing);
        dialog->show();
        EXPECT_TRUE(QTest::qWaitForWindowActive(dialog.get()));
        dialog->repTable()->setFocus();
        return dialog;
    }

    void goTo(LogEntryDialog& dialog, int row, int column)
    {
        dialog.repTable()->setCurrentIndex(dialog.repModel()->index(row, column));
        dialog.repTable()->setFocus();
    }

    std::optional<LoggedSession> stored(LoggedSessionId id)
    {
        auto found = m_document->store().sessions().find(id);
        return found.ok() ? std::optional<LoggedSession>(*found) : std::nullopt;
    }

    TempStore m_temp;
    std::unique_ptr<LogDocument> m_document;
    AthleteId m_athlete;
};

const QStringList kSplits = {"1:32.4", "91.8", "1:31",   "90.9", "1:30.5", "0:01:31",
                             "90.2",   "89.9", "1:29.7", "89.5", "1:29.9", "88.8"};

} // namespace

TEST_F(LogEntryDialogTest, TwelveRepsTypedSavedEditedAndUndone)
{
    auto dialog = open(newEntryState(kNow));
    // The distance once, then Tab to the time; each time ends with Enter, which goes
    // down the column and adds the next row, repeating the distance.
    goTo(*dialog, 0, RepTableModel::Distance);
    type(QStringLiteral("400"));
    press(Qt::Key_Tab);
    for (const QString& split : kSplits) {
        type(split);
        press(Qt::Key_Return);
    }
    goTo(*dialog, 0, RepTableModel::Rpe);
    for (int rep = 0; rep < 12; ++rep) {
        type(QString::number(6 + rep / 4));
        press(Qt::Key_Return);
    }
    dialog->sessionFields()->sessionRpeField()->setFocus();
    type(QStringLiteral("7"));
    ASSERT_TRUE(dialog->saveButton()->isEnabled()) << dialog->problemsText().toStdString();
    press(Qt::Key_S, Qt::ControlModifier);

    ASSERT_EQ(dialog->result(), QDialog::Accepted);
    const LoggedSessionId id = dialog->savedSession();
    auto session = stored(id);
    ASSERT_TRUE(session);
    ASSERT_EQ(session->reps.size(), 12u) << "the empty 13th row is left out";
    EXPECT_EQ(session->reps[0].distance, Distance{400});
    EXPECT_EQ(session->reps[11].distance, Distance{400});
    EXPECT_DOUBLE_EQ(session->reps[0].time.seconds, 92.4);
    EXPECT_DOUBLE_EQ(session->reps[5].time.seconds, 91.0);
    EXPECT_DOUBLE_EQ(session->reps[11].time.seconds, 88.8);
    EXPECT_EQ(session->reps[0].rpe, 6.0);
    EXPECT_EQ(session->reps[11].rpe, 8.0);
    EXPECT_EQ(session->sessionRpe, 7.0);
    EXPECT_EQ(session->distance, Distance{4800});
    EXPECT_FALSE(m_document->loggedSessions().draft(m_athlete)) << "saving drops the draft";
    const LoggedSession asLogged = *session;

    // Reopen it for editing and change the third time.
    dialog = open(entryStateOf(*session), id);
    goTo(*dialog, 2, RepTableModel::Time);
    type(QStringLiteral("1:28.5"));
    press(Qt::Key_Return);
    press(Qt::Key_S, Qt::ControlModifier);
    ASSERT_EQ(dialog->result(), QDialog::Accepted);
    session = stored(id);
    ASSERT_TRUE(session);
    EXPECT_DOUBLE_EQ(session->reps[2].time.seconds, 88.5);
    EXPECT_EQ(session->reps.size(), 12u);

    m_document->undoStack()->undo();
    session = stored(id);
    ASSERT_TRUE(session);
    EXPECT_DOUBLE_EQ(session->reps[2].time.seconds, 91.0) << "undo restores the logged version";
    EXPECT_EQ(session->reps.size(), asLogged.reps.size());
    m_document->undoStack()->undo();
    EXPECT_FALSE(stored(id)) << "undo again removes it";
}

TEST_F(LogEntryDialogTest, InvalidValuesBlockSavingAndNameTheRep)
{
    auto dialog = open(newEntryState(kNow));
    goTo(*dialog, 0, RepTableModel::Distance);
    type(QStringLiteral("400"));
    press(Qt::Key_Tab);
    type(QStringLiteral("92"));
    press(Qt::Key_Return);
    type(QStringLiteral("9.1")); // a dropped digit: 400 m in 9.1 s
    press(Qt::Key_Return);
    type(QStringLiteral("1:3x"));
    press(Qt::Key_Return);

    EXPECT_FALSE(dialog->saveButton()->isEnabled());
    EXPECT_TRUE(dialog->problemsText().contains(QStringLiteral("Rep 2 time")))
        << dialog->problemsText().toStdString();
    EXPECT_TRUE(dialog->problemsText().contains(QStringLiteral("Rep 3 time")));
    EXPECT_EQ(dialog->repModel()->rows()[2].time, QStringLiteral("1:3x")) << "kept as typed";
    EXPECT_FALSE(dialog->repModel()->problemAt(2, RepTableModel::Time).isEmpty());
    press(Qt::Key_S, Qt::ControlModifier);
    EXPECT_TRUE(dialog->isVisible()) << "nothing saved, nothing closed";
    EXPECT_EQ(*m_document->store().sessions().count(m_athlete), 0);

    goTo(*dialog, 1, RepTableModel::Time);
    type(QStringLiteral("91"));
    press(Qt::Key_Return);
    type(QStringLiteral("1:31"));
    press(Qt::Key_Return);
    EXPECT_TRUE(dialog->saveButton()->isEnabled()) << dialog->problemsText().toStdString();
}

TEST_F(LogEntryDialogTest, PastingSplitsFillsTheTimeColumn)
{
    auto dialog = open(newEntryState(kNow));
    goTo(*dialog, 0, RepTableModel::Distance);
    type(QStringLiteral("400"));
    press(Qt::Key_Tab);
    QApplication::clipboard()->setText(QStringLiteral("92.1\n91.4\n90.8\n91.0\n"));
    press(Qt::Key_V, Qt::ControlModifier);
    const auto& rows = dialog->repModel()->rows();
    ASSERT_EQ(rows.size(), 4u);
    EXPECT_EQ(rows[0].time, QStringLiteral("1:32.1"));
    EXPECT_EQ(rows[3].time, QStringLiteral("1:31"));
    EXPECT_EQ(rows[3].distance, QStringLiteral("400"));
    EXPECT_TRUE(dialog->saveButton()->isEnabled());
}

TEST_F(LogEntryDialogTest, RowButtonsAddDeleteAndMoveRows)
{
    auto dialog = open(newEntryState(kNow));
    goTo(*dialog, 0, RepTableModel::Time);
    type(QStringLiteral("92"));
    press(Qt::Key_Return);
    type(QStringLiteral("60"));
    press(Qt::Key_Return); // a third, empty row
    EXPECT_EQ(dialog->repModel()->rowCount(), 3);
    press(Qt::Key_Delete, Qt::ControlModifier);
    EXPECT_EQ(dialog->repModel()->rowCount(), 2);
    goTo(*dialog, 1, RepTableModel::Time);
    press(Qt::Key_Up, Qt::AltModifier);
    EXPECT_EQ(dialog->repModel()->rows()[0].time, QStringLiteral("60"));
    press(Qt::Key_N, Qt::ControlModifier);
    EXPECT_EQ(dialog->repModel()->rowCount(), 3);
}

TEST_F(LogEntryDialogTest, CancelKeepsADraftThatComesBackAfterARestart)
{
    auto dialog = open(newEntryState(kNow));
    goTo(*dialog, 0, RepTableModel::Distance);
    type(QStringLiteral("400"));
    press(Qt::Key_Tab);
    type(QStringLiteral("1:32"));
    press(Qt::Key_Return);
    type(QStringLiteral("1:3x")); // not a time yet: kept all the same
    press(Qt::Key_Return);
    const EntryFormState typed = dialog->state();
    press(Qt::Key_Escape);
    EXPECT_EQ(dialog->result(), QDialog::Rejected);
    EXPECT_EQ(*m_document->store().sessions().count(m_athlete), 0);

    // A new form from the draft, in this session...
    const auto draft = m_document->loggedSessions().draft(m_athlete);
    ASSERT_TRUE(draft);
    EXPECT_FALSE(draft->editing);
    const auto resumed = entryStateFromDraft(draft->content);
    ASSERT_TRUE(resumed);
    EXPECT_EQ(*resumed, typed);
    auto again = open(*resumed, std::nullopt);
    EXPECT_EQ(again->repModel()->rows()[1].time, QStringLiteral("1:3x"));
    again.reset();

    // ... and after the app restarts (a new document on the same file).
    dialog.reset();
    m_document.reset();
    m_document = m_temp.openDocument();
    const auto afterRestart = m_document->loggedSessions().draft(m_athlete);
    ASSERT_TRUE(afterRestart);
    EXPECT_EQ(entryStateFromDraft(afterRestart->content), typed);
}

TEST_F(LogEntryDialogTest, DiscardDropsTheDraft)
{
    auto dialog = open(newEntryState(kNow));
    goTo(*dialog, 0, RepTableModel::Time);
    type(QStringLiteral("92"));
    press(Qt::Key_Return);
    dialog->saveDraftNow();
    ASSERT_TRUE(m_document->loggedSessions().draft(m_athlete));
    dialog->discard();
    EXPECT_FALSE(m_document->loggedSessions().draft(m_athlete));
}

TEST_F(LogEntryDialogTest, AnUntouchedFormLeavesNoDraft)
{
    auto dialog = open(newEntryState(kNow));
    EXPECT_FALSE(dialog->saveButton()->isEnabled()) << "nothing to save yet";
    dialog->reject();
    EXPECT_FALSE(m_document->loggedSessions().draft(m_athlete));
}

TEST_F(LogEntryDialogTest, EditingKeepsTheSessionInTheDraft)
{
    LoggedSession session = easyRun(m_athlete, QDate(2026, 11, 1), 10, 50, 3);
    const LoggedSessionId id = m_document->loggedSessions().logSession(session);
    auto dialog = open(entryStateOf(*stored(id)), id);
    dialog->sessionFields()->sessionRpeField()->setFocus();
    type(QStringLiteral("4"));
    dialog->reject();
    const auto draft = m_document->loggedSessions().draft(m_athlete);
    ASSERT_TRUE(draft);
    EXPECT_EQ(draft->editing, id);
}

TEST_F(LogEntryDialogTest, PastingOverAHalfTypedTimeKeepsTheSplits)
{
    auto dialog = open(newEntryState(kNow));
    goTo(*dialog, 0, RepTableModel::Time);
    type(QStringLiteral("9")); // the editor is open with "9" in it
    QApplication::clipboard()->setText(QStringLiteral("92.1, 91.4, 90.8"));
    press(Qt::Key_V, Qt::ControlModifier);
    const auto& rows = dialog->repModel()->rows();
    ASSERT_EQ(rows.size(), 3u);
    EXPECT_EQ(rows[0].time, QStringLiteral("1:32.1")) << "the half-typed 9 is not committed";
    EXPECT_EQ(rows[2].time, QStringLiteral("1:30.8"));
}

TEST_F(LogEntryDialogTest, PastingOneValueIntoANoteKeepsItsCommas)
{
    auto dialog = open(newEntryState(kNow));
    goTo(*dialog, 0, RepTableModel::Notes);
    QApplication::clipboard()->setText(QStringLiteral("windy, wet"));
    press(Qt::Key_V, Qt::ControlModifier);
    ASSERT_EQ(dialog->repModel()->rowCount(), 1);
    EXPECT_EQ(dialog->repModel()->rows()[0].notes, QStringLiteral("windy, wet"));
}

TEST_F(LogEntryDialogTest, ChoosingThePlannedSessionFillsTheRepsWithTargets)
{
    PlannedSession plan;
    plan.athleteId = m_athlete;
    plan.date = kNow.date();
    plan.name = QStringLiteral("8 × 400 m");
    plan.steps = *parseSessionNotation(u"8x400m @I / 90s jog");
    ASSERT_TRUE(m_document->store().plans().insert(plan).ok());

    auto dialog = open(newEntryState(kNow));
    QComboBox* picker = dialog->planPicker();
    ASSERT_EQ(picker->count(), 2) << "Freeform and the day's plan";
    picker->setFocus();
    press(Qt::Key_Down);
    const auto& rows = dialog->repModel()->rows();
    ASSERT_EQ(rows.size(), repsFromPlan(plan.steps).size());
    ASSERT_GE(rows.size(), 15u);
    EXPECT_EQ(rows[0].target, QStringLiteral("400 m @I"));
    EXPECT_EQ(rows[0].distance, QStringLiteral("400"));
    EXPECT_TRUE(rows[0].plannedStepId.has_value());
    EXPECT_EQ(rows[1].kind, RepKind::Recovery);
    EXPECT_EQ(dialog->state().title, plan.name);

    // The times of the work reps only: the recoveries were not timed.
    goTo(*dialog, 0, RepTableModel::Time);
    for (int rep = 0; rep < 8; ++rep) {
        type(QString::number(90 + rep % 3));
        press(Qt::Key_Return);
        press(Qt::Key_Return);
    }
    ASSERT_TRUE(dialog->saveButton()->isEnabled()) << dialog->problemsText().toStdString();
    dialog->accept();
    const auto session = stored(dialog->savedSession());
    ASSERT_TRUE(session);
    EXPECT_EQ(session->plannedSessionId, plan.id);
    EXPECT_EQ(session->reps.size(), 8u);
    ASSERT_TRUE(session->stability);
    EXPECT_EQ(session->stability->repsWithTarget, 8);
}

TEST_F(LogEntryDialogTest, AnEditOfASessionDeletedSinceIsLoggedAnew)
{
    const LoggedSessionId id =
        m_document->loggedSessions().logSession(easyRun(m_athlete, QDate(2026, 11, 1), 10, 50, 3));
    auto dialog = open(entryStateOf(*stored(id)), id);
    dialog->sessionFields()->sessionRpeField()->setFocus();
    press(Qt::Key_Backspace);
    type(QStringLiteral("4"));
    dialog->saveDraftNow();
    ASSERT_TRUE(m_document->loggedSessions().removeSession(id)) << "a draft does not pin it";

    dialog->accept();
    ASSERT_EQ(dialog->result(), QDialog::Accepted);
    const auto session = stored(dialog->savedSession());
    ASSERT_TRUE(session);
    EXPECT_TRUE(m_document->undoStack()->undoText().startsWith(QStringLiteral("Log")))
        << "logged as new, not an edit of a session that is gone";
    EXPECT_EQ(session->sessionRpe, 4.0);
}

TEST_F(LogEntryDialogTest, SavingWithACellStillBeingTypedKeepsIt)
{
    for (const Qt::Key key : {Qt::Key_S, Qt::Key_Return}) {
        auto dialog = open(newEntryState(kNow));
        goTo(*dialog, 0, RepTableModel::Distance);
        type(QStringLiteral("400"));
        press(Qt::Key_Tab);
        type(QStringLiteral("92.4"));
        press(Qt::Key_Return);
        type(QStringLiteral("91.8")); // the last time, its editor still open
        ASSERT_TRUE(dialog->repTable()->indexWidget(dialog->repTable()->currentIndex()))
            << "the cell editor is open";
        press(key, Qt::ControlModifier); // Ctrl+S, then Ctrl+Enter
        ASSERT_EQ(dialog->result(), QDialog::Accepted) << dialog->problemsText().toStdString();
        const auto session = stored(dialog->savedSession());
        ASSERT_TRUE(session);
        ASSERT_EQ(session->reps.size(), 2u) << "the rep typed last is saved too";
        EXPECT_DOUBLE_EQ(session->reps[1].time.seconds, 91.8);
    }
}

TEST_F(LogEntryDialogTest, ClosingWithACellStillBeingTypedKeepsItInTheDraft)
{
    auto dialog = open(newEntryState(kNow));
    goTo(*dialog, 0, RepTableModel::Time);
    type(QStringLiteral("92.4"));
    ASSERT_TRUE(dialog->repTable()->indexWidget(dialog->repTable()->currentIndex()))
        << "the cell editor is open";
    dialog->close(); // the window's close button: the form closes, keeping a draft
    const auto draft = m_document->loggedSessions().draft(m_athlete);
    ASSERT_TRUE(draft) << "what was typed is kept";
    const auto state = entryStateFromDraft(draft->content);
    ASSERT_TRUE(state);
    ASSERT_FALSE(state->reps.empty());
    EXPECT_EQ(state->reps[0].time, QStringLiteral("92.4"));
}

TEST_F(LogEntryDialogTest, TheKeypadsEnterMovesDownLikeReturn)
{
    auto dialog = open(newEntryState(kNow));
    goTo(*dialog, 0, RepTableModel::Time);
    type(QStringLiteral("92"));
    press(Qt::Key_Enter, Qt::KeypadModifier); // commits the typed time and moves down
    EXPECT_EQ(dialog->repTable()->currentIndex().row(), 1);
    press(Qt::Key_Enter, Qt::KeypadModifier); // on a cell not being typed: down again
    EXPECT_EQ(dialog->repTable()->currentIndex().row(), 2);
    EXPECT_EQ(dialog->repTable()->currentIndex().column(), int(RepTableModel::Time));
    EXPECT_EQ(dialog->repModel()->rows()[0].time, QStringLiteral("92"));
}
