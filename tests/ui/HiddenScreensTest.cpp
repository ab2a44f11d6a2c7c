// Screens hidden behind another in the main window (issue 8): an athlete switch made on
// one screen is not read by the others at once (that made each switch slow in a big
// log), yet each shows the new athlete's training as soon as it is shown again.

#include "PlanTestSupport.h"
#include "ui/charts/PlanLoadChart.h"
#include "ui/document/LogDocument.h"
#include "ui/document/LoggedSessions.h"
#include "ui/document/TrainingPlan.h"
#include "ui/log/LogView.h"
#include "ui/log/SessionDetailPanel.h"
#include "ui/models/PlanWeekModel.h"
#include "ui/planner/PlannerView.h"
#include "ui/shell/AppSettings.h"
#include "ui/shell/MainWindow.h"

#include <QAction>
#include <QLabel>
#include <QSettings>
#include <QTest>

#include <gtest/gtest.h>

using namespace paceline;
using namespace paceline::test;

namespace {

class HiddenScreens : public PlanFixture {
protected:
    /// The main window on the log of the fixture (Ana current), shown on `view`.
    void openWindow(const QString& view)
    {
        m_window = std::make_unique<MainWindow>(std::move(m_document), m_settings);
        m_window->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(m_window.get()));
        ASSERT_TRUE(m_window->showView(view));
    }

    LogDocument& windowDocument() { return m_window->document(); }

    /// The names of the planned sessions the planner's model holds for `day`.
    QStringList plannedNames(QDate day)
    {
        auto* planner = m_window->findChild<PlannerView*>();
        QStringList names;
        if (!planner)
            return names;
        for (const PlanDay& shown : planner->model().days()) {
            if (shown.date != day)
                continue;
            for (const PlannedSession& session : shown.sessions)
                names << session.name;
        }
        return names;
    }

    AppSettings m_settings{false};
    std::unique_ptr<MainWindow> m_window;
};

TEST_F(HiddenScreens, ThePlannerShowsTheNewAthletesWeekWhenShownAgain)
{
    plan(m_intervals, kTuesday, m_ana);
    plan(m_tempo, kTuesday, m_ben);
    openWindow(QStringLiteral("planner"));
    m_window->showPlannerWeek(kTuesday);
    ASSERT_EQ(plannedNames(kTuesday), QStringList{QStringLiteral("Intervals")});

    m_window->showView(QStringLiteral("log"));
    windowDocument().setCurrentAthlete(m_ben);
    // Hidden, the planner has not read Ben's week yet...
    EXPECT_EQ(plannedNames(kTuesday), QStringList{QStringLiteral("Intervals")});
    // ...and shows it as soon as it is shown.
    m_window->showView(QStringLiteral("planner"));
    EXPECT_EQ(plannedNames(kTuesday), QStringList{QStringLiteral("Tempo")});
}

TEST_F(HiddenScreens, APlanEditMadeWhileThePlannerIsHiddenIsShownWithIt)
{
    openWindow(QStringLiteral("planner"));
    m_window->showPlannerWeek(kTuesday);
    ASSERT_TRUE(plannedNames(kTuesday).isEmpty());

    m_window->showView(QStringLiteral("analysis"));
    ASSERT_TRUE(windowDocument().plan().planTemplate(m_ana, m_tempo, kTuesday).isValid());
    // Read when shown, not at the edit.
    EXPECT_TRUE(plannedNames(kTuesday).isEmpty());
    m_window->showView(QStringLiteral("planner"));
    EXPECT_EQ(plannedNames(kTuesday), QStringList{QStringLiteral("Tempo")});
}

TEST_F(HiddenScreens, TheLogDetailShowsTheNewAthletesSessionWhenShownAgain)
{
    const LoggedSessionId anas =
        m_document->loggedSessions().logSession(easyRun(m_ana, kTuesday, 10, 50, 3));
    const LoggedSessionId bens =
        m_document->loggedSessions().logSession(easyRun(m_ben, kTuesday, 8, 45, 4));
    ASSERT_TRUE(anas.isValid() && bens.isValid());
    openWindow(QStringLiteral("log"));
    auto* log = m_window->findChild<LogView*>();
    auto* detail = m_window->findChild<SessionDetailPanel*>();
    ASSERT_TRUE(log && detail);
    ASSERT_EQ(detail->sessionId(), anas);

    m_window->showView(QStringLiteral("planner"));
    windowDocument().setCurrentAthlete(m_ben);
    // The selection follows at once (Edit Logged Workout acts on it from any screen);
    // the detail waits until the log is shown.
    EXPECT_EQ(log->selectedSession(), bens);
    EXPECT_EQ(detail->sessionId(), anas);
    m_window->showView(QStringLiteral("log"));
    EXPECT_EQ(detail->sessionId(), bens);
}

