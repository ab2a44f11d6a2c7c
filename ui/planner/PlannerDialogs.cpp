#include "PlannerDialogs.h"

namespace paceline::planner {

// STUB: the dialogs come with the planner (issue 5).
void saveAsMicrocycle(QWidget*, LogDocument&, AthleteId, QDate) {}
void applyMicrocycle(QWidget*, LogDocument&, QDate) {}
void copyWeeks(QWidget*, LogDocument&, AthleteId, QDate) {}
void exportCalendar(QWidget*, LogDocument&, AthleteId, QDate, QDate) {}
void printWeek(QWidget*, LogDocument&, AthleteId, QDate) {}

} // namespace paceline::planner
