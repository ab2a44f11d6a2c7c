// The Log screen: selection, filters, empty states and following the document.

#include "ui/log/LogView.h"

#include "LogScreenTestSupport.h"
#include "UiTestSupport.h"
#include "core/store/LogStore.h"
#include "core/store/SessionStore.h"
#include "ui/document/LogDocument.h"
#include "ui/document/LoggedSessions.h"
#include "ui/log/SessionDetailPanel.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QToolButton>

#include <gtest/gtest.h>

using namespace paceline;
using namespace paceline::test;

namespace {

const QDate kLastDay(2026, 11, 22);

struct ViewFixture {
    TempStore temp;
    std::unique_ptr<LogDocument> document = temp.openDocument();
    QAction editAthlete{QStringLiteral("Edit Athlete")};
    QAction newAthlete{QStringLiteral("New Athlete")};
    QAction logWorkout{QStringLiteral("Log Workout")};
    QAction editSession{QStringLiteral("Edit Workout")};
    QAction removeSession{QStringLiteral("Delete Workout")};
    std::vector<LoggedSessionId> weekly; ///< newest first

    LogViewActions actions()
    {
        return {&editAthlete, &newAthlete, &logWorkout, &editSession, &removeSession};
    }

    /// One run a week for `weeks` weeks up to kLastDay, written outside the undo stack.
    void addWeeklyRuns(int weeks)
    {
        document->addAthlete(runnerWithRace(QStringLiteral("Ana")));
        const AthleteId ana = document->currentAthleteId();
        for (int week = 0; week < weeks; ++week) {
            LoggedSession run = easyRun(ana, kLastDay.addDays(-7 * week), 8.0, 45.0, 4);
            ASSERT_TRUE(document->store().sessions().insert(run).ok());
            weekly.push_back(run.id);
        }
        document->reload();
    }
};

QTableView* tableOf(LogView& view)
{
    return view.findChild<QTableView*>(QStringLiteral("sessionTable"));
}

bool hasButton(const QWidget& parent, const QString& text)
{
    const auto buttons = parent.findChildren<QPushButton*>();
    return std::any_of(buttons.begin(), buttons.end(),
                       [&](const QPushButton* button) { return button->text() == text; });
}

} // namespace

TEST(LogView, OffersToLogTheFirstWorkout)
{
    ViewFixture f;
    f.document->addAthlete(runnerWithRace(QStringLiteral("Ana")));
    LogView view(*f.document, f.actions());
    EXPECT_FALSE(view.selectedSession().has_value());
    EXPECT_TRUE(hasButton(view, QStringLiteral("Log Workout")));
    EXPECT_FALSE(tableOf(view)->isVisibleTo(&view));
    // The first session replaces the invitation and is shown at once.
    const LoggedSessionId first = f.document->loggedSessions().logSession(
        easyRun(f.document->currentAthleteId(), kLastDay, 8.0, 45.0, 4));
    ASSERT_TRUE(first.isValid());
    EXPECT_TRUE(tableOf(view)->isVisibleTo(&view));
    EXPECT_EQ(view.selectedSession(), first);
}

TEST(LogView, SelectsTheNewestSessionAndShowsIt)
{
    ViewFixture f;
    f.addWeeklyRuns(3);
    LogView view(*f.document, f.actions());
    EXPECT_EQ(view.selectedSession(), f.weekly.front());
    const auto* detail = view.findChild<SessionDetailPanel*>();
    ASSERT_NE(detail, nullptr);
    EXPECT_EQ(detail->sessionId(), f.weekly.front());
}

TEST(LogView, SelectsAnOldSessionByReadingBackToIt)
{
    ViewFixture f;
    f.addWeeklyRuns(80); // about a year and a half: the oldest is not read at first
    LogView view(*f.document, f.actions());
    QSignalSpy changed(&view, &LogView::selectedSessionChanged);
    EXPECT_TRUE(view.selectSession(f.weekly.back()));
    EXPECT_EQ(view.selectedSession(), f.weekly.back());
    EXPECT_EQ(changed.count(), 1);
    EXPECT_FALSE(view.selectSession(LoggedSessionId{99999}));
}

