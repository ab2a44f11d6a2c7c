// Migration 4 on logs written at versions 3 and 1: rest_day and the microcycle tables
// appear, table step is rebuilt with a third owner, and everything already there
// (steps, their ids, the reps linked to them, drafts) reads back as it was.

#include "OldLogWriter.h"
#include "RawSql.h"
#include "StoreTestSupport.h"
#include "core/science/LoadMeasures.h"
#include "core/store/AthleteStore.h"
#include "core/store/DraftStore.h"
#include "core/store/MicrocycleStore.h"
#include "core/store/PlanStore.h"
#include "core/store/SessionStore.h"
#include "core/store/TemplateStore.h"

using namespace paceline;
using namespace paceline::test;

namespace {

class MigrationFour : public ::testing::Test {
protected:
    void SetUp() override { ASSERT_TRUE(m_dir.isValid()); }

    /// An athlete, a template, a plan, a session whose work reps ran the plan's 400 m
    /// step, and a draft, written by the version-3 stores (the session as version 1
    /// wrote it: the session store writes version 5's columns).
    void buildVersionThree()
    {
        OldLogWriter log(m_path, 3);
        m_athlete = sampleAthlete();
        ASSERT_TRUE(AthleteStore(log.database()).insert(m_athlete).ok());
        m_template = richTemplate();
        ASSERT_TRUE(TemplateStore(log.database()).insert(m_template).ok());
        m_plan = samplePlan(m_athlete.id, m_day);
        m_plan.templateId = m_template.id;
        ASSERT_TRUE(PlanStore(log.database()).insert(m_plan).ok());
        m_session = sampleSession(m_athlete.id, m_day);
        m_session.plannedSessionId = m_plan.id;
        for (Rep& rep : m_session.reps) {
            if (rep.kind == RepKind::Work)
                rep.plannedStepId = fastStep();
        }
        log.insertSession(m_session);
        m_draft = EntryDraft{m_athlete.id, m_session.id, QByteArray("{\"title\":\"half"),
                             QDateTime(m_day, QTime(19, 0), Qt::UTC)};
        ASSERT_TRUE(DraftStore(log.database()).save(m_draft).ok());
    }

    StepId fastStep() const
    {
        return m_plan.steps[1].group().children[0].group().children[0].step().id;
    }

    QTemporaryDir m_dir;
    QString m_path = m_dir.filePath(QStringLiteral("v3.sqlite"));
    const QDate m_day{2024, 6, 4};
    Athlete m_athlete;
    SessionTemplate m_template;
    PlannedSession m_plan;
    LoggedSession m_session;
    EntryDraft m_draft;
};

} // namespace

TEST_F(MigrationFour, VersionThreeLogKeepsItsData)
{
    buildVersionThree();
    int stepRows = 0;
    {
        RawSql raw(m_path);
        ASSERT_EQ(raw.value(QStringLiteral("PRAGMA user_version")).toInt(), 3);
        stepRows = raw.value(QStringLiteral("SELECT count(*) FROM step")).toInt();
    }
    std::unique_ptr<LogStore> store = openOrFail(m_path);
    ASSERT_TRUE(store);
    EXPECT_EQ(store->schemaVersion(), LogStore::latestSchemaVersion());
    EXPECT_EQ(*store->athletes().find(m_athlete.id), m_athlete);
    EXPECT_EQ(*store->templates().find(m_template.id), m_template);
    EXPECT_EQ(*store->plans().find(m_plan.id), m_plan);               // the same step ids
    m_session.loadFigures = sessionLoadFigures(m_session, m_athlete); // migration 5
    EXPECT_EQ(*store->sessions().find(m_session.id), m_session);
    EXPECT_EQ(*store->drafts().find(m_athlete.id), std::optional<EntryDraft>(m_draft));
    EXPECT_EQ(store->plans().completions(m_athlete.id, m_day, m_day)->at(m_plan.id), m_session.id);
    EXPECT_TRUE(store->checkIntegrity().ok());
    RawSql raw(m_path);
    EXPECT_EQ(raw.value(QStringLiteral("SELECT count(*) FROM step")).toInt(), stepRows);
    EXPECT_EQ(raw.value(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = "
                                       "'step_by_microcycle_session'"))
                  .toInt(),
              1);
}

TEST_F(MigrationFour, RebuiltStepTableKeepsItsForeignKeys)
{
    buildVersionThree();
    std::unique_ptr<LogStore> store = openOrFail(m_path);
    ASSERT_TRUE(store);
    // rep.planned_step_id must point at the new table: deleting the plan clears it.
    ASSERT_TRUE(store->plans().remove(m_plan.id).ok());
    const LoggedSession unlinked = *store->sessions().find(m_session.id);
    EXPECT_FALSE(unlinked.plannedSessionId.has_value());
    for (const Rep& rep : unlinked.reps)
        EXPECT_FALSE(rep.plannedStepId.has_value());
    // Template steps still go with their template.
    ASSERT_TRUE(store->templates().remove(m_template.id).ok());
    RawSql raw(m_path);
    EXPECT_EQ(raw.value(QStringLiteral("SELECT count(*) FROM step")).toInt(), 0);
    // A step still needs exactly one owner.
    QSqlQuery orphan(raw.database());
    EXPECT_FALSE(orphan.exec(
        QStringLiteral("INSERT INTO step (position, node, kind) VALUES (0, 'step', 'work')")));
}

TEST_F(MigrationFour, UpgradedLogStoresRestDaysAndMicrocycles)
{
    buildVersionThree();
    std::unique_ptr<LogStore> store = openOrFail(m_path);
    ASSERT_TRUE(store);
    const RestDay rest{m_athlete.id, m_day.addDays(1), QStringLiteral("after the ladders")};
    ASSERT_TRUE(store->plans().setRestDay(rest).ok());
    EXPECT_EQ(*store->plans().restDays(m_athlete.id, m_day, m_day.addDays(6)),
              (std::vector<RestDay>{rest}));
    MicrocycleTemplate microcycle = sampleMicrocycle();
    ASSERT_TRUE(store->microcycles().insert(microcycle).ok());
    EXPECT_EQ(*store->microcycles().find(microcycle.id), microcycle);
    EXPECT_EQ(*store->plans().find(m_plan.id), m_plan);
    EXPECT_TRUE(store->checkIntegrity().ok());
}

TEST_F(MigrationFour, VersionOneLogIsUpgradedThroughEveryMigration)
{
    {
        OldLogWriter log(m_path, 1);
        m_athlete = sampleAthlete();
        ASSERT_TRUE(AthleteStore(log.database()).insert(m_athlete).ok());
        m_plan = samplePlan(m_athlete.id, m_day);
        ASSERT_TRUE(PlanStore(log.database()).insert(m_plan).ok());
        m_session = sampleSession(m_athlete.id, m_day);
        m_session.plannedSessionId = m_plan.id;
        m_session.reps.front().plannedStepId = fastStep();
        log.insertSession(m_session);
    }
    std::unique_ptr<LogStore> store = openOrFail(m_path);
    ASSERT_TRUE(store);
    EXPECT_EQ(store->schemaVersion(), LogStore::latestSchemaVersion());
    EXPECT_EQ(*store->plans().find(m_plan.id), m_plan);
    LoggedSession upgraded = *store->sessions().find(m_session.id);
    EXPECT_EQ(upgraded.reps.front().plannedStepId, std::optional(fastStep()));
    EXPECT_TRUE(store->microcycles().all()->empty());
    EXPECT_TRUE(store->checkIntegrity().ok());
}
