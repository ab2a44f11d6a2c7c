#include "Stability.h"

#include "Vdot.h"
#include "core/model/StepPath.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <unordered_map>

namespace paceline {

namespace {

// A Daniels point pace (M, T, I, R) is a single number, but nobody runs a rep to the
// second: +-2 % (about +-4 s/km at 3:30/km) is "on pace" (docs/logging.md).
constexpr double kZoneBandFraction = 0.02;
// Reps within +-3 % of the median pace count as "the same pace" for RPE drift.
constexpr double kSimilarPaceFraction = 0.03;
// Paces compared with a band's edges went through speed conversions; a rep run
// exactly at the edge must still count as inside.
constexpr double kPaceTolerance = 1e-6;

/// A band as paces in seconds per km, fastest (smallest) first.
struct PaceBand {
    double fastest = 0.0;
    double slowest = 0.0;
};

double secondsPerKm(Speed speed)
{
    return speed.secondsPerKilometre();
}

std::optional<PaceRange> usableBand(const std::optional<PaceRange>& band)
{
    if (!band || !(band->slowest.metresPerSecond > 0.0) || !(band->fastest.metresPerSecond > 0.0))
        return std::nullopt;
    return band;
}

std::optional<PaceRange> widenedPoint(Speed speed)
{
    // +-2 % of the pace: slower pace p x 1.02 is speed v / 1.02.
    return PaceRange{.slowest = {speed.metresPerSecond / (1.0 + kZoneBandFraction)},
                     .fastest = {speed.metresPerSecond / (1.0 - kZoneBandFraction)}};
}

std::optional<PaceRange> zoneBand(PaceZone zone, const std::optional<TrainingPaces>& paces)
{
    if (!paces)
        return std::nullopt;
    const std::optional<PaceRange> band = paceBand(*paces, zone);
    if (!band || zone == PaceZone::Easy)
        return band; // E is already a range; rotation zones have none.
    return widenedPoint(band->fastest);
}

std::optional<PaceRange> bandOf(const Step& step, const std::optional<TrainingPaces>& paces)
{
    if (const auto* range = std::get_if<PaceRange>(&step.intensity))
        return *range;
    if (const auto* zone = std::get_if<PaceZone>(&step.intensity))
        return zoneBand(*zone, paces);
    return std::nullopt; // heart-rate, RPE or open targets give no pace band
}

/// The steps of the plan by their store id. Steps not stored yet (id 0) cannot be
/// linked to and are left out.
std::unordered_map<StepId, const Step*> stepsById(const StepTree& tree)
{
    std::unordered_map<StepId, const Step*> steps;
    forEachStep(tree, [&](const StepPath&, const Step& step) {
        if (step.id.isValid())
            steps.emplace(step.id, &step);
    });
    return steps;
}

/// A work rep counted in the figures: its pace and its place in the session.
struct WorkRep {
    double pace = 0.0; ///< seconds per km
    std::optional<double> rpe;
    std::optional<PaceRange> band;
};

std::vector<WorkRep> workRepsOf(const std::vector<Rep>& reps,
                                const std::vector<std::optional<PaceRange>>& bands)
{
    std::vector<WorkRep> work;
    for (size_t index = 0; index < reps.size(); ++index) {
        const Rep& rep = reps[index];
        const double metres = rep.distance ? rep.distance->metres : 0.0;
        if (rep.kind != RepKind::Work || !(metres > 0.0) || !(rep.time.seconds > 0.0))
            continue;
        const double pace = rep.time.seconds / (metres / kMetresPerKilometre);
        if (!std::isfinite(pace))
            continue;
        const auto band = index < bands.size() ? usableBand(bands[index]) : std::nullopt;
        work.push_back({pace, rep.rpe, band});
    }
    return work;
}

double meanPace(std::vector<WorkRep>::const_iterator first,
                std::vector<WorkRep>::const_iterator last)
{
    const double sum = std::accumulate(
        first, last, 0.0, [](double total, const WorkRep& rep) { return total + rep.pace; });
    return sum / double(last - first);
}

std::optional<double> paceCvPercent(const std::vector<WorkRep>& work)
{
    if (work.size() < 2)
        return std::nullopt;
    const double mean = meanPace(work.begin(), work.end());
    double squares = 0.0;
    for (const WorkRep& rep : work)
        squares += (rep.pace - mean) * (rep.pace - mean);
    const double sampleDeviation = std::sqrt(squares / double(work.size() - 1));
    return sampleDeviation / mean * 100.0;
}

std::optional<double> fadePercent(const std::vector<WorkRep>& work)
{
    if (work.size() < 3)
        return std::nullopt;
    const auto third = std::ptrdiff_t(work.size() / 3);
    const double first = meanPace(work.begin(), work.begin() + third);
    const double last = meanPace(work.end() - third, work.end());
    return (last - first) / first * 100.0;
}

std::optional<Duration> spreadPerKm(const std::vector<WorkRep>& work)
{
    if (work.size() < 2)
        return std::nullopt;
    const auto [fastest, slowest] =
        std::minmax_element(work.begin(), work.end(),
                            [](const WorkRep& a, const WorkRep& b) { return a.pace < b.pace; });
    return Duration{slowest->pace - fastest->pace};
}

bool isWithin(double pace, const PaceRange& band)
{
    const double a = secondsPerKm(band.fastest);
    const double b = secondsPerKm(band.slowest);
    // Either order: a hand-made band may name its edges the other way round.
    return pace >= std::min(a, b) - kPaceTolerance && pace <= std::max(a, b) + kPaceTolerance;
}

double medianPace(const std::vector<WorkRep>& work)
{
    std::vector<double> paces;
    paces.reserve(work.size());
    for (const WorkRep& rep : work)
        paces.push_back(rep.pace);
    std::sort(paces.begin(), paces.end());
    const size_t middle = paces.size() / 2;
    return paces.size() % 2 == 1 ? paces[middle] : (paces[middle - 1] + paces[middle]) / 2.0;
}

/// The least-squares slope of y against 0, 1, 2, ... times the span (k - 1): the
/// change from first to last that the trend line shows, robust to one odd rep.
std::optional<double> trendChange(const std::vector<double>& values)
{
    const size_t count = values.size();
    if (count < 2)
        return std::nullopt;
    const double meanX = double(count - 1) / 2.0;
    const double meanY = std::accumulate(values.begin(), values.end(), 0.0) / double(count);
    double covariance = 0.0;
    double variance = 0.0;
    for (size_t x = 0; x < count; ++x) {
        covariance += (double(x) - meanX) * (values[x] - meanY);
        variance += (double(x) - meanX) * (double(x) - meanX);
    }
    return covariance / variance * double(count - 1);
}

std::optional<double> rpeDrift(const std::vector<WorkRep>& work)
{
    if (work.size() < 2)
        return std::nullopt;
    const double median = medianPace(work);
    std::vector<double> rpes;
    for (const WorkRep& rep : work) {
        if (rep.rpe && std::fabs(rep.pace - median) <= kSimilarPaceFraction * median)
            rpes.push_back(*rep.rpe);
    }
    return trendChange(rpes);
}

} // namespace

std::vector<std::optional<PaceRange>> targetBands(const std::vector<Rep>& reps,
                                                  const StepTree& plannedSteps,
                                                  const std::optional<TrainingPaces>& paces)
{
    const std::unordered_map<StepId, const Step*> steps = stepsById(plannedSteps);
    std::vector<std::optional<PaceRange>> bands(reps.size());
    for (size_t index = 0; index < reps.size(); ++index) {
        const std::optional<StepId>& link = reps[index].plannedStepId;
        const auto found = link ? steps.find(*link) : steps.end();
        if (found != steps.end())
            bands[index] = usableBand(bandOf(*found->second, paces));
    }
    return bands;
}

PaceStability computeStability(const std::vector<Rep>& reps,
                               const std::vector<std::optional<PaceRange>>& bands)
{
    const std::vector<WorkRep> work = workRepsOf(reps, bands);
    PaceStability stability;
    stability.workReps = int(work.size());
    stability.paceCvPercent = paceCvPercent(work);
    stability.fadePercent = fadePercent(work);
    stability.spreadPerKm = spreadPerKm(work);
    for (const WorkRep& rep : work) {
        if (!rep.band)
            continue;
        ++stability.repsWithTarget;
        if (isWithin(rep.pace, *rep.band))
            ++stability.repsWithinTarget;
    }
    stability.rpeDrift = rpeDrift(work);
    return stability;
}

std::optional<TrainingPaces> athletePaces(const Athlete& athlete)
{
    if (!athlete.recentRace)
        return std::nullopt;
    const double vdot = vdotFromRace(athlete.recentRace->distance, athlete.recentRace->time);
    if (!std::isfinite(vdot) || vdot <= 0.0)
        return std::nullopt;
    return trainingPaces(vdot);
}

PaceStability sessionStability(const LoggedSession& session, const StepTree& plannedSteps,
                               const std::optional<TrainingPaces>& paces)
{
    return computeStability(session.reps, targetBands(session.reps, plannedSteps, paces));
}

} // namespace paceline
