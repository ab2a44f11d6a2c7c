#include "LocalZone.h"

namespace paceline::demo {

namespace {

constexpr int kSecondsPerHour = 3600;
constexpr int kSunday = 7;

/// The n-th Sunday (1-based) of a month.
QDate nthSunday(int year, int month, int n)
{
    const QDate first(year, month, 1);
    const int untilSunday = (kSunday - first.dayOfWeek()) % 7;
    return first.addDays(untilSunday + 7 * (n - 1));
}

QDate lastSunday(int year, int month)
{
    const QDate last = QDate(year, month, 1).addMonths(1).addDays(-1);
    return last.addDays(-(last.dayOfWeek() % 7));
}

bool isSummerTime(QDate day, DaylightRule rule)
{
    const int year = day.year();
    switch (rule) {
    case DaylightRule::Europe:
        return day >= lastSunday(year, 3) && day < lastSunday(year, 10);
    case DaylightRule::NorthAmerica:
        return day >= nthSunday(year, 3, 2) && day < nthSunday(year, 11, 1);
    case DaylightRule::None:
        break;
    }
    return false;
}

} // namespace

int LocalZone::offsetSecondsOn(QDate day) const
{
    return standardOffsetSeconds + (isSummerTime(day, daylight) ? kSecondsPerHour : 0);
}

} // namespace paceline::demo
