#pragma once

#include "core/model/PlanDay.h"
#include "core/model/Result.h"

#include <QByteArray>

#include <vector>

namespace paceline {

/// A week (or several) given as a JSON file for `paceline-cli plan check`
/// (docs/week-json.md): a start date and consecutive days, each either rest or a
/// list of sessions in the session notation, with optional names and sports. Errors
/// name the JSON path ("days[3].sessions[1]: ...") and, for notation, the column.
struct WeekFile {
    std::vector<PlanDay>
        days; ///< sessions get provisional ids (1, 2, ...) so findings can name them
};

Result<WeekFile> readWeekFile(const QByteArray& json);

} // namespace paceline
