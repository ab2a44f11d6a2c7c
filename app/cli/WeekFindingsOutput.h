#pragma once

#include "core/advice/WeekAdvisor.h"

#include <QJsonArray>
#include <QTextStream>

namespace paceline::cli {

/// "Tue 2026-11-24": a day as the planner's text output names it (English, like the
/// rest of the CLI, so scripts can rely on it).
QString dayText(QDate date);

/// [{"rule", "severity", "days", "sessions", "message", "fix"}, ...] for `plan` and
/// `plan check`.
QJsonArray weekFindingsJson(const std::vector<WeekFinding>& findings);

/// The findings as text, one block each, or a line saying there are none.
void printWeekFindings(QTextStream& out, const std::vector<WeekFinding>& findings);

} // namespace paceline::cli
