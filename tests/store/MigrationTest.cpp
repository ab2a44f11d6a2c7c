#include "OldLogWriter.h"
#include "RawSql.h"
#include "StoreTestSupport.h"
#include "core/store/AthleteStore.h"
#include "core/store/Connection.h"
#include "core/store/Database.h"
#include "core/store/LogStoreOpener.h"
#include "core/store/Migrations.h"
#include "core/store/SessionStore.h"

#include <QFile>

#include <chrono>
#include <future>
#include <thread>
#include <tuple>

using namespace paceline;
using namespace paceline::test;

namespace {

class MigrationTest : public ::testing::Test {
protected:
    void SetUp() override { ASSERT_TRUE(m_dir.isValid()); }

    /// A version-1 log as that build wrote it: one athlete, three sessions.
    void buildVersionOne()
    {
        OldLogWriter log(m_path, 1);
        Athlete athlete = sampleAthlete();
        ASSERT_TRUE(AthleteStore(log.database()).insert(athlete).ok());
        m_athlete = athlete.id;
        const std::tuple<int, double, double> rows[] = {
            {3, 40.0, 7.0}, {3, 20.0, 3.0}, {5, 30.0, 5.0}};
        for (auto [day, minutes, rpe] : rows) {
            LoggedSession session =
                simpleSession(m_athlete, QDate(2024, 6, day), Sport::Run, minutes, rpe, 5000.0);
            log.insertSession(session);
        }
    }

    static Migration broken(int version)
    {
        return {version,
                QStringLiteral("half-done change"),
                [](QSqlDatabase& database) {
                    return Migrations::execAll(
                        database, {QStringLiteral("CREATE TABLE half_done (x)"),
                                   QStringLiteral("INSERT INTO missing_table VALUES (1)")});
                },
                {}};
    }

    QTemporaryDir m_dir;
    QString m_path = m_dir.filePath(QStringLiteral("old.sqlite"));
    AthleteId m_athlete;
};

} // namespace

TEST_F(MigrationTest, MigrationsAreConsecutiveAndDescribed)
{
    const std::vector<Migration>& list = Migrations::all();
    ASSERT_FALSE(list.empty());
    for (std::size_t i = 0; i < list.size(); ++i) {
        EXPECT_EQ(list[i].version, int(i) + 1);
        EXPECT_FALSE(list[i].description.isEmpty());
        EXPECT_TRUE(bool(list[i].apply));
    }
    EXPECT_EQ(LogStore::latestSchemaVersion(), list.back().version);
}

TEST_F(MigrationTest, VersionOneFileIsUpgradedWithBackfilledDailyLoad)
{
    buildVersionOne();
    {
        RawSql raw(m_path);
        EXPECT_EQ(raw.value(QStringLiteral("PRAGMA user_version")).toInt(), 1);
        EXPECT_EQ(raw.value(QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE name = "
                                           "'daily_load'"))
                      .toInt(),
                  0);
    }
    auto store = LogStore::open(m_path);
    ASSERT_TRUE(store.ok()) << store.error().message.toStdString();
    EXPECT_EQ((*store)->schemaVersion(), LogStore::latestSchemaVersion());
    auto loads = (*store)->sessions().dailyLoads(m_athlete, QDate(2024, 6, 1), QDate(2024, 6, 30));
    ASSERT_TRUE(loads.ok()) << loads.errorMessage().toStdString();
    const std::vector<DailyLoad> expected{
        {QDate(2024, 6, 3), Sport::Run, 2, Duration{3600.0}, Distance{10000.0}, 340.0},
        {QDate(2024, 6, 5), Sport::Run, 1, Duration{1800.0}, Distance{5000.0}, 150.0},
    };
    EXPECT_EQ(withoutLoadFigures(*loads), expected); // MigrationFiveTest checks the figures
    // The triggers work on the upgraded file too.
    LoggedSession more = simpleSession(m_athlete, QDate(2024, 6, 5), Sport::Run, 10, 2);
    ASSERT_TRUE((*store)->sessions().insert(more).ok());
    loads = (*store)->sessions().dailyLoads(m_athlete, QDate(2024, 6, 5), QDate(2024, 6, 5));
    ASSERT_EQ(loads->size(), 1u);
    EXPECT_EQ((*loads)[0].sessionRpeLoad, 170.0);
}

