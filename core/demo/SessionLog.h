#pragma once

#include "Effort.h"
#include "core/model/LoggedSession.h"
#include "core/model/PlannedSession.h"

#include <QDateTime>

namespace paceline::demo {

class Random;

/// The session the athlete logged for `plan`: linked to it, with one rep per
/// executed work and recovery segment of its repeat groups (each linked to its
/// planned step), duration, distance, session RPE, heart rate and wellness.
LoggedSession logSession(const PlannedSession& plan, const DayState& day, const QDateTime& start,
                         Random& random);

/// How the athlete felt: 1-5 scores that drop as the load ratio climbs.
Wellness wellnessFor(double fatigue, Random& random);

/// Foster's session load: session RPE x minutes.
double sessionLoad(const LoggedSession& session);

} // namespace paceline::demo
