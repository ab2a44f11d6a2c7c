// The weekly trend chart: its points, the least-squares line, hover, clicks, the empty
// state and export.

#include "ui/charts/TrendChart.h"

#include "ChartTestSupport.h"
#include "ui/charts/ChartTools.h"

#include <QAction>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <qcustomplot.h>

#include <gtest/gtest.h>

using namespace paceline;
using namespace paceline::test;

namespace {

const QDate kFirstWeek(2026, 1, 5); // a Monday

/// Weeks 0, 1 and 3 (a week without data between): 10, 8 and 5.
std::vector<WeeklyValue> threeWeeks()
{
    return {
        {kFirstWeek, 10.0, 4}, {kFirstWeek.addDays(7), 8.0, 1}, {kFirstWeek.addDays(21), 5.0, 2}};
}

TrendFormat cvFormat()
{
    TrendFormat format;
    format.seriesName = QStringLiteral("Median pace CV");
    format.axisLabel = QStringLiteral("Pace CV (%)");
    format.valueText = [](double cv) { return QStringLiteral("%1 %").arg(cv, 0, 'f', 1); };
    format.countText = [](int count) { return QStringLiteral("%1 sessions").arg(count); };
    return format;
}

void fill(TrendChart& chart, std::vector<WeeklyValue> values)
{
    chart.setFormat(cvFormat());
    chart.setValues(std::move(values), kFirstWeek, kFirstWeek.addDays(27));
}

} // namespace

TEST(TrendData, PutsEachWeekAtItsMiddle)
{
    // Monday's week is centred on Thursday noon.
    EXPECT_DOUBLE_EQ(weekKey(kFirstWeek), charts::dayKey(QDate(2026, 1, 8)));
    EXPECT_DOUBLE_EQ(weeksBetween(kFirstWeek, kFirstWeek.addDays(21)), 3.0);
}

TEST(TrendData, FitsTheLineOverCalendarWeeks)
{
    // x = 0, 1, 3 (weeks since the first point), y = 10, 8, 5: mean (4/3, 23/3),
    // slope = sum((x - 4/3)(y - 23/3)) / sum((x - 4/3)^2) = (-69/9) / (42/9) = -69/42.
    const std::optional<TrendLine> line = trendLine(threeWeeks());
    ASSERT_TRUE(line.has_value());
    const double slope = -69.0 / 42.0;
    EXPECT_NEAR(line->slopePerWeek, slope, 1e-9);
    EXPECT_EQ(line->firstWeek, kFirstWeek);
    EXPECT_EQ(line->lastWeek, kFirstWeek.addDays(21));
    EXPECT_NEAR(line->firstValue, 23.0 / 3.0 + slope * (0.0 - 4.0 / 3.0), 1e-9);
    EXPECT_NEAR(line->lastValue, 23.0 / 3.0 + slope * (3.0 - 4.0 / 3.0), 1e-9);
    // Residuals 1/7, -3/14, 1/14 about the line: a standard error of the slope of
    // sqrt((5/70) / 1 / (42/9)) = 0.124, and |slope| / 0.124 = 13.3 > t(1) = 12.71.
    EXPECT_TRUE(line->isClear);
}

TEST(TrendData, CallsNoTrendWhenTheWeeksScatterMoreThanTheLineMoves)
{
    // 5, 9, 4, 8: slope 0.4 a week, residuals of 2 and more.
    std::vector<WeeklyValue> zigzag;
    for (double value : {5.0, 9.0, 4.0, 8.0})
        zigzag.push_back({kFirstWeek.addDays(qint64(7 * zigzag.size())), value, 1});
    const std::optional<TrendLine> line = trendLine(zigzag);
    ASSERT_TRUE(line.has_value());
    EXPECT_NEAR(line->slopePerWeek, 0.4, 1e-9);
    EXPECT_FALSE(line->isClear);
}

TEST(TrendData, DrawsNoLineThroughFewerThanThreeWeeks)
{
    std::vector<WeeklyValue> two = threeWeeks();
    two.pop_back();
    EXPECT_FALSE(trendLine(two).has_value());
    EXPECT_FALSE(trendLine({}).has_value());
}

TEST(TrendData, ToolTipGivesTheWeekTheMedianAndItsCount)
{
    const QString tip = trendToolTip(threeWeeks()[0], cvFormat());
    EXPECT_EQ(tip, QStringLiteral("Week of 5 Jan 2026\nMedian pace CV: 10.0 %\nfrom 4 sessions"));
}

TEST(TrendChart, DrawsOnePointPerWeekAndTheTrendLine)
{
    TrendChart chart;
    fill(chart, threeWeeks());
    EXPECT_FALSE(chart.isShowingEmptyState());
    const auto* medians = chart.medianGraph()->data().data();
    ASSERT_EQ(medians->size(), 3);
    EXPECT_DOUBLE_EQ(medians->at(2)->key, weekKey(kFirstWeek.addDays(21)));
    EXPECT_DOUBLE_EQ(medians->at(1)->value, 8.0);
    const auto* trend = chart.trendGraph()->data().data();
    ASSERT_EQ(trend->size(), 2);
    EXPECT_NEAR(trend->at(1)->value, chart.line()->lastValue, 1e-9);
    EXPECT_TRUE(chart.trendGraph()->visible());
    EXPECT_EQ(chart.plot()->yAxis->label(), QStringLiteral("Pace CV (%)"));
    EXPECT_EQ(chart.plot()->legend->itemCount(), 2);
    // The dates span the whole weeks asked for, whatever the data covers.
    EXPECT_DOUBLE_EQ(chart.plot()->xAxis->range().lower, charts::dayKey(kFirstWeek) - 12 * 3600.0);
}

