// The planner's load chart: the data it draws equals hand sums, the summary sentence,
// and the bars it puts on the plot.

#include "ui/charts/PlanLoadChart.h"

#include "PlannerTestSupport.h"

#include <QLabel>
#include <QLocale>
#include <qcustomplot.h>

#include <gtest/gtest.h>

using namespace paceline;
using namespace paceline::test;

namespace {

PlanDay dayWith(QDate date, std::vector<qint64> ids)
{
    PlanDay day{date, false, {}};
    for (qint64 id : ids) {
        PlannedSession session;
        session.id = PlannedSessionId{id};
        session.date = date;
        day.sessions.push_back(session);
    }
    return day;
}

SessionLoad loadOf(double load)
{
    SessionLoad result;
    result.load = load;
    return result;
}

DailyLoad logged(QDate day, Sport sport, double load)
{
    DailyLoad result;
    result.day = day;
    result.sport = sport;
    result.sessionRpeLoad = load;
    return result;
}

/// Monday: 300 + 150; Wednesday: 520; Sunday: 100 (outside the week: ignored).
PlanLoadData sampleData()
{
    const std::vector<PlanDay> days{dayWith(kWeekStart, {1, 2}),
                                    dayWith(kWeekStart.addDays(2), {3}),
                                    dayWith(kWeekStart.addDays(7), {4})};
    const std::map<PlannedSessionId, SessionLoad> loads{{PlannedSessionId{1}, loadOf(300)},
                                                        {PlannedSessionId{2}, loadOf(150)},
                                                        {PlannedSessionId{3}, loadOf(520)},
                                                        {PlannedSessionId{4}, loadOf(100)}};
    const std::vector<DailyLoad> actual{
        logged(kWeekStart.addDays(-29), Sport::Run, 999), // five weeks back: ignored
        logged(kWeekStart.addDays(-28), Sport::Run, 400), // four weeks back
        logged(kWeekStart.addDays(-22), Sport::Bike, 200),
        logged(kWeekStart.addDays(-15), Sport::Run, 500), // three weeks back (its Sunday)
        logged(kWeekStart.addDays(-8), Sport::Run, 600),  // two weeks back (its Sunday)
        logged(kWeekStart.addDays(-7), Sport::Run, 450),  // last week
        logged(kWeekStart.addDays(-1), Sport::Run, 300),
        logged(kWeekStart.addDays(-1), Sport::Swim, 150),
        logged(kWeekStart, Sport::Run, 777), // this week's logged load is not compared
    };
    return planLoadData(kWeekStart, days, loads, actual);
}

} // namespace

TEST(PlanLoadData, PlannedLoadPerDayIsTheSumOfItsSessions)
{
    const PlanLoadData data = sampleData();
    ASSERT_EQ(data.plannedPerDay.size(), 7u);
    EXPECT_DOUBLE_EQ(data.plannedPerDay[0], 450.0);
    EXPECT_DOUBLE_EQ(data.plannedPerDay[1], 0.0);
    EXPECT_DOUBLE_EQ(data.plannedPerDay[2], 520.0);
    EXPECT_DOUBLE_EQ(data.plannedPerDay[6], 0.0);
    EXPECT_DOUBLE_EQ(data.plannedTotal, 970.0);
}

TEST(PlanLoadData, PreviousWeeksSumTheLoggedLoadOfEverySport)
{
    const PlanLoadData data = sampleData();
    const std::vector<WeekLoad> expected{{kWeekStart.addDays(-28), 600.0},
                                         {kWeekStart.addDays(-21), 500.0},
                                         {kWeekStart.addDays(-14), 600.0},
                                         {kWeekStart.addDays(-7), 900.0}};
    EXPECT_EQ(data.previousWeeks, expected);
    ASSERT_TRUE(data.changePercent.has_value());
    EXPECT_NEAR(*data.changePercent, (970.0 - 900.0) / 900.0 * 100.0, 1e-9);
}

