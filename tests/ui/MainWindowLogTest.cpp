// The main window's log actions: enabled by writability, athlete and selection; Delete
// removes the selected workout undoably; the form renders for screenshots.

#include "UiTestSupport.h"
#include "core/store/LogStore.h"
#include "core/store/SessionStore.h"
#include "ui/document/LogDocument.h"
#include "ui/document/LoggedSessions.h"
#include "ui/log/EntryDraftJson.h"
#include "ui/log/LogEntryDialog.h"
#include "ui/log/LogView.h"
#include "ui/log/RepTableModel.h"
#include "ui/shell/AppSettings.h"
#include "ui/shell/MainWindow.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QTimer>

#include <gtest/gtest.h>

#include <functional>
#include <map>

using namespace paceline;
using namespace paceline::test;

namespace {

QAction* actionNamed(QMainWindow& window, const QString& text)
{
    for (QAction* action : window.findChildren<QAction*>()) {
        if (action->text().remove(QLatin1Char('&')).startsWith(text))
            return action;
    }
    return nullptr;
}

struct LoggedWindow {
    TempStore temp;
    AppSettings settings{false};
    std::unique_ptr<MainWindow> window;
    LoggedSessionId logged;

    explicit LoggedWindow(bool readOnly = false)
    {
        {
            auto document = temp.openDocument();
            document->addAthlete(runnerWithRace(QStringLiteral("Ana")));
            logged = document->loggedSessions().logSession(
                easyRun(document->currentAthleteId(), QDate(2026, 11, 20), 10, 50, 3));
        }
        window = std::make_unique<MainWindow>(temp.openDocument(readOnly), settings);
        window->show();
    }
    LogView* logView() { return window->findChild<LogView*>(); }
};

} // namespace

TEST(MainWindowLog, ActionsFollowTheSelection)
{
    LoggedWindow f;
    QAction* log = actionNamed(*f.window, QStringLiteral("Log Workout"));
    QAction* edit = actionNamed(*f.window, QStringLiteral("Edit Logged Workout"));
    QAction* remove = actionNamed(*f.window, QStringLiteral("Delete Logged Workout"));
    ASSERT_TRUE(log && edit && remove);
    EXPECT_EQ(log->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_L));
    EXPECT_TRUE(log->isEnabled());
    ASSERT_NE(f.logView(), nullptr);
    ASSERT_TRUE(f.logView()->selectSession(f.logged));
    EXPECT_TRUE(edit->isEnabled());
    EXPECT_TRUE(remove->isEnabled());
    // Deleted, it leaves nothing selected to edit or delete.
    f.window->document().loggedSessions().removeSession(f.logged);
    EXPECT_FALSE(f.logView()->selectedSession());
    EXPECT_FALSE(edit->isEnabled());
    EXPECT_FALSE(remove->isEnabled());
    EXPECT_TRUE(log->isEnabled());
}

TEST(MainWindowLog, ReadOnlyLogOffersNoLogging)
{
    LoggedWindow f(/*readOnly=*/true);
    EXPECT_FALSE(actionNamed(*f.window, QStringLiteral("Log Workout"))->isEnabled());
    ASSERT_TRUE(f.logView()->selectSession(f.logged));
    EXPECT_FALSE(actionNamed(*f.window, QStringLiteral("Delete Logged Workout"))->isEnabled());
}

TEST(MainWindowLog, DeleteRemovesTheSelectedWorkoutUndoably)
{
    LoggedWindow f;
    ASSERT_TRUE(QTest::qWaitForWindowActive(f.window.get()));
    ASSERT_TRUE(f.logView()->selectSession(f.logged));
    auto* list = f.logView()->findChild<QTableView*>(QStringLiteral("sessionTable"));
    ASSERT_NE(list, nullptr);
    list->setFocus();
    QTest::keyClick(list, Qt::Key_Delete);
    LogStore& store = f.window->document().store();
    EXPECT_FALSE(store.sessions().find(f.logged).ok());
    f.window->document().undoStack()->undo();
    EXPECT_TRUE(store.sessions().find(f.logged).ok());
}

TEST(MainWindowLog, TheFormRendersWithAnExample)
{
    LoggedWindow f;
    ASSERT_TRUE(MainWindow::dialogNames().contains(QStringLiteral("log-workout")));
    const auto dialog = f.window->createDialog(QStringLiteral("log-workout"));
    auto* form = qobject_cast<LogEntryDialog*>(dialog.get());
    ASSERT_NE(form, nullptr);
    EXPECT_GE(form->repModel()->rowCount(), 8);
    EXPECT_TRUE(form->problems().empty()) << form->problemsText().toStdString();
    f.window->createDialog(QStringLiteral("log-workout")).reset();
    EXPECT_FALSE(
        f.window->document().loggedSessions().draft(f.window->document().currentAthleteId()))
        << "an example leaves no draft behind";
}

