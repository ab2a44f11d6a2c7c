// The Log screen's detail panel: header, stability figures, splits, planned versus done.

#include "ui/log/SessionDetailPanel.h"

#include "LogScreenTestSupport.h"
#include "UiTestSupport.h"
#include "core/science/PlanComparison.h"
#include "core/store/LogStore.h"
#include "core/store/PlanStore.h"
#include "core/store/SessionStore.h"
#include "ui/charts/SplitsChart.h"
#include "ui/document/LogDocument.h"
#include "ui/document/LoggedSessions.h"
#include "ui/log/SessionDetailText.h"

#include <QLabel>
#include <QListWidget>

#include <gtest/gtest.h>

using namespace paceline;
using namespace paceline::test;

namespace {

struct PanelFixture {
    TempStore temp;
    std::unique_ptr<LogDocument> document = temp.openDocument();
    AthleteId athlete;
    QDate day{2026, 11, 17};

    PanelFixture()
    {
        document->addAthlete(runnerWithRace(QStringLiteral("Ana")));
        athlete = document->currentAthleteId();
    }

    /// 3 x (400 m @I, 90 s) planned; logged with the second recovery cut to 60 s, the
    /// last rep cut to 300 m and the last recovery not run.
    LoggedSessionId logShortenedIntervals()
    {
        PlannedSession plan = intervalPlan(athlete, day, 3);
        EXPECT_TRUE(document->store().plans().insert(plan).ok());
        LoggedSession session = intervalSession(athlete, day, {});
        session.plannedSessionId = plan.id;
        session.reps = repsFromPlan(plan.steps);
        EXPECT_EQ(session.reps.size(), 6u);
        const double times[] = {92.0, 90.0, 91.0, 60.0, 70.0};
        for (size_t i = 0; i < 5; ++i)
            session.reps[i].time = Duration{times[i]};
        session.reps[4].distance = Distance{300.0};
        session.reps.pop_back();
        session.wellness.sleep = 4;
        session.formNotes = QStringLiteral("Relaxed arms");
        session.stability = PaceStability{3, 1.23, 2.0, Duration{4.5}, 3, 2, 1.0};
        EXPECT_TRUE(document->store().sessions().insert(session).ok());
        return session.id;
    }
};

QString labelText(const QWidget& parent, const char* name)
{
    const auto* label = parent.findChild<QLabel*>(QString::fromLatin1(name));
    return label ? label->text() : QStringLiteral("<missing %1>").arg(QString::fromLatin1(name));
}

QStringList planRows(const SessionDetailPanel& panel)
{
    QStringList rows;
    const auto* list = panel.findChild<QListWidget*>(QStringLiteral("planList"));
    for (int row = 0; list && row < list->count(); ++row)
        rows << list->item(row)->text();
    return rows;
}

} // namespace

TEST(SessionDetailPanel, SaysWhatToDoWithoutASession)
{
    PanelFixture f;
    SessionDetailPanel panel(*f.document, LogViewActions{});
    const auto* placeholder = panel.findChild<QLabel*>(QStringLiteral("detailPlaceholder"));
    ASSERT_NE(placeholder, nullptr);
    EXPECT_TRUE(placeholder->isVisibleTo(&panel));
    EXPECT_FALSE(panel.sessionId().has_value());
}

TEST(SessionDetailPanel, ShowsTheHeaderAndFigures)
{
    PanelFixture f;
    const LoggedSessionId id = f.logShortenedIntervals();
    SessionDetailPanel panel(*f.document, LogViewActions{});
    panel.showSession(id);
    EXPECT_EQ(labelText(panel, "sessionWhen"), QStringLiteral("Tue 17 Nov 2026, 18:00 · Run"));
    EXPECT_TRUE(labelText(panel, "sessionFacts").contains(QStringLiteral("session RPE 7")));
    EXPECT_EQ(labelText(panel, "sessionWellness"), QStringLiteral("Sleep 4/5"));
    EXPECT_EQ(labelText(panel, "sessionNotes"), QStringLiteral("Form: Relaxed arms"));
    EXPECT_EQ(labelText(panel, "figureValue0"), QStringLiteral("1.2 %"));
    EXPECT_EQ(labelText(panel, "figureValue1"), QStringLiteral("+2.0 %"));
    EXPECT_EQ(labelText(panel, "figureValue2"), QStringLiteral("4.5 s/km"));
    EXPECT_EQ(labelText(panel, "figureValue3"), QStringLiteral("2 of 3"));
    EXPECT_EQ(labelText(panel, "figureValue4"), QStringLiteral("+1.0"));
    const auto* cv = panel.findChild<QLabel*>(QStringLiteral("figureValue0"));
    ASSERT_NE(cv, nullptr);
    EXPECT_TRUE(cv->toolTip().contains(QStringLiteral("coefficient of variation")));
}

