// The three load charts on hand-made figures (no store, no load series): what they put on
// the plot, what hovering says and what a click asks for; and the shared chart tools.

#include "ui/charts/ChartTools.h"
#include "ui/charts/FitnessChart.h"
#include "ui/charts/MonotonyChart.h"
#include "ui/charts/WeeklyLoadChart.h"

#include <QApplication>
#include <QSignalSpy>
#include <QTest>
#include <qcustomplot.h>

#include <gtest/gtest.h>

#include <cmath>

using namespace paceline;

namespace {

const QDate kMonday(2026, 11, 9);

WeekFigures week(QDate start, double run, double bike)
{
    WeekFigures figures;
    figures.weekStart = start;
    figures.load = run + bike;
    if (run > 0)
        figures.loadBySport[Sport::Run] = run;
    if (bike > 0)
        figures.loadBySport[Sport::Bike] = bike;
    figures.loadByZone[0] = run + bike;
    return figures;
}

/// Two logged weeks (the first with monotony 1.5, the second without), fourteen logged
/// days and, after them, one planned week of 400 AU.
LoadChartData sampleData()
{
    LoadChartData data;
    data.first = kMonday;
    data.last = kMonday.addDays(13);
    data.weeks = {week(kMonday, 600, 150), week(kMonday.addDays(7), 0, 0)};
    data.weeks[0].monotony = 1.5;
    data.weeks[0].strain = 1125;
    for (int i = 0; i < 14; ++i) {
        DayFigures day;
        day.day = kMonday.addDays(i);
        day.load = i == 2 ? 750 : 0;
        day.fitness = 40 + i;
        day.fatigue = 60 - i;
        day.form = day.fitness - day.fatigue;
        if (i >= 7)
            day.acwrEwma = 1.1;
        data.days.push_back(day);
    }
    for (int i = 14; i < 21; ++i) {
        DayFigures day;
        day.day = kMonday.addDays(i);
        day.load = i == 16 ? 400 : 0;
        day.projected = true;
        day.acwrEwma = 0.9;
        data.projection.push_back(day);
    }
    data.projectionFromPlan = true;
    data.plannedWeeks = {{kMonday.addDays(14), 400}};
    data.sessionsPerDay = {{kMonday.addDays(2), 1}, {kMonday.addDays(4), 2}};
    return data;
}

template <typename Chart> void showAndLayOut(Chart& chart)
{
    chart.resize(900, 320);
    chart.show();
    QApplication::processEvents();
    chart.plot()->replot();
}

QPoint keyPixel(const QCustomPlot& plot, QDate day, double value)
{
    return QPoint(int(plot.xAxis->coordToPixel(charts::dayKey(day))),
                  int(plot.yAxis->coordToPixel(value)));
}

} // namespace

TEST(WeeklyLoadChart, PlannedWeeksStackAboveTheLoggedOnes)
{
    WeeklyLoadChart chart;
    chart.setData(sampleData());
    ASSERT_EQ(chart.stackBars().size(), 2u);
    EXPECT_EQ(chart.stackBars()[0]->name(), QStringLiteral("Run"));
    EXPECT_EQ(chart.stackBars()[1]->name(), QStringLiteral("Bike"));
    EXPECT_EQ(chart.stackBars()[1]->barBelow(), chart.stackBars()[0]);
    EXPECT_EQ(chart.plannedBars()->barBelow(), chart.stackBars()[1]);
    ASSERT_EQ(chart.plannedBars()->data()->size(), 1);
    EXPECT_EQ(chart.plannedBars()->data()->at(0)->value, 400.0);
    // The ratio: a gap where it is absent, then the plan's dashed line.
    EXPECT_TRUE(std::isnan(chart.ewmaRatio()->data()->at(0)->value));
    EXPECT_EQ(chart.ewmaRatio()->data()->at(7)->value, 1.1);
    EXPECT_FALSE(chart.rollingRatio()->visible());
    chart.setShowRollingRatio(true);
    EXPECT_TRUE(chart.rollingRatio()->visible());
}

TEST(WeeklyLoadChart, HoverTellsLoggedAndPlannedWeeksApart)
{
    WeeklyLoadChart chart;
    chart.setData(sampleData());
    showAndLayOut(chart);
    const QString logged = chart.toolTipAt(keyPixel(*chart.plot(), kMonday.addDays(3), 10));
    EXPECT_TRUE(logged.contains(QStringLiteral("Logged load: 750 AU"))) << logged.toStdString();
    EXPECT_TRUE(logged.contains(QStringLiteral("Run 600 AU, Bike 150 AU"))) << logged.toStdString();
    const QString planned = chart.toolTipAt(keyPixel(*chart.plot(), kMonday.addDays(17), 10));
    EXPECT_TRUE(planned.contains(QStringLiteral("Planned load: 400 AU"))) << planned.toStdString();
    EXPECT_TRUE(planned.contains(QStringLiteral("as planned"))) << planned.toStdString();
}

TEST(WeeklyLoadChart, ADragPansInsteadOfClicking)
{
    WeeklyLoadChart chart;
    chart.setData(sampleData());
    showAndLayOut(chart);
    QSignalSpy weeks(&chart, &WeeklyLoadChart::weekRequested);
    const QPoint start = keyPixel(*chart.plot(), kMonday.addDays(3), 10);
    QTest::mousePress(chart.plot(), Qt::LeftButton, {}, start);
    QTest::mouseRelease(chart.plot(), Qt::LeftButton, {}, start + QPoint(60, 0));
    EXPECT_EQ(weeks.size(), 0);
    QTest::mouseClick(chart.plot(), Qt::LeftButton, {}, start);
    ASSERT_EQ(weeks.size(), 1);
    EXPECT_EQ(weeks.front().front().toDate(), kMonday);
}

