// The planner checks the weeks it shows after every edit (PlannerInsights::refreshFindings:
// adviseWeek on TrainingPlan::adviceInput); issue 8's target is under 200 µs for a
// four-week plan. The input is built here the way adviceInput builds it from the log (the
// checked days with a week of context either side, 28 days of logged load, the athlete's
// paces and heart rates), so that only the rules are timed, not the store's reads.

#include "core/advice/WeekAdvisor.h"
#include "core/io/SessionNotation.h"
#include "core/science/TrainingPaces.h"
#include "core/science/Vdot.h"

#include <benchmark/benchmark.h>

#include <array>

using namespace paceline;

namespace {

// Runners' sessions, for an athlete of VDOT about 50.
const char* const kIntervals = "wu 15min @E; 4x100m strides / 60s walk; 8x400m @I / 90s jog; "
                               "cd 10min @E";
const char* const kRepetitions = "wu 15min @E; drills 5min; 2x(4x300m @R / 300m jog) // 4min "
                                 "walk; cd 10min @E";
const char* const kThreshold = "wu 2km @E; 5x1km @T / 60s jog; cd 2km @E";
const char* const kCruise = "wu 15min @E; 3x2km @T / 2min jog; cd 10min @E";
const char* const kTempo = "wu 15min @E; 20min @T; cd 10min @E";
const char* const kLightThreshold = "wu 15min @E; 4x1km @T / 90s jog; cd 10min @E";
const char* const kStrides = "6x100m strides / 60s walk";
// A triathlete's other sports, by effort.
const char* const kSwimAerobic = "wu 10min @rpe3; 10x3min @rpe5 / 30s rest; cd 5min @rpe2";
const char* const kSwimTechnique = "wu 10min @rpe3; drills 15min; 8x1min @rpe6 / 30s rest; cd "
                                   "5min @rpe2";
const char* const kBikeIntervals = "wu 15min @rpe3; 5x5min @rpe8 / 3min @rpe3; cd 10min @rpe3";
const char* const kBrick = "bike wu 15min @rpe3; bike 60min @rpe5; run 20min @M";

/// One planned session: its day (0 = the Monday of the week before the checked weeks)
/// and how it is written.
struct Entry {
    int day = 0;
    const char* name = "";
    Sport sport = Sport::Run;
    QString notation;
};

QString easy(int minutes, bool strides = false)
{
    const QString run = QStringLiteral("%1min @E").arg(minutes);
    return strides ? run + QStringLiteral("; ") + QLatin1String(kStrides) : run;
}

QString longRun(int minutes)
{
    return QStringLiteral("%1min @E").arg(minutes);
}

/// The week before, the four checked weeks and the week after. A classic runner's week
/// (rest Monday, intervals Tuesday, threshold Thursday, long run Sunday) and a recovery
/// week, with the mistakes coaches make while moving sessions around: intervals the day
/// after the long run, two hard days back to back, eight days without a light day, and a
/// build-up faster than the log's recent weeks.
std::vector<Entry> runnerPlan(std::vector<int>& restDays)
{
    std::vector<Entry> plan;
    auto normalWeek = [&](int week) {
        const int monday = week * 7;
        restDays.push_back(monday);
        plan.push_back({monday + 1, "5K sharpening: 8 × 400 m", Sport::Run, kIntervals});
        plan.push_back({monday + 2, "Easy run", Sport::Run, easy(50)});
        plan.push_back({monday + 2, "Strength and mobility", Sport::StrengthMobility,
                        QStringLiteral("30min @rpe4")});
        plan.push_back({monday + 3, "Threshold 5 × 1 km", Sport::Run, kThreshold});
        plan.push_back({monday + 4, "Recovery run", Sport::Run, easy(30)});
        plan.push_back({monday + 5, "Easy run with strides", Sport::Run, easy(40, true)});
        plan.push_back({monday + 6, "Long run", Sport::Run, longRun(100)});
    };
    normalWeek(0); // context before
    normalWeek(1); // checked week 1

    // Week 2: repetitions and cruise intervals, Friday left empty.
    restDays.push_back(14);
    plan.push_back({15, "Repetitions 2 × 4 × 300 m", Sport::Run, kRepetitions});
    plan.push_back({16, "Easy run", Sport::Run, easy(55)});
    plan.push_back({17, "Cruise intervals 3 × 2 km", Sport::Run, kCruise});
    plan.push_back({19, "Easy run with strides", Sport::Run, easy(50, true)});
    plan.push_back({20, "Long run", Sport::Run, longRun(110)});

    // Week 3: the intervals moved to Monday (the day after the long run), tempo and
    // threshold back to back, no rest or light day all week.
    plan.push_back({21, "5K sharpening: 8 × 400 m", Sport::Run, kIntervals});
    plan.push_back({22, "Easy run", Sport::Run, easy(65)});
    plan.push_back({23, "Tempo 20 min", Sport::Run, kTempo});
    plan.push_back({24, "Threshold 5 × 1 km", Sport::Run, kThreshold});
    plan.push_back({25, "Easy run", Sport::Run, easy(45)});
    plan.push_back(
        {25, "Strength and mobility", Sport::StrengthMobility, QStringLiteral("30min @rpe4")});
    plan.push_back({26, "Easy run with strides", Sport::Run, easy(60, true)});
    plan.push_back({27, "Long run", Sport::Run, longRun(120)});

    // Week 4: recovery week.
    restDays.push_back(28);
    plan.push_back({29, "Easy run with strides", Sport::Run, easy(40, true)});
    plan.push_back({30, "Recovery run", Sport::Run, easy(30)});
    plan.push_back({31, "Light threshold 4 × 1 km", Sport::Run, kLightThreshold});
    plan.push_back({33, "Easy run", Sport::Run, easy(40)});
    plan.push_back({34, "Long run", Sport::Run, longRun(80)});

    normalWeek(5); // context after
    return plan;
}

/// A triathlete's weeks: swims, an endurance ride, bike intervals, a brick on Saturday
/// and the long run on Sunday; in the checked weeks a run speed session lands the day
/// after the brick and another the day after bike intervals.
std::vector<Entry> triathletePlan(std::vector<int>& restDays)
{
    std::vector<Entry> plan;
    auto normalWeek = [&](int week, bool recovery) {
        const int monday = week * 7;
        restDays.push_back(monday);
        plan.push_back({monday + 1, "5K sharpening: 8 × 400 m", Sport::Run, kIntervals});
        plan.push_back({monday + 1, "Aerobic swim", Sport::Swim, kSwimAerobic});
        plan.push_back({monday + 2, "Endurance ride", Sport::Bike,
                        QStringLiteral("%1min @rpe4").arg(recovery ? 60 : 90)});
        if (!recovery)
            plan.push_back({monday + 3, "Bike intervals 5 × 5 min", Sport::Bike, kBikeIntervals});
        plan.push_back({monday + 3, "Technique swim", Sport::Swim, kSwimTechnique});
        plan.push_back({monday + 4, "Easy run with strides", Sport::Run, easy(35, true)});
        plan.push_back({monday + 5, "Brick", Sport::Brick, kBrick});
        plan.push_back({monday + 6, "Long run", Sport::Run, longRun(recovery ? 70 : 90)});
    };
    normalWeek(0, false);
    normalWeek(1, false);
    // Week 2: the threshold run moved to Friday, the day after the bike intervals.
    restDays.push_back(14);
    plan.push_back({15, "Easy run", Sport::Run, easy(45)});
    plan.push_back({15, "Aerobic swim", Sport::Swim, kSwimAerobic});
    plan.push_back({16, "Endurance ride", Sport::Bike, QStringLiteral("100min @rpe4")});
    plan.push_back({17, "Bike intervals 5 × 5 min", Sport::Bike, kBikeIntervals});
    plan.push_back({17, "Technique swim", Sport::Swim, kSwimTechnique});
    plan.push_back({18, "Threshold 5 × 1 km", Sport::Run, kThreshold});
    plan.push_back({19, "Brick", Sport::Brick, kBrick});
    plan.push_back({20, "Long run", Sport::Run, longRun(95)});
    // Week 3: the intervals on Sunday after Saturday's brick, the long run on Monday.
    plan.push_back({21, "Long run", Sport::Run, longRun(95)});
    plan.push_back({22, "Aerobic swim", Sport::Swim, kSwimAerobic});
    plan.push_back({23, "Endurance ride", Sport::Bike, QStringLiteral("100min @rpe4")});
    plan.push_back({24, "Bike intervals 5 × 5 min", Sport::Bike, kBikeIntervals});
    plan.push_back({24, "Technique swim", Sport::Swim, kSwimTechnique});
    plan.push_back({25, "Easy run with strides", Sport::Run, easy(35, true)});
    plan.push_back({26, "Brick", Sport::Brick, kBrick});
    plan.push_back({27, "5K sharpening: 8 × 400 m", Sport::Run, kIntervals});
    normalWeek(4, true);
    normalWeek(5, false);
    return plan;
}

/// The athlete's recent four weeks of logged session-RPE load, Monday first: a little
/// below what the plan asks, as before a build-up.
std::vector<double> loggedLoad(double scale)
{
    constexpr std::array<double, 7> kWeek{0.0, 310.0, 170.0, 280.0, 90.0, 160.0, 330.0};
    std::vector<double> loads;
    for (int day = 0; day < 28; ++day)
        loads.push_back(scale * kWeek[size_t(day % 7)] * (day < 21 ? 1.0 : 0.9));
    return loads;
}

/// Ids for every step and group, as the store gives them: no two planned sessions share
/// one, even when they are copies of the same template.
void assignIds(StepTree& steps, qint64& next)
{
    for (StepNode& node : steps) {
        if (node.isStep()) {
            node.step().id = StepId{next++};
            continue;
        }
        RepeatGroup& group = node.group();
        group.id = StepId{next++};
        assignIds(group.children, next);
        if (group.recoveryBetweenSets)
            group.recoveryBetweenSets->id = StepId{next++};
    }
}

/// What TrainingPlan::adviceInput gives for the four weeks from 10 March 2025: every day from a
/// week before to a week after, each with its rest mark and sessions in order.
WeekAdviceInput fourWeekInput(const std::vector<Entry>& plan, const std::vector<int>& restDays,
                              double loggedScale)
{
    const QDate start(2025, 3, 3); // the Monday before the checked weeks
    WeekAdviceInput input;
    input.first = start.addDays(7);
    input.last = input.first.addDays(27);
    for (int day = 0; day < 42; ++day)
        input.days.push_back(PlanDay{start.addDays(day), false, {}});
    for (int day : restDays)
        input.days[size_t(day)].rest = true;
    qint64 nextId = 1;
    qint64 nextStepId = 1;
    for (const Entry& entry : plan) {
        PlanDay& day = input.days[size_t(entry.day)];
        PlannedSession session;
        session.id = PlannedSessionId{nextId++};
        session.athleteId = AthleteId{1};
        session.date = day.date;
        session.orderInDay = int(day.sessions.size());
        session.name = QString::fromUtf8(entry.name);
        session.sport = entry.sport;
        session.steps = parseSessionNotation(entry.notation).value();
        assignIds(session.steps, nextStepId);
        day.sessions.push_back(std::move(session));
    }
    input.actualDailyLoad = loggedLoad(loggedScale);
    // TrainingPlan::estimateContext: the paces of the athlete's recent race, and their
    // heart rates.
    input.estimate.paces =
        trainingPaces(vdotFromRace(Distance{10000.0}, Duration::fromMinutes(41)));
    input.estimate.maxHeartRate = 188;
    input.estimate.restingHeartRate = 48;
    return input;
}

int sessionsChecked(const WeekAdviceInput& input)
{
    int count = 0;
    for (const PlanDay& day : input.days) {
        if (day.date >= input.first && day.date <= input.last)
            count += int(day.sessions.size());
    }
    return count;
}

void runWeekRules(benchmark::State& state, const WeekAdviceInput& input)
{
    size_t findings = 0;
    for (auto _ : state) {
        const std::vector<WeekFinding> result = adviseWeek(input);
        findings = result.size();
        benchmark::DoNotOptimize(result.data());
    }
    state.counters["sessions"] = sessionsChecked(input);
    state.counters["findings"] = double(findings);
}

void weekRulesFourWeekPlan(benchmark::State& state)
{
    std::vector<int> restDays;
    const std::vector<Entry> plan = runnerPlan(restDays);
    runWeekRules(state, fourWeekInput(plan, restDays, 1.0));
}
BENCHMARK(weekRulesFourWeekPlan)->Unit(benchmark::kMicrosecond);

void weekRulesFourWeekPlanTriathlete(benchmark::State& state)
{
    std::vector<int> restDays;
    const std::vector<Entry> plan = triathletePlan(restDays);
    runWeekRules(state, fourWeekInput(plan, restDays, 1.3));
}
BENCHMARK(weekRulesFourWeekPlanTriathlete)->Unit(benchmark::kMicrosecond);

} // namespace