TEST(MainWindowLog, EachAltLetterInTheFormReachesOneField)
{
    LoggedWindow f;
    const auto dialog = f.window->createDialog(QStringLiteral("log-workout"));
    dialog->show();
    std::map<QString, QStringList> claims;
    const auto claim = [&](const QString& text) {
        const QKeySequence key = QKeySequence::mnemonic(text);
        if (!key.isEmpty())
            claims[key.toString()] << text;
    };
    for (QAbstractButton* button : dialog->findChildren<QAbstractButton*>())
        claim(button->text());
    for (QLabel* label : dialog->findChildren<QLabel*>()) {
        if (label->buddy())
            claim(label->text());
    }
    for (const auto& [key, texts] : claims)
        EXPECT_EQ(texts.size(), 1u)
            << key.toStdString() << ": " << texts.join(QStringLiteral(", ")).toStdString();
    EXPECT_GE(claims.size(), 12u);
}

namespace {

/// Answers the modal windows Log Workout opens, one after the other, as a person
/// would: `answer` gets each one and closes it.
class ModalAnswerer {
public:
    explicit ModalAnswerer(std::function<void(QWidget*)> answer) : m_answer(std::move(answer))
    {
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            QWidget* modal = QApplication::activeModalWidget();
            if (modal && modal != m_last) {
                m_last = modal;
                m_answer(modal);
            }
        });
        m_timer.start(5);
    }

private:
    std::function<void(QWidget*)> m_answer;
    QTimer m_timer;
    QWidget* m_last = nullptr;
};

} // namespace

TEST(MainWindowLog, LogWorkoutOffersTheDraftBack)
{
    LoggedWindow f;
    LogDocument& document = f.window->document();
    const AthleteId athlete = document.currentAthleteId();
    EntryFormState typed = newEntryState(QDateTime(QDate(2026, 11, 3), QTime(18, 0), Qt::UTC));
    typed.reps.front().time = QStringLiteral("1:3x");
    ASSERT_TRUE(
        document.loggedSessions().saveDraft({athlete, std::nullopt, entryDraftJson(typed), {}}));

    QString question;
    QString resumedTime;
    ModalAnswerer answerer([&](QWidget* modal) {
        if (auto* box = qobject_cast<QMessageBox*>(modal)) {
            question = box->text();
            for (QAbstractButton* button : box->buttons()) {
                if (button->text().remove(QLatin1Char('&')) == QStringLiteral("Resume"))
                    button->click();
            }
        } else if (auto* form = qobject_cast<LogEntryDialog*>(modal)) {
            resumedTime = form->repModel()->rows().front().time;
            form->reject();
        }
    });
    actionNamed(*f.window, QStringLiteral("Log Workout"))->trigger();
    EXPECT_TRUE(question.startsWith(QStringLiteral("Resume the workout you were entering on")))
        << question.toStdString();
    EXPECT_EQ(resumedTime, QStringLiteral("1:3x"));
    EXPECT_TRUE(document.loggedSessions().draft(athlete)) << "Cancel keeps it";
}

TEST(MainWindowLog, DiscardingTheOfferedDraftStartsAFreshForm)
{
    LoggedWindow f;
    LogDocument& document = f.window->document();
    const AthleteId athlete = document.currentAthleteId();
    EntryFormState typed = newEntryState(QDateTime(QDate(2026, 11, 3), QTime(18, 0), Qt::UTC));
    typed.reps.front().time = QStringLiteral("92");
    ASSERT_TRUE(
        document.loggedSessions().saveDraft({athlete, std::nullopt, entryDraftJson(typed), {}}));

    bool draftGoneWhenFormOpened = false;
    QString firstTime = QStringLiteral("not opened");
    ModalAnswerer answerer([&](QWidget* modal) {
        if (auto* box = qobject_cast<QMessageBox*>(modal)) {
            for (QAbstractButton* button : box->buttons()) {
                if (button->text().remove(QLatin1Char('&')) == QStringLiteral("Discard"))
                    button->click();
            }
        } else if (auto* form = qobject_cast<LogEntryDialog*>(modal)) {
            draftGoneWhenFormOpened = !document.loggedSessions().draft(athlete).has_value();
            firstTime = form->repModel()->rows().front().time;
            form->reject();
        }
    });
    actionNamed(*f.window, QStringLiteral("Log Workout"))->trigger();
    EXPECT_TRUE(draftGoneWhenFormOpened);
    EXPECT_EQ(firstTime, QString());
}

TEST(MainWindowLog, ShowWorkoutSelectsThatDaysSessionInTheLog)
{
    LoggedWindow f;
    f.window->showView(QStringLiteral("planner"));
    EXPECT_FALSE(f.window->showWorkout(QDate(2026, 11, 21))); // nothing logged that day
    ASSERT_TRUE(f.window->showWorkout(QDate(2026, 11, 20)));
    EXPECT_EQ(f.window->currentView(), QStringLiteral("log"));
    EXPECT_EQ(f.logView()->selectedSession(), std::optional<LoggedSessionId>(f.logged));
}