TEST(TrendChart, LeavesTheTrendOutWithTooFewWeeks)
{
    TrendChart chart;
    fill(chart, {threeWeeks()[0]});
    EXPECT_FALSE(chart.trendGraph()->visible());
    EXPECT_EQ(chart.plot()->legend->itemCount(), 1);
}

TEST(TrendChart, ShowsItsEmptyTextWithoutValues)
{
    TrendChart chart;
    chart.setEmptyText(QStringLiteral("Nothing here yet."));
    fill(chart, {});
    EXPECT_TRUE(chart.isShowingEmptyState());
    EXPECT_EQ(chart.emptyText(), QStringLiteral("Nothing here yet."));
    EXPECT_FALSE(chart.exportAction()->isEnabled());
    fill(chart, threeWeeks());
    EXPECT_TRUE(chart.exportAction()->isEnabled());
}

TEST(TrendChart, PutsFasterPacesHigher)
{
    TrendChart chart;
    TrendFormat format = cvFormat();
    format.isPace = true;
    chart.setFormat(format);
    chart.setValues({{kFirstWeek, 245.0, 3}, {kFirstWeek.addDays(7), 240.0, 3}}, kFirstWeek,
                    kFirstWeek.addDays(13));
    EXPECT_TRUE(chart.plot()->yAxis->rangeReversed());
    EXPECT_FALSE(chart.plot()->yAxis->ticker().dynamicCast<QCPAxisTickerTime>().isNull());
    // At least the minimum span, around the values.
    EXPECT_LT(chart.plot()->yAxis->range().lower, 240.0);
    EXPECT_GT(chart.plot()->yAxis->range().upper, 245.0);
}

TEST(TrendChart, HoveringAWeekShowsItAndClickingOpensIt)
{
    TrendChart chart;
    fill(chart, threeWeeks());
    layOut(chart);
    QCustomPlot& plot = *chart.plot();
    const QPoint second = pixelOf(plot, weekKey(kFirstWeek.addDays(7)), 8.0);
    EXPECT_EQ(chart.pointAt(second), 1);
    EXPECT_TRUE(chart.toolTipAt(second).startsWith(QStringLiteral("Week of 12 Jan 2026\n")));
    EXPECT_TRUE(chart.toolTipAt(second).contains(QStringLiteral("from 1 sessions")));
    // The empty week between has no point; the pointer need not be on the dot.
    EXPECT_EQ(chart.pointAt(pixelOf(plot, weekKey(kFirstWeek.addDays(14)), 8.0)), -1);
    EXPECT_EQ(chart.pointAt(pixelOf(plot, weekKey(kFirstWeek.addDays(7)) + 86400.0, 9.0)), 1);

    QSignalSpy clicked(&chart, &TrendChart::weekClicked);
    clickOn(plot, second);
    ASSERT_EQ(clicked.size(), 1);
    EXPECT_EQ(clicked.at(0).at(0).toDate(), kFirstWeek.addDays(7));
    clickOn(plot, pixelOf(plot, weekKey(kFirstWeek.addDays(14)), 8.0));
    EXPECT_EQ(clicked.size(), 1);
}

TEST(TrendChart, ExportsPngAndPdf)
{
    TrendChart chart;
    fill(chart, threeWeeks());
    layOut(chart);
    QTemporaryDir dir;
    for (const QString& name : {QStringLiteral("trend.png"), QStringLiteral("trend.pdf")}) {
        QString error;
        EXPECT_TRUE(chart.exportTo(dir.filePath(name), &error)) << error.toStdString();
        EXPECT_GT(QFileInfo(dir.filePath(name)).size(), 0) << name.toStdString();
    }
}

TEST(TrendChart, TicksFallOnWeekStartsOnAShortRange)
{
    // Four weeks on a chart half a window wide: a tick every other day ran the labels
    // into each other. Weekly points read against the weeks' first days.
    for (const QDate firstWeek : {kFirstWeek, kFirstWeek.addDays(-1)}) { // Mon, then Sun
        TrendChart chart;
        chart.setFormat(cvFormat());
        chart.setValues(threeWeeks(), firstWeek, firstWeek.addDays(27));
        layOut(chart);
        const QVector<double> ticks = chart.plot()->xAxis->tickVector();
        ASSERT_GE(ticks.size(), 3);
        for (const double tick : ticks) {
            const QDateTime when = QDateTime::fromSecsSinceEpoch(qint64(tick));
            EXPECT_EQ(when.date().dayOfWeek(), firstWeek.dayOfWeek())
                << when.toString().toStdString();
            EXPECT_EQ(when.time(), QTime(0, 0));
        }
    }
}
