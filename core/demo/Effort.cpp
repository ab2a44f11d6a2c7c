#include "Effort.h"

#include "Profile.h"
#include "Random.h"
#include "core/science/Vdot.h"

#include <algorithm>
#include <cmath>

namespace paceline::demo {

namespace {

constexpr double kWalkSpeed = 1.45;       // m/s
constexpr double kRepScatter = 0.01;      // work reps: ~1 % either way
constexpr double kOtherScatter = 0.025;   // warm-ups, jogs
constexpr double kLongStepMinutes = 60.0; // longer steps drift up in HR and RPE

RepKind repKind(StepKind kind)
{
    switch (kind) {
    case StepKind::Work:
    case StepKind::Strides:
    case StepKind::Drills:
        return RepKind::Work;
    default:
        return RepKind::Recovery;
    }
}

// Segments point into the plan's tree, which outlives them.
void appendStep(const Step& step, Sport sport, bool logged, std::vector<Segment>& out)
{
    out.push_back({&step, step.sport.value_or(sport), logged, repKind(step.kind), 0.0});
}

void append(const StepNode& item, Sport sport, bool inGroup, bool logTopWork,
            std::vector<Segment>& out)
{
    if (item.isStep()) {
        const Step& step = item.step();
        appendStep(step, sport, inGroup || (logTopWork && step.kind == StepKind::Work), out);
        return;
    }
    const RepeatGroup& group = item.group();
    for (int set = 0; set < group.count; ++set) {
        for (const StepNode& child : group.children)
            append(child, sport, true, logTopWork, out);
        if (group.recoveryBetweenSets && set + 1 < group.count)
            appendStep(*group.recoveryBetweenSets, sport, true, out);
    }
}

/// Work segments spread from 0 to 1; a recovery shares the progress of the rep before.
void setProgress(std::vector<Segment>& segments)
{
    const auto isWork = [](const Segment& s) { return s.logged && s.kind == RepKind::Work; };
    const auto works = std::count_if(segments.begin(), segments.end(), isWork);
    double progress = 0.0;
    int done = 0;
    for (Segment& segment : segments) {
        if (isWork(segment))
            progress = works > 1 ? double(done++) / double(works - 1) : 0.0;
        segment.progress = progress;
    }
}

const PaceZone* zoneOf(const Step& step)
{
    return std::get_if<PaceZone>(&step.intensity);
}

double roundTo(double value, double unit)
{
    return std::round(value / unit) * unit;
}

bool isRaceStep(const Segment& segment)
{
    const Step& step = *segment.step;
    return segment.sport == Sport::Run && step.kind == StepKind::Work &&
           std::holds_alternative<std::monostate>(step.intensity) &&
           std::holds_alternative<Distance>(step.target);
}

} // namespace

std::vector<Segment> executionOrder(const PlannedSession& plan)
{
    const bool logTopWork = plan.sport != Sport::StrengthMobility &&
                            (plan.templateId || plan.purpose == Purpose::RaceSpecific);
    std::vector<Segment> segments;
    for (const StepNode& item : plan.steps)
        append(item, plan.sport, false, logTopWork, segments);
    setProgress(segments);
    return segments;
}

Effort::Effort(const DayState& day, Random& random) : m_day(day), m_random(random)
{
    // A tired athlete is a little slower on the day, and drifts to the slow end of E.
    const double tired = std::max(0.0, day.fatigue - 1.1);
    m_form = 1.0 + random.normal(0.0, 0.004, 2.0) - std::min(0.005, 0.02 * tired);
    m_easyShare = std::clamp(random.uniform(0.25, 0.75) - 0.5 * tired, 0.0, 1.0);
}

SegmentResult Effort::perform(const Segment& segment)
{
    SegmentResult result;
    const Step& step = *segment.step;
    const double speed = scatteredSpeed(segment);
    if (const Distance* distance = std::get_if<Distance>(&step.target)) {
        result.distance = *distance;
        // A race is run in exactly the time its VDOT predicts, so a logged race agrees
        // with the athlete's recent race.
        result.time = isRaceStep(segment)
                          ? Duration{std::round(equivalentRaceTime(m_day.vdot, *distance).seconds)}
                          : Duration{speed > 0.0 ? distance->metres / speed : 60.0};
    } else {
        const Duration* duration = std::get_if<Duration>(&step.target);
        result.time = duration ? *duration : Duration::fromMinutes(10.0);
        if (speed > 0.0)
            result.distance = Distance{std::round(speed * result.time.seconds)};
    }
    if (segment.sport == Sport::StrengthMobility)
        result.distance.reset();
    result.time.seconds = roundTo(result.time.seconds, 0.1);

    double rpe = baseRpe(segment) + 2.5 * (m_day.fatigue - 1.0) + m_random.normal(0.0, 0.3, 2.0);
    if (segment.kind == RepKind::Work && segment.logged)
        rpe += 1.2 * segment.progress;
    rpe += std::clamp((result.time.minutes() - kLongStepMinutes) / 40.0, 0.0, 1.5);
    result.rpe = roundTo(std::clamp(rpe, 0.0, 10.0), 0.5);
    setHeartRate(segment, result);
    result.cadence = cadence(segment, speed);
    return result;
}

double Effort::scatteredSpeed(const Segment& segment)
{
    const double base = baseSpeed(segment);
    if (base <= 0.0)
        return 0.0;
    if (segment.kind == RepKind::Work && segment.logged) {
        // Late reps fade a little, more so when the last week was heavier than usual.
        const double fadeScale = std::clamp(0.04 * (m_day.fatigue - 0.95), 0.0, 0.012);
        const double fade = 1.0 - fadeScale * segment.progress;
        return base * (1.0 + m_random.normal(0.0, kRepScatter, 2.5)) * m_form * fade;
    }
    return base * (1.0 + m_random.normal(0.0, kOtherScatter, 2.0)) * m_form;
}

double Effort::baseSpeed(const Segment& segment) const
{
    const Step& step = *segment.step;
    const Profile& profile = *m_day.profile;
    if (step.recoveryMode == RecoveryMode::Stand || step.kind == StepKind::Mobility ||
        step.kind == StepKind::Rest || segment.sport == Sport::StrengthMobility)
        return 0.0;
    const double effort = std::holds_alternative<RpeTarget>(step.intensity)
                              ? std::get<RpeTarget>(step.intensity).rpe
                              : 4.5;
    switch (segment.sport) {
    case Sport::Bike: {
        const double kmh = profile.bikeKmh * (0.95 + 0.05 * m_day.progress);
        return kmh / 3.6 * (1.0 + 0.04 * (effort - 5.0));
    }
    case Sport::Swim: {
        const double per100 = profile.swimSecondsPer100 * (1.05 - 0.05 * m_day.progress);
        const double drills = step.kind == StepKind::Drills ? 0.85 : 1.0;
        return 100.0 / per100 * (1.0 + 0.025 * (effort - 5.0)) * drills;
    }
    default:
        return runSpeed(step);
    }
}

double Effort::raceSpeed() const
{
    return m_day.raceSpeed.metresPerSecond;
}

double Effort::runSpeed(const Step& step) const
{
    const TrainingPaces& paces = m_day.paces;
    const double slowest = paces.easy.slowest.metresPerSecond;
    if (step.recoveryMode == RecoveryMode::Walk)
        return kWalkSpeed;
    if (step.recoveryMode == RecoveryMode::Jog || step.kind == StepKind::WarmUp ||
        step.kind == StepKind::CoolDown)
        return slowest * (step.kind == StepKind::Recovery ? 0.92 : 1.0);
    if (step.kind == StepKind::Strides)
        return paces.repetition.metresPerSecond * 1.03;
    const PaceZone* zone = zoneOf(step);
    if (!zone)
        return std::holds_alternative<std::monostate>(step.intensity) ? raceSpeed() : slowest;
    switch (*zone) {
    case PaceZone::Easy:
        return slowest + m_easyShare * (paces.easy.fastest.metresPerSecond - slowest);
    case PaceZone::Marathon:
        return paces.marathon.metresPerSecond;
    case PaceZone::Threshold:
        return paces.threshold.metresPerSecond;
    case PaceZone::Interval:
    case PaceZone::RotationSurge:
        return paces.interval.metresPerSecond;
    case PaceZone::Repetition:
        return paces.repetition.metresPerSecond;
    case PaceZone::RotationRace:
        return raceSpeed();
    case PaceZone::RotationEasy:
        return slowest;
    }
    return slowest;
}

} // namespace paceline::demo
