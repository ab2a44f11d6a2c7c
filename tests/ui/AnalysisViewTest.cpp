// The Analysis screen on a small hand-computed log: the bars and points it draws, the
// range selector, the empty state, hover and click, export, the load measure, the dark
// palette, and when it re-reads the store.

#include "ui/analysis/AnalysisView.h"

#include "AnalysisTestSupport.h"
#include "PlannerTestSupport.h"
#include "ui/analysis/LoadPanel.h"
#include "ui/charts/ChartTools.h"
#include "ui/charts/FitnessChart.h"
#include "ui/charts/MonotonyChart.h"
#include "ui/charts/WeeklyLoadChart.h"
#include "ui/document/LogDocument.h"
#include "ui/document/LoggedSessions.h"
#include "ui/shell/EmptyState.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QLabel>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <qcustomplot.h>

#include <gtest/gtest.h>

#include <cmath>

using namespace paceline;
using namespace paceline::test;

namespace {

/// The Analysis screen on the test log, shown, four weeks to the test's today.
struct ShownView {
    AnalysisLog log;
    AnalysisView view{*log.document};

    explicit ShownView(AnalysisRange range = AnalysisRange::FourWeeks)
    {
        view.setToday(kAnalysisToday);
        view.setRange(range);
        view.resize(1200, 1000);
        view.show();
        settle();
    }
    void settle()
    {
        QApplication::processEvents();
        for (ChartFrame* chart :
             {static_cast<ChartFrame*>(weekly()), static_cast<ChartFrame*>(fitness())})
            chart->plot()->replot();
    }
    WeeklyLoadChart* weekly() const { return view.loadPanel()->weeklyChart(); }
    FitnessChart* fitness() const { return view.loadPanel()->fitnessChart(); }
    MonotonyChart* monotony() const { return view.loadPanel()->monotonyChart(); }
};

/// Each stacked series' value per week, by series name, in week order.
std::map<QString, std::vector<double>> stackValues(const WeeklyLoadChart& chart)
{
    std::map<QString, std::vector<double>> values;
    for (QCPBars* bars : chart.stackBars()) {
        for (auto point = bars->data()->constBegin(); point != bars->data()->constEnd(); ++point)
            values[bars->name()].push_back(point->value);
    }
    return values;
}

std::vector<QDate> shownWeeks(const WeeklyLoadChart& chart)
{
    std::vector<QDate> weeks;
    for (const WeekFigures& week : chart.data().weeks)
        weeks.push_back(week.weekStart);
    return weeks;
}

/// Low on the bar of the week from `weekStart`, where hovering and clicking find it.
QPoint barPixel(const WeeklyLoadChart& chart, QDate weekStart)
{
    const QCustomPlot* plot = chart.plot();
    return QPoint(int(plot->xAxis->coordToPixel(charts::dayKey(weekStart.addDays(3)))),
                  int(plot->yAxis->coordToPixel(20.0)));
}

} // namespace

TEST(AnalysisView, WeeklyBarsAreTheHandSumsBySport)
{
    ShownView f;
    ASSERT_FALSE(f.view.isShowingEmptyState());
    EXPECT_EQ(shownWeeks(*f.weekly()),
              (std::vector<QDate>{kWeekOf2Nov, kWeekOf9Nov, kWeekOf16Nov, kWeekOf23Nov}));
    const auto values = stackValues(*f.weekly());
    ASSERT_EQ(values.size(), 2u); // run and bike: no empty series
    EXPECT_EQ(values.at(QStringLiteral("Run")), (std::vector<double>{710, 630, 0, 360}));
    EXPECT_EQ(values.at(QStringLiteral("Bike")), (std::vector<double>{0, 0, 210, 0}));
}

TEST(AnalysisView, MonotonyAndFitnessFollowTheSameDays)
{
    ShownView f;
    const std::vector<WeekFigures>& weeks = f.monotony()->data().weeks;
    ASSERT_EQ(weeks.size(), 4u);
    // Week of 9 Nov: loads 0, 180, 0, 0, 0, 0, 450; mean 90, population SD 159.55.
    ASSERT_TRUE(weeks[1].monotony.has_value());
    EXPECT_NEAR(*weeks[1].monotony, 90.0 / std::sqrt((5 * 8100.0 + 8100 + 360 * 360.0) / 7.0),
                1e-9);
    EXPECT_EQ(f.monotony()->strain()->data()->size(), 4);
    // One fitness point per day from 2 Nov to today.
    EXPECT_EQ(f.fitness()->fitness()->data()->size(), 24);
    EXPECT_EQ(f.fitness()->data().days.back().day, kAnalysisToday);
}

