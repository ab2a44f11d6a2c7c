// Pure step-tree edits by path: insert, remove, move (with its index shifts), replace,
// wrap in a repeat and set a count, on small hand-built trees.

#include "core/model/StepTreeEdit.h"

#include <QStringList>

#include <gtest/gtest.h>

using namespace paceline;

namespace {

/// A step named by its notes, so trees print as short letters.
StepNode leaf(const char* name, qint64 id = 0)
{
    Step step;
    step.id = StepId{id};
    step.notes = QString::fromLatin1(name);
    return StepNode{step};
}

StepNode group(int count, StepTree children, const char* between = nullptr)
{
    RepeatGroup repeat;
    repeat.count = count;
    repeat.children = std::move(children);
    if (between)
        repeat.recoveryBetweenSets = leaf(between).step();
    return StepNode{repeat};
}

/// "A 2x(B C | r) D": groups in brackets, their recovery between sets after a bar.
QString shape(const StepTree& tree)
{
    QStringList parts;
    for (const StepNode& node : tree) {
        if (node.isStep()) {
            parts << node.step().notes;
            continue;
        }
        const RepeatGroup& repeat = node.group();
        QString inner = shape(repeat.children);
        if (repeat.recoveryBetweenSets)
            inner += QStringLiteral(" | ") + repeat.recoveryBetweenSets->notes;
        parts << QStringLiteral("%1x(%2)").arg(repeat.count).arg(inner);
    }
    return parts.join(QLatin1Char(' '));
}

std::string text(const StepTreeEditOutcome& outcome)
{
    return outcome.ok() ? shape(outcome->tree).toStdString()
                        : "error: " + outcome.errorMessage().toStdString();
}

/// A 3x(B C | r) D 2x(E 4x(F)) G
StepTree sample()
{
    return {leaf("A"), group(3, {leaf("B"), leaf("C")}, "r"), leaf("D"),
            group(2, {leaf("E"), group(4, {leaf("F")})}), leaf("G")};
}

using Paths = std::vector<StepPath>;

} // namespace

TEST(StepTreeEdit, SampleShape)
{
    EXPECT_EQ(shape(sample()), QStringLiteral("A 3x(B C | r) D 2x(E 4x(F)) G"));
}

TEST(StepTreeEdit, InsertAtTheTopInAGroupAndAtTheEnd)
{
    const StepTree tree = sample();
    auto top = insertNodes(tree, {}, 1, {leaf("X"), leaf("Y")});
    EXPECT_EQ(text(top), "A X Y 3x(B C | r) D 2x(E 4x(F)) G");
    EXPECT_EQ(top->paths, (Paths{{1}, {2}}));

    auto nested = insertNodes(tree, {3, 1}, 0, {leaf("X")});
    EXPECT_EQ(text(nested), "A 3x(B C | r) D 2x(E 4x(X F)) G");
    EXPECT_EQ(nested->paths, (Paths{{3, 1, 0}}));

    auto appended = insertNodes(tree, {1}, -1, {leaf("X")});
    EXPECT_EQ(text(appended), "A 3x(B C X | r) D 2x(E 4x(F)) G");
    EXPECT_EQ(appended->paths, (Paths{{1, 2}}));
    EXPECT_EQ(shape(tree), shape(sample())); // the input is left alone
}

TEST(StepTreeEdit, InsertRefusesBadPlaces)
{
    const StepTree tree = sample();
    EXPECT_FALSE(insertNodes(tree, {0}, 0, {leaf("X")}).ok()); // a step has no children
    EXPECT_FALSE(insertNodes(tree, {9}, 0, {leaf("X")}).ok());
    EXPECT_FALSE(insertNodes(tree, {1, kBetweenSets}, 0, {leaf("X")}).ok());
    EXPECT_FALSE(insertNodes(tree, {}, 6, {leaf("X")}).ok());
    EXPECT_FALSE(insertNodes(tree, {}, -2, {leaf("X")}).ok());
    EXPECT_FALSE(insertNodes(tree, {}, 0, {}).ok());
    EXPECT_EQ(insertNodes(tree, {}, 6, {leaf("X")}).errorMessage(),
              QStringLiteral("Row 6 is outside the session, which has 5 blocks."));
}

