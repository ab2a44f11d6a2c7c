#include "RawSql.h"
#include "StoreTestSupport.h"
#include "core/store/MicrocycleStore.h"
#include "core/store/PlanStore.h"
#include "core/store/SessionStore.h"
#include "core/store/TemplateStore.h"

using namespace paceline;
using namespace paceline::test;

// Rows that this build cannot make sense of, written behind the store's back: reading
// them must report damage naming the table and row, never crash or guess.

namespace {

class Damage : public StoreTest {};

} // namespace

TEST_F(Damage, UnknownEnumIdReadBackIsReportedAsDamage)
{
    LoggedSession session = simpleSession(athleteId(), QDate(2024, 5, 7), Sport::Run, 30, 4);
    ASSERT_TRUE(store().sessions().insert(session).ok());
    {
        RawSql raw(store().path());
        raw.exec(QStringLiteral("UPDATE logged_session SET sport = 'kayak'"));
    }
    Result<LoggedSession> found = store().sessions().find(session.id);
    ASSERT_FALSE(found.ok());
    EXPECT_TRUE(found.errorMessage().contains(QStringLiteral("damaged")));
    EXPECT_TRUE(found.errorMessage().contains(QStringLiteral("kayak")))
        << found.errorMessage().toStdString();
    auto loads = store().sessions().dailyLoads(athleteId(), QDate(2024, 5, 1), QDate(2024, 5, 31));
    EXPECT_FALSE(loads.ok());
}

TEST_F(Damage, MalformedDayIsReported)
{
    PlannedSession plan = samplePlan(athleteId(), QDate(2024, 5, 7));
    ASSERT_TRUE(store().plans().insert(plan).ok());
    {
        RawSql raw(store().path());
        raw.exec(QStringLiteral("UPDATE planned_session SET day = '2024-13-45'"));
    }
    Result<PlannedSession> found = store().plans().find(plan.id);
    ASSERT_FALSE(found.ok());
    EXPECT_TRUE(found.errorMessage().contains(
        QStringLiteral("planned_session row %1: column day holds '2024-13-45'").arg(plan.id.value)))
        << found.errorMessage().toStdString();
}

TEST_F(Damage, StepsNestedTooDeepAreReported)
{
    SessionTemplate sessionTemplate;
    sessionTemplate.name = QStringLiteral("Deep");
    ASSERT_TRUE(store().templates().insert(sessionTemplate).ok());
    {
        RawSql raw(store().path());
        QVariant parent; // NULL: the top level
        for (int level = 0; level < 20; ++level) {
            raw.exec(QStringLiteral("INSERT INTO step (template_id, parent_id, position, node, "
                                    "repeat_count) VALUES (%1, %2, 0, 'group', 2)")
                         .arg(sessionTemplate.id.value)
                         .arg(parent.isNull() ? QStringLiteral("NULL") : parent.toString()));
            parent = raw.value(QStringLiteral("SELECT last_insert_rowid()"));
        }
    }
    Result<SessionTemplate> found = store().templates().find(sessionTemplate.id);
    ASSERT_FALSE(found.ok());
    EXPECT_TRUE(found.errorMessage().contains(QStringLiteral("nested more than 16 levels")))
        << found.errorMessage().toStdString();
}

TEST_F(Damage, IntegrityCheckReportsARowThatLostItsParent)
{
    EXPECT_TRUE(store().checkIntegrity().ok());
    {
        RawSql raw(store().path()); // foreign keys are off on a plain connection
        raw.exec(QStringLiteral("INSERT INTO rep (session_id, position, kind, time_s) "
                                "VALUES (999, 0, 'work', 60)"));
    }
    const Status checked = store().checkIntegrity();
    ASSERT_FALSE(checked.ok());
    EXPECT_TRUE(checked.errorMessage().contains(
        QStringLiteral("a row of rep refers to a missing row of logged_session")))
        << checked.errorMessage().toStdString();
    EXPECT_TRUE(checked.errorMessage().contains(store().path()));
}

TEST_F(Damage, MalformedRestDayIsReported)
{
    ASSERT_TRUE(store().plans().setRestDay({athleteId(), QDate(2024, 5, 7), QString()}).ok());
    {
        RawSql raw(store().path());
        raw.exec(QStringLiteral("UPDATE rest_day SET day = '2024-05-45'"));
    }
    auto found = store().plans().restDays(athleteId(), QDate(2024, 4, 1), QDate(2024, 6, 30));
    ASSERT_FALSE(found.ok());
    EXPECT_TRUE(found.errorMessage().contains(QStringLiteral("column day holds '2024-05-45'")))
        << found.errorMessage().toStdString();
}

TEST_F(Damage, UnknownValuesInMicrocyclesAreReported)
{
    MicrocycleTemplate microcycle = sampleMicrocycle();
    ASSERT_TRUE(store().microcycles().insert(microcycle).ok());
    {
        RawSql raw(store().path());
        raw.exec(QStringLiteral("UPDATE step SET zone = 'Z9' WHERE intensity = 'zone'"));
    }
    auto zone = store().microcycles().find(microcycle.id);
    ASSERT_FALSE(zone.ok());
    EXPECT_TRUE(zone.errorMessage().contains(QStringLiteral("Z9")));
    {
        RawSql raw(store().path());
        raw.exec(QStringLiteral("UPDATE step SET zone = 'E' WHERE zone = 'Z9'"));
        raw.exec(QStringLiteral("UPDATE microcycle_session SET sport = 'kayak' WHERE day = 5"));
    }
    auto sport = store().microcycles().all();
    ASSERT_FALSE(sport.ok());
    EXPECT_TRUE(sport.errorMessage().contains(QStringLiteral("microcycle_session row")))
        << sport.errorMessage().toStdString();
    EXPECT_TRUE(sport.errorMessage().contains(QStringLiteral("kayak")));
}
