#pragma once

#include "core/advice/WeekAdvisor.h"
#include "core/model/Athlete.h"
#include "core/model/Result.h"

#include <QDate>

#include <map>

namespace paceline {
class LogStore;
}

namespace paceline::cli {

/// One week of an athlete's plan as `paceline-cli plan` shows it, read from the log
/// with what the week rules need around it.
struct StoredWeek {
    /// The seven days from the first, with rest flags and sessions.
    std::vector<PlanDay> days;
    /// The days with seven days of context either side, the 28 days of logged load
    /// before the week and the athlete's paces.
    WeekAdviceInput advice;
    std::map<PlannedSessionId, LoggedSessionId> completions;
};

/// The days before and after a week that the rules look at (a hard Sunday matters to
/// Monday; a move may land in the next week).
inline constexpr int kContextDays = 7;
/// The logged history the load rules compare with (acute:chronic needs 28 days).
inline constexpr int kLoadHistoryDays = 28;

/// What session estimates need to know about the athlete: paces from their race,
/// heart rates.
EstimateContext estimateContextFor(const Athlete& athlete);

Result<StoredWeek> readStoredWeek(const LogStore& store, const Athlete& athlete, QDate first);

} // namespace paceline::cli
