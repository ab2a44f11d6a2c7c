#include "DemoTestSupport.h"

#include <map>

namespace paceline::test {

namespace {

void collect(const StepTree& tree, std::vector<const Step*>& out)
{
    for (const StepNode& item : tree) {
        if (item.isStep()) {
            out.push_back(&item.step());
            continue;
        }
        collect(item.group().children, out);
        if (item.group().recoveryBetweenSets)
            out.push_back(&*item.group().recoveryBetweenSets);
    }
}

bool isHardStep(const Step& step)
{
    if (step.kind != StepKind::Work)
        return false;
    if (const auto* zone = std::get_if<PaceZone>(&step.intensity)) {
        return *zone == PaceZone::Threshold || *zone == PaceZone::Interval ||
               *zone == PaceZone::Repetition || *zone == PaceZone::RotationRace ||
               *zone == PaceZone::RotationSurge;
    }
    if (const auto* rpe = std::get_if<RpeTarget>(&step.intensity))
        return rpe->rpe >= 7.0;
    return std::holds_alternative<std::monostate>(step.intensity);
}

} // namespace

DemoOptions demoOptions(int athletes, int weeks, quint64 seed, QDate lastDay)
{
    DemoOptions options;
    options.athletes = athletes;
    options.weeks = weeks;
    options.seed = seed;
    options.lastDay = lastDay;
    return options;
}

const demo::AthleteHistory& yearOf(int index)
{
    static std::map<int, demo::AthleteHistory> cache;
    auto found = cache.find(index);
    if (found == cache.end())
        found =
            cache.emplace(index, demo::generateHistory(index, demoOptions(index + 1, 52))).first;
    return found->second;
}

bool isHard(const PlannedSession& plan)
{
    for (const Step* step : allSteps(plan.steps)) {
        if (isHardStep(*step))
            return true;
    }
    return false;
}

std::vector<const Step*> allSteps(const StepTree& tree)
{
    std::vector<const Step*> steps;
    collect(tree, steps);
    return steps;
}

std::vector<QDate> wholeWeeks(QDate first, QDate last)
{
    std::vector<QDate> mondays;
    QDate monday = first.addDays((8 - first.dayOfWeek()) % 7);
    for (; monday.addDays(6) <= last; monday = monday.addDays(7))
        mondays.push_back(monday);
    return mondays;
}

const PlannedSession* planOf(const demo::AthleteHistory& history, const LoggedSession& session)
{
    if (!session.plannedSessionId)
        return nullptr;
    const qint64 id = session.plannedSessionId->value;
    if (id < 1 || id > qint64(history.plans.size()))
        return nullptr;
    return &history.plans[std::size_t(id - 1)];
}

const Step* stepOf(const PlannedSession& plan, StepId id)
{
    for (const Step* step : allSteps(plan.steps)) {
        if (step->id == id)
            return step;
    }
    return nullptr;
}

} // namespace paceline::test
