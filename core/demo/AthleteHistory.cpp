#include "AthleteHistory.h"

#include "LoadTracker.h"
#include "Random.h"
#include "SessionLog.h"
#include "WeekPlan.h"
#include "core/science/Vdot.h"

#include <cmath>

namespace paceline::demo {

namespace {

constexpr int kPlanDaysAhead = 14;

/// Generates the logs of one week, day by day, so that each day sees the fatigue of
/// the days before it.
class WeekLogger {
public:
    WeekLogger(AthleteHistory& history, LoadTracker& load, Random& random)
        : m_history(history), m_load(load), m_random(random)
    {}

    void logWeek(const WeekContext& week, const std::vector<PlannedSession>& plans,
                 const HistorySpan& span);

private:
    void logDay(const WeekContext& week, QDate day, const std::vector<PlannedSession>& plans);
    DayState dayState(QDate day);
    QDateTime startOf(QDate day, int orderInDay);
    bool isMissed(const PlannedSession& plan, double fatigue);
    void maybeAddExtraRun(const WeekContext& week, QDate day, const DayState& state);
    void add(LoggedSession session);

    AthleteHistory& m_history;
    LoadTracker& m_load;
    Random& m_random;
    bool m_dayHasPlan = false;
    /// Paces of the last VDOT seen: fitness changes weekly, and solving for race
    /// times every day would be most of the generator's time.
    DayState m_paces;
};

void WeekLogger::logWeek(const WeekContext& week, const std::vector<PlannedSession>& plans,
                         const HistorySpan& span)
{
    for (int offset = 0; offset < 7; ++offset) {
        const QDate day = week.monday.addDays(offset);
        if (day < span.firstDay || day > span.lastDay)
            continue;
        logDay(week, day, plans);
        m_load.closeDay();
    }
}

void WeekLogger::logDay(const WeekContext& week, QDate day,
                        const std::vector<PlannedSession>& plans)
{
    const DayState state = dayState(day);
    m_dayHasPlan = false;
    for (const PlannedSession& plan : plans) {
        if (plan.date != day)
            continue;
        m_dayHasPlan = true;
        if (isMissed(plan, state.fatigue))
            continue;
        add(logSession(plan, state, startOf(day, plan.orderInDay), m_random));
    }
    maybeAddExtraRun(week, day, state);
}

DayState WeekLogger::dayState(QDate day)
{
    const Profile& profile = m_history.profile;
    const double vdot = m_history.fitness.vdotOn(day);
    if (m_paces.vdot != vdot) {
        m_paces.vdot = vdot;
        m_paces.paces = trainingPaces(vdot);
        m_paces.raceSpeed = profile.goalRace / equivalentRaceTime(vdot, profile.goalRace);
    }
    DayState state = m_paces;
    state.profile = &profile;
    state.progress = m_history.fitness.progressOn(day);
    state.fatigue = m_load.ratio();
    return state;
}

QDateTime WeekLogger::startOf(QDate day, int orderInDay)
{
    const Profile& profile = m_history.profile;
    const bool weekend = day.dayOfWeek() >= Qt::Saturday;
    QTime time = orderInDay > 0 ? profile.secondStart
                                : (weekend ? profile.weekendStart : profile.weekdayStart);
    time = time.addSecs(60 * m_random.between(-10, 15));
    return QDateTime(day, time, Qt::OffsetFromUTC, profile.zone.offsetSecondsOn(day));
}

bool WeekLogger::isMissed(const PlannedSession& plan, double fatigue)
{
    if (plan.purpose == Purpose::RaceSpecific &&
        plan.date == m_history.profile.athlete.recentRace->date)
        return false;
    // About one in 20 sessions is missed (illness, work, travel), more when worn out.
    return m_random.chance(0.045 + 0.15 * std::max(0.0, fatigue - 1.15));
}

void WeekLogger::maybeAddExtraRun(const WeekContext& week, QDate day, const DayState& state)
{
    // Now and then an unplanned easy run: a runner on a free Friday, a triathlete on a
    // Wednesday evening after the bike. Mondays stay free.
    const bool triathlete = m_history.profile.triathlete;
    const int weekday = triathlete ? Qt::Wednesday : Qt::Friday;
    if (day.dayOfWeek() != weekday || (!triathlete && m_dayHasPlan) || !m_random.chance(0.1))
        return;
    const PlannedSession unplanned = plan::easyRun(day, plan::easyMinutes(week, 0.6, m_random));
    add(logSession(unplanned, state, startOf(day, triathlete ? 1 : 0), m_random));
}

void WeekLogger::add(LoggedSession session)
{
    m_load.add(sessionLoad(session));
    m_history.sessions.push_back(std::move(session));
}

} // namespace

HistorySpan historySpan(const DemoOptions& options)
{
    HistorySpan span;
    span.lastDay = options.lastDay;
    span.firstDay = options.lastDay.addDays(1 - 7 * qint64(options.weeks));
    span.lastPlanDay = options.lastDay.addDays(kPlanDaysAhead);
    const QDate twoWeeksBack = options.lastDay.addDays(-14);
    span.raceDay = twoWeeksBack.addDays(-(twoWeeksBack.dayOfWeek() % 7));
    return span;
}

AthleteHistory generateHistory(int index, const DemoOptions& options)
{
    Random random(Random::mix(options.seed, quint64(index)));
    const HistorySpan span = historySpan(options);
    const QDate firstMonday = span.firstDay.addDays(1 - span.firstDay.dayOfWeek());

    AthleteHistory history;
    history.profile = makeProfile(index, options.seed, random);
    history.fitness = Fitness(history.profile,
                              {firstMonday, span.lastDay, span.lastPlanDay, span.raceDay}, random);
    const Distance race = history.profile.goalRace;
    const Duration raceTime{
        std::round(equivalentRaceTime(history.fitness.vdotOn(span.raceDay), race).seconds)};
    history.profile.athlete.recentRace = RaceResult{race, raceTime, span.raceDay};

    IdSource ids;
    LoadTracker load;
    WeekLogger logger(history, load, random);
    int weekNumber = 0;
    for (QDate monday = firstMonday; monday <= span.lastPlanDay; monday = monday.addDays(7)) {
        const WeekContext week{history.profile,  history.fitness, monday,      span.firstDay,
                               span.lastPlanDay, span.raceDay,    weekNumber++};
        std::vector<PlannedSession> plans = planWeek(week, random, ids);
        logger.logWeek(week, plans, span);
        for (PlannedSession& plan : plans)
            history.plans.push_back(std::move(plan));
    }
    history.stepCount = ids.stepCount();
    return history;
}

} // namespace paceline::demo
