#pragma once

#include "core/model/Athlete.h"
#include "core/model/LoggedSession.h"
#include "core/model/Microcycle.h"
#include "core/model/PlanDay.h"
#include "core/model/PlannedSession.h"
#include "core/model/Result.h"
#include "core/model/SessionTemplate.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <vector>

namespace paceline {

/// Everything a log holds that is worth keeping (entry drafts are not), with the ids
/// it has in its log: the references between rows (a plan's template, a session's
/// plan and its reps' steps) are by those ids and are remapped on restore.
struct LogSnapshot {
    std::vector<Athlete> athletes;
    std::vector<SessionTemplate> templates;
    std::vector<MicrocycleTemplate> microcycles;
    std::vector<PlannedSession> planned;
    std::vector<RestDay> restDays;
    std::vector<LoggedSession> sessions; ///< with reps
};

/// The whole log as one JSON document {"format": "paceline-log", "version": 1, ...}
/// (docs/import.md): SI units, ISO 8601 dates and times with their UTC offset, enum
/// ids as in the other JSON files, ids kept. Indented, so a backup diffs well.
QByteArray logToJson(const LogSnapshot& snapshot);

/// Reads what logToJson wrote. Errors name the file and the JSON path of the bad value:
/// "backup.json: sessions[12].reps[3].rpe: 11 is not between 0 and 10".
Result<LogSnapshot> logFromJson(QByteArrayView json, const QString& fileName);

} // namespace paceline
