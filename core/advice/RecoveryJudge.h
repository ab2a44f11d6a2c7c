#pragma once

#include "SessionAnalysis.h"

namespace paceline::advice {

// How the recovery rules judge one gap between reps (thresholds in AdviceThresholds.h).

enum class Verdict { Fine, TooShort, TooLong };

/// The recovery a zone calls for after a rep: the fix's target and the range quoted.
struct Guide {
    Duration low;
    Duration target;
    Duration high;
};

Guide guideFor(PaceZone zone, Duration rep);

Verdict judge(const SessionAnalysis& session, const RepGap& gap);

/// How the gap is recovered, one mode per recovery segment (a jog when not given).
std::vector<RecoveryMode> modesOf(const SessionAnalysis& session, const RepGap& gap);

} // namespace paceline::advice
