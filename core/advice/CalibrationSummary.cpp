// summarizeRepeat: what one logged repeat of a template showed, the evidence the
// calibration (docs/advisor.md, "Calibrating the next session") goes by.

#include "Calibration.h"
#include "core/science/Stability.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace paceline {

namespace {

// Paces compared with a band's edge went through speed conversions; a rep run exactly
// at the edge must still count as on target (the stability figures allow the same).
constexpr double kPaceTolerance = 1e-6;

/// The reps computeStability counts: work with a distance, a time and a finite pace.
bool isWorkRep(const Rep& rep)
{
    const double metres = rep.distance ? rep.distance->metres : 0.0;
    return rep.kind == RepKind::Work && metres > 0.0 && rep.time.seconds > 0.0 &&
           std::isfinite(rep.time.seconds / metres);
}

bool isOnOrFaster(const Rep& rep, const PaceRange& band)
{
    // The slower edge is the lower speed, whichever name a hand-made band gives it.
    const Speed slowest{std::min(band.slowest.metresPerSecond, band.fastest.metresPerSecond)};
    const double pace = rep.time.seconds * kMetresPerKilometre / rep.distance->metres;
    return pace <= slowest.secondsPerKilometre() + kPaceTolerance;
}

void addRpeFigures(RepeatSummary& summary, const std::vector<double>& rpes)
{
    if (rpes.empty())
        return;
    summary.meanWorkRpe = std::accumulate(rpes.begin(), rpes.end(), 0.0) / double(rpes.size());
    summary.peakWorkRpe = *std::max_element(rpes.begin(), rpes.end());
}

} // namespace

RepeatSummary summarizeRepeat(const TemplateRepeat& repeat,
                              const std::optional<TrainingPaces>& paces)
{
    const std::vector<Rep>& reps = repeat.session.reps;
    const std::vector<std::optional<PaceRange>> bands =
        targetBands(reps, repeat.plannedSteps, paces);
    const PaceStability stability = computeStability(reps, bands);

    RepeatSummary summary;
    summary.day = repeat.session.localDate();
    summary.session = repeat.session.id;
    summary.workReps = stability.workReps;
    summary.paceCvPercent = stability.paceCvPercent;
    summary.fadePercent = stability.fadePercent;
    std::vector<double> rpes;
    for (size_t index = 0; index < reps.size(); ++index) {
        const Rep& rep = reps[index];
        if (!isWorkRep(rep))
            continue;
        if (rep.rpe)
            rpes.push_back(*rep.rpe);
        if (!bands[index])
            continue;
        ++summary.repsWithTarget;
        if (isOnOrFaster(rep, *bands[index]))
            ++summary.repsOnOrFasterThanTarget;
    }
    addRpeFigures(summary, rpes);
    return summary;
}

} // namespace paceline
