#pragma once

#include "SessionAdvisor.h"
#include "core/science/EffortModel.h"

#include <optional>
#include <vector>

namespace paceline::advice {

/// What a segment is for, as the rules see it.
enum class Role : unsigned char {
    Easy,     ///< aerobic running (E, or slower running with no zone)
    Moderate, ///< M pace, or a bike or swim leg at moderate effort
    Hard,     ///< T, I, R, or the rotation's race and surge zones, in a run
    Prep,     ///< strides, drills, mobility: preparation, not aerobic warm-up
    Recovery, ///< jogs, walks and rests between efforts
    Idle,     ///< an open step the estimate counts as zero time
};

/// A Daniels rep (T, I or R) followed by recovery and then another such rep: what the
/// recovery rules judge. Indices are into the estimate's segments.
struct RepGap {
    int rep = 0;
    int next = 0;
    Duration recovery;
    Distance jogged;     ///< ground covered jogging (not walking) in the recovery
    bool passive = true; ///< walked or stood throughout
};

/// Everything the rules share, worked out once per adviseSession() call: the
/// estimate, each segment's role and the gaps between reps.
struct SessionAnalysis {
    SessionAnalysis(const StepTree& steps, const AdviceContext& context);

    const StepTree& steps;
    const AdviceContext& context;
    EffortModel model;
    SessionEstimate estimate;
    std::vector<Role> roles;
    /// Per segment: danielsRank of a Daniels rep (T 1, I 2, R 3), 0 for any other
    /// segment. The rules ask for every segment, often.
    std::vector<signed char> repRanks;
    int firstHard = -1; ///< first Hard segment, -1 when there is none
    int lastHard = -1;
    bool rotation = false; ///< uses one of the rotation zones
    std::vector<RepGap> gaps;

    int size() const { return int(estimate.segments.size()); }
    const Segment& segment(int index) const { return estimate.segments[size_t(index)]; }
    Role role(int index) const { return roles[size_t(index)]; }
    /// Index of the top-level node the segment belongs to.
    int topIndex(int index) const { return segment(index).path.front(); }
    /// A Hard running segment in a Daniels zone (T, I or R).
    bool isDanielsRep(int index) const { return repRanks[size_t(index)] > 0; }
    /// Counts as aerobic running for a warm-up or cool-down: easy or moderate work,
    /// or a jogged (not walked) recovery.
    bool isAerobicRunning(int index) const;
    /// An I or R rep longer than its zone allows (rep.too-long).
    bool isTooLongRep(int index) const;
    /// How many times the step at `path` is run: the counts of the groups around it
    /// multiplied (one set fewer for a recovery between sets). Read from the tree, so
    /// asking for every segment stays linear.
    int occurrences(const StepPath& path) const;
};

/// T 1, I 2, R 3: the order intensities should build in. nullopt for other zones.
std::optional<int> danielsRank(std::optional<PaceZone> zone);

bool isRotationZone(std::optional<PaceZone> zone);

/// The longest an I or R rep should last (Daniels), without the tolerance; nullopt for
/// zones without a limit.
std::optional<Duration> repLengthLimit(std::optional<PaceZone> zone);

/// A step written as a recovery, "jog 5min" or "2min rest": a Recovery or Rest step. A
/// walked cool-down ("cd 10min walk") is still a cool-down.
bool isRecoveryNode(const StepNode& node);

} // namespace paceline::advice
