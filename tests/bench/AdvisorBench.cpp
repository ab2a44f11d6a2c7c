// The advisor runs on every edit in the builder; issue 8's target is under 50 µs for a
// 60-step session.

#include "core/advice/SessionAdvisor.h"
#include "core/io/SessionNotation.h"
#include "core/science/TrainingPaces.h"
#include "core/science/Vdot.h"

#include <QStringList>

#include <benchmark/benchmark.h>

#include <cmath>

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

// --- Issue 8's target: a 60-step session ---------------------------------------------

/// "3:52/km" for a speed.
QString paceNotation(Speed speed)
{
    const int seconds = int(std::lround(1000.0 / speed.metresPerSecond));
    return QStringLiteral("%1:%2/km").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

/// Eight reps as a cut-down from `from` to `to`, each followed by its recovery; the
/// recoveries shrink as the set goes on and the last one is the longer set recovery.
QStringList cutDownSet(const char* rep, Speed from, Speed to, const QStringList& recoveries)
{
    QStringList items;
    for (int i = 0; i < 8; ++i) {
        const double share = i / 7.0;
        const Speed speed{from.metresPerSecond +
                          share * (to.metresPerSecond - from.metresPerSecond)};
        items << QStringLiteral("%1 @%2 / %3")
                     .arg(QLatin1String(rep), paceNotation(speed), recoveries[i]);
    }
    return items;
}

/// A 5K speed session as a coach writes it out rep by rep in the builder, because every
/// rep has its own pace and recovery: a progressive warm-up, mobility, drills and
/// strides, three cut-down sets of 8 x (rep + recovery) from T to I, I to R and at R
/// (each set's last recovery being the set recovery), relaxed strides as the taper, a
/// jog and the cool-down.
///
/// Steps are counted as the app counts them (the store's step rows, forEachStep): every
/// step of the tree, a repeat group's children once, plus each group's recovery between
/// sets; groups themselves are not steps. By that count the session has 60 steps; run
/// with its repeats unrolled it is 72 segments.
QString sixtyStepSession(const TrainingPaces& paces)
{
    QStringList items{QStringLiteral("wu 10min @E"),
                      QStringLiteral("wu 5min @%1").arg(paceNotation(paces.marathon)),
                      QStringLiteral("mobility 5min"),
                      QStringLiteral("drills 5min"),
                      QStringLiteral("4x100m strides / 60s walk"),
                      QStringLiteral("jog 3min")};
    items << cutDownSet("400m", paces.threshold, paces.interval,
                        {QStringLiteral("90s jog"), QStringLiteral("85s jog"),
                         QStringLiteral("80s jog"), QStringLiteral("75s jog"),
                         QStringLiteral("70s jog"), QStringLiteral("65s jog"),
                         QStringLiteral("60s jog"), QStringLiteral("4min walk")});
    items << cutDownSet("300m", paces.interval, paces.repetition,
                        {QStringLiteral("300m jog"), QStringLiteral("300m jog"),
                         QStringLiteral("250m jog"), QStringLiteral("250m jog"),
                         QStringLiteral("200m jog"), QStringLiteral("200m jog"),
                         QStringLiteral("200m jog"), QStringLiteral("4min walk")});
    items << cutDownSet("200m", paces.repetition, paces.repetition,
                        {QStringLiteral("200m jog"), QStringLiteral("200m jog"),
                         QStringLiteral("200m jog"), QStringLiteral("200m jog"),
                         QStringLiteral("200m jog"), QStringLiteral("200m jog"),
                         QStringLiteral("200m jog"), QStringLiteral("3min jog")});
    items << QStringLiteral("4x100m strides / 100m walk") << QStringLiteral("jog 5min")
          << QStringLiteral("cd 10min @E") << QStringLiteral("cd 3min walk");
    return items.join(QStringLiteral("; "));
}

/// What the Sessions screen (BuilderView::adviceContext) passes: the athlete's paces
/// from their recent race, the template's sport and purpose, their weekly running.
AdviceContext builderContext()
{
    AdviceContext advice;
    advice.estimate.sport = Sport::Run;
    advice.estimate.paces =
        trainingPaces(vdotFromRace(Distance{10000.0}, Duration::fromMinutes(41)));
    advice.purpose = Purpose::FatigueTolerance;
    advice.weeklyDistance = Distance::fromKilometres(65.0);
    return advice;
}

void adviseSixtyStepSession(benchmark::State& state)
{
    const AdviceContext advice = builderContext();
    const auto parsed = parseSessionNotation(sixtyStepSession(*advice.estimate.paces));
    if (!parsed) {
        state.SkipWithError(parsed.error().message.toStdString().c_str());
        return;
    }
    const StepTree& steps = parsed.value();
    int stepCount = 0;
    forEachStep(steps, [&](const StepPath&, const Step&) { ++stepCount; });
    if (stepCount != 60) {
        state.SkipWithError("the session no longer has 60 steps");
        return;
    }
    size_t findings = 0;
    for (auto _ : state) {
        const std::vector<Finding> result = adviseSession(steps, advice);
        findings = result.size();
        benchmark::DoNotOptimize(result.data());
    }
    state.counters["steps"] = stepCount;
    state.counters["segments"] = double(estimateSession(steps, advice.estimate).segments.size());
    state.counters["findings"] = double(findings);
}
BENCHMARK(adviseSixtyStepSession)->Unit(benchmark::kMicrosecond);

} // namespace
