// The splits chart and the data it draws: work reps only, pace ticks, bands, hover.

#include "ui/charts/SplitsChart.h"

#include "LogScreenTestSupport.h"
#include "ui/charts/ZoneColors.h"

#include <QTest>
#include <QToolTip>
#include <qcustomplot.h>

#include <gtest/gtest.h>

using namespace paceline;
using namespace paceline::test;

namespace {

PaceRange bandPerKm(double slowSeconds, double fastSeconds)
{
    return {Speed::fromSecondsPerKilometre(slowSeconds),
            Speed::fromSecondsPerKilometre(fastSeconds)};
}

std::vector<SplitPoint> threeSplits(std::optional<PaceRange> lastBand)
{
    const LoggedSession session = intervalSession(AthleteId{1}, QDate(2026, 11, 20), {92, 90, 88});
    std::vector<std::optional<PaceRange>> bands(session.reps.size());
    bands[0] = bands[2] = bandPerKm(232, 224);
    bands[4] = lastBand;
    return workSplits(session.reps, bands);
}

} // namespace

TEST(SplitsData, ChartsOnlyWorkRepsWithDistanceAndTime)
{
    std::vector<Rep> reps(4);
    reps[0].distance = Distance{400.0};
    reps[0].time = Duration{92.0};
    reps[1].kind = RepKind::Recovery; // left out
    reps[1].time = Duration{90.0};
    reps[2].distance = Distance{400.0}; // no time yet: left out
    reps[3].distance = Distance{400.0};
    reps[3].time = Duration{80.0};
    reps[3].rpe = 8.0;
    const std::vector<std::optional<PaceRange>> bands{std::nullopt, std::nullopt, std::nullopt,
                                                      bandPerKm(210, 200)};
    const std::vector<SplitPoint> splits = workSplits(reps, bands);
    ASSERT_EQ(splits.size(), 2u);
    EXPECT_EQ(splits[0].number, 1);
    EXPECT_EQ(splits[1].number, 2);
    EXPECT_EQ(splits[1].repIndex, 3);
    EXPECT_DOUBLE_EQ(splits[1].speed.metresPerSecond, 5.0);
    EXPECT_FALSE(splits[0].band.has_value());
    EXPECT_EQ(splits[1].band, bands[3]);
    EXPECT_EQ(splits[1].rpe, 8.0);
}

TEST(SplitsData, PaceTicksAreRoundPaces)
{
    // 3:30 to 4:30/km spans 60 s: ticks every 10 s, both ends included.
    const auto ticks = paceTicks(Speed::fromSecondsPerKilometre(270),
                                 Speed::fromSecondsPerKilometre(210), UnitSystem::Metric);
    ASSERT_EQ(ticks.size(), 7u);
    EXPECT_EQ(ticks.front().label, QStringLiteral("3:30"));
    EXPECT_EQ(ticks.back().label, QStringLiteral("4:30"));
    EXPECT_NEAR(ticks.front().metresPerSecond, 1000.0 / 210.0, 1e-9);
    // Per mile, 3:30 to 4:30/km is 5:38 to 7:15/mi: ticks every 30 s from 6:00.
    const auto miles = paceTicks(Speed::fromSecondsPerKilometre(270),
                                 Speed::fromSecondsPerKilometre(210), UnitSystem::Imperial);
    ASSERT_FALSE(miles.empty());
    EXPECT_EQ(miles.front().label, QStringLiteral("6:00"));
    EXPECT_TRUE(paceTicks(Speed{4.0}, Speed{3.0}, UnitSystem::Metric).empty());
}

TEST(SplitsData, ToolTipGivesEveryValue)
{
    std::vector<SplitPoint> splits = threeSplits(std::nullopt);
    const QString tip = splitToolTip(splits[0], UnitSystem::Metric);
    EXPECT_TRUE(tip.startsWith(QStringLiteral("Rep 1: 400 m in 1:32"))) << tip.toStdString();
    EXPECT_TRUE(tip.contains(QStringLiteral("Pace 3:50/km"))) << tip.toStdString();
    EXPECT_TRUE(tip.contains(QStringLiteral("Target 3:44–3:52/km"))) << tip.toStdString();
    EXPECT_TRUE(tip.contains(QStringLiteral("RPE 6"))) << tip.toStdString();
    EXPECT_TRUE(tip.contains(QStringLiteral("Avg HR 170 bpm"))) << tip.toStdString();
}

