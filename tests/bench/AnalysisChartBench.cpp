// The Analysis screen over ten years of one athlete's training (issue 8): one redraw of
// a load chart with every day of the range "All time" (< 16 ms, a frame), and what the
// user waits for when choosing that range (< 100 ms on the UI thread).

#include "GuiBench.h"
#include "core/store/LogStore.h"
#include "ui/analysis/AnalysisRange.h"
#include "ui/analysis/LoadAnalysis.h"
#include "ui/charts/FitnessChart.h"
#include "ui/charts/WeeklyLoadChart.h"
#include "ui/document/LogDocument.h"
#include "ui/shell/AppSettings.h"
#include "ui/shell/MainWindow.h"

#include <QComboBox>
#include <qcustomplot.h>

#include <benchmark/benchmark.h>

#include <memory>

using namespace paceline;

namespace {

/// The plot's size on a 1180×760 window's Analysis screen, roughly.
const QSize kChartSize(900, 400);

/// The charts by the benchmark's argument: the one with the most points first.
enum class LoadChartKind { Fitness = 0, WeeklyLoad = 1 };

std::unique_ptr<ChartFrame> makeChart(LoadChartKind kind, const LoadChartData& data)
{
    if (kind == LoadChartKind::Fitness) {
        auto chart = std::make_unique<FitnessChart>();
        chart->setData(data);
        return chart;
    }
    auto chart = std::make_unique<WeeklyLoadChart>();
    chart->setData(data);
    return chart;
}

int pointCount(QCustomPlot& plot)
{
    int points = 0;
    for (int i = 0; i < plot.plottableCount(); ++i) {
        if (QCPPlottableInterface1D* data = plot.plottable(i)->interface1D())
            points += data->dataCount();
    }
    return points;
}

void analysisChartRedrawTenYears(benchmark::State& state)
{
    const bench::DatasetCopy log(1, 520);
    std::unique_ptr<LogDocument> document = bench::openOrSkip(log, state);
    if (!document)
        return;
    // As AnalysisView::refresh reads them for the range "All time".
    const LoadRequest request{document->currentAthleteId(), AnalysisRange::AllTime,
                              QDate::currentDate(), LoadMeasure::SessionRpe, Qt::Monday};
    const std::optional<LoadChartData> data = readLoadChartData(*document, request);
    if (!data) {
        state.SkipWithError("the log has nothing to chart");
        return;
    }
    const std::unique_ptr<ChartFrame> chart =
        makeChart(static_cast<LoadChartKind>(state.range(0)), *data);
    chart->resize(kChartSize);
    if (!bench::showExposed(*chart)) {
        state.SkipWithError("the chart was not exposed");
        return;
    }
    bench::settleAndPaint(*chart);

    QCustomPlot* plot = chart->plot();
    for (auto _ : state) {
        plot->replot(QCustomPlot::rpImmediateRefresh);
        chart->repaint();
    }
    state.counters["days"] = double(data->days.size());
    state.counters["points"] = pointCount(*plot);
}

void analysisScreenRangeAllTenYears(benchmark::State& state)
{
    const bench::DatasetCopy log(1, 520);
    std::unique_ptr<LogDocument> document = bench::openOrSkip(log, state);
    if (!document)
        return;
    bench::forgetSettings();
    AppSettings settings;
    MainWindow window(std::move(document), settings);
    window.showView(QStringLiteral("analysis"));
    auto* range = window.findChild<QComboBox*>(QStringLiteral("analysisRange"));
    if (!range) {
        state.SkipWithError("no range selector on the Analysis screen");
        return;
    }
    if (!bench::showExposed(window)) {
        state.SkipWithError("the window was not exposed");
        return;
    }
    const auto choose = [&](AnalysisRange value) {
        // As a user picks it: the index changes, then activated() follows.
        const int index = range->findData(int(value));
        range->setCurrentIndex(index);
        Q_EMIT range->activated(index);
        bench::settleAndPaint(window);
    };

    for (auto _ : state) {
        state.PauseTiming();
        choose(kDefaultAnalysisRange);
        state.ResumeTiming();
        choose(AnalysisRange::AllTime);
    }
    window.close();
}

} // namespace

// 0: fitness, fatigue and form (three daily lines); 1: weekly load (bars, a daily ratio).
BENCHMARK(analysisChartRedrawTenYears)
    ->ArgName("chart")
    ->Arg(int(LoadChartKind::Fitness))
    ->Arg(int(LoadChartKind::WeeklyLoad))
    ->Unit(benchmark::kMillisecond);
BENCHMARK(analysisScreenRangeAllTenYears)->Unit(benchmark::kMillisecond);
