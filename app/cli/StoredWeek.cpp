#include "StoredWeek.h"

#include "core/science/Stability.h"
#include "core/store/LogStore.h"
#include "core/store/PlanStore.h"
#include "core/store/SessionStore.h"

namespace paceline::cli {

namespace {

/// Consecutive days from `first` to `last` with the plans and rest marks of the log.
Result<std::vector<PlanDay>> planDays(const PlanStore& plans, AthleteId athlete, QDate first,
                                      QDate last)
{
    auto sessions = plans.inRange(athlete, first, last);
    if (!sessions)
        return sessions.error();
    auto rests = plans.restDays(athlete, first, last);
    if (!rests)
        return rests.error();
    std::vector<PlanDay> days(size_t(first.daysTo(last) + 1));
    for (size_t i = 0; i < days.size(); ++i)
        days[i].date = first.addDays(qint64(i));
    const auto dayOf = [&](QDate date) -> PlanDay* {
        const qint64 index = first.daysTo(date);
        return index >= 0 && index < qint64(days.size()) ? &days[size_t(index)] : nullptr;
    };
    for (const RestDay& rest : *rests)
        if (PlanDay* day = dayOf(rest.date))
            day->rest = true;
    // inRange orders by date and order within the day, so each day's list is in order.
    for (PlannedSession& session : *sessions)
        if (PlanDay* day = dayOf(session.date))
            day->sessions.push_back(std::move(session));
    return days;
}

/// Session-RPE load per day over the 28 days before `first`, oldest first, summed
/// over sports; the list starts at the first logged day when the log is younger.
Result<std::vector<double>> loggedDailyLoad(const SessionStore& sessions, AthleteId athlete,
                                            QDate first)
{
    auto range = sessions.dayRange(athlete);
    if (!range)
        return range.error();
    if (!*range || (*range)->first >= first)
        return std::vector<double>{};
    const QDate from = std::max(first.addDays(-kLoadHistoryDays), (*range)->first);
    const QDate to = first.addDays(-1);
    auto loads = sessions.dailyLoads(athlete, from, to);
    if (!loads)
        return loads.error();
    std::vector<double> perDay(size_t(from.daysTo(to) + 1), 0.0);
    for (const DailyLoad& load : *loads) {
        const qint64 index = from.daysTo(load.day);
        if (index >= 0 && index < qint64(perDay.size()))
            perDay[size_t(index)] += load.sessionRpeLoad;
    }
    return perDay;
}

} // namespace

EstimateContext estimateContextFor(const Athlete& athlete)
{
    EstimateContext context;
    context.paces = athletePaces(athlete);
    context.maxHeartRate = athlete.maxHeartRate;
    context.restingHeartRate = athlete.restingHeartRate;
    return context;
}

Result<StoredWeek> readStoredWeek(const LogStore& store, const Athlete& athlete, QDate first)
{
    const QDate last = first.addDays(6);
    auto around = planDays(store.plans(), athlete.id, first.addDays(-kContextDays),
                           last.addDays(kContextDays));
    if (!around)
        return around.error();
    auto load = loggedDailyLoad(store.sessions(), athlete.id, first);
    if (!load)
        return load.error();
    auto completions = store.plans().completions(athlete.id, first, last);
    if (!completions)
        return completions.error();

    StoredWeek week;
    week.days.assign(around->begin() + kContextDays, around->begin() + kContextDays + 7);
    week.advice.days = std::move(around).value();
    week.advice.first = first;
    week.advice.last = last;
    week.advice.actualDailyLoad = std::move(load).value();
    week.advice.estimate = estimateContextFor(athlete);
    week.completions = std::move(completions).value();
    return week;
}

} // namespace paceline::cli
