#include "RawSql.h"
#include "StoreTestSupport.h"
#include "core/store/AthleteStore.h"
#include "core/store/Connection.h"
#include "core/store/DraftStore.h"
#include "core/store/MicrocycleStore.h"
#include "core/store/Migrations.h"
#include "core/store/PlanStore.h"
#include "core/store/SessionStore.h"
#include "core/store/TemplateStore.h"

#include <QFile>

using namespace paceline;
using namespace paceline::test;

namespace {

class ReadOnly : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        auto store = LogStore::open(m_path);
        ASSERT_TRUE(store.ok());
        m_athlete = sampleAthlete();
        ASSERT_TRUE((*store)->athletes().insert(m_athlete).ok());
        m_session = sampleSession(m_athlete.id, QDate(2024, 2, 2));
        ASSERT_TRUE((*store)->sessions().insert(m_session).ok());
        m_restDay = RestDay{m_athlete.id, QDate(2024, 2, 5), QStringLiteral("long weekend")};
        ASSERT_TRUE((*store)->plans().setRestDay(m_restDay).ok());
        ASSERT_TRUE((*store)->microcycles().insert(m_microcycle).ok());
    }

    void TearDown() override
    {
        QFile::setPermissions(m_path, QFile::ReadOwner | QFile::WriteOwner);
    }

    /// Every kind of write fails with a message that says read-only and names the file.
    void expectWritesRefused(LogStore& store)
    {
        Athlete athlete = sampleAthlete(QStringLiteral("New"));
        SessionTemplate sessionTemplate = richTemplate();
        PlannedSession plan = samplePlan(m_athlete.id, QDate(2024, 2, 3));
        LoggedSession session = m_session;
        MicrocycleTemplate microcycle = sampleMicrocycle();
        const Status results[] = {
            store.athletes().insert(athlete),
            store.athletes().update(m_athlete),
            store.athletes().remove(m_athlete.id),
            store.templates().insert(sessionTemplate),
            store.plans().insert(plan),
            store.sessions().insert(session),
            store.sessions().update(session),
            store.sessions().remove(m_session.id),
            store.drafts().save(EntryDraft{m_athlete.id, m_session.id, QByteArray("{}"),
                                           QDateTime::currentDateTimeUtc()}),
            store.drafts().discard(m_athlete.id),
            store.plans().setRestDay(RestDay{m_athlete.id, QDate(2024, 2, 4), QStringLiteral("x")}),
            store.plans().clearRestDay(m_athlete.id, m_restDay.date),
            store.microcycles().insert(microcycle),
            store.microcycles().update(m_microcycle),
            store.microcycles().remove(m_microcycle.id),
            store.transaction([] { return Status(); }),
        };
        for (const Status& result : results) {
            ASSERT_FALSE(result.ok());
            EXPECT_TRUE(result.errorMessage().contains(QStringLiteral("read-only")))
                << result.errorMessage().toStdString();
            EXPECT_TRUE(result.errorMessage().contains(m_path));
        }
        EXPECT_FALSE(athlete.id.isValid());
    }

    void expectReadable(LogStore& store)
    {
        EXPECT_EQ(*store.athletes().find(m_athlete.id), m_athlete);
        EXPECT_EQ(*store.sessions().find(m_session.id), m_session);
        auto loads =
            store.sessions().dailyLoads(m_athlete.id, QDate(2024, 2, 1), QDate(2024, 2, 29));
        ASSERT_TRUE(loads.ok()) << loads.errorMessage().toStdString();
        EXPECT_EQ(loads->size(), 1u);
        EXPECT_EQ(*store.plans().restDays(m_athlete.id, m_restDay.date, m_restDay.date),
                  (std::vector<RestDay>{m_restDay}));
        EXPECT_EQ(*store.microcycles().find(m_microcycle.id), m_microcycle);
    }

    QTemporaryDir m_dir;
    QString m_path = m_dir.filePath(QStringLiteral("log.sqlite"));
    Athlete m_athlete;
    LoggedSession m_session;
    RestDay m_restDay;
    MicrocycleTemplate m_microcycle = sampleMicrocycle();
};

} // namespace

