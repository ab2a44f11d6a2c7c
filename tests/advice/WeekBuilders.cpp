#include "WeekBuilders.h"

#include "SessionBuilders.h"

#include <algorithm>

namespace paceline {

void PrintTo(const WeekFinding& finding, std::ostream* out)
{
    *out << finding.rule.toStdString() << " (" << enumId(finding.severity).toStdString()
         << ") days";
    for (const QDate& day : finding.days)
        *out << ' ' << day.toString(Qt::ISODate).toStdString();
    *out << ": " << finding.message.toStdString();
    if (finding.fix)
        *out << " [fix: " << finding.fix->label.toStdString() << ']';
}

namespace test {

StepTree hardIntervals()
{
    return fiveKSharpening();
}

StepTree hardThreshold()
{
    return thresholdCruise();
}

StepTree easyRun(double length)
{
    return {node(work(minutes(length), PaceZone::Easy))};
}

StepTree longRun(double length)
{
    return easyRun(length);
}

StepTree hardBike()
{
    return {node(work(minutes(20), RpeTarget{7.5}))};
}

StepTree brick()
{
    Step bike = work(minutes(60), RpeTarget{5});
    bike.sport = Sport::Bike;
    Step run = work(minutes(20), PaceZone::Marathon);
    run.sport = Sport::Run;
    return {node(bike), node(run)};
}

WeekPlan::WeekPlan()
{
    for (int day = -7; day <= 6; ++day)
        m_days.push_back(PlanDay{dayDate(day), false, {}});
}

PlannedSessionId WeekPlan::add(int day, const QString& name, StepTree steps, Sport sport)
{
    PlanDay& planDay = m_days.at(size_t(day + 7));
    PlannedSession session;
    session.id = PlannedSessionId{m_nextId++};
    session.date = planDay.date;
    session.orderInDay = int(planDay.sessions.size());
    session.name = name;
    session.sport = sport;
    session.steps = std::move(steps);
    planDay.sessions.push_back(std::move(session));
    return planDay.sessions.back().id;
}

void WeekPlan::rest(int day)
{
    m_days.at(size_t(day + 7)).rest = true;
}

WeekAdviceInput WeekPlan::input() const
{
    WeekAdviceInput input;
    input.days = m_days;
    input.first = dayDate(0);
    input.last = dayDate(6);
    input.actualDailyLoad = m_history;
    input.maxHardSessionsPerWeek = m_maxHard;
    return input;
}

std::vector<WeekFinding> weekFindingsOf(const WeekAdviceInput& input, const char* rule)
{
    std::vector<WeekFinding> found;
    for (WeekFinding& finding : adviseWeek(input)) {
        if (finding.rule == QLatin1String(rule))
            found.push_back(std::move(finding));
    }
    return found;
}

namespace {

std::optional<PlannedSession> takeSession(WeekAdviceInput& input, PlannedSessionId id)
{
    for (PlanDay& day : input.days) {
        auto found = std::find_if(day.sessions.begin(), day.sessions.end(),
                                  [&](const PlannedSession& s) { return s.id == id; });
        if (found != day.sessions.end()) {
            PlannedSession taken = *found;
            day.sessions.erase(found);
            return taken;
        }
    }
    return std::nullopt;
}

void applyChange(WeekAdviceInput& input, const PlanChange& change)
{
    std::optional<PlannedSession> session = takeSession(input, change.session);
    if (!session)
        return;
    const QDate date = change.moveTo.value_or(session->date);
    if (change.replacement) {
        const PlannedSession kept = *session;
        *session = *change.replacement;
        session->id = kept.id;
        session->athleteId = kept.athleteId;
    }
    session->date = date;
    for (PlanDay& day : input.days) {
        if (day.date == date)
            day.sessions.push_back(*session);
    }
}

std::vector<std::pair<QString, std::vector<PlannedSessionId>>>
keys(const std::vector<WeekFinding>& findings)
{
    std::vector<std::pair<QString, std::vector<PlannedSessionId>>> result;
    for (const WeekFinding& finding : findings) {
        auto sessions = finding.sessions;
        std::sort(sessions.begin(), sessions.end());
        result.emplace_back(finding.rule, sessions);
    }
    return result;
}

} // namespace

WeekAdviceInput applied(const WeekAdviceInput& input, const WeekFix& fix)
{
    WeekAdviceInput changed = input;
    for (const PlanChange& change : fix.changes)
        applyChange(changed, change);
    return changed;
}

::testing::AssertionResult fixResolves(const WeekAdviceInput& input, const char* rule)
{
    const std::vector<WeekFinding> before = adviseWeek(input);
    const auto fired = std::find_if(before.begin(), before.end(), [&](const WeekFinding& f) {
        return f.rule == QLatin1String(rule);
    });
    if (fired == before.end())
        return ::testing::AssertionFailure() << rule << " does not fire";
    if (!fired->fix)
        return ::testing::AssertionFailure() << rule << " has no fix";
    const std::vector<WeekFinding> after = adviseWeek(applied(input, *fired->fix));
    if (!weekFindingsOf(applied(input, *fired->fix), rule).empty())
        return ::testing::AssertionFailure()
               << rule << " still fires after " << fired->fix->label.toStdString();
    const auto old = keys(before);
    for (const auto& key : keys(after)) {
        if (std::find(old.begin(), old.end(), key) == old.end())
            return ::testing::AssertionFailure() << "new finding " << key.first.toStdString()
                                                 << " after " << fired->fix->label.toStdString();
    }
    return ::testing::AssertionSuccess() << fired->fix->label.toStdString();
}

} // namespace test
} // namespace paceline
