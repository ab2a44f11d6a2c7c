#include "WeeklyVolume.h"

#include <algorithm>

namespace paceline {

std::optional<Distance> weeklyRunningDistance(const std::vector<DailyLoad>& loads,
                                              QDate firstLoggedDay, QDate today)
{
    if (!firstLoggedDay.isValid() || !today.isValid() || firstLoggedDay > today)
        return std::nullopt;
    const QDate windowStart = today.addDays(-kWeeklyVolumeWindowDays + 1);
    const QDate from = std::max(windowStart, firstLoggedDay);
    // A new athlete's first days would make the week look tiny: wait for a week of log.
    const qint64 coveredDays = from.daysTo(today) + 1;
    if (coveredDays < kWeeklyVolumeMinimumDays)
        return std::nullopt;
    double metres = 0.0;
    for (const DailyLoad& day : loads) {
        if (day.sport == Sport::Run && day.day >= from && day.day <= today)
            metres += day.distance.metres;
    }
    if (metres <= 0.0)
        return std::nullopt;
    return Distance{metres * 7.0 / double(coveredDays)};
}

} // namespace paceline
