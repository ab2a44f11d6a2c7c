#include "WeekPrinter.h"

#include "WeekSheet.h"
#include "ui/document/LogDocument.h"
#include "ui/document/TrainingPlan.h"

namespace paceline {

void paintWeek(QPagedPaintDevice& device, const LogDocument& document, AthleteId athlete,
               QDate weekStart)
{
    const std::optional<Athlete> who = document.athlete(athlete);
    if (!who)
        return;
    paintWeekSheet(device, *who, weekStart,
                   document.plan().days(athlete, weekStart, weekStart.addDays(6)));
}

bool writeWeekPdf(const QString& path, const LogDocument& document, AthleteId athlete,
                  QDate weekStart)
{
    const std::optional<Athlete> who = document.athlete(athlete);
    if (!who)
        return false;
    return writeWeekSheetPdf(path, *who, weekStart,
                             document.plan().days(athlete, weekStart, weekStart.addDays(6)));
}

} // namespace paceline
