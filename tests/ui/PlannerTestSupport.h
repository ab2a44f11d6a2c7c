#pragma once

#include "core/model/PlanDay.h"

#include <QDate>
#include <QString>

namespace paceline {
class LogDocument;
} // namespace paceline

namespace paceline::test {

/// A planned session whose steps are written in the session notation (fails the test
/// when the notation does not parse).
PlannedSession plannedSession(AthleteId athlete, QDate date, const QString& name,
                              const QString& notation, int orderInDay = 0);

/// Stores the session straight through the log (not an undoable edit: test setup) and
/// sets its id; false when the store cannot plan sessions yet.
bool storePlanned(LogDocument& document, PlannedSession& session);

inline const QString kIntervals = QStringLiteral("wu 15min @E; 6x1000m @I / 2min jog; cd 10min @E");
inline const QString kTempo = QStringLiteral("wu 15min @E; 25min @T; cd 10min @E");
inline const QString kEasy = QStringLiteral("40min @E");

/// Monday 23 November 2026.
inline const QDate kWeekStart(2026, 11, 23);

} // namespace paceline::test
