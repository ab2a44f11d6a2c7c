// The Analysis screen's reads and figures over ten years of one athlete's training:
// the charts must stay smooth at that size (issue 6), so everything they need comes
// from the store's daily rows and light rep samples, never from whole sessions. The first
// two rows are the parts of what LoadSeriesBench.cpp times as one refresh (issue 8).

#include "core/demo/DemoData.h"
#include "core/science/LoadSeries.h"
#include "core/science/Stability.h"
#include "core/science/Trends.h"
#include "core/store/AthleteStore.h"
#include "core/store/LogStore.h"
#include "core/store/SessionStore.h"

#include <QTemporaryDir>

#include <benchmark/benchmark.h>

#include <memory>

using namespace paceline;

namespace {

/// Ten years of demo training for one athlete, written once for all benchmarks here.
struct TenYearLog {
    QTemporaryDir dir;
    std::unique_ptr<LogStore> store;
    AthleteId athlete;
    QDate first;
    QDate last;

    TenYearLog()
    {
        store = std::move(LogStore::open(dir.filePath(QStringLiteral("ten.sqlite"))).value());
        DemoOptions options;
        options.athletes = 1;
        options.weeks = 520;
        options.lastDay = QDate(2026, 11, 22);
        if (!writeDemoData(*store, options))
            return;
        athlete = store->athletes().all().value().front().id;
        const auto range = store->sessions().dayRange(athlete).value();
        first = range->first;
        last = range->second;
    }
};

TenYearLog& tenYearLog()
{
    static TenYearLog log;
    return log;
}

void readDailyRowsTenYears(benchmark::State& state)
{
    TenYearLog& log = tenYearLog();
    size_t rows = 0;
    for (auto _ : state) {
        auto days = log.store->sessions().dailyLoads(log.athlete, log.first, log.last);
        rows = days.value().size();
        benchmark::DoNotOptimize(rows);
    }
    state.counters["rows"] = double(rows);
}
BENCHMARK(readDailyRowsTenYears)->Unit(benchmark::kMillisecond);

void loadFiguresTenYears(benchmark::State& state)
{
    TenYearLog& log = tenYearLog();
    const auto rows = log.store->sessions().dailyLoads(log.athlete, log.first, log.last).value();
    for (auto _ : state) {
        const std::vector<double> loads =
            dailyLoadVector(rows, log.first, log.last, LoadMeasure::SessionRpe);
        auto days = dailyFigures(log.first, loads);
        auto weeks = weeklyFigures(rows, log.first, log.last, LoadMeasure::SessionRpe);
        benchmark::DoNotOptimize(days.data());
        benchmark::DoNotOptimize(weeks.data());
    }
}
BENCHMARK(loadFiguresTenYears)->Unit(benchmark::kMillisecond);

void trendsTenYears(benchmark::State& state)
{
    TenYearLog& log = tenYearLog();
    size_t reps = 0;
    for (auto _ : state) {
        auto samples = log.store->sessions().workRepSamples(log.athlete, log.first, log.last);
        auto stability = log.store->sessions().stabilitySamples(log.athlete, log.first, log.last);
        const TrendFilter all;
        EffortBand band;
        band.rpeLow = 7.0;
        band.rpeHigh = 8.0;
        const PaceRange paceBand{Speed::fromSecondsPerKilometre(260),
                                 Speed::fromSecondsPerKilometre(250)};
        auto steadiness = stabilityTrend(stability.value(), all);
        auto paceAtRpe = paceAtEffortTrend(samples.value(), band, all);
        auto rpeAtPace = effortAtPaceTrend(samples.value(), paceBand, all);
        reps = samples.value().size();
        benchmark::DoNotOptimize(steadiness.data());
        benchmark::DoNotOptimize(paceAtRpe.data());
        benchmark::DoNotOptimize(rpeAtPace.data());
    }
    state.counters["work_reps"] = double(reps);
}
BENCHMARK(trendsTenYears)->Unit(benchmark::kMillisecond);

} // namespace