TEST(StepTreeEdit, RemoveSeveralAcrossLevels)
{
    auto removed = removeNodes(sample(), {{3, 1, 0}, {0}, {1, 1}});
    EXPECT_EQ(text(removed), "3x(B | r) D 2x(E 4x()) G");
    EXPECT_EQ(removed->paths, (Paths{{0}})); // what took A's place
}

TEST(StepTreeEdit, RemoveCoversChildrenOfRemovedGroups)
{
    auto removed = removeNodes(sample(), {{3, 0}, {3}, {3, 1, 0}, {3}});
    EXPECT_EQ(text(removed), "A 3x(B C | r) D G");
    EXPECT_EQ(removed->paths, (Paths{{3}}));
}

TEST(StepTreeEdit, RemoveTheRecoveryBetweenSets)
{
    auto removed = removeNodes(sample(), {{1, kBetweenSets}});
    EXPECT_EQ(text(removed), "A 3x(B C) D 2x(E 4x(F)) G");
    EXPECT_EQ(removed->paths, (Paths{{1}}));
    EXPECT_FALSE(removeNodes(removed->tree, {{1, kBetweenSets}}).ok()); // none left
}

TEST(StepTreeEdit, RemoveSelectsANeighbour)
{
    EXPECT_EQ(removeNodes(sample(), {{4}})->paths, (Paths{{3}}));
    EXPECT_EQ(removeNodes(sample(), {{3, 1, 0}})->paths, (Paths{{3, 1}}));
    EXPECT_TRUE(removeNodes({leaf("A")}, {{0}})->paths.empty());
}

TEST(StepTreeEdit, RemoveRefusesMissingPaths)
{
    EXPECT_EQ(removeNodes(sample(), {{0}, {1, 7}}).errorMessage(),
              QStringLiteral("No block at 2.8."));
    EXPECT_FALSE(removeNodes(sample(), {}).ok());
    EXPECT_FALSE(removeNodes(sample(), {{}}).ok());
    EXPECT_FALSE(removeNodes(sample(), {{3, kBetweenSets}}).ok());
}

TEST(StepTreeEdit, MoveDownWithinTheSameParentCountsRowsBeforeTheMove)
{
    // Dropping A between D and the second group: row 3 as the view showed it.
    auto moved = moveNodes(sample(), {{0}}, {}, 3);
    EXPECT_EQ(text(moved), "3x(B C | r) D A 2x(E 4x(F)) G");
    EXPECT_EQ(moved->paths, (Paths{{2}}));
}

TEST(StepTreeEdit, MoveUpWithinTheSameParent)
{
    auto moved = moveNodes(sample(), {{4}, {2}}, {}, 0);
    EXPECT_EQ(text(moved), "D G A 3x(B C | r) 2x(E 4x(F))");
    EXPECT_EQ(moved->paths, (Paths{{0}, {1}}));
}

TEST(StepTreeEdit, MoveToTheEndAndOntoItsOwnPlace)
{
    EXPECT_EQ(text(moveNodes(sample(), {{0}}, {}, -1)), "3x(B C | r) D 2x(E 4x(F)) G A");
    EXPECT_EQ(text(moveNodes(sample(), {{2}}, {}, 2)), "A 3x(B C | r) D 2x(E 4x(F)) G");
    EXPECT_EQ(text(moveNodes(sample(), {{2}}, {}, 3)), "A 3x(B C | r) D 2x(E 4x(F)) G");
}

TEST(StepTreeEdit, MoveIntoAGroupThatShiftsUp)
{
    // Taking A and D out moves the second group from 3 to 1.
    auto moved = moveNodes(sample(), {{0}, {2}}, {3, 1}, 1);
    EXPECT_EQ(text(moved), "3x(B C | r) 2x(E 4x(F A D)) G");
    EXPECT_EQ(moved->paths, (Paths{{1, 1, 1}, {1, 1, 2}}));
}

