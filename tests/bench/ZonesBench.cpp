// Training paces are recomputed whenever a profile or a zone is shown: cheap?

#include "core/science/RaceDistances.h"
#include "core/science/TrainingPaces.h"
#include "core/science/Vdot.h"

#include <benchmark/benchmark.h>

using namespace paceline;

namespace {

void vdotAndPacesFromARace(benchmark::State& state)
{
    double seconds = 1200.0;
    for (auto _ : state) {
        const double vdot = vdotFromRace(Distance{5000.0}, Duration{seconds});
        benchmark::DoNotOptimize(trainingPaces(vdot));
        seconds = seconds < 1500.0 ? seconds + 1.0 : 1000.0;
    }
}
BENCHMARK(vdotAndPacesFromARace);

void allRaceEquivalents(benchmark::State& state)
{
    for (auto _ : state) {
        for (const StandardRace& race : standardRaces())
            benchmark::DoNotOptimize(equivalentRaceTime(49.8, race.distance));
    }
}
BENCHMARK(allRaceEquivalents);

} // namespace