TEST(AnalysisView, RangeSelectorChangesTheShownWeeks)
{
    ShownView f;
    QComboBox* range = f.view.rangeCombo();
    range->setCurrentIndex(range->findText(QStringLiteral("12 weeks")));
    QSignalSpy chosen(&f.view, &AnalysisView::rangeChosen);
    Q_EMIT range->activated(range->currentIndex());
    EXPECT_EQ(chosen.size(), 1);
    EXPECT_EQ(f.view.range(), AnalysisRange::TwelveWeeks);
    // Twelve weeks reach back past the first workout: from its week on, not before.
    const std::vector<QDate> weeks = shownWeeks(*f.weekly());
    ASSERT_EQ(weeks.size(), 8u);
    EXPECT_EQ(weeks.front(), QDate(2026, 10, 5));
    EXPECT_EQ(stackValues(*f.weekly()).at(QStringLiteral("Run")).front(), 300.0);
}

TEST(AnalysisView, SummarySaysTheWeekTheRatioAndTheForm)
{
    ShownView f;
    const QString summary = f.view.summaryText();
    EXPECT_TRUE(
        summary.startsWith(QStringLiteral("This week so far: 360 AU (week before: 210 AU).")))
        << summary.toStdString();
    EXPECT_TRUE(summary.contains(QStringLiteral("ACWR"))) << summary.toStdString();
    EXPECT_TRUE(summary.contains(QStringLiteral("Form "))) << summary.toStdString();
}

TEST(AnalysisView, TheSummaryAndMeasureShowOnlyWithTheLoadTab)
{
    // Both speak of load: on the Trends tab they would read as if about the trends.
    ShownView f;
    const auto* summary = f.view.findChild<QLabel*>(QStringLiteral("analysisSummary"));
    const auto* measure = f.view.findChild<QLabel*>(QStringLiteral("analysisMeasure"));
    ASSERT_TRUE(summary && measure);
    ASSERT_TRUE(f.view.showTab(QStringLiteral("load")));
    QApplication::processEvents();
    EXPECT_TRUE(summary->isVisible());
    EXPECT_TRUE(measure->isVisible());
    EXPECT_TRUE(f.view.rangeCombo()->isVisible());

    ASSERT_TRUE(f.view.showTab(QStringLiteral("trends")));
    QApplication::processEvents();
    EXPECT_FALSE(summary->isVisible());
    EXPECT_FALSE(measure->isVisible());
    EXPECT_TRUE(f.view.rangeCombo()->isVisible()); // the range applies to both tabs
    // Still read while hidden, for whoever asks.
    EXPECT_TRUE(f.view.summaryText().startsWith(QStringLiteral("This week so far:")));
}

