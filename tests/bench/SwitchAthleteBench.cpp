// Switching athlete in the thirty-athlete, ten-year log (issue 8: < 50 ms per switch), on
// the screen a coach is looking at: the window opened as the app opens it, the next
// athlete chosen in the toolbar's switcher, and the window painted with the new athlete.

#include "GuiBench.h"
#include "core/store/LogStore.h"
#include "ui/document/LogDocument.h"
#include "ui/shell/AppSettings.h"
#include "ui/shell/MainWindow.h"

#include <QComboBox>

#include <benchmark/benchmark.h>

#include <memory>

using namespace paceline;

namespace {

void switchAthleteThirty(benchmark::State& state)
{
    const QString view = MainWindow::viewNames().value(int(state.range(0)));
    const bench::DatasetCopy log(30, 520);
    std::unique_ptr<LogDocument> document = bench::openOrSkip(log, state);
    if (!document)
        return;
    // As app/gui/main.cpp opens a log (settings in the benchmarks' own folder).
    bench::forgetSettings();
    AppSettings settings;
    MainWindow window(std::move(document), settings);
    if (!window.showView(view)) {
        state.SkipWithError("no such screen");
        return;
    }
    auto* switcher = window.findChild<QComboBox*>(QStringLiteral("athleteSwitcher"));
    if (!switcher || switcher->count() < 2) {
        state.SkipWithError("the log has fewer than two athletes");
        return;
    }
    if (!bench::showExposed(window)) {
        state.SkipWithError("the window was not exposed");
        return;
    }
    bench::settleAndPaint(window);

    for (auto _ : state) {
        // As a user picks the next name: the index changes, then activated() follows.
        const int next = (switcher->currentIndex() + 1) % switcher->count();
        switcher->setCurrentIndex(next);
        Q_EMIT switcher->activated(next);
        bench::settleAndPaint(window);
    }
    state.counters["athletes"] = switcher->count();
    window.close();
}

} // namespace

// The screens by MainWindow::viewNames(): 0 log, 1 planner, 3 analysis.
BENCHMARK(switchAthleteThirty)
    ->ArgName("view")
    ->Arg(0)
    ->Arg(1)
    ->Arg(3)
    ->Unit(benchmark::kMillisecond);
