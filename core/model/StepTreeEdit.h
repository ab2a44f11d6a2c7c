#pragma once

#include "InputLimits.h"
#include "Result.h"
#include "StepPath.h"

#include <vector>

namespace paceline {

/// A step tree after an edit, with the paths of the nodes the edit touched as they
/// are in the new tree (in tree order), so a view can select them again.
struct StepTreeEditResult {
    StepTree tree;
    std::vector<StepPath> paths;
};

using StepTreeEditOutcome = Result<StepTreeEditResult>;

/// The bounds every step tree keeps. The session notation and the session JSON refuse
/// larger counts, deeper nesting and larger amounts (core/io/StepLimits.h), so the edits
/// below (counts and nesting) and the advisor's fixes stay within them: a session can
/// always be saved and shared. They catch typos (a count of 1000) rather than describe
/// what is possible.
inline constexpr int kMaxRepeatCount = limits::kMaxRepeatCount;
/// Repeats inside repeats: 1 for a group of steps, 2 for a group holding a group, ...
inline constexpr int kMaxRepeatNesting = limits::kMaxRepeatNesting;
/// The most a step's target may be: 1000 km, 48 h.
inline constexpr Distance kMaxStepDistance = limits::kMaxStepDistance;
inline constexpr Duration kMaxStepDuration = limits::kMaxStepDuration;

/// How deeply repeat groups nest in `tree`: 0 for plain steps only.
int repeatDepth(const StepTree& tree);

// Pure edits of a step tree addressed by StepPath. Each takes the tree as it is and
// returns a new one, or an Error naming the path that was wrong ("No block at 3.2");
// the input is never changed. The builder turns a result into one undoable command.

/// Inserts `nodes` as children of the group at `parentPath` (empty: the top level)
/// before `row`; row -1 appends. Paths: the inserted nodes.
///
/// Inserting, moving and wrapping refuse to nest repeats deeper than kMaxRepeatNesting
/// (unless the tree already was that deep), and counts must be from 1 to kMaxRepeatCount.
StepTreeEditOutcome insertNodes(const StepTree& tree, const StepPath& parentPath, int row,
                                const std::vector<StepNode>& nodes);

/// Removes the nodes at `paths`; a path ending in kBetweenSets removes that group's
/// recovery between sets. Paths inside a removed group are covered by it. Paths: the
/// node now in the place of the first removed one, else the one before it, else its
/// group; empty when nothing is left to select.
StepTreeEditOutcome removeNodes(const StepTree& tree, const std::vector<StepPath>& paths);

/// Moves the nodes at `paths` (kept in tree order) to the group at `destParentPath`
/// (empty: the top level) so they sit before what is now at `row` there (-1: at the
/// end), i.e. `row` counts rows as the view shows them before the move. Refuses to
/// move a group into itself or its own descendants, and to move a recovery between
/// sets (it is not a node). Paths: the moved nodes.
StepTreeEditOutcome moveNodes(const StepTree& tree, const std::vector<StepPath>& paths,
                              const StepPath& destParentPath, int row);

/// Replaces the step at `path` (a plain step or, with kBetweenSets, a group's
/// recovery between sets, which is added when the group has none). The step keeps
/// the id of the one it replaces, so its row in the log stays. Paths: `path`.
StepTreeEditOutcome replaceStep(const StepTree& tree, const StepPath& path, const Step& step);

/// Makes a repeat group of `count` from the adjacent siblings at `paths`, in
/// their place. Paths: the new group.
StepTreeEditOutcome wrapInRepeat(const StepTree& tree, const std::vector<StepPath>& paths,
                                 int count);

/// Sets the count of the repeat group at `path`. Paths: `path`.
StepTreeEditOutcome setRepeatCount(const StepTree& tree, const StepPath& path, int count);

/// Tree order for paths: parents before children, a group's recovery between sets
/// after its children.
bool treeOrderLess(const StepPath& a, const StepPath& b);

/// Whether `ancestor` is a proper prefix of `path` (a group's recovery between sets
/// counts as inside the group).
bool isInside(const StepPath& path, const StepPath& ancestor);

/// `paths` in tree order without duplicates and without paths inside another of
/// them: what a selection of rows means when it is copied, moved or deleted.
std::vector<StepPath> topMostPaths(std::vector<StepPath> paths);

} // namespace paceline