TEST(PlanLoadData, SummaryNamesThePlannedTotalAndTheChange)
{
    const QLocale saved;
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    PlanLoadData data = sampleData();
    data.plannedTotal = 2140.0;
    data.previousWeeks.back().load = 1980.0;
    data.changePercent = (2140.0 - 1980.0) / 1980.0 * 100.0;
    EXPECT_EQ(planLoadSummary(data),
              QStringLiteral("Planned 2,140, +8 % on last week's 1,980 actual"));
    data.changePercent = -12.4;
    EXPECT_EQ(planLoadSummary(data),
              QStringLiteral("Planned 2,140, -12 % on last week's 1,980 actual"));
    QLocale::setDefault(saved);
}

TEST(PlanLoadData, NoChangeWhenNothingWasLoggedLastWeek)
{
    const PlanLoadData data = planLoadData(kWeekStart, {}, {}, {});
    EXPECT_FALSE(data.changePercent.has_value());
    EXPECT_DOUBLE_EQ(data.plannedTotal, 0.0);
    EXPECT_EQ(data.previousWeeks.size(), 4u);
    EXPECT_TRUE(planLoadSummary(data).contains(QStringLiteral("nothing logged last week")));
}

TEST(PlanLoadChart, DrawsTheDaysAndTheWeeksItIsGiven)
{
    PlanLoadChart chart;
    chart.resize(800, 260);
    const PlanLoadData data = sampleData();
    chart.setData(data);

    ASSERT_EQ(chart.dayBars()->data()->size(), 7);
    for (int i = 0; i < 7; ++i) {
        EXPECT_DOUBLE_EQ(chart.dayBars()->data()->at(i)->key, i + 1.0);
        EXPECT_DOUBLE_EQ(chart.dayBars()->data()->at(i)->value, data.plannedPerDay[size_t(i)]);
    }
    ASSERT_EQ(chart.loggedWeekBars()->data()->size(), 4);
    EXPECT_DOUBLE_EQ(chart.loggedWeekBars()->data()->at(0)->value, 600.0);
    EXPECT_DOUBLE_EQ(chart.loggedWeekBars()->data()->at(3)->value, 900.0);
    ASSERT_EQ(chart.plannedWeekBars()->data()->size(), 1);
    EXPECT_DOUBLE_EQ(chart.plannedWeekBars()->data()->at(0)->value, 970.0);
    // The tallest bar fits under the top of its axis.
    EXPECT_GT(chart.dayBars()->valueAxis()->range().upper, 520.0);
    EXPECT_GT(chart.plannedWeekBars()->valueAxis()->range().upper, 970.0);

    const auto* summary = chart.findChild<QLabel*>(QStringLiteral("planLoadSummary"));
    ASSERT_NE(summary, nullptr);
    EXPECT_TRUE(summary->text().contains(planLoadSummary(data).toHtmlEscaped()));
    EXPECT_EQ(chart.plot()->legend->itemCount(), 2);
}

TEST(PlanLoadChart, HoveringABarNamesItsLoad)
{
    const QLocale saved;
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    PlanLoadChart chart;
    chart.resize(900, 300);
    chart.show();
    chart.setData(sampleData());
    chart.plot()->replot(); // lays the axis rects out at this size

    const auto pixelOf = [](const QCPBars* bars, double key, double value) {
        return QPointF(bars->keyAxis()->coordToPixel(key), bars->valueAxis()->coordToPixel(value));
    };
    EXPECT_EQ(chart.toolTipAt(pixelOf(chart.dayBars(), 3.0, 10.0)),
              QStringLiteral("Wed 25 Nov: planned load 520"));
    EXPECT_EQ(chart.toolTipAt(pixelOf(chart.loggedWeekBars(), 1.0, 10.0)),
              QStringLiteral("Week of 26 Oct: logged load 600"));
    EXPECT_EQ(chart.toolTipAt(pixelOf(chart.plannedWeekBars(), 5.0, 10.0)),
              QStringLiteral("Week of 23 Nov: planned load 970"));
    EXPECT_TRUE(chart.toolTipAt(pixelOf(chart.dayBars(), 3.5, 10.0)).isEmpty()) << "between bars";
    QLocale::setDefault(saved);
}