TEST(LogView, SaysWhenFiltersMatchNothingAndClearsThem)
{
    ViewFixture f;
    f.addWeeklyRuns(3);
    LogView view(*f.document, f.actions());
    auto* sport = view.findChild<QComboBox*>(QStringLiteral("sportFilter"));
    ASSERT_NE(sport, nullptr);
    sport->setCurrentIndex(sport->findText(QStringLiteral("Swim")));
    auto* noMatch = view.findChild<QWidget*>(QStringLiteral("noMatchingSessions"));
    ASSERT_NE(noMatch, nullptr);
    EXPECT_TRUE(noMatch->isVisibleTo(&view));
    EXPECT_FALSE(view.selectedSession().has_value());
    const auto buttons = noMatch->findChildren<QPushButton*>();
    ASSERT_EQ(buttons.size(), 1);
    buttons.front()->click();
    EXPECT_EQ(sport->currentIndex(), 0);
    EXPECT_FALSE(noMatch->isVisibleTo(&view));
    EXPECT_EQ(tableOf(view)->model()->rowCount(), 3);
    EXPECT_EQ(view.selectedSession(), f.weekly.front());
}

TEST(LogView, ShowsANewlyLoggedSessionAndMovesOnWhenOneIsDeleted)
{
    ViewFixture f;
    f.addWeeklyRuns(3);
    LogView view(*f.document, f.actions());
    LoggedSession intervals =
        intervalSession(f.document->currentAthleteId(), kLastDay.addDays(-3), {92, 91});
    const LoggedSessionId added = f.document->loggedSessions().logSession(intervals);
    ASSERT_TRUE(added.isValid());
    EXPECT_EQ(view.selectedSession(), added);
    EXPECT_EQ(tableOf(view)->model()->rowCount(), 4);
    // Deleting it selects the session that took its row: the next older one.
    ASSERT_TRUE(f.document->loggedSessions().removeSession(added));
    EXPECT_EQ(view.selectedSession(), f.weekly[1]);
    f.document->undoStack()->undo();
    EXPECT_EQ(tableOf(view)->model()->rowCount(), 4);
}

TEST(LogView, KeepsTheSelectionWhenTheSessionMovesInTime)
{
    ViewFixture f;
    f.addWeeklyRuns(3);
    LogView view(*f.document, f.actions());
    ASSERT_TRUE(view.selectSession(f.weekly[2]));
    LoggedSession moved = *f.document->loggedSessions().session(f.weekly[2]);
    moved.start = moved.start.addDays(20); // now the newest
    ASSERT_TRUE(f.document->loggedSessions().editSession(moved));
    EXPECT_EQ(view.selectedSession(), f.weekly[2]);
    EXPECT_EQ(tableOf(view)->currentIndex().row(), 0);
}

TEST(LogView, EnterOpensTheSelectedSession)
{
    ViewFixture f;
    f.addWeeklyRuns(2);
    LogView view(*f.document, f.actions());
    QSignalSpy activated(&view, &LogView::sessionActivated);
    QTest::keyClick(tableOf(view), Qt::Key_Return);
    ASSERT_EQ(activated.count(), 1);
    EXPECT_EQ(activated.front().front().value<LoggedSessionId>(), f.weekly.front());
}

TEST(LogView, AFirstDayStartsThreeMonthsBeforeTheNewestSession)
{
    ViewFixture f;
    f.addWeeklyRuns(30);
    LogView view(*f.document, f.actions());
    auto* useFrom = view.findChild<QCheckBox*>(QStringLiteral("useFromFilter"));
    ASSERT_NE(useFrom, nullptr);
    useFrom->setChecked(true);
    // 22 Aug to 22 Nov 2026 is 92 days: the runs of weeks 0 to 13.
    EXPECT_EQ(tableOf(view)->model()->rowCount(), 14);
    EXPECT_EQ(view.selectedSession(), f.weekly.front());
    auto* clear = view.findChild<QToolButton*>(QStringLiteral("clearFilters"));
    ASSERT_NE(clear, nullptr);
    EXPECT_TRUE(clear->isEnabled());
    clear->click();
    EXPECT_FALSE(useFrom->isChecked());
    EXPECT_EQ(tableOf(view)->model()->rowCount(), 26);
}