TEST_F(HiddenScreens, TheSessionsScreenUsesTheNewAthletesUnitsWhenShownAgain)
{
    Athlete ben = *m_document->athlete(m_ben);
    ben.units = UnitSystem::Imperial;
    ASSERT_TRUE(m_document->editAthlete(ben));
    m_document->setCurrentAthlete(m_ana);
    openWindow(QStringLiteral("log"));
    ASSERT_TRUE(m_window->showSession(QStringLiteral("Tempo")));
    auto* totals = m_window->findChild<QLabel*>(QStringLiteral("sessionTotals"));
    ASSERT_NE(totals, nullptr);
    ASSERT_TRUE(totals->text().contains(QStringLiteral(" km"))) << totals->text().toStdString();

    m_window->showView(QStringLiteral("log"));
    windowDocument().setCurrentAthlete(m_ben);
    EXPECT_TRUE(totals->text().contains(QStringLiteral(" km")));
    m_window->showView(QStringLiteral("sessions"));
    EXPECT_TRUE(totals->text().contains(QStringLiteral(" mi"))) << totals->text().toStdString();
}

TEST_F(HiddenScreens, EditLoggedWorkoutWorksFromAnotherScreenTheAppStartedOn)
{
    const LoggedSessionId anas =
        m_document->loggedSessions().logSession(easyRun(m_ana, kTuesday, 10, 50, 3));
    ASSERT_TRUE(anas.isValid());
    // Started on the Planner: the Log screen's selection is what the Log menu's Edit and
    // Delete act on, from any screen, so it is there although the Log was never shown.
    QSettings().clear();
    AppSettings remembering(/*remember=*/true);
    remembering.setLastView(QStringLiteral("planner"));
    MainWindow window(std::move(m_document), remembering);
    QSettings().clear();
    ASSERT_EQ(window.currentView(), QStringLiteral("planner"));
    QAction* edit = nullptr;
    for (QAction* action : window.findChildren<QAction*>()) {
        if (action->text().remove(QLatin1Char('&')).startsWith(QStringLiteral("Edit Logged")))
            edit = action;
    }
    ASSERT_NE(edit, nullptr);
    EXPECT_TRUE(edit->isEnabled());
    auto* log = window.findChild<LogView*>();
    ASSERT_NE(log, nullptr);
    EXPECT_EQ(log->selectedSession(), anas);
}

TEST_F(HiddenScreens, ThePlannersLoadFollowsTheAthleteWhenNeitherHasAPlannedWeek)
{
    // Nothing planned for either: the week's days read the same for both athletes, yet
    // last week's actual load (and the fatigue) are Ana's, then Ben's.
    ASSERT_TRUE(
        m_document->loggedSessions().logSession(easyRun(m_ana, kTuesday, 10, 50, 3)).isValid());
    openWindow(QStringLiteral("planner"));
    m_window->showPlannerWeek(kTuesday.addDays(7));
    QTest::qWait(0);
    auto* chart = m_window->findChild<PlanLoadChart*>();
    ASSERT_NE(chart, nullptr);
    const QString anas = chart->summaryText();

    windowDocument().setCurrentAthlete(m_ben);
    QTest::qWait(0);
    EXPECT_NE(chart->summaryText().toStdString(), anas.toStdString());
    const QString bens = chart->summaryText();

    // The same through a switch made while the planner was hidden.
    m_window->showView(QStringLiteral("log"));
    windowDocument().setCurrentAthlete(m_ana);
    m_window->showView(QStringLiteral("planner"));
    QTest::qWait(0);
    EXPECT_EQ(chart->summaryText().toStdString(), anas.toStdString()) << bens.toStdString();
}

} // namespace
