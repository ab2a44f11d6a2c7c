#pragma once

#include "core/model/Microcycle.h"

#include <vector>

namespace paceline {

/// The microcycle templates Paceline ships with, their sessions written in the session
/// notation: "two hard, one light, rest" patterns for a runner, and a triathlon week
/// with bricks and run speed work placed away from the hard bike days. Each passes the
/// week rules without findings (tests/io/ExampleMicrocyclesTest).
std::vector<MicrocycleTemplate> exampleMicrocycles();

} // namespace paceline
