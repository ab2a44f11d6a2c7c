// week.tri-run-after-hard-bike: run speed work on the day of, or the day after, a hard
// bike session or a brick (docs/planner.md, "Week rules").

#include "WeekRules.h"

namespace paceline::advice {

namespace {

bool isHardRun(const WeekSession& session)
{
    return session.sport == Sport::Run && session.hard();
}

/// A hard ride, or any brick: both tire the legs the run needs.
bool tiresTheLegs(const WeekSession& session)
{
    return session.sport == Sport::Brick || (session.sport == Sport::Bike && session.hard());
}

const WeekSession* legTiring(const WeekDay* day)
{
    if (!day)
        return nullptr;
    for (const WeekSession& session : day->sessions) {
        if (tiresTheLegs(session))
            return &session;
    }
    return nullptr;
}

void checkRun(const WeekAnalysis& week, const WeekDay& day, const WeekSession& run,
              WeekFindings& out)
{
    const WeekDay* before = week.day(shifted(day.date, -1));
    const WeekSession* bike = legTiring(&day);
    const WeekDay* bikeDay = &day;
    if (!bike) {
        bike = legTiring(before);
        bikeDay = before;
    }
    if (!bike)
        return;
    const bool sameDay = bikeDay == &day;
    WeekFinding finding;
    finding.rule = ruleId(kTriRunAfterHardBike);
    finding.severity = Severity::Warning;
    finding.sessions = {bike->id, run.id};
    // Only worth saying when the run could sit elsewhere (the issue's "when it could
    // sit elsewhere"); while a fix is tried, any such pairing counts as a finding.
    if (week.withFixes) {
        finding.days =
            sameDay ? std::vector<QDate>{day.date} : std::vector<QDate>{bikeDay->date, day.date};
        finding.fix = moveFix(week, finding, run.id);
        if (!finding.fix)
            return;
        finding.message =
            QStringLiteral("%1 is run speed work %2 %3. A hard ride or a brick tires the same "
                           "leg muscles, so the run's quality suffers and the risk of injury "
                           "rises. Another day this week can take the run: keep it away from "
                           "hard bike sessions and bricks.")
                .arg(sessionText(week, day.date, run),
                     sameDay ? QStringLiteral("on the same day as")
                             : QStringLiteral("the day after"),
                     sessionText(week, bikeDay->date, *bike));
    }
    out.push_back(std::move(finding));
}

} // namespace

void checkTriathlonOn(const WeekAnalysis& week, const WeekDay& day, WeekFindings& out)
{
    if (!week.inRange(day.date))
        return;
    for (const WeekSession& session : day.sessions) {
        if (isHardRun(session))
            checkRun(week, day, session, out);
    }
}

void checkTriathlonInterference(const WeekAnalysis& week, WeekFindings& out)
{
    for (const WeekDay& day : week.days)
        checkTriathlonOn(week, day, out);
}

} // namespace paceline::advice
