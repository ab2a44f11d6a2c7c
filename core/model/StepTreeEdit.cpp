#include "StepTreeEdit.h"

#include <algorithm>
#include <climits>

namespace paceline {

namespace {

bool isBetweenSets(const StepPath& path)
{
    return !path.empty() && path.back() == kBetweenSets;
}

StepPath parentOf(const StepPath& path)
{
    return StepPath(path.begin(), path.end() - 1);
}

StepPath childPath(StepPath parent, int row)
{
    parent.push_back(row);
    return parent;
}

QString placeText(const StepPath& parentPath)
{
    return parentPath.empty() ? QStringLiteral("the session")
                              : QStringLiteral("group %1").arg(pathText(parentPath));
}

Error noBlock(const StepPath& path)
{
    return Error{QStringLiteral("No block at %1.")
                     .arg(path.empty() ? QStringLiteral("(none)") : pathText(path))};
}

Error noGroup(const StepPath& path)
{
    return Error{QStringLiteral("No repeat group at %1.").arg(pathText(path))};
}

/// The children of the group at `parentPath`, the tree itself for an empty path, or
/// null when no group is there.
StepTree* childList(StepTree& tree, const StepPath& parentPath)
{
    if (parentPath.empty())
        return &tree;
    if (isBetweenSets(parentPath))
        return nullptr;
    StepNode* node = nodeAt(tree, parentPath);
    return node && node->isGroup() ? &node->group().children : nullptr;
}

/// Each path must name a node, or a recovery between sets where `betweenSetsToo`.
Status checkPaths(const StepTree& tree, const std::vector<StepPath>& paths, bool betweenSetsToo)
{
    if (paths.empty())
        return Error{QStringLiteral("No blocks were given.")};
    for (const StepPath& path : paths) {
        if (isBetweenSets(path) && !betweenSetsToo)
            return Error{QStringLiteral("The recovery between sets of group %1 stays with its "
                                        "group; copy it instead.")
                             .arg(pathText(parentOf(path)))};
        const bool found =
            isBetweenSets(path) ? stepAt(tree, path) != nullptr : nodeAt(tree, path) != nullptr;
        if (!found)
            return noBlock(path);
    }
    return {};
}

Result<int> checkRow(const StepTree& list, const StepPath& parentPath, int row)
{
    const int size = int(list.size());
    if (row == -1)
        return size;
    if (row < 0 || row > size)
        return Error{QStringLiteral("Row %1 is outside %2, which has %3 blocks.")
                         .arg(row)
                         .arg(placeText(parentPath))
                         .arg(size)};
    return row;
}

/// Erases valid top-most paths, last first, so earlier paths stay valid meanwhile.
void eraseAll(StepTree& tree, const std::vector<StepPath>& topMost)
{
    for (auto path = topMost.rbegin(); path != topMost.rend(); ++path) {
        if (isBetweenSets(*path)) {
            nodeAt(tree, parentOf(*path))->group().recoveryBetweenSets.reset();
            continue;
        }
        StepTree* list = parentListOf(tree, *path);
        list->erase(list->begin() + path->back());
    }
}

/// What to select once the nodes starting at `first` are gone.
std::vector<StepPath> selectionAfterRemoval(StepTree& tree, const StepPath& first)
{
    const StepPath parent = parentOf(first);
    if (isBetweenSets(first))
        return {parent};
    const int size = int(childList(tree, parent)->size());
    if (first.back() < size)
        return {first};
    if (size > 0)
        return {childPath(parent, size - 1)};
    if (!parent.empty())
        return {parent};
    return {};
}

bool sharesPrefix(const StepPath& a, const StepPath& b, size_t length)
{
    return a.size() >= length && b.size() >= length &&
           std::equal(a.begin(), a.begin() + long(length), b.begin());
}

/// How many of `sources` are children of `parent` sitting before `row` there: the
/// amount by which `row` shifts once they are taken out.
int removedBefore(const std::vector<StepPath>& sources, const StepPath& parent, int row)
{
    return int(std::count_if(sources.begin(), sources.end(), [&](const StepPath& source) {
        return source.size() == parent.size() + 1 && sharesPrefix(source, parent, parent.size()) &&
               source.back() < row;
    }));
}

/// Where `dest` is once `sources` (none of them an ancestor of it) are taken out:
/// each level shifts by the removed siblings before it.
StepPath shiftedPath(const std::vector<StepPath>& sources, const StepPath& dest)
{
    StepPath shifted = dest;
    for (size_t depth = 0; depth < dest.size(); ++depth)
        shifted[depth] -=
            removedBefore(sources, StepPath(dest.begin(), dest.begin() + long(depth)), dest[depth]);
    return shifted;
}

Status checkCount(int count)
{
    if (count < 1 || count > kMaxRepeatCount)
        return Error{QStringLiteral("A repeat count must be from 1 to %1, not %2.")
                         .arg(kMaxRepeatCount)
                         .arg(count)};
    return {};
}

/// An edit may not nest repeats beyond the limit; a tree that already did (from an
/// older file) can still be edited, as long as the edit makes it no deeper.
StepTreeEditOutcome checkedDepth(const StepTree& before, StepTreeEditResult after)
{
    const int depth = repeatDepth(after.tree);
    if (depth > kMaxRepeatNesting && depth > repeatDepth(before))
        return Error{QStringLiteral("Repeats nest at most %1 deep.").arg(kMaxRepeatNesting)};
    return after;
}

} // namespace

int repeatDepth(const StepTree& tree)
{
    int depth = 0;
    for (const StepNode& node : tree) {
        if (node.isGroup())
            depth = std::max(depth, 1 + repeatDepth(node.group().children));
    }
    return depth;
}

StepTreeEditOutcome insertNodes(const StepTree& tree, const StepPath& parentPath, int row,
                                const std::vector<StepNode>& nodes)
{
    StepTreeEditResult result{tree, {}};
    StepTree* list = childList(result.tree, parentPath);
    if (!list)
        return noGroup(parentPath);
    Result<int> at = checkRow(*list, parentPath, row);
    if (!at)
        return at.error();
    if (nodes.empty())
        return Error{QStringLiteral("No blocks were given.")};
    list->insert(list->begin() + *at, nodes.begin(), nodes.end());
    for (int offset = 0; offset < int(nodes.size()); ++offset)
        result.paths.push_back(childPath(parentPath, *at + offset));
    return checkedDepth(tree, std::move(result));
}

StepTreeEditOutcome removeNodes(const StepTree& tree, const std::vector<StepPath>& paths)
{
    const std::vector<StepPath> targets = topMostPaths(paths);
    if (Status valid = checkPaths(tree, targets, true); !valid)
        return valid.error();
    StepTreeEditResult result{tree, {}};
    eraseAll(result.tree, targets);
    result.paths = selectionAfterRemoval(result.tree, targets.front());
    return result;
}

StepTreeEditOutcome moveNodes(const StepTree& tree, const std::vector<StepPath>& paths,
                              const StepPath& destParentPath, int row)
{
    const std::vector<StepPath> sources = topMostPaths(paths);
    if (Status valid = checkPaths(tree, sources, false); !valid)
        return valid.error();
    StepTreeEditResult result{tree, {}};
    const StepTree* destList = childList(result.tree, destParentPath);
    if (!destList)
        return noGroup(destParentPath);
    for (const StepPath& source : sources) {
        if (source == destParentPath || isInside(destParentPath, source))
            return Error{
                QStringLiteral("Group %1 cannot be moved into itself.").arg(pathText(source))};
    }
    Result<int> at = checkRow(*destList, destParentPath, row);
    if (!at)
        return at.error();

    std::vector<StepNode> moved;
    for (const StepPath& source : sources)
        moved.push_back(*nodeAt(tree, source));
    eraseAll(result.tree, sources);
    const StepPath dest = shiftedPath(sources, destParentPath);
    const int destRow = *at - removedBefore(sources, destParentPath, *at);
    StepTree* list = childList(result.tree, dest);
    list->insert(list->begin() + destRow, moved.begin(), moved.end());
    for (int offset = 0; offset < int(moved.size()); ++offset)
        result.paths.push_back(childPath(dest, destRow + offset));
    return checkedDepth(tree, std::move(result));
}

StepTreeEditOutcome replaceStep(const StepTree& tree, const StepPath& path, const Step& step)
{
    StepTreeEditResult result{tree, {path}};
    Step replacement = step;
    if (isBetweenSets(path)) {
        StepNode* node = nodeAt(result.tree, parentOf(path));
        if (!node || !node->isGroup())
            return noGroup(parentOf(path));
        std::optional<Step>& recovery = node->group().recoveryBetweenSets;
        replacement.id = recovery ? recovery->id : StepId{};
        recovery = replacement;
        return result;
    }
    StepNode* node = nodeAt(result.tree, path);
    if (!node || !node->isStep())
        return Error{QStringLiteral("No step at %1.").arg(pathText(path))};
    replacement.id = node->step().id;
    node->step() = replacement;
    return result;
}

StepTreeEditOutcome wrapInRepeat(const StepTree& tree, const std::vector<StepPath>& paths,
                                 int count)
{
    if (Status counted = checkCount(count); !counted)
        return counted.error();
    const std::vector<StepPath> sources = topMostPaths(paths);
    if (Status valid = checkPaths(tree, sources, false); !valid)
        return valid.error();
    const StepPath parent = parentOf(sources.front());
    const int first = sources.front().back();
    for (size_t i = 0; i < sources.size(); ++i) {
        if (parentOf(sources[i]) != parent || sources[i].back() != first + int(i))
            return Error{QStringLiteral("Only blocks next to each other in one group can be "
                                        "repeated together (%1 is not next to %2).")
                             .arg(pathText(sources[i]), pathText(sources.front()))};
    }
    StepTreeEditResult result{tree, {sources.front()}};
    StepTree& list = *childList(result.tree, parent);
    const auto begin = list.begin() + first;
    const auto end = begin + long(sources.size());
    RepeatGroup group;
    group.count = count;
    group.children.assign(begin, end);
    *begin = StepNode{std::move(group)};
    list.erase(begin + 1, end);
    return checkedDepth(tree, std::move(result));
}

StepTreeEditOutcome setRepeatCount(const StepTree& tree, const StepPath& path, int count)
{
    if (Status counted = checkCount(count); !counted)
        return counted.error();
    StepTreeEditResult result{tree, {path}};
    StepNode* node = isBetweenSets(path) ? nullptr : nodeAt(result.tree, path);
    if (!node || !node->isGroup())
        return noGroup(path);
    node->group().count = count;
    return result;
}

bool treeOrderLess(const StepPath& a, const StepPath& b)
{
    // The recovery between sets comes after every child of its group.
    const auto key = [](int index) { return index == kBetweenSets ? INT_MAX : index; };
    return std::lexicographical_compare(a.begin(), a.end(), b.begin(), b.end(),
                                        [&](int x, int y) { return key(x) < key(y); });
}

bool isInside(const StepPath& path, const StepPath& ancestor)
{
    return ancestor.size() < path.size() &&
           std::equal(ancestor.begin(), ancestor.end(), path.begin());
}

std::vector<StepPath> topMostPaths(std::vector<StepPath> paths)
{
    std::sort(paths.begin(), paths.end(), treeOrderLess);
    paths.erase(std::unique(paths.begin(), paths.end()), paths.end());
    std::vector<StepPath> topMost;
    // In tree order everything inside a path follows it directly, so comparing with
    // the last path kept is enough.
    for (StepPath& path : paths) {
        if (topMost.empty() || !isInside(path, topMost.back()))
            topMost.push_back(std::move(path));
    }
    return topMost;
}

} // namespace paceline
