#include "WeekAnalysis.h"

#include "WeekThresholds.h"

#include <QLocale>

#include <algorithm>

namespace paceline::advice {

namespace {

WeekSession analysed(const PlannedSession& planned, const EstimateContext& base)
{
    EstimateContext context = base;
    context.sport = planned.sport;
    return {planned.id, planned.name, planned.sport, sessionLoad(planned.steps, context)};
}

} // namespace

WeekAnalysis::WeekAnalysis(const WeekAdviceInput& adviceInput) : input(adviceInput)
{
    days.reserve(input.days.size());
    for (const PlanDay& planDay : input.days) {
        // Bad input (a date given twice) is merged rather than trusted.
        if (!planDay.date.isValid())
            continue;
        WeekDay* known = day(planDay.date);
        if (!known) {
            days.push_back({planDay.date, false, {}});
            known = &days.back();
        }
        known->markedRest = known->markedRest || planDay.rest;
        for (const PlannedSession& planned : planDay.sessions)
            known->sessions.push_back(analysed(planned, input.estimate));
    }
    std::stable_sort(days.begin(), days.end(),
                     [](const WeekDay& a, const WeekDay& b) { return a.date < b.date; });
}

const WeekDay* WeekAnalysis::day(const QDate& date) const
{
    auto found = std::find_if(days.begin(), days.end(),
                              [&](const WeekDay& candidate) { return candidate.date == date; });
    return found == days.end() ? nullptr : &*found;
}

WeekDay* WeekAnalysis::day(const QDate& date)
{
    return const_cast<WeekDay*>(std::as_const(*this).day(date));
}

bool WeekAnalysis::inRange(const QDate& date) const
{
    return date >= input.first && date <= input.last;
}

int WeekAnalysis::rangeDays() const
{
    return std::max<int>(0, int(input.first.daysTo(input.last)) + 1);
}

bool WeekAnalysis::hasUniqueId(PlannedSessionId id) const
{
    int count = 0;
    for (const WeekDay& candidate : days) {
        count += int(std::count_if(candidate.sessions.begin(), candidate.sessions.end(),
                                   [&](const WeekSession& session) { return session.id == id; }));
    }
    return count == 1;
}

const WeekSession* WeekAnalysis::session(PlannedSessionId id, const WeekDay** holder) const
{
    for (const WeekDay& candidate : days) {
        for (const WeekSession& session : candidate.sessions) {
            if (session.id == id) {
                if (holder)
                    *holder = &candidate;
                return &session;
            }
        }
    }
    return nullptr;
}

bool WeekAnalysis::move(PlannedSessionId id, const QDate& to)
{
    WeekDay* target = day(to);
    if (!target)
        return false;
    for (WeekDay& from : days) {
        auto found = std::find_if(from.sessions.begin(), from.sessions.end(),
                                  [&](const WeekSession& session) { return session.id == id; });
        if (found == from.sessions.end())
            continue;
        WeekSession moved = *found;
        from.sessions.erase(found);
        target->sessions.push_back(std::move(moved));
        return true;
    }
    return false;
}

bool isRestDay(const WeekDay& day)
{
    return day.markedRest || day.sessions.empty();
}

bool isLightDay(const WeekDay& day)
{
    if (day.markedRest || day.sessions.empty())
        return false;
    double seconds = 0.0;
    for (const WeekSession& session : day.sessions) {
        if (session.load.hardness != Hardness::Easy || session.load.longSession)
            return false;
        seconds += session.load.duration.seconds;
    }
    return seconds <= kLightDayMax.seconds;
}

bool isRestOrLight(const WeekDay& day)
{
    return isRestDay(day) || isLightDay(day);
}

bool hasHard(const WeekDay& day)
{
    return std::any_of(day.sessions.begin(), day.sessions.end(),
                       [](const WeekSession& session) { return session.hard(); });
}

std::vector<const WeekSession*> hardSessions(const WeekDay& day)
{
    std::vector<const WeekSession*> hard;
    for (const WeekSession& session : day.sessions) {
        if (session.hard())
            hard.push_back(&session);
    }
    return hard;
}

QString dayText(const WeekAnalysis& week, const QDate& date)
{
    const QLocale english(QLocale::English);
    const QString name = english.dayName(date.dayOfWeek(), QLocale::LongFormat);
    // Within one checked week the weekday is unambiguous; elsewhere add the date.
    if (week.inRange(date) && week.rangeDays() <= 7)
        return name;
    return name + QLatin1Char(' ') + english.toString(date, QStringLiteral("d MMM"));
}

QString sessionName(const WeekSession& session)
{
    if (!session.name.trimmed().isEmpty())
        return QStringLiteral("“%1”").arg(session.name.trimmed());
    const QString sport = enumId(session.sport);
    return QStringLiteral("the %1 session").arg(sport);
}

QString sessionText(const WeekAnalysis& week, const QDate& date, const WeekSession& session)
{
    return QStringLiteral("%1's %2").arg(dayText(week, date), sessionName(session));
}

} // namespace paceline::advice
