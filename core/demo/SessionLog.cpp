#include "SessionLog.h"

#include "Random.h"
#include "core/science/SessionRpe.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace paceline::demo {

namespace {

constexpr double kWellnessChance = 0.85;

constexpr std::array kTiredNotes{"Heavy legs from the start.", "Last reps were a grind.",
                                 "Could not relax; shoulders tight."};
constexpr std::array kFreshNotes{"Smooth and relaxed.", "Quick turnover, good posture.",
                                 "Felt strong on the last reps."};
constexpr std::array kConditions{"Windy on the back straight.", "Treadmill: rain all day.",
                                 "New shoes.", "With the club.", "Hot and humid."};

struct Totals {
    double seconds = 0.0;
    double metres = 0.0;
    bool hasDistance = false;
    double maxRpe = 0.0;
    double rpeSeconds = 0.0;
    double heartSeconds = 0.0;
    double heartWeighted = 0.0;
    int maxHeart = 0;

    void add(const Segment& segment, const SegmentResult& result)
    {
        seconds += result.time.seconds;
        if (result.distance) {
            metres += result.distance->metres;
            hasDistance = true;
        }
        // Strides barely change how hard a session felt: an easy run with strides is
        // still an easy run. Other short reps do count (hill sprints, a fast runner's
        // 300 m at R), so the test is the kind of step, not its length.
        if (segment.step->kind != StepKind::Strides)
            maxRpe = std::max(maxRpe, result.rpe);
        rpeSeconds += result.rpe * result.time.seconds;
        if (result.avgHeartRate) {
            heartSeconds += result.time.seconds;
            heartWeighted += *result.avgHeartRate * result.time.seconds;
            maxHeart = std::max(maxHeart, result.maxHeartRate.value_or(*result.avgHeartRate));
        }
    }
};

Rep makeRep(const Segment& segment, const SegmentResult& result)
{
    Rep rep;
    rep.kind = segment.kind;
    if (segment.step->id.isValid())
        rep.plannedStepId = segment.step->id;
    rep.distance = result.distance;
    rep.time = result.time;
    rep.rpe = result.rpe;
    rep.avgHeartRate = result.avgHeartRate;
    rep.maxHeartRate = result.maxHeartRate;
    rep.cadence = result.cadence;
    return rep;
}

void setTotals(LoggedSession& session, const Totals& totals, bool race)
{
    session.duration = Duration{std::round(totals.seconds)};
    if (totals.hasDistance)
        session.distance = Distance{std::round(totals.metres)};
    // Athletes rate a session by its hard part more than by its average, and a race
    // by the race alone.
    const double mean = totals.seconds > 0.0 ? totals.rpeSeconds / totals.seconds : 0.0;
    const double rating = race ? totals.maxRpe : predictedSessionRpe(mean, totals.maxRpe);
    session.sessionRpe = std::round(2.0 * rating) / 2.0;
    if (totals.heartSeconds > 0.0) {
        session.avgHeartRate = int(std::lround(totals.heartWeighted / totals.heartSeconds));
        session.maxHeartRate = totals.maxHeart;
    }
}

template <std::size_t N> QString pick(const std::array<const char*, N>& texts, Random& random)
{
    return QString::fromUtf8(texts[std::size_t(random.between(0, int(N) - 1))]);
}

void addNotes(LoggedSession& session, const PlannedSession& plan, double fatigue, Random& random)
{
    if (plan.templateId && plan.sport == Sport::Run && random.chance(0.2))
        session.formNotes = fatigue > 1.1 ? pick(kTiredNotes, random) : pick(kFreshNotes, random);
    if (random.chance(0.06))
        session.notes = pick(kConditions, random);
}

int score(double mean, Random& random)
{
    return std::clamp(int(std::lround(random.normal(mean, 0.7))), 1, 5);
}

} // namespace

LoggedSession logSession(const PlannedSession& plan, const DayState& day, const QDateTime& start,
                         Random& random)
{
    LoggedSession session;
    session.start = start;
    session.sport = plan.sport;
    session.title = plan.name;
    if (plan.id.isValid())
        session.plannedSessionId = plan.id;

    Effort effort(day, random);
    Totals totals;
    for (const Segment& segment : executionOrder(plan)) {
        const SegmentResult result = effort.perform(segment);
        totals.add(segment, result);
        if (segment.logged)
            session.reps.push_back(makeRep(segment, result));
    }
    setTotals(session, totals, plan.purpose == Purpose::RaceSpecific && !plan.templateId);
    if (random.chance(kWellnessChance))
        session.wellness = wellnessFor(day.fatigue, random);
    addNotes(session, plan, day.fatigue, random);
    return session;
}

Wellness wellnessFor(double fatigue, Random& random)
{
    const double mean =
        3.9 - 3.0 * std::max(0.0, fatigue - 1.0) + 1.0 * std::max(0.0, 1.0 - fatigue);
    Wellness wellness;
    wellness.sleep = score(mean + 0.1, random);
    wellness.soreness = score(mean - 0.3, random);
    wellness.energy = score(mean, random);
    wellness.mood = score(mean + 0.2, random);
    // Not everyone fills in every field.
    if (random.chance(0.75)) {
        wellness.legStiffness = score(mean - 0.3, random);
        wellness.breathing = score(mean + 0.1, random);
    }
    return wellness;
}

double sessionLoad(const LoggedSession& session)
{
    return session.sessionRpe.value_or(0.0) * session.duration.minutes();
}

} // namespace paceline::demo
