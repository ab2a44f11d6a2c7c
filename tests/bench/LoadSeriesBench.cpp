// Issue 8's Analysis target: the weekly load, ACWR and fitness/fatigue/form series of ten
// years of one athlete, from the store, in under 10 ms. Each iteration is one refresh of
// the Analysis screen's load charts, readLoadChartData as AnalysisView calls it, for the
// range "All time" (the longest series it draws): the athlete's logged day range, the
// daily rows of the whole history, the planned loads of the coming four weeks and the
// daily and weekly figures over them. The log stays open, as it does in the app; it is
// opened read-only, so nothing is written between iterations (the load checkpoints that
// shorter ranges start from are never used for "All time" anyway).

#include "BenchData.h"
#include "core/store/AthleteStore.h"
#include "core/store/LogStore.h"
#include "core/store/SessionStore.h"
#include "ui/analysis/LoadAnalysis.h"
#include "ui/document/LogDocument.h"

#include <QCoreApplication>

#include <benchmark/benchmark.h>

#include <algorithm>
#include <map>
#include <memory>
#include <string>
#include <utility>

using namespace paceline;

namespace {

/// A demo log opened read-only as a document, with the request for its first athlete
/// (the lowest id: the first one the demo wrote), kept for all the benchmarks that read
/// it.
struct OpenDataset {
    std::unique_ptr<LogDocument> document;
    LoadRequest request;
    /// Why it cannot be used; empty when it can. Kept here: SkipWithError takes a
    /// C string.
    std::string problem;
};

/// The request AnalysisView makes for "All time", with today on the athlete's last
/// logged day, so the series is the same whenever this runs.
std::optional<LoadRequest> allTimeRequest(const LogStore& store)
{
    auto athletes = store.athletes().all();
    if (!athletes || athletes->empty())
        return std::nullopt;
    const AthleteId first =
        std::min_element(athletes->begin(), athletes->end(),
                         [](const Athlete& a, const Athlete& b) { return a.id.value < b.id.value; })
            ->id;
    const auto range = store.sessions().dayRange(first);
    if (!range || !range.value())
        return std::nullopt;
    return LoadRequest{first, AnalysisRange::AllTime, range.value()->second,
                       LoadMeasure::SessionRpe, Qt::Monday};
}

OpenDataset openDataset(int athletes, int weeks)
{
    OpenDataset dataset;
    const std::optional<QString> path = benchDataset(athletes, weeks);
    if (!path) {
        dataset.problem = benchDataMissing(athletes, weeks).toStdString();
        return dataset;
    }
    OpenOptions options;
    options.readOnly = true;
    auto opened = LogStore::open(*path, options);
    if (!opened) {
        dataset.problem = opened.error().message.toStdString();
        return dataset;
    }
    const std::optional<LoadRequest> request = allTimeRequest(**opened);
    if (!request) {
        dataset.problem = QStringLiteral("nothing logged in %1").arg(*path).toStdString();
        return dataset;
    }
    dataset.request = *request;
    dataset.document = std::make_unique<LogDocument>(std::move(opened.value()));
    return dataset;
}

OpenDataset& dataset(int athletes, int weeks)
{
    // Left open for every benchmark that reads them, and closed while the application
    // still exists: a static destroyed after it would close QtSql's connections late.
    using OpenDatasets = std::map<std::pair<int, int>, OpenDataset>;
    static OpenDatasets* open = [] {
        qAddPostRoutine([] {
            delete open;
            open = nullptr;
        });
        return new OpenDatasets;
    }();
    auto found = open->find({athletes, weeks});
    if (found == open->end())
        found = open->emplace(std::pair{athletes, weeks}, openDataset(athletes, weeks)).first;
    return found->second;
}

void runLoadSeries(benchmark::State& state, int athletes, int weeks)
{
    OpenDataset& log = dataset(athletes, weeks);
    if (!log.problem.empty()) {
        state.SkipWithError(log.problem.c_str());
        return;
    }
    size_t days = 0;
    size_t weekCount = 0;
    for (auto _ : state) {
        const std::optional<LoadChartData> data = readLoadChartData(*log.document, log.request);
        if (!data) {
            state.SkipWithError("reading the load series failed");
            return;
        }
        days = data->days.size();
        weekCount = data->weeks.size();
        benchmark::DoNotOptimize(data->days.data());
        benchmark::DoNotOptimize(data->weeks.data());
    }
    state.counters["days"] = double(days);
    state.counters["weeks"] = double(weekCount);
}

void loadSeriesTenYears(benchmark::State& state)
{
    runLoadSeries(state, 1, 520);
}
BENCHMARK(loadSeriesTenYears)->Unit(benchmark::kMillisecond);

// The first athlete's whole history: how the cost grows with the years of history and
// with the other athletes in the same log.
void loadSeriesScale(benchmark::State& state)
{
    runLoadSeries(state, int(state.range(0)), int(state.range(1)));
}
BENCHMARK(loadSeriesScale)->Apply(scaleDatasets)->Unit(benchmark::kMillisecond);

} // namespace
