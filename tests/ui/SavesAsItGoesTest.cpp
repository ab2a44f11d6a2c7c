// The app saves every edit as it happens, with no "save" to forget: while the document
// (and the log form) are still open, a second, separate read-only connection to the
// same file already finds every edit, and what is being typed in the log form.

#include "LogScreenTestSupport.h"
#include "PlanTestSupport.h"
#include "UiTestSupport.h"
#include "core/io/SessionNotation.h"
#include "core/store/AthleteStore.h"
#include "core/store/DraftStore.h"
#include "core/store/LogStore.h"
#include "core/store/PlanStore.h"
#include "core/store/SessionStore.h"
#include "core/store/TemplateStore.h"
#include "ui/document/LogDocument.h"
#include "ui/document/LoggedSessions.h"
#include "ui/document/TemplateLibrary.h"
#include "ui/document/TrainingPlan.h"
#include "ui/log/EntryDraftJson.h"
#include "ui/log/LogEntryDialog.h"
#include "ui/log/RepTableModel.h"
#include "ui/log/RepTableView.h"

#include <QApplication>
#include <QDeadlineTimer>
#include <QTest>

#include <gtest/gtest.h>

using namespace paceline;
using namespace paceline::test;

namespace {

const QDate kDay(2026, 11, 24);
const QDateTime kNow(kDay, QTime(18, 0), Qt::UTC);
/// Far longer than the form's draft delay (a second after the last change), so only
/// a draft that is never written on its own, or a hung test, runs into it.
constexpr int kDraftPatienceMs = 10000;

void type(const QString& text)
{
    for (const QChar character : text)
        QTest::keyClick(QApplication::focusWidget(), character.toLatin1());
}

void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QTest::keyClick(QApplication::focusWidget(), key, modifiers);
}

class SavesAsItGoesTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        m_document = m_temp.openDocument();
        ASSERT_TRUE(m_document);
        ASSERT_TRUE(m_document->addAthlete(runnerWithRace(QStringLiteral("Ana"))));
        m_ana = m_document->currentAthleteId();
    }

    /// A second connection of its own, as another process would open the file.
    std::unique_ptr<LogStore> reader() const { return m_temp.open(/*readOnly=*/true); }

    std::unique_ptr<LogEntryDialog> openForm()
    {
        auto form =
            std::make_unique<LogEntryDialog>(*m_document, m_ana, newEntryState(kNow), std::nullopt);
        form->show();
        EXPECT_TRUE(QTest::qWaitForWindowActive(form.get()));
        form->repTable()->setCurrentIndex(form->repModel()->index(0, RepTableModel::Distance));
        form->repTable()->setFocus();
        return form;
    }

    /// The athlete's draft as the second connection reads it, once it is there: the
    /// app keeps running (events, timers) meanwhile, as it would while the user pauses.
    std::optional<EntryDraft> draftOnDisk() const
    {
        QDeadlineTimer patience(kDraftPatienceMs);
        while (true) {
            if (auto store = reader()) {
                auto draft = store->drafts().find(m_ana);
                if (draft.ok() && *draft)
                    return **draft;
            }
            if (patience.hasExpired())
                return std::nullopt;
            QTest::qWait(100);
        }
    }

    TempStore m_temp;
    std::unique_ptr<LogDocument> m_document;
    AthleteId m_ana;
};

} // namespace