TEST(SessionDetailPanel, ChartsTheWorkRepsAgainstTheirBands)
{
    PanelFixture f;
    const LoggedSessionId id = f.logShortenedIntervals();
    SessionDetailPanel panel(*f.document, LogViewActions{});
    panel.showSession(id);
    const std::vector<SplitPoint>& splits = panel.splitsChart()->splits();
    ASSERT_EQ(splits.size(), 3u);
    EXPECT_EQ(splits[2].distance.metres, 300.0);
    // @I gives each rep a band from the athlete's training paces.
    EXPECT_TRUE(splits[0].band.has_value());
}

TEST(SessionDetailPanel, ListsWhatBecameOfEachPlannedStep)
{
    PanelFixture f;
    const LoggedSessionId id = f.logShortenedIntervals();
    SessionDetailPanel panel(*f.document, LogViewActions{});
    panel.showSession(id);
    const QStringList rows = planRows(panel);
    ASSERT_EQ(rows.size(), 6) << rows.join(QLatin1Char('\n')).toStdString();
    EXPECT_EQ(rows[0], QStringLiteral("Work 400 m @I, #1: ✓ completed"));
    EXPECT_EQ(rows.filter(QStringLiteral("✓ completed")).size(), 3);
    EXPECT_EQ(rows.filter(QStringLiteral("Work 400 m @I, #3: ◐ shortened (75 % done)")).size(), 1);
    EXPECT_EQ(rows.filter(QStringLiteral("◐ shortened (67 % done)")).size(), 1);
    EXPECT_EQ(rows.filter(QStringLiteral(", #3: ✗ skipped")).size(), 1);
    EXPECT_EQ(labelText(panel, "planStatus"),
              QStringLiteral("3 completed · 2 shortened · 1 skipped (of 6 planned steps)"));
}

TEST(SessionDetailPanel, SaysWhenThereIsNoPlanToCompare)
{
    PanelFixture f;
    LoggedSession run = easyRun(f.athlete, f.day, 8.0, 45.0, 4);
    ASSERT_TRUE(f.document->store().sessions().insert(run).ok());
    SessionDetailPanel panel(*f.document, LogViewActions{});
    panel.showSession(run.id);
    EXPECT_TRUE(planRows(panel).isEmpty());
    EXPECT_TRUE(labelText(panel, "planStatus").startsWith(QStringLiteral("Not linked")));
    EXPECT_TRUE(panel.splitsChart()->isShowingEmptyState());
}

TEST(SessionDetailPanel, FollowsEditsAndRemovalOfItsSession)
{
    PanelFixture f;
    const LoggedSessionId id = f.logShortenedIntervals();
    SessionDetailPanel panel(*f.document, LogViewActions{});
    panel.showSession(id);
    LoggedSession changed = *f.document->loggedSessions().session(id);
    changed.title = QStringLiteral("Renamed");
    ASSERT_TRUE(f.document->loggedSessions().editSession(changed));
    EXPECT_EQ(labelText(panel, "sessionTitle"), QStringLiteral("Renamed"));
    ASSERT_TRUE(f.document->loggedSessions().removeSession(id));
    EXPECT_FALSE(panel.sessionId().has_value());
}

TEST(SessionDetailText, SummarisesThePlanAndMarksOutcomesWithASymbol)
{
    std::vector<PlannedStepResult> results(2);
    results[0].outcome = results[1].outcome = StepOutcome::Completed;
    EXPECT_EQ(planSummaryText(results), QStringLiteral("All 2 planned steps completed"));
    results[1].outcome = StepOutcome::Shortened;
    results[1].fraction = 0.504;
    EXPECT_EQ(planSummaryText(results),
              QStringLiteral("1 completed · 1 shortened (of 2 planned steps)"));
    const OutcomeStyle shortened = outcomeStyle(results[1]);
    EXPECT_EQ(shortened.symbol, QStringLiteral("◐"));
    EXPECT_EQ(shortened.word, QStringLiteral("shortened (50 % done)"));
    EXPECT_NE(shortened.color, outcomeStyle(results[0]).color);
}