TEST(AnalysisView, EmptyLogSaysWhatToDoNext)
{
    TempStore temp;
    auto document = temp.openDocument();
    AnalysisView view(*document);
    view.show();
    EXPECT_TRUE(view.isShowingEmptyState());
    document->addAthlete(runnerWithRace(QStringLiteral("Ana")));
    EXPECT_TRUE(view.isShowingEmptyState());
    QString text;
    for (const QLabel* label : view.findChildren<QLabel*>(QStringLiteral("emptyStateText"))) {
        if (label->isVisible())
            text = label->text();
    }
    EXPECT_TRUE(text.contains(QStringLiteral("Ana has no logged workouts"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Log Workout"))) << text.toStdString();
}

TEST(AnalysisView, HoverOverABarShowsTheWeeksFigures)
{
    ShownView f;
    const QString tip = f.weekly()->toolTipAt(barPixel(*f.weekly(), kWeekOf9Nov));
    EXPECT_TRUE(tip.startsWith(QStringLiteral("Week of Mon 9 Nov 2026"))) << tip.toStdString();
    EXPECT_TRUE(tip.contains(QStringLiteral("Logged load: 630 AU"))) << tip.toStdString();
    EXPECT_TRUE(tip.contains(QStringLiteral("planner"))) << tip.toStdString();
    // Left of the first week there is nothing to say.
    const QPoint outside(f.weekly()->plot()->axisRect()->left() - 5,
                         barPixel(*f.weekly(), kWeekOf9Nov).y());
    EXPECT_TRUE(f.weekly()->toolTipAt(outside).isEmpty());
}

TEST(AnalysisView, ClickOnABarAsksForThatWeek)
{
    ShownView f;
    QSignalSpy weeks(&f.view, &AnalysisView::openWeekRequested);
    QTest::mouseClick(f.weekly()->plot(), Qt::LeftButton, {}, barPixel(*f.weekly(), kWeekOf16Nov));
    ASSERT_EQ(weeks.size(), 1);
    EXPECT_EQ(weeks.front().front().toDate(), kWeekOf16Nov);
}

TEST(AnalysisView, ClickOnADayWithOneWorkoutAsksForIt)
{
    ShownView f;
    QSignalSpy sessions(&f.view, &AnalysisView::openSessionRequested);
    QSignalSpy weeks(&f.view, &AnalysisView::openWeekRequested);
    QCustomPlot* plot = f.fitness()->plot();
    const auto dayPixel = [plot](QDate day) {
        return QPoint(int(plot->xAxis->coordToPixel(charts::dayKey(day))),
                      int(plot->yAxis->coordToPixel(0.0)));
    };
    QTest::mouseClick(plot, Qt::LeftButton, {}, dayPixel(QDate(2026, 11, 19)));
    ASSERT_EQ(sessions.size(), 1);
    EXPECT_EQ(sessions.front().front().value<LoggedSessionId>(), f.log.ride);
    // Two workouts that day: the week shows both.
    QTest::mouseClick(plot, Qt::LeftButton, {}, dayPixel(kWeekOf23Nov));
    ASSERT_EQ(weeks.size(), 1);
    EXPECT_EQ(weeks.front().front().toDate(), kWeekOf23Nov);
}

TEST(AnalysisView, ExportWritesAPngAndAPdf)
{
    ShownView f;
    QTemporaryDir dir;
    QString error;
    const QString png = dir.filePath(QStringLiteral("load.png"));
    const QString pdf = dir.filePath(QStringLiteral("fitness.pdf"));
    ASSERT_TRUE(f.weekly()->exportTo(png, &error)) << error.toStdString();
    ASSERT_TRUE(f.fitness()->exportTo(pdf, &error)) << error.toStdString();
    EXPECT_FALSE(QImage(png).isNull());
    QFile pdfFile(pdf);
    ASSERT_TRUE(pdfFile.open(QIODevice::ReadOnly));
    EXPECT_TRUE(pdfFile.read(5).startsWith("%PDF"));
    EXPECT_GT(QFileInfo(pdf).size(), 1000);
    EXPECT_FALSE(f.monotony()->exportTo(dir.filePath(QStringLiteral("x.jpg")), &error));
    EXPECT_TRUE(error.contains(QStringLiteral(".png"))) << error.toStdString();
}

TEST(AnalysisView, TheLoadMeasureChangesTheLoads)
{
    ShownView f;
    f.view.setLoadMeasure(LoadMeasure::Trimp);
    // Only the ride has a heart rate: 48.53 (docs/formulas.md's worked example).
    const auto values = stackValues(*f.weekly());
    ASSERT_EQ(values.size(), 1u);
    const std::vector<double>& bike = values.at(QStringLiteral("Bike"));
    ASSERT_EQ(bike.size(), 4u);
    EXPECT_NEAR(bike[2], 48.53, 0.01);
    EXPECT_EQ(bike[0], 0.0);
    EXPECT_EQ(f.weekly()->plot()->yAxis->label(), QStringLiteral("weekly load (AU)"));
    EXPECT_TRUE(f.view.findChild<QLabel*>(QStringLiteral("analysisMeasure"))
                    ->text()
                    .contains(QStringLiteral("TRIMP")));
}

TEST(AnalysisView, ThePlanIsProjectedOnlyInSessionRpe)
{
    AnalysisLog log;
    PlannedSession tempo =
        plannedSession(log.athlete, kAnalysisToday.addDays(2), QStringLiteral("Tempo"), kTempo);
    ASSERT_TRUE(storePlanned(*log.document, tempo));
    AnalysisView view(*log.document);
    view.setToday(kAnalysisToday);
    view.setRange(AnalysisRange::FourWeeks);
    view.show();
    const LoadChartData& data = view.loadPanel()->fitnessChart()->data();
    EXPECT_TRUE(data.projectionFromPlan);
    // Through the end of the week of the last planned session.
    ASSERT_FALSE(data.projection.empty());
    EXPECT_EQ(data.projection.back().day, QDate(2026, 11, 29));
    ASSERT_EQ(data.plannedWeeks.size(), 1u);
    EXPECT_GT(data.plannedWeeks.front().load, 0.0);
    EXPECT_TRUE(view.loadPanel()->fitnessChart()->projectionNote().isEmpty());

    view.setLoadMeasure(LoadMeasure::RunningTss);
    const LoadChartData& rest = view.loadPanel()->fitnessChart()->data();
    EXPECT_FALSE(rest.projectionFromPlan);
    EXPECT_TRUE(rest.plannedWeeks.empty());
    for (const DayFigures& day : rest.projection)
        EXPECT_EQ(day.load, 0.0);
    EXPECT_TRUE(
        view.loadPanel()->fitnessChart()->projectionNote().contains(QStringLiteral("Session RPE")));
}

TEST(AnalysisView, AnOldLogDoesNotProjectItsMissedPlanAsAhead)
{
    // The log ends Mon 23 Nov 2026; looked at in September 2027 it ends there, and
    // the session planned for 27 Nov 2026 was missed: it is past, not a projection.
    AnalysisLog log;
    PlannedSession tempo =
        plannedSession(log.athlete, QDate(2026, 11, 27), QStringLiteral("Tempo"), kTempo);
    ASSERT_TRUE(storePlanned(*log.document, tempo));
    AnalysisView view(*log.document);
    view.setToday(QDate(2027, 9, 1));
    view.setRange(AnalysisRange::FourWeeks);
    view.show();
    const LoadChartData& data = view.loadPanel()->fitnessChart()->data();
    EXPECT_FALSE(data.projectionFromPlan);
    EXPECT_TRUE(data.plannedWeeks.empty());
    for (const DayFigures& day : data.projection)
        EXPECT_EQ(day.load, 0.0);
}

TEST(AnalysisView, DarkPaletteDarkensThePlotBackground)
{
    ShownView f;
    QCustomPlot* plot = f.weekly()->plot();
    const QColor lightCorner = plot->toPixmap(300, 200).toImage().pixelColor(2, 2);
    f.view.setPalette(darkPalette());
    QApplication::processEvents();
    const QColor darkCorner = plot->toPixmap(300, 200).toImage().pixelColor(2, 2);
    EXPECT_EQ(darkCorner, darkPalette().color(QPalette::Base));
    EXPECT_NE(darkCorner, lightCorner);
    // The axes' labels follow the palette's text colour, so they stay readable.
    EXPECT_EQ(plot->yAxis->labelColor(), darkPalette().color(QPalette::WindowText));
}

TEST(AnalysisView, ReReadsAtOnceWhileShownAndOnTheNextShowOtherwise)
{
    ShownView f;
    LoggedSessions& sessions = f.log.document->loggedSessions();
    sessions.logSession(easyRun(f.log.athlete, kAnalysisToday, 8, 40, 5)); // +200 AU
    EXPECT_FALSE(f.view.isRefreshPending());
    EXPECT_EQ(stackValues(*f.weekly()).at(QStringLiteral("Run")).back(), 560.0);

    f.view.hide();
    sessions.logSession(easyRun(f.log.athlete, kAnalysisToday, 4, 20, 5)); // +100 AU
    EXPECT_TRUE(f.view.isRefreshPending());
    EXPECT_EQ(stackValues(*f.weekly()).at(QStringLiteral("Run")).back(), 560.0);
    f.view.show();
    EXPECT_FALSE(f.view.isRefreshPending());
    EXPECT_EQ(stackValues(*f.weekly()).at(QStringLiteral("Run")).back(), 660.0);
}

TEST(AnalysisView, StackingByIntensitySplitsTheLoadByZone)
{
    ShownView f;
    f.weekly()->setStacking(LoadStacking::ByIntensity);
    double total = 0.0;
    for (const auto& [name, values] : stackValues(*f.weekly())) {
        EXPECT_TRUE(name.startsWith(QLatin1Char('E')) || name.startsWith(QLatin1Char('M')) ||
                    name.startsWith(QLatin1Char('T')) || name.startsWith(QLatin1Char('I')) ||
                    name.startsWith(QLatin1Char('R')))
            << name.toStdString();
        total += values[1];
    }
    EXPECT_NEAR(total, 630.0, 1e-9); // the zones share out the week's whole load
}

TEST(AnalysisView, ZoomingOneChartMovesTheOthers)
{
    ShownView f(AnalysisRange::TwelveWeeks);
    const double from = charts::dayKey(kWeekOf9Nov);
    const double to = charts::dayKey(kWeekOf23Nov);
    f.weekly()->plot()->xAxis->setRange(from, to);
    EXPECT_EQ(f.fitness()->plot()->xAxis->range(), QCPRange(from, to));
    EXPECT_EQ(f.monotony()->plot()->xAxis->range(), QCPRange(from, to));
    // The context menu's way back.
    QAction* showAll = nullptr;
    for (QAction* action : f.fitness()->plot()->actions()) {
        if (action->text() == QStringLiteral("Show All Dates"))
            showAll = action;
    }
    ASSERT_NE(showAll, nullptr);
    showAll->trigger();
    EXPECT_LT(f.monotony()->plot()->xAxis->range().lower, charts::dayKey(QDate(2026, 10, 5)));
    EXPECT_GT(f.weekly()->plot()->xAxis->range().upper, charts::dayKey(kAnalysisToday));
}