TEST_F(MigrationTest, NewLogIsMarkedAsPacelineInWalMode)
{
    {
        auto store = LogStore::open(m_path);
        ASSERT_TRUE(store.ok());
    }
    RawSql raw(m_path);
    EXPECT_EQ(raw.value(QStringLiteral("PRAGMA application_id")).toLongLong(),
              qint64(kPacelineApplicationId));
    EXPECT_EQ(raw.value(QStringLiteral("PRAGMA user_version")).toInt(),
              Migrations::latestVersion());
    EXPECT_EQ(raw.value(QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
}

TEST_F(MigrationTest, FailedMigrationLeavesTheFileUnchanged)
{
    buildVersionOne();
    const FileState before = FileState::of(m_path);
    std::vector<Migration> list = Migrations::all();
    list.push_back(broken(Migrations::latestVersion() + 1));
    auto opened = openDatabase(m_path, {}, list);
    ASSERT_FALSE(opened.ok());
    EXPECT_EQ(opened.error().problem, OpenProblem::MigrationFailed);
    EXPECT_TRUE(opened.error().message.contains(m_path));
    EXPECT_TRUE(opened.error().message.contains(QStringLiteral("half-done change")))
        << opened.error().message.toStdString();
    EXPECT_EQ(FileState::of(m_path), before);

    // The real list still upgrades it afterwards.
    auto store = LogStore::open(m_path);
    ASSERT_TRUE(store.ok()) << store.error().message.toStdString();
    EXPECT_EQ((*store)->schemaVersion(), LogStore::latestSchemaVersion());
}

TEST_F(MigrationTest, FailedMigrationOfAWalLogLeavesTheFileUnchanged)
{
    // Logs that Paceline has opened before are in WAL mode, unlike buildVersionOne's.
    buildVersionOne();
    {
        RawSql raw(m_path);
        EXPECT_EQ(raw.value(QStringLiteral("PRAGMA journal_mode = WAL")).toString(),
                  QStringLiteral("wal"));
    }
    const FileState before = FileState::of(m_path);
    ASSERT_FALSE(before.wal);
    std::vector<Migration> list = Migrations::all();
    list.push_back(broken(Migrations::latestVersion() + 1));
    auto opened = openDatabase(m_path, {}, list);
    ASSERT_FALSE(opened.ok());
    EXPECT_EQ(opened.error().problem, OpenProblem::MigrationFailed);
    EXPECT_EQ(FileState::of(m_path), before);
}

TEST_F(MigrationTest, FailedMigrationOfNewFileLeavesNoFile)
{
    auto opened = openDatabase(m_path, {}, {Migrations::all().front(), broken(2)});
    ASSERT_FALSE(opened.ok());
    EXPECT_EQ(opened.error().problem, OpenProblem::MigrationFailed);
    EXPECT_FALSE(QFile::exists(m_path));
    EXPECT_FALSE(QFile::exists(m_path + QStringLiteral("-journal")));
}

TEST_F(MigrationTest, ApplyUpToStopsAtTheGivenVersion)
{
    ScopedConnection connection(QStringLiteral("test-upto"));
    QSqlDatabase database = connection.database();
    database.setDatabaseName(m_path);
    ASSERT_TRUE(database.open());
    ASSERT_TRUE(Migrations::applyUpTo(database, 1).ok());
    EXPECT_EQ(*Migrations::pragmaValue(database, QStringLiteral("user_version")), 1);
    ASSERT_TRUE(Migrations::applyUpTo(database, 2).ok());
    EXPECT_EQ(*Migrations::pragmaValue(database, QStringLiteral("user_version")), 2);
    ASSERT_TRUE(Migrations::applyUpTo(database, 1).ok()); // never downwards
    EXPECT_EQ(*Migrations::pragmaValue(database, QStringLiteral("user_version")), 2);
    database.close();
}

TEST_F(MigrationTest, UpgradeMadeMeanwhileByAnotherProcessIsNotRepeated)
{
    buildVersionOne();
    // Another process (simulated by a thread with its own connection) has begun the
    // same upgrade and commits it while this one waits for the write lock.
    std::promise<void> upgrading;
    std::thread other([&] {
        ScopedConnection connection(QStringLiteral("test-other"));
        QSqlDatabase database = connection.database();
        database.setDatabaseName(m_path);
        EXPECT_TRUE(database.open());
        EXPECT_TRUE(Migrations::execAll(database, {QStringLiteral("BEGIN IMMEDIATE")}).ok());
        EXPECT_TRUE(migrateToDailyLoad(database).ok());
        EXPECT_TRUE(
            Migrations::execAll(database, {QStringLiteral("PRAGMA user_version = 2")}).ok());
        upgrading.set_value();
        std::this_thread::sleep_for(std::chrono::milliseconds(300));
        EXPECT_TRUE(Migrations::execAll(database, {QStringLiteral("COMMIT")}).ok());
        database.close();
    });
    upgrading.get_future().wait();
    ScopedConnection connection(QStringLiteral("test-this"));
    QSqlDatabase database = connection.database();
    database.setDatabaseName(m_path);
    ASSERT_TRUE(database.open());
    const Status upgraded = Migrations::applyUpTo(database, 2);
    other.join();
    EXPECT_TRUE(upgraded.ok()) << upgraded.errorMessage().toStdString();
    EXPECT_EQ(*Migrations::pragmaValue(database, QStringLiteral("user_version")), 2);
    database.close();
}

TEST_F(MigrationTest, ForeignKeysStayOnWhenAnotherReaderBlocksWal)
{
    {
        ScopedConnection connection(QStringLiteral("test-v2"));
        QSqlDatabase database = connection.database();
        database.setDatabaseName(m_path);
        ASSERT_TRUE(database.open());
        ASSERT_TRUE(Migrations::applyUpTo(database, 2).ok()); // stays in rollback-journal mode
        database.close();
    }
    RawSql reader(m_path);
    reader.exec(QStringLiteral("BEGIN"));
    EXPECT_EQ(reader.value(QStringLiteral("SELECT count(*) FROM athlete")).toInt(), 0);

    ScopedConnection connection(QStringLiteral("test-config"));
    QSqlDatabase database = connection.database();
    database.setDatabaseName(m_path);
    database.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=0"));
    ASSERT_TRUE(database.open());
    const Status configured = configureWritableConnection(database);
    reader.exec(QStringLiteral("COMMIT"));
    ASSERT_TRUE(configured.ok()) << configured.errorMessage().toStdString();
    EXPECT_EQ(*Migrations::pragmaValue(database, QStringLiteral("foreign_keys")), 1);
    // Still in rollback-journal mode, where NORMAL sync would risk the file on power loss.
    EXPECT_EQ(*Migrations::pragmaValue(database, QStringLiteral("synchronous")), 2); // FULL
    EXPECT_FALSE(Migrations::execAll(database, {QStringLiteral("INSERT INTO logged_session "
                                                               "(athlete_id, start_utc, "
                                                               "utc_offset_s, day, sport, "
                                                               "duration_s) VALUES (42, 0, 0, "
                                                               "'2024-01-01', 'run', 60)")})
                     .ok())
        << "a session of a missing athlete was accepted";
    database.close();
}
