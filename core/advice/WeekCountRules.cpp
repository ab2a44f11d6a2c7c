// How many days of the week are hard or easy: week.no-rest-or-light-day and
// week.too-many-hard (docs/planner.md, "Week rules").

#include "WeekRules.h"
#include "WeekThresholds.h"

#include <QStringList>

#include <algorithm>

namespace paceline::advice {

namespace {

/// "Monday to Sunday" (the run's first and last day).
QString spanText(const WeekAnalysis& week, const QDate& from, const QDate& to)
{
    return QStringLiteral("%1 to %2").arg(dayText(week, from), dayText(week, to));
}

bool touchesRange(const WeekAnalysis& week, const QDate& from, const QDate& to)
{
    return from <= week.input.last && to >= week.input.first;
}

void reportNoLightDay(const WeekAnalysis& week, const std::vector<QDate>& run, WeekFindings& out)
{
    if (int(run.size()) < kDaysWithoutLightDay || !touchesRange(week, run.front(), run.back()))
        return;
    WeekFinding finding;
    finding.rule = ruleId(kNoRestOrLightDay);
    finding.severity = Severity::Warning;
    finding.days = run;
    if (week.withFixes) {
        finding.message =
            QStringLiteral("From %1 there is no rest day and no light day (easy sessions, an "
                           "hour or less in all): %2 days in a row with real training. The body "
                           "adapts in the easy days, so keep at least one rest or light day in "
                           "every seven: make the day after the hardest session rest or an easy "
                           "half hour.")
                .arg(spanText(week, run.front(), run.back()))
                .arg(run.size());
    }
    out.push_back(std::move(finding));
}

struct HardWindow {
    QDate start;
    std::vector<QDate> days;
    std::vector<PlannedSessionId> sessions;
};

HardWindow hardIn(const WeekAnalysis& week, const QDate& start)
{
    HardWindow window{start, {}, {}};
    for (int offset = 0; offset < 7; ++offset) {
        const WeekDay* day = week.day(shifted(start, offset));
        if (!day || !hasHard(*day))
            continue;
        window.days.push_back(day->date);
        for (const WeekSession* session : hardSessions(*day))
            window.sessions.push_back(session->id);
    }
    return window;
}

int hardCount(const WeekDay* day)
{
    if (!day)
        return 0;
    return int(std::count_if(day->sessions.begin(), day->sessions.end(),
                             [](const WeekSession& session) { return session.hard(); }));
}

QString daysText(const WeekAnalysis& week, const std::vector<QDate>& days)
{
    QStringList names;
    for (const QDate& date : days)
        names << dayText(week, date);
    const QString last = names.size() > 1 ? names.takeLast() : QString();
    return last.isEmpty() ? names.join(QString())
                          : names.join(QStringLiteral(", ")) + QStringLiteral(" and ") + last;
}

} // namespace

void checkRestOrLightDay(const WeekAnalysis& week, WeekFindings& out)
{
    // Runs of consecutive known days with neither rest nor a light day; a day the
    // input does not cover ends a run (nothing is known about it).
    std::vector<QDate> run;
    for (const WeekDay& day : week.days) {
        const bool continues = !run.empty() && shifted(run.back(), 1) == day.date;
        if (!continues) {
            reportNoLightDay(week, run, out);
            run.clear();
        }
        if (isRestOrLight(day)) {
            reportNoLightDay(week, run, out);
            run.clear();
        } else {
            run.push_back(day.date);
        }
    }
    reportNoLightDay(week, run, out);
}

bool noRestOrLightDayThrough(const WeekAnalysis& week, const QDate& date)
{
    const WeekDay* day = week.day(date);
    if (!day || isRestOrLight(*day))
        return false;
    // The run of known days without rest or light day around `date`, as
    // checkRestOrLightDay finds it.
    QDate front = date;
    QDate back = date;
    for (const WeekDay* before = week.day(shifted(front, -1)); before && !isRestOrLight(*before);
         before = week.day(shifted(front, -1)))
        front = before->date;
    for (const WeekDay* after = week.day(shifted(back, 1)); after && !isRestOrLight(*after);
         after = week.day(shifted(back, 1)))
        back = after->date;
    return front.daysTo(back) + 1 >= kDaysWithoutLightDay && touchesRange(week, front, back);
}

bool tooManyHardAround(const WeekAnalysis& week, const QDate& date)
{
    const int allowed = std::max(0, week.input.maxHardSessionsPerWeek);
    const QDate& first = week.input.first;
    if (!first.isValid() || !week.input.last.isValid() || week.days.empty() || !date.isValid())
        return false;
    // The windows checkHardCount looks at that hold `date`.
    const QDate from =
        std::max({shifted(first, -6), shifted(week.days.front().date, -6), shifted(date, -6)});
    const QDate to = std::min({week.input.last, week.days.back().date, date});
    if (from > to)
        return false;
    int count = 0;
    for (int offset = 0; offset < 7; ++offset)
        count += hardCount(week.day(shifted(from, offset)));
    for (QDate start = from;; start = shifted(start, 1)) {
        if (count > allowed)
            return true;
        if (start >= to)
            return false;
        count += hardCount(week.day(shifted(start, 7))) - hardCount(week.day(start));
    }
}

void checkHardCount(const WeekAnalysis& week, WeekFindings& out)
{
    const int allowed = std::max(0, week.input.maxHardSessionsPerWeek);
    const QDate& first = week.input.first;
    if (!first.isValid() || !week.input.last.isValid())
        return;
    // Every seven-day window that overlaps the checked days; the busiest (earliest on
    // a tie) is reported once.
    if (week.days.empty())
        return;
    // Only windows that hold a known day matter (a very long range costs nothing).
    const QDate from = std::max(first.addDays(-6), week.days.front().date.addDays(-6));
    const QDate to = std::min(week.input.last, week.days.back().date);
    if (from > to)
        return;
    // The busiest window (the earliest of equals), counted as the window slides a day
    // at a time; only that one is listed.
    int count = 0;
    for (int offset = 0; offset < 7; ++offset)
        count += hardCount(week.day(shifted(from, offset)));
    QDate busiestStart = from;
    int busiestCount = count;
    for (QDate start = shifted(from, 1); start <= to; start = shifted(start, 1)) {
        count += hardCount(week.day(shifted(start, 6))) - hardCount(week.day(shifted(start, -1)));
        if (count > busiestCount) {
            busiestStart = start;
            busiestCount = count;
        }
    }
    if (busiestCount <= allowed)
        return;
    const HardWindow busiest = hardIn(week, busiestStart);
    WeekFinding finding;
    finding.rule = ruleId(kTooManyHard);
    finding.severity = Severity::Warning;
    finding.days = busiest.days;
    finding.sessions = busiest.sessions;
    if (week.withFixes) {
        finding.message =
            QStringLiteral("%1 hard sessions in seven days (%2), but the athlete's pattern "
                           "allows %3. Each hard session needs easy days to be absorbed; most "
                           "runners do best with two or three a week and the rest easy. Make "
                           "one of them an easy run.")
                .arg(busiest.sessions.size())
                .arg(daysText(week, busiest.days))
                .arg(allowed);
    }
    out.push_back(std::move(finding));
}

} // namespace paceline::advice
