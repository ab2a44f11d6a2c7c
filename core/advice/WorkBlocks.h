#pragma once

#include "SessionAnalysis.h"

#include <vector>

namespace paceline::advice {

/// A stretch of top-level nodes in the main set. A work block is a node holding T, I
/// or R reps: a repeat group, or a single rep with the recovery step right after it,
/// if any. Anything else in the main set (a jog between sets, an easy float) is a
/// fixed block that stays where it is when work blocks are reordered.
struct WorkBlock {
    int firstNode = 0;
    int nodeCount = 1;
    bool work = false;
    int rank = 0;     ///< danielsRank of its hardest rep
    Duration longest; ///< its longest rep at that rank
};

/// The main set's blocks, from the first top-level node with T, I or R reps to the
/// last (and its recovery). Empty when there are none. Warm-up, strides and drills
/// before, and tapering and cool-down after, are outside and never move.
std::vector<WorkBlock> workBlocks(const SessionAnalysis& session);

/// `a` should prime `b`, but comes after it: b is strictly easier and shorter.
bool shouldPrime(const WorkBlock& easier, const WorkBlock& harder);

/// The tree with the work blocks sorted easier-then-shorter first (stable), every
/// other node in place.
StepTree progressiveOrder(const StepTree& steps, const std::vector<WorkBlock>& blocks);

} // namespace paceline::advice
