// Writing the demo history: the datasets later benchmarks are built from.

#include "core/demo/DemoData.h"
#include "core/store/LogStore.h"

#include <QTemporaryDir>

#include <benchmark/benchmark.h>

using namespace paceline;

namespace {

void writeDemoHistory(benchmark::State& state)
{
    DemoOptions options;
    options.athletes = int(state.range(0));
    options.weeks = int(state.range(1));
    options.lastDay = QDate(2026, 11, 22);
    int sessions = 0;
    for (auto _ : state) {
        state.PauseTiming();
        QTemporaryDir dir;
        auto store = std::move(LogStore::open(dir.filePath(QStringLiteral("demo.sqlite"))).value());
        state.ResumeTiming();
        auto summary = writeDemoData(*store, options);
        if (!summary) {
            state.SkipWithError("demo write failed");
            break;
        }
        sessions = summary->loggedSessions;
    }
    state.counters["sessions"] = sessions;
}
// One athlete over ten years; three athletes over two years.
BENCHMARK(writeDemoHistory)->Args({1, 520})->Args({3, 104})->Unit(benchmark::kSecond);

} // namespace
