#pragma once

#include "core/model/Athlete.h"
#include "core/model/Result.h"

#include <QJsonValue>
#include <QString>

namespace paceline {

/// Reads an athlete as athleteToJson (ModelJson.h) writes it, plus its store "id" when
/// present. The race's "vdot" is derived and ignored. Errors name the JSON path under
/// `path` ("athletes[2].max_hr: 320 is not between 25 and 250").
Result<Athlete> athleteFromJson(const QJsonValue& json, const QString& path);

} // namespace paceline