TEST(StepTreeEdit, MoveOutOfAGroup)
{
    auto moved = moveNodes(sample(), {{3, 1, 0}, {1, 0}}, {}, 0);
    EXPECT_EQ(text(moved), "B F A 3x(C | r) D 2x(E 4x()) G");
    EXPECT_EQ(moved->paths, (Paths{{0}, {1}}));
}

TEST(StepTreeEdit, MoveAGroupWithItsChildrenSelectedToo)
{
    auto moved = moveNodes(sample(), {{1, 0}, {1}}, {}, -1);
    EXPECT_EQ(text(moved), "A D 2x(E 4x(F)) G 3x(B C | r)");
    EXPECT_EQ(moved->paths, (Paths{{4}}));
}

TEST(StepTreeEdit, MoveRefusesAGroupIntoItselfOrItsDescendants)
{
    EXPECT_FALSE(moveNodes(sample(), {{3}}, {3}, 0).ok());
    EXPECT_FALSE(moveNodes(sample(), {{3}}, {3, 1}, 0).ok());
    EXPECT_EQ(moveNodes(sample(), {{0}, {3}}, {3, 1}, 0).errorMessage(),
              QStringLiteral("Group 4 cannot be moved into itself."));
    EXPECT_TRUE(moveNodes(sample(), {{3, 1}}, {3}, 0).ok()); // within, not into itself
}

TEST(StepTreeEdit, MoveRefusesTheRecoveryBetweenSetsAndBadTargets)
{
    EXPECT_FALSE(moveNodes(sample(), {{1, kBetweenSets}}, {}, 0).ok());
    EXPECT_FALSE(moveNodes(sample(), {{0}}, {2}, 0).ok()); // D is a step
    EXPECT_FALSE(moveNodes(sample(), {{0}}, {1}, 5).ok());
    EXPECT_FALSE(moveNodes(sample(), {{8}}, {}, 0).ok());
}

TEST(StepTreeEdit, ReplaceKeepsTheStepId)
{
    const StepTree tree{leaf("A", 41), group(2, {leaf("B", 42)})};
    Step changed = leaf("Z").step();
    changed.target = Duration::fromMinutes(20);
    auto replaced = replaceStep(tree, {1, 0}, changed);
    ASSERT_TRUE(replaced.ok());
    EXPECT_EQ(shape(replaced->tree), QStringLiteral("A 2x(Z)"));
    EXPECT_EQ(replaced->tree[1].group().children[0].step().id, StepId{42});
    EXPECT_EQ(replaced->paths, (Paths{{1, 0}}));
    EXPECT_FALSE(replaceStep(tree, {1}, changed).ok()); // a group is not a step
}

TEST(StepTreeEdit, ReplaceSetsOrAddsTheRecoveryBetweenSets)
{
    auto changed = replaceStep(sample(), {1, kBetweenSets}, leaf("R").step());
    EXPECT_EQ(text(changed), "A 3x(B C | R) D 2x(E 4x(F)) G");
    auto added = replaceStep(sample(), {3, kBetweenSets}, leaf("S").step());
    EXPECT_EQ(text(added), "A 3x(B C | r) D 2x(E 4x(F) | S) G");
    EXPECT_FALSE(replaceStep(sample(), {0, kBetweenSets}, leaf("S").step()).ok());
}

TEST(StepTreeEdit, WrapAdjacentSiblingsInARepeat)
{
    auto wrapped = wrapInRepeat(sample(), {{3}, {2}}, 5);
    EXPECT_EQ(text(wrapped), "A 3x(B C | r) 5x(D 2x(E 4x(F))) G");
    EXPECT_EQ(wrapped->paths, (Paths{{2}}));
    EXPECT_EQ(text(wrapInRepeat(sample(), {{1, 1}}, 2)), "A 3x(B 2x(C) | r) D 2x(E 4x(F)) G");
}

