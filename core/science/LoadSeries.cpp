// STUB: filled in by the load-series work.
#include "LoadSeries.h"

namespace paceline {

std::vector<DayFigures> dailyFigures(QDate, const std::vector<double>&) { return {}; }
std::vector<DayFigures> projectFigures(const std::vector<DayFigures>&, const std::vector<double>&)
{
    return {};
}
std::vector<WeekFigures> weeklyFigures(const std::vector<DailyLoad>&, QDate, QDate, LoadMeasure,
                                       int)
{
    return {};
}
std::vector<double> dailyLoadVector(const std::vector<DailyLoad>&, QDate, QDate, LoadMeasure)
{
    return {};
}
QDate weekStartOf(QDate day, int) { return day; }

} // namespace paceline
