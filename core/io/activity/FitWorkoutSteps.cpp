#include "FitWorkoutSteps.h"

#include "core/io/SessionNotation.h"

#include <cmath>

namespace paceline::fitworkout {

namespace {

/// FIT scales (Profile.xlsx, workout_step): distance in cm, time in ms, custom speed in
/// mm/s, custom heart rate as bpm + 100 (values up to 100 mean % of max HR).
constexpr double kCentimetresPerMetre = 100.0;
constexpr double kMillisecondsPerSecond = 1000.0;
constexpr double kSpeedScale = 1000.0;
constexpr std::uint32_t kHeartRateOffset = 100;

std::uint32_t scaled(double value, double scale)
{
    return static_cast<std::uint32_t>(std::llround(std::max(0.0, value) * scale));
}

std::uint8_t fitIntensity(StepKind kind)
{
    switch (kind) {
    case StepKind::WarmUp:
        return intensity::kWarmUp;
    case StepKind::CoolDown:
        return intensity::kCoolDown;
    case StepKind::Recovery:
        return intensity::kRecovery;
    case StepKind::Rest:
        return intensity::kRest;
    default: // work, strides, drills, mobility: the effort of the session
        return intensity::kActive;
    }
}

void setDuration(FitStep& fit, const Target& target)
{
    if (const auto* distance = std::get_if<Distance>(&target)) {
        fit.durationType = duration::kDistance;
        fit.durationValue = scaled(distance->metres, kCentimetresPerMetre);
    } else if (const auto* time = std::get_if<Duration>(&target)) {
        fit.durationType = duration::kTime;
        fit.durationValue = scaled(time->seconds, kMillisecondsPerSecond);
    } else {
        fit.durationType = duration::kOpen; // until the lap button
    }
}

void setSpeedTarget(FitStep& fit, const PaceRange& range)
{
    fit.targetType = target::kSpeed;
    fit.targetValue = 0; // 0: the custom range below, not a speed zone of the watch
    fit.customLow = scaled(range.slowest.metresPerSecond, kSpeedScale);
    fit.customHigh = scaled(range.fastest.metresPerSecond, kSpeedScale);
}

/// A zone's band from the athlete's paces; a point band (M, T, I, R) widened by the
/// tolerance. nullopt when there are no paces or the zone has no band (rotation zones).
std::optional<PaceRange> zoneRange(PaceZone zone, const FitWorkoutOptions& options)
{
    if (!options.paces)
        return std::nullopt;
    std::optional<PaceRange> band = paceBand(*options.paces, zone);
    if (!band || band->fastest.metresPerSecond <= 0.0)
        return std::nullopt;
    if (band->slowest == band->fastest) {
        const double pace = band->fastest.secondsPerKilometre();
        band->slowest = Speed::fromSecondsPerKilometre(pace + kPointPaceToleranceSecondsPerKm);
        band->fastest =
            Speed::fromSecondsPerKilometre(std::max(1.0, pace - kPointPaceToleranceSecondsPerKm));
    }
    return band;
}

QString rpeNote(const RpeTarget& rpe)
{
    return QStringLiteral("RPE ") + QString::number(rpe.rpe, 'g', 3);
}

void setTarget(FitStep& fit, const Intensity& wanted, const FitWorkoutOptions& options)
{
    fit.targetType = target::kOpen;
    if (const auto* range = std::get_if<PaceRange>(&wanted)) {
        setSpeedTarget(fit, *range);
    } else if (const auto* zone = std::get_if<PaceZone>(&wanted)) {
        if (const auto band = zoneRange(*zone, options))
            setSpeedTarget(fit, *band);
        // else open: the zone stays readable in the step's name ("800m @I")
    } else if (const auto* heartRate = std::get_if<HeartRateRange>(&wanted)) {
        fit.targetType = target::kHeartRate;
        fit.targetValue = 0; // custom range, not a heart-rate zone of the watch
        fit.customLow = static_cast<std::uint32_t>(heartRate->lowBpm) + kHeartRateOffset;
        fit.customHigh = static_cast<std::uint32_t>(heartRate->highBpm) + kHeartRateOffset;
    } else if (const auto* rpe = std::get_if<RpeTarget>(&wanted)) {
        fit.notes = rpeNote(*rpe);
    }
}

FitStep fitStep(const Step& step, const FitWorkoutOptions& options)
{
    FitStep fit;
    fit.name = formatSessionNotation({StepNode{step}}); // "wu 2km @E", "800m @I", "jog 90s"
    fit.intensity = fitIntensity(step.kind);
    setDuration(fit, step.target);
    setTarget(fit, step.intensity, options);
    if (!step.notes.isEmpty())
        fit.notes =
            fit.notes.isEmpty() ? step.notes : fit.notes + QStringLiteral("; ") + step.notes;
    return fit;
}

FitStep repeatStep(std::size_t firstIndex, int count)
{
    FitStep fit;
    fit.name = QString::number(count) + QStringLiteral("x");
    fit.durationType = duration::kRepeatUntilStepsComplete;
    fit.durationValue = static_cast<std::uint32_t>(firstIndex);
    fit.targetValue = static_cast<std::uint32_t>(count);
    return fit;
}

/// Appends FIT steps, stopping early once past the limit (unrolled groups could
/// otherwise grow the list a lot before the check).
class Flattener {
public:
    explicit Flattener(const FitWorkoutOptions& options) : m_options(options) {}

    void list(const StepTree& nodes)
    {
        for (const StepNode& node : nodes) {
            if (tooMany())
                return;
            if (node.isStep())
                m_steps.push_back(fitStep(node.step(), m_options));
            else
                group(node.group());
        }
    }

    bool tooMany() const { return static_cast<int>(m_steps.size()) > kMaxFitSteps; }
    std::vector<FitStep>& steps() { return m_steps; }

private:
    void group(const RepeatGroup& group)
    {
        const int count = std::max(1, group.count);
        const std::size_t first = m_steps.size();
        list(group.children);
        if (m_steps.size() == first)
            return; // an empty group: a repeat step would point at itself
        if (group.recoveryBetweenSets && count > 1) {
            // FIT repeats every step of a set, so the recovery that must not follow the
            // last set goes inside a repeat of count - 1, then the set comes once more.
            m_steps.push_back(fitStep(*group.recoveryBetweenSets, m_options));
            if (count > 2)
                m_steps.push_back(repeatStep(first, count - 1));
            list(group.children);
        } else if (count > 1) {
            m_steps.push_back(repeatStep(first, count));
        }
    }

    const FitWorkoutOptions& m_options;
    std::vector<FitStep> m_steps;
};

} // namespace

Result<std::vector<FitStep>> flattenSteps(const StepTree& steps, const FitWorkoutOptions& options,
                                          const QString& sessionName)
{
    Flattener flattener(options);
    flattener.list(steps);
    if (flattener.steps().empty())
        return Error{QStringLiteral("Session \u201c%1\u201d has no steps to send to a watch; "
                                    "add at least one step.")
                         .arg(sessionName)};
    if (flattener.tooMany())
        return Error{QStringLiteral("Session \u201c%1\u201d needs more than %2 FIT workout steps "
                                    "(repeats count as a step each); shorten it or split it "
                                    "into two workouts.")
                         .arg(sessionName)
                         .arg(kMaxFitSteps)};
    return std::move(flattener.steps());
}

} // namespace paceline::fitworkout
