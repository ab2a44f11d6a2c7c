#include "WeekPlan.h"

#include "Fitness.h"
#include "Profile.h"
#include "Random.h"
#include "StepBuilder.h"
#include "core/science/TrainingPaces.h"

#include <algorithm>
#include <cmath>

namespace paceline::demo {

void IdSource::assignStepIds(StepTree& tree)
{
    for (StepNode& item : tree) {
        if (item.isStep()) {
            item.step().id = StepId{++m_steps};
            continue;
        }
        RepeatGroup& group = item.group();
        group.id = StepId{++m_steps};
        assignStepIds(group.children);
        if (group.recoveryBetweenSets)
            group.recoveryBetweenSets->id = StepId{++m_steps};
    }
}

std::vector<PlannedSession> planWeek(const WeekContext& week, Random& random, IdSource& ids)
{
    std::vector<PlannedSession> sessions;
    if (week.profile.triathlete)
        plan::addTriathleteWeek(week, random, sessions);
    else
        plan::addRunnerWeek(week, random, sessions);
    std::erase_if(sessions, [&](const PlannedSession& session) {
        return session.date < week.firstDay || session.date > week.lastPlanDay;
    });
    std::stable_sort(sessions.begin(), sessions.end(), [](const auto& a, const auto& b) {
        return std::pair(a.date, a.orderInDay) < std::pair(b.date, b.orderInDay);
    });
    for (PlannedSession& session : sessions) {
        session.id = ids.nextPlan();
        ids.assignStepIds(session.steps);
    }
    return sessions;
}

namespace plan {

namespace {

PlannedSession session(QDate day, const QString& name, Sport sport, Purpose purpose, StepTree steps)
{
    PlannedSession result;
    result.date = day;
    result.name = name;
    result.sport = sport;
    result.purpose = purpose;
    result.steps = std::move(steps);
    return result;
}

QString raceName(Distance distance)
{
    if (distance.metres > 40000.0)
        return QStringLiteral("Marathon");
    if (distance.metres > 20000.0)
        return QStringLiteral("Half marathon");
    return QStringLiteral("%1 km race").arg(distance.kilometres(), 0, 'f', 0);
}

} // namespace

PlannedSession fromTemplate(QDate day, TemplateKey key)
{
    const SessionTemplate& entry = libraryTemplate(key);
    PlannedSession result;
    result.date = day;
    result.templateId = provisionalTemplateId(key);
    result.name = entry.name;
    result.sport = entry.sport;
    result.purpose = entry.purpose;
    result.steps = entry.steps;
    return result;
}

PlannedSession easyRun(QDate day, double minutes, const char* name)
{
    return session(day, QString::fromUtf8(name), Sport::Run, Purpose::AerobicEndurance,
                   {node(work(demo::minutes(minutes), PaceZone::Easy))});
}

PlannedSession easyRunWithStrides(QDate day, double minutes)
{
    PlannedSession result = easyRun(day, minutes, "Easy run + strides");
    result.purpose = Purpose::NeuromuscularEfficiency;
    result.steps.push_back(
        repeat(8, {node(step(StepKind::Strides, seconds(20), PaceZone::Repetition)),
                   node(walk(seconds(60)))}));
    return result;
}

PlannedSession longRun(const WeekContext& week, QDate day, double minutes)
{
    // Long runs are planned by distance, rounded to the athlete's own unit.
    const PaceRange easy = trainingPaces(week.fitness.vdotOn(day)).easy;
    const double speed = 0.5 * (easy.slowest.metresPerSecond + easy.fastest.metresPerSecond);
    const double unit = paceUnit(week.profile.athlete.units).metres;
    const double units = std::max(1.0, std::round(speed * minutes * 60.0 / unit));
    return session(day, QStringLiteral("Long run"), Sport::Run, Purpose::AerobicEndurance,
                   {node(work(metres(units * unit), PaceZone::Easy))});
}

PlannedSession race(const WeekContext& week)
{
    return session(week.raceDay, raceName(week.profile.goalRace), Sport::Run, Purpose::RaceSpecific,
                   {node(step(StepKind::WarmUp, demo::minutes(15), PaceZone::Easy)),
                    node(work(week.profile.goalRace, {})),
                    node(step(StepKind::CoolDown, demo::minutes(10), PaceZone::Easy))});
}

PlannedSession aerobicBike(const WeekContext& week, QDate day, double minutes)
{
    const Athlete& athlete = week.profile.athlete;
    const int rest = athlete.restingHeartRate.value_or(50);
    const int reserve = athlete.maxHeartRate.value_or(185) - rest;
    const HeartRateRange zone2{rest + int(0.60 * reserve), rest + int(0.72 * reserve)};
    return session(day, QStringLiteral("Bike: endurance"), Sport::Bike, Purpose::AerobicEndurance,
                   {node(work(demo::minutes(minutes), zone2))});
}

double easyMinutes(const WeekContext& week, double share, Random& random)
{
    const double load = week.fitness.loadFactor(week.monday);
    const double raw = week.profile.easyMinutes * share * load * random.uniform(0.92, 1.08);
    return std::max(20.0, 5.0 * std::round(raw / 5.0));
}

double longRunMinutes(const WeekContext& week, Random& random)
{
    const double load = week.fitness.loadFactor(week.monday);
    return std::max(60.0, week.profile.longRunMinutes * load * random.uniform(0.95, 1.05));
}

TemplateKey pickFrom(std::span<const TemplateKey> keys, Random& random)
{
    return keys[std::size_t(random.between(0, int(keys.size()) - 1))];
}

} // namespace plan

} // namespace paceline::demo
