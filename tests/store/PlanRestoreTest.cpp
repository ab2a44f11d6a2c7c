// Undoing the removal of a plan brings it back with its id and its step ids.

#include "RawSql.h"
#include "StoreTestSupport.h"
#include "core/store/PlanStore.h"
#include "core/store/SessionStore.h"
#include "core/store/TemplateStore.h"

using namespace paceline;
using namespace paceline::test;

namespace {

void collectIds(const StepNode& node, std::vector<StepId>& ids)
{
    if (node.isStep()) {
        ids.push_back(node.step().id);
        return;
    }
    ids.push_back(node.group().id);
    for (const StepNode& child : node.group().children)
        collectIds(child, ids);
    if (node.group().recoveryBetweenSets)
        ids.push_back(node.group().recoveryBetweenSets->id);
}

std::vector<StepId> stepIdsOf(const StepTree& tree)
{
    std::vector<StepId> ids;
    for (const StepNode& node : tree)
        collectIds(node, ids);
    return ids;
}

class PlanRestore : public StoreTest {
protected:
    PlanStore& plans() { return store().plans(); }

    int rows(const QString& table) const
    {
        RawSql raw(m_store->path());
        return raw.value(QStringLiteral("SELECT count(*) FROM %1").arg(table)).toInt();
    }

    /// A session logged against `plan` whose work reps carried out its 400 m step.
    LoggedSession logAgainst(const PlannedSession& plan)
    {
        LoggedSession session = sampleSession(plan.athleteId, plan.date);
        session.plannedSessionId = plan.id;
        for (Rep& rep : session.reps) {
            if (rep.kind == RepKind::Work)
                rep.plannedStepId = fastStep(plan);
        }
        EXPECT_TRUE(store().sessions().insert(session).ok());
        return session;
    }

    static StepId fastStep(const PlannedSession& plan)
    {
        return plan.steps[1].group().children[0].group().children[0].step().id;
    }

    const QDate m_day{2024, 6, 4};
};

} // namespace

TEST_F(PlanRestore, RemovedPlanComesBackWithItsIdAndStepIds)
{
    PlannedSession removed = samplePlan(athleteId(), m_day);
    PlannedSession kept = samplePlan(athleteId(), m_day.addDays(1));
    ASSERT_TRUE(plans().insert(removed).ok());
    ASSERT_TRUE(plans().insert(kept).ok());
    const PlannedSession snapshot = removed;
    ASSERT_TRUE(plans().remove(removed.id).ok());

    PlannedSession restored = snapshot;
    ASSERT_TRUE(plans().insert(restored).ok());
    EXPECT_EQ(restored, snapshot); // same plan id, same step ids
    EXPECT_EQ(*plans().find(snapshot.id), snapshot);
    EXPECT_EQ(plans().inRange(athleteId(), m_day, m_day.addDays(1))->size(), 2u);
}

TEST_F(PlanRestore, TakenPlanIdIsRefusedWithNothingWritten)
{
    PlannedSession stored = samplePlan(athleteId(), m_day);
    ASSERT_TRUE(plans().insert(stored).ok());
    PlannedSession clash = samplePlan(athleteId(), m_day.addDays(2));
    clash.id = stored.id;
    const PlannedSession before = clash;
    const int steps = rows(QStringLiteral("step"));

    const Status refused = plans().insert(clash);
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.errorMessage().contains(
        QStringLiteral("already a planned session with id %1").arg(stored.id.value)))
        << refused.errorMessage().toStdString();
    EXPECT_EQ(clash, before);
    EXPECT_EQ(rows(QStringLiteral("planned_session")), 1);
    EXPECT_EQ(rows(QStringLiteral("step")), steps);
    EXPECT_EQ(*plans().find(stored.id), stored);
}

TEST_F(PlanRestore, StepIdsHeldByAnotherOwnerAreReplaced)
{
    // Copying a plan (Ctrl-drag) or planning from a template brings their step ids.
    SessionTemplate source = richTemplate();
    ASSERT_TRUE(store().templates().insert(source).ok());
    PlannedSession fromTemplate = samplePlan(athleteId(), m_day);
    fromTemplate.steps = source.steps;
    ASSERT_TRUE(plans().insert(fromTemplate).ok());
    PlannedSession copy = fromTemplate;
    copy.id = {};
    ASSERT_TRUE(plans().insert(copy).ok());

    const std::vector<StepId> templateIds = stepIdsOf(source.steps);
    const std::vector<StepId> planIds = stepIdsOf(fromTemplate.steps);
    const std::vector<StepId> copyIds = stepIdsOf(copy.steps);
    for (std::size_t i = 0; i < templateIds.size(); ++i) {
        EXPECT_NE(planIds[i], templateIds[i]);
        EXPECT_NE(copyIds[i], planIds[i]);
    }
    EXPECT_EQ(*store().templates().find(source.id), source);
    EXPECT_EQ(*plans().find(fromTemplate.id), fromTemplate);
    EXPECT_EQ(*plans().find(copy.id), copy);
}

TEST_F(PlanRestore, AnIdTwiceInTheTreeIsKeptOnce)
{
    PlannedSession plan = samplePlan(athleteId(), m_day);
    plan.steps[0].step().id = StepId{5000};
    plan.steps[2].step().id = StepId{5000};
    ASSERT_TRUE(plans().insert(plan).ok());
    EXPECT_EQ(plan.steps[0].step().id, StepId{5000});
    EXPECT_NE(plan.steps[2].step().id, StepId{5000});
    EXPECT_EQ(*plans().find(plan.id), plan);
}

TEST_F(PlanRestore, DeletingUnlinksSessionsAndRepsAndRestoringDoesNotRelink)
{
    PlannedSession plan = samplePlan(athleteId(), m_day);
    ASSERT_TRUE(plans().insert(plan).ok());
    const LoggedSession logged = logAgainst(plan);
    ASSERT_TRUE(plans().completions(athleteId(), m_day, m_day)->count(plan.id));

    const PlannedSession snapshot = plan;
    ASSERT_TRUE(plans().remove(plan.id).ok());
    LoggedSession unlinked = *store().sessions().find(logged.id);
    EXPECT_FALSE(unlinked.plannedSessionId.has_value());
    for (const Rep& rep : unlinked.reps)
        EXPECT_FALSE(rep.plannedStepId.has_value()); // ON DELETE SET NULL

    PlannedSession restored = snapshot;
    ASSERT_TRUE(plans().insert(restored).ok());
    EXPECT_TRUE(plans().completions(athleteId(), m_day, m_day)->empty());
    // The step ids are the old ones, so whoever undoes the removal can link again.
    EXPECT_EQ(*store().sessions().find(logged.id), unlinked);
    LoggedSession relinked = logged;
    ASSERT_TRUE(store().sessions().update(relinked).ok());
    EXPECT_EQ(*store().sessions().find(logged.id), logged);
    EXPECT_EQ(plans().completions(athleteId(), m_day, m_day)->at(restored.id), logged.id);
}
