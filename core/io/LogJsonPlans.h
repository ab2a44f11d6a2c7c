#pragma once

#include "core/model/Microcycle.h"
#include "core/model/PlanDay.h"
#include "core/model/PlannedSession.h"
#include "core/model/Result.h"
#include "core/model/SessionTemplate.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

namespace paceline::logjson {

// The planning parts of a whole-log backup (LogJson.h), each with its store ids. The
// step trees are written as the session JSON writes them (docs/session-json.md).

/// sessionToJson plus "id".
QJsonObject templateToJson(const SessionTemplate& sessionTemplate);
Result<SessionTemplate> templateFromJson(const QJsonValue& json, const QString& path);

QJsonObject microcycleToJson(const MicrocycleTemplate& microcycle);
Result<MicrocycleTemplate> microcycleFromJson(const QJsonValue& json, const QString& path);

/// With "step_ids": the ids of its steps in tree order, which reps link to.
QJsonObject plannedToJson(const PlannedSession& plan);
Result<PlannedSession> plannedFromJson(const QJsonValue& json, const QString& path);

QJsonObject restDayToJson(const RestDay& day);
Result<RestDay> restDayFromJson(const QJsonValue& json, const QString& path);

} // namespace paceline::logjson