TEST(FitnessChart, ClickOpensTheWorkoutOfADayWithOneAndTheWeekOtherwise)
{
    FitnessChart chart;
    chart.setData(sampleData());
    showAndLayOut(chart);
    QSignalSpy days(&chart, &FitnessChart::dayRequested);
    QSignalSpy weeks(&chart, &FitnessChart::weekRequested);
    const QPoint oneSession = keyPixel(*chart.plot(), kMonday.addDays(2), 0);
    EXPECT_TRUE(chart.toolTipAt(oneSession).contains(QStringLiteral("open this workout")));
    QTest::mouseClick(chart.plot(), Qt::LeftButton, {}, oneSession);
    ASSERT_EQ(days.size(), 1);
    EXPECT_EQ(days.front().front().toDate(), kMonday.addDays(2));
    QTest::mouseClick(chart.plot(), Qt::LeftButton, {},
                      keyPixel(*chart.plot(), kMonday.addDays(4), 0));
    ASSERT_EQ(weeks.size(), 1);
    EXPECT_EQ(weeks.front().front().toDate(), kMonday);
}

TEST(FitnessChart, HoverShowsTheDaysFiguresWithUnits)
{
    FitnessChart chart;
    chart.setData(sampleData());
    showAndLayOut(chart);
    const QString tip = chart.toolTipAt(keyPixel(*chart.plot(), kMonday.addDays(2), 0));
    EXPECT_TRUE(tip.startsWith(QStringLiteral("Wed 11 Nov 2026"))) << tip.toStdString();
    EXPECT_TRUE(tip.contains(QStringLiteral("Fitness 42, fatigue 58, form −16 (AU/day)")))
        << tip.toStdString();
    EXPECT_TRUE(tip.contains(QStringLiteral("Load: 750 AU (1 session)"))) << tip.toStdString();
    const QString ahead = chart.toolTipAt(keyPixel(*chart.plot(), kMonday.addDays(16), 0));
    EXPECT_TRUE(ahead.contains(QStringLiteral("(projected)"))) << ahead.toStdString();
    EXPECT_TRUE(ahead.contains(QStringLiteral("Planned load: 400 AU"))) << ahead.toStdString();
}

TEST(FitnessChart, ProjectedLinesJoinTheLoggedOnes)
{
    FitnessChart chart;
    chart.setData(sampleData());
    // The last logged day and the seven projected ones.
    ASSERT_EQ(chart.fitnessAhead()->data()->size(), 8);
    EXPECT_EQ(chart.fitnessAhead()->data()->at(0)->key, charts::dayKey(kMonday.addDays(13)));
    EXPECT_EQ(chart.fitness()->data()->size(), 14);
    EXPECT_TRUE(chart.projectionNote().isEmpty());
}

TEST(MonotonyChart, AWeekWithoutVariationIsAGap)
{
    MonotonyChart chart;
    chart.setData(sampleData());
    showAndLayOut(chart);
    ASSERT_EQ(chart.monotony()->data()->size(), 2);
    EXPECT_EQ(chart.monotony()->data()->at(0)->value, 1.5);
    EXPECT_TRUE(std::isnan(chart.monotony()->data()->at(1)->value));
    EXPECT_EQ(chart.strain()->data()->at(0)->value, 1125.0);
    const QString tip = chart.toolTipAt(keyPixel(*chart.plot(), kMonday.addDays(10), 10));
    EXPECT_TRUE(tip.contains(QStringLiteral("No monotony"))) << tip.toStdString();
    EXPECT_EQ(chart.plot()->yAxis->label(), QStringLiteral("strain (AU)"));
    EXPECT_EQ(chart.plot()->yAxis2->label(), QStringLiteral("monotony (ratio)"));
}

TEST(ChartTools, DayKeysRoundTrip)
{
    for (QDate day = QDate(2026, 3, 25); day <= QDate(2026, 4, 2); day = day.addDays(1))
        EXPECT_EQ(charts::dayFromKey(charts::dayKey(day)), day);
}

TEST(ChartTools, ZoomStaysWithinTheDaysAndAWeekWide)
{
    QCustomPlot plot;
    const double lower = charts::dayKey(kMonday);
    const double upper = charts::dayKey(kMonday.addDays(60));
    charts::enableTimeZoom(plot, lower, upper);
    EXPECT_EQ(plot.xAxis->range(), QCPRange(lower, upper));
    plot.xAxis->setRange(lower - 1e6, upper + 1e6);
    EXPECT_EQ(plot.xAxis->range(), QCPRange(lower, upper));
    plot.xAxis->setRange(lower + 1000, lower + 2000);
    EXPECT_NEAR(plot.xAxis->range().size(), 7 * 86400.0, 1e-6);
    EXPECT_GE(plot.xAxis->range().lower, lower);
}

TEST(ChartTools, SeriesColoursDiffer)
{
    for (int i = 1; i < 10; ++i)
        EXPECT_NE(charts::seriesColor(i), charts::seriesColor(i - 1));
    EXPECT_EQ(charts::seriesColor(10), charts::seriesColor(0));
}
