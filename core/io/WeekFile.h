#pragma once

#include "core/model/Athlete.h"
#include "core/model/PlanDay.h"
#include "core/model/Result.h"

#include <QByteArray>

#include <optional>
#include <vector>

namespace paceline {

/// A week (or several) given as a JSON file for `paceline-cli plan check`
/// (docs/week-json.md): a start date and consecutive days, each either rest or a
/// list of sessions in the session notation, with optional names and sports. Errors
/// name the JSON path ("days[3].sessions[1]: ...") and, for notation, the column.
struct WeekFile {
    std::vector<PlanDay>
        days; ///< sessions get provisional ids (1, 2, ...) so findings can name them
    /// The athlete's recent race ("athlete.race"), for paces; absent when not given.
    std::optional<RaceResult> race;
    /// The athlete's pattern ("athlete.max_hard_sessions"): hard sessions allowed in 7 days.
    int maxHardSessionsPerWeek = 3;
};

Result<WeekFile> readWeekFile(const QByteArray& json);

} // namespace paceline
