#pragma once

#include "Step.h"

#include <QString>

#include <vector>

namespace paceline {

/// Where a node sits in a step tree: the child index at each level, from the top,
/// 0-based. A repeat group's recovery between sets is addressed by the group's path
/// followed by kBetweenSets. Paths name steps before they have store ids (a session
/// being built), so the builder, the estimate and the advisor all use them.
using StepPath = std::vector<int>;

inline constexpr int kBetweenSets = -1;

/// The node at `path`, or null when the path does not lead to one (the recovery
/// between sets is a Step, not a node: use stepAt for it).
const StepNode* nodeAt(const StepTree& tree, const StepPath& path);
StepNode* nodeAt(StepTree& tree, const StepPath& path);

/// The step at `path` (a plain step or a group's recovery between sets), or null.
const Step* stepAt(const StepTree& tree, const StepPath& path);

/// The children list that holds the node at `path` (the tree itself at the top
/// level), or null.
StepTree* parentListOf(StepTree& tree, const StepPath& path);

/// 1-based and dotted for people: {2, 0} is "3.1"; the recovery between sets is "3.r".
QString pathText(const StepPath& path);

/// Calls `visit(path, step)` for every step in tree order, recoveries between sets
/// after their group's children.
template <typename Visit> void forEachStep(const StepTree& tree, Visit&& visit, StepPath& prefix)
{
    for (int index = 0; index < int(tree.size()); ++index) {
        prefix.push_back(index);
        const StepNode& node = tree[size_t(index)];
        if (node.isStep()) {
            visit(prefix, node.step());
        } else {
            forEachStep(node.group().children, visit, prefix);
            if (node.group().recoveryBetweenSets) {
                prefix.push_back(kBetweenSets);
                visit(prefix, *node.group().recoveryBetweenSets);
                prefix.pop_back();
            }
        }
        prefix.pop_back();
    }
}

template <typename Visit> void forEachStep(const StepTree& tree, Visit&& visit)
{
    StepPath prefix;
    forEachStep(tree, visit, prefix);
}

/// A copy of the tree with every step and group id cleared, for copies that become
/// new rows (duplicated templates, plans made from a template, pasted blocks).
StepTree withoutIds(StepTree tree);

} // namespace paceline
