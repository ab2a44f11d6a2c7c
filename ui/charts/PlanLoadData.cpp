#include "PlanLoadData.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

namespace paceline {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("paceline::PlanLoadChart", text);
}

QString loadText(double load)
{
    return QLocale().toString(qRound64(load));
}

} // namespace

PlanLoadData planLoadData(QDate first, const std::vector<PlanDay>& days,
                          const std::map<PlannedSessionId, SessionLoad>& loads,
                          const std::vector<DailyLoad>& logged)
{
    PlanLoadData data;
    data.first = first;
    data.plannedPerDay.assign(7, 0.0);
    for (const PlanDay& day : days) {
        const qint64 offset = first.daysTo(day.date);
        if (offset < 0 || offset >= 7)
            continue;
        for (const PlannedSession& session : day.sessions) {
            const auto found = loads.find(session.id);
            if (found != loads.end())
                data.plannedPerDay[size_t(offset)] += found->second.load;
        }
    }
    for (double load : data.plannedPerDay)
        data.plannedTotal += load;

    for (int week = kComparedWeeks; week >= 1; --week)
        data.previousWeeks.push_back({first.addDays(-7 * week), 0.0});
    for (const DailyLoad& day : logged) {
        const qint64 offset = data.previousWeeks.front().weekStart.daysTo(day.day);
        if (offset >= 0 && offset < 7 * kComparedWeeks)
            data.previousWeeks[size_t(offset / 7)].load += day.sessionRpeLoad;
    }
    const double lastWeek = data.previousWeeks.back().load;
    if (lastWeek > 0.0)
        data.changePercent = (data.plannedTotal - lastWeek) / lastWeek * 100.0;
    return data;
}

QString planLoadSummary(const PlanLoadData& data)
{
    const QString planned = tr("Planned %1").arg(loadText(data.plannedTotal));
    if (!data.changePercent || data.previousWeeks.empty())
        return tr("%1; nothing logged last week to compare with").arg(planned);
    const long long change = std::llround(*data.changePercent);
    const QString signedChange =
        change > 0 ? QStringLiteral("+%1").arg(change) : QString::number(change);
    return tr("%1, %2 % on last week's %3 actual")
        .arg(planned, signedChange, loadText(data.previousWeeks.back().load));
}

} // namespace paceline
