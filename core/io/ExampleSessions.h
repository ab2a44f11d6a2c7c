#pragma once

#include "core/model/SessionTemplate.h"

#include <vector>

namespace paceline {

/// The well-sequenced sessions Paceline ships with, written in the session notation:
/// a 5K sharpening session, a three-zone rotation, a progressive ladder, threshold
/// cruise intervals, hill strides, a triathlon brick, a recovery run and a long run
/// with a fast finish, among others.
std::vector<SessionTemplate> exampleSessions();

} // namespace paceline
