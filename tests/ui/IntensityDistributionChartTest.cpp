// The intensity distribution: stacked zone time per week in hours or shares, hover,
// clicks and the empty state.

#include "ui/charts/IntensityDistributionChart.h"

#include "ChartTestSupport.h"
#include "ui/charts/TrendData.h"
#include "ui/charts/ZoneColors.h"

#include <QSignalSpy>
#include <qcustomplot.h>

#include <gtest/gtest.h>

using namespace paceline;
using namespace paceline::test;

namespace {

const QDate kFirstWeek(2026, 1, 5);

/// Week 1: 3 h E, 30 min T, 30 min I (4 h). Week 2: nothing. Week 3: 1 h E, 1 h R.
std::vector<WeekZoneTime> threeWeeks()
{
    return {{kFirstWeek, {3 * 3600.0, 0.0, 1800.0, 1800.0, 0.0}},
            {kFirstWeek.addDays(7), {}},
            {kFirstWeek.addDays(14), {3600.0, 0.0, 0.0, 0.0, 3600.0}}};
}

void fill(IntensityDistributionChart& chart)
{
    chart.setWeeks(threeWeeks(), kFirstWeek, kFirstWeek.addDays(20));
}

double barValue(const IntensityDistributionChart& chart, LoadZone zone, int week)
{
    return chart.bars()[size_t(zone)]->data()->at(week)->value;
}

} // namespace

TEST(IntensityDistributionData, SharesAndTimesReadAsACoachWould)
{
    const ZoneSeconds week = threeWeeks()[0].seconds;
    EXPECT_DOUBLE_EQ(totalSeconds(week), 4 * 3600.0);
    EXPECT_DOUBLE_EQ(zoneSharePercent(week, LoadZone::Easy), 75.0);
    EXPECT_DOUBLE_EQ(zoneSharePercent(ZoneSeconds{}, LoadZone::Easy), 0.0);
    EXPECT_EQ(zoneTimeText(3 * 3600.0 + 5 * 60.0), QStringLiteral("3 h 05 min"));
    EXPECT_EQ(zoneTimeText(25 * 60.0), QStringLiteral("25 min"));
    EXPECT_EQ(loadZoneName(LoadZone::Threshold), QStringLiteral("T (threshold)"));
}

TEST(IntensityDistributionData, ToolTipListsEveryZone)
{
    EXPECT_EQ(intensityToolTip(threeWeeks()[0]),
              QStringLiteral("Week of 5 Jan 2026\nE (easy): 3 h 00 min (75 %)\n"
                             "M (marathon): 0 min (0 %)\nT (threshold): 30 min (13 %)\n"
                             "I (interval): 30 min (13 %)\nR (repetition): 0 min (0 %)\n"
                             "Total in zones: 4 h 00 min"));
}

TEST(IntensityDistributionData, SaysHowMuchWasEasy)
{
    // 4 h of 6 h easy over the weeks.
    EXPECT_EQ(easyHardSplitText(threeWeeks()),
              QStringLiteral("Over these weeks 67 % of the time in zones was easy (E), 33 % at "
                             "M pace or faster."));
    EXPECT_TRUE(easyHardSplitText({}).isEmpty());
}

TEST(IntensityDistributionChart, StacksHoursPerZoneInZoneColours)
{
    IntensityDistributionChart chart;
    fill(chart);
    EXPECT_FALSE(chart.isShowingEmptyState());
    EXPECT_DOUBLE_EQ(barValue(chart, LoadZone::Easy, 0), 3.0);
    EXPECT_DOUBLE_EQ(barValue(chart, LoadZone::Threshold, 0), 0.5);
    EXPECT_DOUBLE_EQ(barValue(chart, LoadZone::Repetition, 2), 1.0);
    EXPECT_DOUBLE_EQ(chart.bars()[0]->data()->at(1)->key, weekKey(kFirstWeek.addDays(7)));
    // R sits on I on T on M on E.
    EXPECT_EQ(chart.bars()[4]->barBelow(), chart.bars()[3]);
    EXPECT_EQ(chart.bars()[1]->barBelow(), chart.bars()[0]);
    EXPECT_EQ(chart.bars()[2]->brush().color(), zoneColor(PaceZone::Threshold));
    EXPECT_EQ(chart.plot()->yAxis->label(), QStringLiteral("Time per week (h)"));
    EXPECT_EQ(chart.plot()->legend->itemCount(), kLoadZoneCount);
}

TEST(IntensityDistributionChart, ShowsEachWeekAsAHundredPercent)
{
    IntensityDistributionChart chart;
    fill(chart);
    chart.setMode(IntensityDistributionChart::Mode::Share);
    EXPECT_DOUBLE_EQ(barValue(chart, LoadZone::Easy, 0), 75.0);
    EXPECT_DOUBLE_EQ(barValue(chart, LoadZone::Interval, 0), 12.5);
    EXPECT_DOUBLE_EQ(barValue(chart, LoadZone::Easy, 1), 0.0); // an empty week stays empty
    EXPECT_DOUBLE_EQ(barValue(chart, LoadZone::Repetition, 2), 50.0);
    EXPECT_DOUBLE_EQ(chart.plot()->yAxis->range().upper, 100.0);
}

TEST(IntensityDistributionChart, HoveringAWeekShowsItAndClickingOpensIt)
{
    IntensityDistributionChart chart;
    fill(chart);
    layOut(chart);
    QCustomPlot& plot = *chart.plot();
    const QPoint third = pixelOf(plot, weekKey(kFirstWeek.addDays(14)), 1.0);
    EXPECT_EQ(chart.weekAt(third), 2);
    EXPECT_EQ(chart.toolTipAt(third), intensityToolTip(threeWeeks()[2]));
    QSignalSpy clicked(&chart, &IntensityDistributionChart::weekClicked);
    clickOn(plot, third);
    ASSERT_EQ(clicked.size(), 1);
    EXPECT_EQ(clicked.at(0).at(0).toDate(), kFirstWeek.addDays(14));
}

TEST(IntensityDistributionChart, ShowsItsEmptyTextWithoutZoneTime)
{
    IntensityDistributionChart chart;
    chart.setEmptyText(QStringLiteral("No time in a zone."));
    chart.setWeeks({{kFirstWeek, {}}}, kFirstWeek, kFirstWeek.addDays(6));
    EXPECT_TRUE(chart.isShowingEmptyState());
}

TEST(IntensityDistributionChart, TicksFallOnWeekStarts)
{
    IntensityDistributionChart chart;
    const QDate sunday = kFirstWeek.addDays(-1); // weeks starting on Sunday
    chart.setWeeks(threeWeeks(), sunday, sunday.addDays(27));
    layOut(chart);
    const QVector<double> ticks = chart.plot()->xAxis->tickVector();
    ASSERT_GE(ticks.size(), 3);
    for (const double tick : ticks)
        EXPECT_EQ(QDateTime::fromSecsSinceEpoch(qint64(tick)).date().dayOfWeek(), Qt::Sunday);
}
