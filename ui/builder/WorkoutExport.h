#pragma once

#include "core/model/Athlete.h"
#include "core/model/Result.h"
#include "core/model/SessionTemplate.h"

#include <QString>

#include <optional>

namespace paceline {

/// Writes `session` as a FIT workout for a watch (core/io/activity/FitWorkoutWriter.h),
/// with zone targets in `athlete`'s paces when they are known; all or nothing (an
/// existing file stays as it was when writing fails). The error names the file.
Status writeFitWorkoutFile(const SessionTemplate& session, const std::optional<Athlete>& athlete,
                           const QString& path);

/// "5 x 1 km @ T" -> "5 x 1 km @ T.fit" with the characters file systems refuse replaced.
QString workoutFileName(const QString& sessionName);

} // namespace paceline
