// Undo restores a removed template with the id it had, as it does for athletes.

#include "RawSql.h"
#include "StoreTestSupport.h"
#include "core/model/StepPath.h"
#include "core/store/TemplateStore.h"

using namespace paceline;
using namespace paceline::test;

namespace {

class TemplateRestore : public StoreTest {};

/// The same tree with every id cleared: steps of a restored template are new rows.
StepTree shapeOf(const StepTree& tree)
{
    return withoutIds(tree);
}

} // namespace

TEST_F(TemplateRestore, NewTemplatesGetAFreshId)
{
    SessionTemplate first = richTemplate();
    SessionTemplate second = richTemplate();
    ASSERT_TRUE(store().templates().insert(first).ok());
    ASSERT_TRUE(store().templates().insert(second).ok());
    EXPECT_TRUE(first.id.isValid());
    EXPECT_NE(first.id, second.id);
}

TEST_F(TemplateRestore, RemovedTemplateComesBackWithItsIdAndSteps)
{
    SessionTemplate kept = richTemplate();
    SessionTemplate removed = richTemplate();
    removed.name = QStringLiteral("Removed");
    ASSERT_TRUE(store().templates().insert(removed).ok());
    ASSERT_TRUE(store().templates().insert(kept).ok());
    const SessionTemplate snapshot = removed;
    ASSERT_TRUE(store().templates().remove(removed.id).ok());

    SessionTemplate restored = snapshot;
    ASSERT_TRUE(store().templates().insert(restored).ok());
    EXPECT_EQ(restored.id, snapshot.id);
    Result<SessionTemplate> found = store().templates().find(snapshot.id);
    ASSERT_TRUE(found.ok());
    EXPECT_EQ(found->name, QStringLiteral("Removed"));
    EXPECT_EQ(shapeOf(found->steps), shapeOf(snapshot.steps));
    EXPECT_EQ(*found, restored); // the step ids written back are those stored
    EXPECT_EQ(store().templates().all()->size(), 2u);
}

TEST_F(TemplateRestore, ATakenIdFailsAndLeavesNothing)
{
    SessionTemplate stored = richTemplate();
    ASSERT_TRUE(store().templates().insert(stored).ok());
    SessionTemplate clash = richTemplate();
    clash.name = QStringLiteral("Clash");
    clash.id = stored.id;
    const SessionTemplate before = clash;
    RawSql raw(store().path());
    const QString countSteps = QStringLiteral("SELECT count(*) FROM step");
    const int stepRows = raw.value(countSteps).toInt();

    EXPECT_FALSE(store().templates().insert(clash).ok());
    EXPECT_EQ(clash, before); // ids in the tree are put back too
    EXPECT_EQ(store().templates().all()->size(), 1u);
    EXPECT_EQ(*store().templates().find(stored.id), stored);
    EXPECT_EQ(raw.value(countSteps).toInt(), stepRows);
}
