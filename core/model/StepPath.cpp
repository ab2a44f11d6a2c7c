#include "StepPath.h"

#include "TimeText.h"

namespace paceline {

namespace {

template <typename Tree, typename Node> Node* findNode(Tree& tree, const StepPath& path)
{
    Tree* level = &tree;
    Node* node = nullptr;
    for (size_t depth = 0; depth < path.size(); ++depth) {
        const int index = path[depth];
        if (index < 0 || index >= int(level->size()))
            return nullptr;
        node = &(*level)[size_t(index)];
        if (depth + 1 < path.size()) {
            if (!node->isGroup())
                return nullptr;
            level = &node->group().children;
        }
    }
    return node;
}

void clearIds(StepTree& tree)
{
    for (StepNode& node : tree) {
        if (node.isStep()) {
            node.step().id = {};
            continue;
        }
        RepeatGroup& group = node.group();
        group.id = {};
        if (group.recoveryBetweenSets)
            group.recoveryBetweenSets->id = {};
        clearIds(group.children);
    }
}

} // namespace

const StepNode* nodeAt(const StepTree& tree, const StepPath& path)
{
    return findNode<const StepTree, const StepNode>(tree, path);
}

StepNode* nodeAt(StepTree& tree, const StepPath& path)
{
    return findNode<StepTree, StepNode>(tree, path);
}

const Step* stepAt(const StepTree& tree, const StepPath& path)
{
    if (!path.empty() && path.back() == kBetweenSets) {
        const StepNode* group = nodeAt(tree, StepPath(path.begin(), path.end() - 1));
        if (!group || !group->isGroup() || !group->group().recoveryBetweenSets)
            return nullptr;
        return &*group->group().recoveryBetweenSets;
    }
    const StepNode* node = nodeAt(tree, path);
    return node && node->isStep() ? &node->step() : nullptr;
}

StepTree* parentListOf(StepTree& tree, const StepPath& path)
{
    if (path.empty())
        return nullptr;
    if (path.size() == 1)
        return &tree;
    StepNode* parent = nodeAt(tree, StepPath(path.begin(), path.end() - 1));
    return parent && parent->isGroup() ? &parent->group().children : nullptr;
}

QString pathText(const StepPath& path)
{
    // Appended in place: the advisor names many steps in its messages.
    QString text;
    text.reserve(qsizetype(path.size()) * 3);
    for (size_t depth = 0; depth < path.size(); ++depth) {
        if (depth > 0)
            text += QLatin1Char('.');
        if (path[depth] == kBetweenSets)
            text += QLatin1Char('r');
        else
            appendInteger(text, qint64(path[depth]) + 1);
    }
    return text;
}

StepTree withoutIds(StepTree tree)
{
    clearIds(tree);
    return tree;
}

} // namespace paceline
