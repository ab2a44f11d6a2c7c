// The week's planned load against the log: week.load-ramp and week.acwr-high
// (docs/planner.md, "Week rules").

#include "WeekRules.h"
#include "WeekThresholds.h"

#include <QLocale>

#include <algorithm>
#include <cmath>

namespace paceline::advice {

namespace {

double finite(double load)
{
    return std::isfinite(load) && load > 0.0 ? load : 0.0;
}

/// Planned load per day from `first` to `last` (0 for a day without sessions).
std::vector<double> plannedDaily(const WeekAnalysis& week)
{
    std::vector<double> loads;
    for (QDate date = week.input.first; date <= week.input.last; date = shifted(date, 1)) {
        double load = 0.0;
        if (const WeekDay* day = week.day(date)) {
            for (const WeekSession& session : day->sessions)
                load += finite(session.load.load);
        }
        loads.push_back(load);
    }
    return loads;
}

double sum(const std::vector<double>& loads)
{
    double total = 0.0;
    for (double load : loads)
        total += finite(load);
    return total;
}

struct Ramp {
    double planned = 0.0; ///< per seven days
    double usual = 0.0;   ///< mean weekly actual load
};

std::optional<Ramp> rampOf(const WeekAnalysis& week)
{
    // The previous four weeks at most, as the input promises.
    const std::vector<double>& all = week.input.actualDailyLoad;
    const size_t days = std::min(all.size(), size_t(kRampHistoryDays));
    if (int(days) < kRampMinHistoryDays || week.rangeDays() <= 0)
        return std::nullopt;
    const std::vector<double> history(all.end() - std::ptrdiff_t(days), all.end());
    Ramp ramp;
    ramp.usual = sum(history) * 7.0 / double(days);
    ramp.planned = sum(plannedDaily(week)) * 7.0 / double(week.rangeDays());
    // No training in the log: no base to compare with (not an infinite ramp).
    if (ramp.usual <= 0.0)
        return std::nullopt;
    return ramp;
}

bool rampFires(const WeekAnalysis& week)
{
    const std::optional<Ramp> ramp = rampOf(week);
    return ramp && ramp->planned > ramp->usual * (1.0 + kRampAllowed);
}

/// The ratio for the last checked day, the planned days following the logged ones.
std::optional<double> plannedRatio(const WeekAnalysis& week)
{
    std::vector<double> loads = week.input.actualDailyLoad;
    const std::vector<double> planned = plannedDaily(week);
    loads.insert(loads.end(), planned.begin(), planned.end());
    return loadRatios(loads).acuteChronicRatio;
}

bool acwrFires(const WeekAnalysis& week)
{
    const std::optional<double> ratio = plannedRatio(week);
    return ratio && *ratio > kAcwrLimit;
}

void addRangeSessions(const WeekAnalysis& week, WeekFinding& finding)
{
    for (const WeekDay& day : week.days) {
        if (!week.inRange(day.date) || day.sessions.empty())
            continue;
        finding.days.push_back(day.date);
        for (const WeekSession& session : day.sessions)
            finding.sessions.push_back(session.id);
    }
}

QString loadText(double load)
{
    return QLocale(QLocale::English).toString(std::round(load), 'f', 0);
}

} // namespace

void checkLoadRamp(const WeekAnalysis& week, WeekFindings& out)
{
    if (!rampFires(week))
        return;
    const Ramp ramp = *rampOf(week);
    WeekFinding finding;
    finding.rule = ruleId(kLoadRamp);
    finding.severity = Severity::Warning;
    addRangeSessions(week, finding);
    finding.message =
        QStringLiteral("The planned load (%1 a week) is %2 % above the average of the recent "
                       "weeks' training (%3 a week). Raising the load by more than about 10 % "
                       "at once is a common warning sign: the exact figure is a rule of thumb, "
                       "but sudden jumps come before many overuse injuries. Shorten a session "
                       "or spread the increase over two or three weeks.")
            .arg(loadText(ramp.planned))
            .arg(std::round((ramp.planned / ramp.usual - 1.0) * 100.0))
            .arg(loadText(ramp.usual));
    if (week.withFixes)
        finding.fix = shortenFix(week, rampFires);
    out.push_back(std::move(finding));
}

void checkAcuteChronic(const WeekAnalysis& week, WeekFindings& out)
{
    const std::optional<double> ratio = plannedRatio(week);
    if (!ratio || *ratio <= kAcwrLimit)
        return;
    WeekFinding finding;
    finding.rule = ruleId(kAcwrHigh);
    finding.severity = Severity::Problem;
    addRangeSessions(week, finding);
    finding.message =
        QStringLiteral("This week's planned load is %1 times the weekly average of the last "
                       "four weeks (this one included). Above 1.5 the risk of injury rises "
                       "sharply (Gabbett 2016; Hulin et al. 2016); 0.8 to 1.3 is the safe "
                       "range. Cut this week back or build up over more weeks.")
            .arg(QLocale(QLocale::English).toString(*ratio, 'f', 2));
    if (week.withFixes)
        finding.fix = shortenFix(week, acwrFires);
    out.push_back(std::move(finding));
}

} // namespace paceline::advice