TEST_F(ReadOnly, WriteProtectedFileOpensReadOnly)
{
    ASSERT_TRUE(
        QFile::setPermissions(m_path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
    const FileState before = FileState::of(m_path);
    {
        auto store = LogStore::open(m_path);
        ASSERT_TRUE(store.ok()) << store.error().message.toStdString();
        EXPECT_TRUE((*store)->isReadOnly());
        EXPECT_TRUE((*store)->readOnlyReason().contains(QStringLiteral("write-protected")));
        expectReadable(**store);
        expectWritesRefused(**store);
    }
    const FileState after = FileState::of(m_path);
    EXPECT_TRUE(after == before);
    EXPECT_FALSE(after.wal);
    EXPECT_FALSE(after.shm);
}

TEST_F(ReadOnly, ReadOnlyOnRequest)
{
    const FileState before = FileState::of(m_path);
    {
        auto store = LogStore::open(m_path, OpenOptions{true});
        ASSERT_TRUE(store.ok()) << store.error().message.toStdString();
        EXPECT_TRUE((*store)->isReadOnly());
        EXPECT_TRUE((*store)->readOnlyReason().contains(QStringLiteral("on request")));
        expectReadable(**store);
        expectWritesRefused(**store);
    }
    EXPECT_TRUE(FileState::of(m_path) == before);
}

TEST_F(ReadOnly, ReadOnlySeesWhatAnOpenWriterCommitted)
{
    auto writer = LogStore::open(m_path);
    ASSERT_TRUE(writer.ok());
    Athlete athlete = sampleAthlete(QStringLiteral("Added while open"));
    ASSERT_TRUE((*writer)->athletes().insert(athlete).ok());
    auto reader = LogStore::open(m_path, OpenOptions{true});
    ASSERT_TRUE(reader.ok()) << reader.error().message.toStdString();
    EXPECT_EQ(*(*reader)->athletes().find(athlete.id), athlete);
}

TEST_F(ReadOnly, MissingFileCannotBeOpenedReadOnly)
{
    const QString path = m_dir.filePath(QStringLiteral("missing.sqlite"));
    auto store = LogStore::open(path, OpenOptions{true});
    ASSERT_FALSE(store.ok());
    EXPECT_EQ(store.error().problem, OpenProblem::CannotOpen);
    EXPECT_EQ(store.error().message,
              QStringLiteral("'%1' does not exist, and a new log cannot be created because "
                             "read-only access was requested.")
                  .arg(path));
    EXPECT_FALSE(QFile::exists(path));
}

TEST_F(ReadOnly, OldVersionCannotBeUpgradedReadOnly)
{
    const QString path = m_dir.filePath(QStringLiteral("old.sqlite"));
    {
        ScopedConnection connection(QStringLiteral("test-old"));
        QSqlDatabase database = connection.database();
        database.setDatabaseName(path);
        ASSERT_TRUE(database.open());
        ASSERT_TRUE(Migrations::applyUpTo(database, 1).ok());
        database.close();
    }
    const FileState before = FileState::of(path);
    // The refusal names the cause, and never says the log "was opened".
    auto onRequest = LogStore::open(path, OpenOptions{true});
    ASSERT_FALSE(onRequest.ok());
    EXPECT_EQ(onRequest.error().problem, OpenProblem::MigrationFailed);
    EXPECT_EQ(onRequest.error().message,
              QStringLiteral("'%1' has schema version 1 and must be upgraded to version %2 "
                             "before it can be opened, which cannot be done because read-only "
                             "access was requested. It was left unchanged.")
                  .arg(path)
                  .arg(LogStore::latestSchemaVersion()));

    ASSERT_TRUE(QFile::setPermissions(path, QFile::ReadOwner));
    auto protectedFile = LogStore::open(path);
    ASSERT_FALSE(protectedFile.ok());
    EXPECT_EQ(protectedFile.error().problem, OpenProblem::MigrationFailed);
    EXPECT_TRUE(protectedFile.error().message.contains(path));
    EXPECT_TRUE(protectedFile.error().message.contains(QStringLiteral("write-protected")))
        << protectedFile.error().message.toStdString();
    EXPECT_FALSE(protectedFile.error().message.contains(QStringLiteral("was opened")));
    EXPECT_TRUE(FileState::of(path) == before);
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
}