TEST_F(SavesAsItGoesTest, EveryDocumentEditIsInTheFileWhileTheDocumentIsOpen)
{
    Athlete edited = *m_document->currentAthlete();
    edited.maxHeartRate = 191;
    ASSERT_TRUE(m_document->editAthlete(edited));
    const LoggedSession run = intervalSession(m_ana, kDay, {92.1, 91.4, 90.8, 90.2});
    const LoggedSessionId logged = m_document->loggedSessions().logSession(run);
    ASSERT_TRUE(logged.isValid());
    const TemplateId tempo = m_document->library().addTemplate(tempoSession());
    ASSERT_TRUE(tempo.isValid());
    ASSERT_TRUE(m_document->library().renameTemplate(tempo, QStringLiteral("Renamed")));
    m_document->undoStack()->undo(); // an undo is an edit too
    const PlannedSessionId planned = m_document->plan().planTemplate(m_ana, tempo, kDay);
    ASSERT_TRUE(planned.isValid());
    auto steps = parseSessionNotation(u"wu 15min @E; 6x800m @I / 2min jog; cd 10min @E");
    ASSERT_TRUE(steps.ok());
    ASSERT_TRUE(m_document->plan().editSessionSteps(planned, *steps, QStringLiteral("Steps")));
    ASSERT_TRUE(m_document->plan().setRestDay(m_ana, kDay.addDays(1), true));

    // Nothing is closed or saved: the document stays open while the file is read.
    const auto store = reader();
    ASSERT_TRUE(store);
    auto athletes = store->athletes().all();
    ASSERT_TRUE(athletes.ok());
    ASSERT_EQ(athletes->size(), 1u);
    EXPECT_EQ(athletes->front().name, QStringLiteral("Ana"));
    EXPECT_EQ(athletes->front().maxHeartRate, 191);
    auto session = store->sessions().find(logged);
    ASSERT_TRUE(session.ok()) << session.errorMessage().toStdString();
    ASSERT_EQ(session->reps.size(), run.reps.size());
    for (size_t rep = 0; rep < run.reps.size(); ++rep)
        EXPECT_DOUBLE_EQ(session->reps[rep].time.seconds, run.reps[rep].time.seconds);
    auto library = store->templates().find(tempo);
    ASSERT_TRUE(library.ok());
    EXPECT_EQ(library->name, tempoSession().name) << "the undone rename is undone on disk too";
    auto plan = store->plans().find(planned);
    ASSERT_TRUE(plan.ok());
    EXPECT_EQ(formatSessionNotation(plan->steps), formatSessionNotation(*steps));
    auto rests = store->plans().restDays(m_ana, kDay, kDay.addDays(7));
    ASSERT_TRUE(rests.ok());
    ASSERT_EQ(rests->size(), 1u);
    EXPECT_EQ(rests->front().date, kDay.addDays(1));
}

TEST_F(SavesAsItGoesTest, ASessionTypedInTheFormIsInTheFileOnceSaved)
{
    auto form = openForm();
    type(QStringLiteral("400"));
    press(Qt::Key_Tab);
    for (const QString& split : {QStringLiteral("1:31.5"), QStringLiteral("90.7")}) {
        type(split);
        press(Qt::Key_Return);
    }
    press(Qt::Key_S, Qt::ControlModifier);
    ASSERT_EQ(form->result(), QDialog::Accepted) << form->problemsText().toStdString();

    const auto store = reader();
    ASSERT_TRUE(store);
    auto session = store->sessions().find(form->savedSession());
    ASSERT_TRUE(session.ok()) << session.errorMessage().toStdString();
    ASSERT_EQ(session->reps.size(), 2u);
    EXPECT_DOUBLE_EQ(session->reps[0].time.seconds, 91.5);
    EXPECT_DOUBLE_EQ(session->reps[1].time.seconds, 90.7);
}

TEST_F(SavesAsItGoesTest, WhatIsTypedInTheOpenFormIsKeptAsADraftWithoutClosingIt)
{
    auto form = openForm();
    type(QStringLiteral("400"));
    press(Qt::Key_Tab);
    type(QStringLiteral("1:32.4"));
    press(Qt::Key_Return);
    type(QStringLiteral("1:3x")); // not a time yet: a draft keeps it all the same
    press(Qt::Key_Return);

    // The form stays open: no Cancel, no close, no saveDraftNow().
    const auto draft = draftOnDisk();
    ASSERT_TRUE(draft) << "nothing typed reached the file within " << kDraftPatienceMs << " ms";
    EXPECT_TRUE(form->isVisible());
    EXPECT_FALSE(draft->editing);
    const auto state = entryStateFromDraft(draft->content);
    ASSERT_TRUE(state);
    EXPECT_EQ(*state, form->state());
    ASSERT_GE(state->reps.size(), 2u);
    EXPECT_EQ(state->reps[1].time, QStringLiteral("1:3x"));
}
