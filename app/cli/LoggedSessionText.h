#pragma once

#include "core/model/LoggedSession.h"

#include <QString>
#include <QTextStream>

#include <vector>

namespace paceline::cli {

/// A few lines about a logged session for people: title and day, its work reps with
/// their average pace, and its stability figures.
void printSessionSummary(QTextStream& out, const LoggedSession& session, UnitSystem units);

/// "pace CV 0.9 %, fade -1.8 %, spread 0:07.0/km, 0 of 8 reps in target band, RPE drift
/// +3.0"; figures that could not be computed are left out.
QString stabilityText(const PaceStability& stability, UnitSystem units);

/// A table, one line per session in the given order: date, title, distance, duration,
/// session RPE and pace CV.
void printSessionTable(QTextStream& out, const std::vector<LoggedSession>& sessions,
                       UnitSystem units);

} // namespace paceline::cli
