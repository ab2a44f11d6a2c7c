#pragma once

// Sessions with reps and plans for the Log screen's tests.

#include "core/model/LoggedSession.h"
#include "core/model/PlannedSession.h"

#include <vector>

namespace paceline::test {

/// `count` x (400 m @I, 90 s jog) planned on `day`.
PlannedSession intervalPlan(AthleteId athlete, QDate day, int count);

/// 400 m work reps in these times (seconds), each followed by a 90 s recovery, with
/// RPEs rising from 6 and heart rates from 170.
LoggedSession intervalSession(AthleteId athlete, QDate day, const std::vector<double>& times);

} // namespace paceline::test