TEST(SplitsChart, ShowsAnEmptyStateWithoutSplits)
{
    SplitsChart chart;
    chart.setSplits({}, UnitSystem::Metric);
    EXPECT_TRUE(chart.isShowingEmptyState());
    chart.setSplits(threeSplits(std::nullopt), UnitSystem::Metric);
    EXPECT_FALSE(chart.isShowingEmptyState());
}

TEST(SplitsChart, DrawsOneBandPerRunOfEqualBands)
{
    SplitsChart chart;
    chart.setSplits(threeSplits(bandPerKm(232, 224)), UnitSystem::Metric);
    EXPECT_EQ(chart.plot()->itemCount(), 1);
    chart.setSplits(threeSplits(bandPerKm(220, 210)), UnitSystem::Metric);
    EXPECT_EQ(chart.plot()->itemCount(), 2);
    auto* band = qobject_cast<QCPItemRect*>(chart.plot()->item(1));
    ASSERT_NE(band, nullptr);
    EXPECT_DOUBLE_EQ(band->topLeft->coords().x(), 2.5);
    EXPECT_DOUBLE_EQ(band->bottomRight->coords().x(), 3.5);
    EXPECT_NEAR(band->topLeft->coords().y(), 1000.0 / 210.0, 1e-9);
}

TEST(SplitsChart, LabelsThePaceAxisAndShowsHeartRateOnlyWhenLogged)
{
    SplitsChart chart;
    std::vector<SplitPoint> splits = threeSplits(std::nullopt);
    chart.setSplits(splits, UnitSystem::Metric);
    EXPECT_TRUE(chart.heartRateAxis()->visible());
    EXPECT_EQ(chart.plot()->yAxis->label(), QStringLiteral("Pace (min/km)"));
    auto ticker = chart.plot()->yAxis->ticker().dynamicCast<QCPAxisTickerText>();
    ASSERT_TRUE(ticker);
    EXPECT_TRUE(ticker->ticks().values().contains(QStringLiteral("3:40")));
    // Faster is higher: the fastest rep's bar is the tallest.
    EXPECT_GT(chart.plot()->yAxis->range().upper, splits[2].speed.metresPerSecond);
    for (SplitPoint& split : splits)
        split.avgHeartRate.reset();
    chart.setSplits(splits, UnitSystem::Metric);
    EXPECT_FALSE(chart.heartRateAxis()->visible());
}

TEST(SplitsChart, FindsTheRepUnderThePointer)
{
    SplitsChart chart;
    chart.resize(600, 320);
    chart.setSplits(threeSplits(std::nullopt), UnitSystem::Metric);
    chart.plot()->resize(600, 320);
    chart.plot()->replot();
    const double y = chart.plot()->yAxis->coordToPixel(chart.plot()->yAxis->range().center());
    const QPointF onSecond(chart.plot()->xAxis->coordToPixel(2.1), y);
    EXPECT_EQ(chart.splitAt(onSecond), 1);
    EXPECT_TRUE(chart.toolTipFor(1).startsWith(QStringLiteral("Rep 2:")));
    const QPointF between(chart.plot()->xAxis->coordToPixel(2.5), y);
    EXPECT_EQ(chart.splitAt(between), -1);
}

TEST(SplitsData, TakesEachRepsZoneFromItsPlannedStep)
{
    PlannedSession plan = intervalPlan(AthleteId{1}, QDate(2026, 11, 20), 2);
    // Ids as the store would give them: the work step 11, the recovery 12.
    RepeatGroup& group = plan.steps[0].group();
    group.children[0].step().id = StepId{11};
    group.children[1].step().id = StepId{12};
    LoggedSession session = intervalSession(AthleteId{1}, plan.date, {92, 91, 80});
    session.reps[0].plannedStepId = StepId{11};
    session.reps[2].plannedStepId = StepId{11};
    session.reps[4].plannedStepId = StepId{99}; // not in the plan
    std::vector<SplitPoint> splits = workSplits(session.reps, {});
    assignZones(splits, session.reps, plan.steps);
    ASSERT_EQ(splits.size(), 3u);
    EXPECT_EQ(splits[0].zone, PaceZone::Interval);
    EXPECT_EQ(splits[1].zone, PaceZone::Interval);
    EXPECT_FALSE(splits[2].zone.has_value());
}

