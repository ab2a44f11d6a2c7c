#pragma once

#include "core/model/Step.h"

#include <cstdint>

namespace paceline::trees {

/// Random step trees the notation can express exactly: amounts to the millimetre and
/// millisecond, paces to the millisecond per km or mile, within the limits. A small
/// generator of our own rather than <random>'s distributions, whose output differs
/// between standard libraries: a failing seed must fail everywhere.
class RandomTrees {
public:
    explicit RandomTrees(std::uint64_t seed) : m_state(seed) {}

    StepTree tree();
    Step step();

private:
    std::uint64_t next();
    int below(int bound); ///< 0 .. bound-1
    bool chance(int percent) { return below(100) < percent; }

    StepNode node(int depth);
    StepNode group(int depth);
    Target target();
    Intensity intensity();

    std::uint64_t m_state;
};

} // namespace paceline::trees