TEST(StepTreeEdit, WrapRefusesGapsMixedParentsAndBadCounts)
{
    EXPECT_FALSE(wrapInRepeat(sample(), {{0}, {2}}, 2).ok());
    EXPECT_FALSE(wrapInRepeat(sample(), {{0}, {1, 0}}, 2).ok());
    EXPECT_FALSE(wrapInRepeat(sample(), {{2}, {3, 0}}, 2).ok());
    EXPECT_FALSE(wrapInRepeat(sample(), {{0}}, 0).ok());
    EXPECT_FALSE(wrapInRepeat(sample(), {{1, kBetweenSets}}, 2).ok());
}

TEST(StepTreeEdit, SetRepeatCount)
{
    EXPECT_EQ(text(setRepeatCount(sample(), {3, 1}, 6)), "A 3x(B C | r) D 2x(E 6x(F)) G");
    EXPECT_FALSE(setRepeatCount(sample(), {0}, 2).ok());
    EXPECT_FALSE(setRepeatCount(sample(), {1}, 0).ok());
    EXPECT_FALSE(setRepeatCount(sample(), {1, kBetweenSets}, 2).ok());
}

TEST(StepTreeEdit, TopMostPathsInTreeOrder)
{
    EXPECT_EQ(topMostPaths({{2}, {1, kBetweenSets}, {1, 0}, {0}, {1, kBetweenSets}}),
              (Paths{{0}, {1, 0}, {1, kBetweenSets}, {2}}));
    EXPECT_EQ(topMostPaths({{1, kBetweenSets}, {3, 1, 0}, {1}, {3}}), (Paths{{1}, {3}}));
    EXPECT_TRUE(treeOrderLess({1, 5}, {1, kBetweenSets}));
    EXPECT_TRUE(treeOrderLess({1}, {1, 0}));
    EXPECT_TRUE(isInside({1, kBetweenSets}, {1}));
    EXPECT_FALSE(isInside({1}, {1}));
}

TEST(StepTreeEdit, CountsStayWithinWhatTheNotationAndJsonRead)
{
    EXPECT_TRUE(setRepeatCount(sample(), {1}, kMaxRepeatCount).ok());
    const auto tooMany = setRepeatCount(sample(), {1}, kMaxRepeatCount + 1);
    ASSERT_FALSE(tooMany.ok());
    EXPECT_EQ(tooMany.errorMessage(),
              QStringLiteral("A repeat count must be from 1 to 100, not 101."));
    EXPECT_FALSE(wrapInRepeat(sample(), {{0}}, kMaxRepeatCount + 1).ok());
}

TEST(StepTreeEdit, RepeatsNestNoDeeperThanTheLimit)
{
    // "2x(E 4x(F))" is two deep; six more levels around it reach the limit of eight.
    StepTree deep = sample();
    for (int level = 2; level < kMaxRepeatNesting; ++level)
        deep = {group(2, std::move(deep))};
    EXPECT_EQ(repeatDepth(deep), kMaxRepeatNesting);
    const auto wrapped = wrapInRepeat(deep, {{0}}, 2);
    ASSERT_FALSE(wrapped.ok());
    EXPECT_EQ(wrapped.errorMessage(), QStringLiteral("Repeats nest at most 8 deep."));
    EXPECT_FALSE(insertNodes(sample(), {3, 1}, 0, {deep.front()}).ok());
    StepTree withGroup = deep;
    withGroup.push_back(group(2, {leaf("H")}));
    EXPECT_FALSE(moveNodes(withGroup, {{1}}, {0, 0, 0, 0, 0, 0, 3, 1}, 0).ok());
    // Edits that do not nest deeper still work at the limit, and on a tree already
    // deeper than it (from an older file).
    EXPECT_TRUE(insertNodes(deep, {}, 0, {leaf("X")}).ok());
    StepTree deeper = {group(2, std::move(deep))};
    EXPECT_EQ(repeatDepth(deeper), kMaxRepeatNesting + 1);
    EXPECT_TRUE(setRepeatCount(deeper, {0}, 3).ok());
    EXPECT_TRUE(removeNodes(deeper, {{0, 0, 0, 0, 0, 0, 0, 0}}).ok());
    EXPECT_TRUE(repeatDepth({}) == 0 && repeatDepth({leaf("A")}) == 0);
}