TEST(SplitsChart, ColoursBarsByZoneWithOneLegendEntryEach)
{
    std::vector<SplitPoint> splits = threeSplits(std::nullopt);
    splits[0].zone = splits[1].zone = PaceZone::RotationRace;
    splits[2].zone = PaceZone::RotationSurge;
    SplitsChart chart;
    chart.setSplits(splits, UnitSystem::Metric);
    ASSERT_EQ(chart.barSeries().size(), 2u);
    EXPECT_EQ(chart.barSeries()[0]->data()->size(), 2);
    EXPECT_EQ(chart.barSeries()[0]->brush().color(), zoneColor(PaceZone::RotationRace));
    EXPECT_EQ(chart.barSeries()[1]->name(), QStringLiteral("Pace (Surge)"));
    // Two bar series, the band, RPE and heart rate; the bars come first.
    int inLegend = 0;
    for (int i = 0; i < chart.plot()->plottableCount(); ++i)
        inLegend += chart.plot()->legend->hasItemWithPlottable(chart.plot()->plottable(i)) ? 1 : 0;
    EXPECT_EQ(inLegend, 5);
    auto* first = qobject_cast<QCPPlottableLegendItem*>(chart.plot()->legend->item(0));
    ASSERT_NE(first, nullptr);
    EXPECT_EQ(first->plottable(), chart.barSeries()[0]);
    chart.setSplits(threeSplits(std::nullopt), UnitSystem::Metric);
    ASSERT_EQ(chart.barSeries().size(), 1u);
    EXPECT_EQ(chart.barSeries()[0]->name(), QStringLiteral("Pace of each work rep"));
}

TEST(SplitsChart, DrawsRpeAndHeartRateAboveTheBars)
{
    SplitsChart chart;
    chart.setSplits(threeSplits(std::nullopt), UnitSystem::Metric);
    ASSERT_FALSE(chart.barSeries().empty());
    const int barLayer = chart.barSeries().front()->layer()->index();
    for (int i = 0; i < chart.plot()->graphCount(); ++i)
        EXPECT_GT(chart.plot()->graph(i)->layer()->index(), barLayer);
}

TEST(SplitsChart, HoveringARepShowsItsValues)
{
    SplitsChart chart;
    chart.resize(600, 320);
    chart.show();
    chart.setSplits(threeSplits(std::nullopt), UnitSystem::Metric);
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&chart));
    QCustomPlot* plot = chart.plot();
    plot->replot();
    const QPoint onFirst(int(plot->xAxis->coordToPixel(1.0)),
                         int(plot->yAxis->coordToPixel(plot->yAxis->range().center())));
    QTest::mouseMove(plot, onFirst);
    EXPECT_EQ(QToolTip::text(), chart.toolTipFor(0));
    QTest::mouseMove(plot, QPoint(int(plot->xAxis->coordToPixel(3.0)), onFirst.y()));
    EXPECT_EQ(QToolTip::text(), chart.toolTipFor(2));
    EXPECT_TRUE(QToolTip::text().startsWith(QStringLiteral("Rep 3: 400 m")));
}

TEST(SplitsChart, LabelsThePaceAxisWhenRepsAreFarApart)
{
    // A 400 m rep run in 80 s and one walked in 8 minutes (a brick's swim and bike legs
    // are as far apart): the axis still starts above zero and reads as paces.
    std::vector<Rep> reps(2);
    reps[0].distance = reps[1].distance = Distance{400.0};
    reps[0].time = Duration{80.0};
    reps[1].time = Duration{480.0};
    SplitsChart chart;
    chart.setSplits(workSplits(reps, {}), UnitSystem::Metric);
    EXPECT_GT(chart.plot()->yAxis->range().lower, 0.0);
    EXPECT_LT(chart.plot()->yAxis->range().lower, 400.0 / 480.0) << "the slow rep shows a bar";
    auto ticker = chart.plot()->yAxis->ticker().dynamicCast<QCPAxisTickerText>();
    ASSERT_TRUE(ticker);
    EXPECT_FALSE(ticker->ticks().isEmpty()) << "the pace axis has labels";
}
