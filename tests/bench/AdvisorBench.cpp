// The advisor runs on every edit in the builder; issue 8's target is under 50 µs for a
// 60-step session.

#include "core/advice/SessionAdvisor.h"
#include "core/io/SessionNotation.h"
#include "core/science/TrainingPaces.h"

#include <benchmark/benchmark.h>

using namespace paceline;

namespace {

// A big session: 30 steps in the tree, over a hundred as run (repeats unrolled):
// warm-up, strides, a ladder, rotations, R and I sets, cruise intervals, taper.
const char* const kLongSession =
    "wu 15min @E; drills 5min; 4x100m strides / 60s walk; 400m @T / 90s jog; "
    "800m @T / 2min jog; 1200m @I / 3min jog; 800m @I / 2min jog; "
    "3x(6min @race / 2min @easy; 1min @surge / 2min @easy); 5min @race; "
    "6x(200m @R / 200m jog); 2x(4x300m @R / 300m jog) // 4min walk; "
    "8x400m @I / 90s jog; 5x1km @T / 60s jog; 2x200m @E / 200m jog; jog 5min; cd 10min @E";

AdviceContext context()
{
    AdviceContext advice;
    advice.estimate.paces = trainingPaces(50.0);
    advice.weeklyDistance = Distance::fromKilometres(60.0);
    advice.purpose = Purpose::RaceSpecific;
    return advice;
}

void adviseLongSession(benchmark::State& state)
{
    const StepTree steps = parseSessionNotation(QString::fromLatin1(kLongSession)).value();
    const AdviceContext advice = context();
    size_t findings = 0;
    for (auto _ : state) {
        const std::vector<Finding> result = adviseSession(steps, advice);
        findings = result.size();
        benchmark::DoNotOptimize(result.data());
    }
    int stepCount = 0;
    forEachStep(steps, [&](const StepPath&, const Step&) { ++stepCount; });
    state.counters["steps"] = stepCount;
    state.counters["segments"] = double(estimateSession(steps, advice.estimate).segments.size());
    state.counters["findings"] = double(findings);
}
BENCHMARK(adviseLongSession)->Unit(benchmark::kMicrosecond);

void estimateLongSession(benchmark::State& state)
{
    const StepTree steps = parseSessionNotation(QString::fromLatin1(kLongSession)).value();
    const AdviceContext advice = context();
    for (auto _ : state)
        benchmark::DoNotOptimize(estimateSession(steps, advice.estimate).duration);
}
BENCHMARK(estimateLongSession)->Unit(benchmark::kMicrosecond);

void parseAndFormatLongSession(benchmark::State& state)
{
    const QString text = QString::fromLatin1(kLongSession);
    for (auto _ : state) {
        auto steps = parseSessionNotation(text);
        benchmark::DoNotOptimize(formatSessionNotation(steps.value()).size());
    }
}
BENCHMARK(parseAndFormatLongSession)->Unit(benchmark::kMicrosecond);

} // namespace
