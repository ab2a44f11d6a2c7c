#include "WeekPrinter.h"

namespace paceline {

// STUB: the printed week comes with the planner (issue 5).
void paintWeek(QPagedPaintDevice&, const LogDocument&, AthleteId, QDate) {}

bool writeWeekPdf(const QString&, const LogDocument&, AthleteId, QDate)
{
    return false;
}

} // namespace paceline
