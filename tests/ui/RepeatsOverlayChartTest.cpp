// The repeats overlay: one line per repeat rep by rep, the newest strongest, dates in
// the legend, hover and clicks that open the session.

#include "ui/charts/RepeatsOverlayChart.h"

#include "ChartTestSupport.h"
#include "LogScreenTestSupport.h"

#include <QSignalSpy>
#include <qcustomplot.h>

#include <gtest/gtest.h>

using namespace paceline;
using namespace paceline::test;

namespace {

TemplateRepeat repeatOn(QDate day, qint64 id, const std::vector<double>& times)
{
    TemplateRepeat repeat;
    repeat.session = intervalSession(AthleteId{1}, day, times);
    repeat.session.id = LoggedSessionId{id};
    return repeat;
}

/// Three repeats of 400 m reps, oldest first; the middle one has no timed rep.
std::vector<TemplateRepeat> threeRepeats()
{
    TemplateRepeat untimed = repeatOn(QDate(2026, 1, 13), 2, {90.0});
    untimed.session.reps[0].time = Duration{};
    return {repeatOn(QDate(2026, 1, 6), 1, {96.0, 94.0, 95.0}), untimed,
            repeatOn(QDate(2026, 1, 20), 3, {92.0, 90.0, 88.0, 89.0})};
}

} // namespace

TEST(RepeatsOverlayData, KeepsRepeatsWithTimedWorkReps)
{
    const std::vector<RepeatLine> lines = repeatLines(threeRepeats());
    ASSERT_EQ(lines.size(), 2u);
    EXPECT_EQ(lines[1].session, LoggedSessionId{3});
    EXPECT_EQ(lines[1].day, QDate(2026, 1, 20));
    ASSERT_EQ(lines[1].reps.size(), 4u); // recoveries left out
    EXPECT_EQ(lines[1].reps[3].number, 4);
}

TEST(RepeatsOverlayData, FadesOlderRepeats)
{
    const QColor base(10, 20, 30);
    EXPECT_EQ(repeatColor(base, 4, 5).alpha(), 255);
    EXPECT_LT(repeatColor(base, 0, 5).alpha(), repeatColor(base, 2, 5).alpha());
    EXPECT_EQ(repeatColor(base, 0, 1).alpha(), 255); // one repeat is the newest
    EXPECT_GT(repeatPenWidth(4, 5), repeatPenWidth(0, 5));
}

TEST(RepeatsOverlayData, ComparesTheNewestWithTheOldest)
{
    const std::vector<RepeatLine> lines = repeatLines(threeRepeats());
    // Oldest: 285 s over 1200 m = 237.5 s/km; newest: 359 s over 1600 m = 224.375 s/km.
    EXPECT_NEAR(meanPaceSeconds(lines[0], UnitSystem::Metric), 237.5, 1e-9);
    EXPECT_NEAR(meanPaceSeconds(lines[1], UnitSystem::Metric), 224.375, 1e-9);
    EXPECT_EQ(repeatsReading(lines, UnitSystem::Metric),
              QStringLiteral("Newest (20 Jan): work reps averaged 3:44/km, 13 s/km faster than "
                             "on 6 Jan 2026."));
    EXPECT_TRUE(repeatsReading({lines[0]}, UnitSystem::Metric).isEmpty());
}

TEST(RepeatsOverlayChart, DrawsOneLinePerRepeatRepByRep)
{
    RepeatsOverlayChart chart;
    chart.setRepeats(threeRepeats(), UnitSystem::Metric);
    EXPECT_FALSE(chart.isShowingEmptyState());
    ASSERT_EQ(chart.graphs().size(), 2u);
    const auto* newest = chart.graphs()[1]->data().data();
    ASSERT_EQ(newest->size(), 4);
    EXPECT_DOUBLE_EQ(newest->at(0)->key, 1.0);
    EXPECT_NEAR(newest->at(0)->value, 230.0, 1e-9); // 92 s per 400 m is 3:50/km
    EXPECT_TRUE(chart.plot()->yAxis->rangeReversed());
    EXPECT_EQ(chart.plot()->yAxis->label(), QStringLiteral("Pace (min/km)"));
    EXPECT_EQ(chart.plot()->xAxis->label(), QStringLiteral("Work rep"));
    EXPECT_GT(chart.graphs()[1]->pen().color().alpha(), chart.graphs()[0]->pen().color().alpha());
}

TEST(RepeatsOverlayChart, ListsTheNewestFirstInTheLegend)
{
    RepeatsOverlayChart chart;
    chart.setRepeats(threeRepeats(), UnitSystem::Metric);
    QCPLegend* legend = chart.plot()->legend;
    ASSERT_EQ(legend->itemCount(), 2);
    auto* first = qobject_cast<QCPPlottableLegendItem*>(legend->item(0));
    ASSERT_NE(first, nullptr);
    EXPECT_EQ(first->plottable()->name(), QStringLiteral("20 Jan 2026"));
    EXPECT_TRUE(first->font().bold());
}

TEST(RepeatsOverlayChart, ShowsPacesPerMileForImperialAthletes)
{
    RepeatsOverlayChart chart;
    chart.setRepeats(threeRepeats(), UnitSystem::Imperial);
    EXPECT_NEAR(chart.graphs()[1]->data()->at(0)->value, 230.0 * 1.609344, 1e-6);
    EXPECT_EQ(chart.plot()->yAxis->label(), QStringLiteral("Pace (min/mi)"));
}

TEST(RepeatsOverlayChart, HoveringARepShowsItAndClickingOpensTheSession)
{
    RepeatsOverlayChart chart;
    chart.setRepeats(threeRepeats(), UnitSystem::Metric);
    layOut(chart);
    QCustomPlot& plot = *chart.plot();
    const QPoint newestSecond = pixelOf(plot, 2.0, 225.0); // 90 s per 400 m
    const auto point = chart.pointAt(newestSecond);
    ASSERT_TRUE(point.has_value());
    EXPECT_EQ(point->line, 1);
    EXPECT_EQ(point->rep, 1);
    const QString tip = chart.toolTipAt(newestSecond);
    EXPECT_TRUE(tip.startsWith(QStringLiteral("20 Jan 2026: 4 x 400 m\nRep 2: 400 m in 1:30")))
        << tip.toStdString();
    EXPECT_TRUE(tip.contains(QStringLiteral("3:45/km")));

    QSignalSpy clicked(&chart, &RepeatsOverlayChart::sessionClicked);
    clickOn(plot, newestSecond);
    ASSERT_EQ(clicked.size(), 1);
    EXPECT_EQ(clicked.at(0).at(0).value<LoggedSessionId>(), LoggedSessionId{3});
    clickOn(plot, pixelOf(plot, 2.5, 200.0));
    EXPECT_EQ(clicked.size(), 1);
}

TEST(RepeatsOverlayChart, ShowsItsEmptyTextWithoutTimedReps)
{
    RepeatsOverlayChart chart;
    chart.setEmptyText(QStringLiteral("No repeats."));
    chart.setRepeats({threeRepeats()[1]}, UnitSystem::Metric);
    EXPECT_TRUE(chart.isShowingEmptyState());
    EXPECT_TRUE(chart.graphs().empty());
}
