// Logs in awkward states: a full disk, a log another program is writing, a log another
// Paceline app holds, a log of a newer Paceline and a log with a damaged data page. Each
// gives a message that says what happened and what to do, and loses nothing.

#include "RawSql.h"
#include "StoreTestSupport.h"
#include "core/store/AthleteStore.h"
#include "core/store/LogLock.h"
#include "core/store/SessionStore.h"
#include "core/store/StoreTestHooks.h"

#include <QCoreApplication>
#include <QFile>
#include <QSysInfo>

using namespace paceline;
using namespace paceline::test;

namespace {

/// A session too big for a log that may not grow: ~400 KB of notes need ~100 pages.
LoggedSession bigSession(AthleteId athlete, QDate day)
{
    LoggedSession session = sampleSession(athlete, day);
    session.notes = QString(400 * 1024, QLatin1Char('n'));
    return session;
}

template <typename R> std::string text(const R& result)
{
    return result.errorMessage().toStdString();
}

class FullDisk : public StoreTest {
protected:
    void SetUp() override
    {
        StoreTest::SetUp();
        m_kept = sampleSession(athleteId(), QDate(2024, 3, 1));
        ASSERT_TRUE(store().sessions().insert(m_kept).ok());
        ASSERT_TRUE(StoreTestHooks::limitGrowth(store(), 0).ok());
    }

    void expectOnlyTheKeptSession()
    {
        EXPECT_EQ(*store().sessions().count(athleteId()), 1);
        Result<LoggedSession> kept = store().sessions().find(m_kept.id);
        ASSERT_TRUE(kept.ok()) << text(kept);
        EXPECT_EQ(*kept, m_kept);
        EXPECT_TRUE(store().checkIntegrity().ok());
    }

    LoggedSession m_kept;
};

} // namespace

TEST_F(FullDisk, SaveFailsSayingTheDiskIsFullAndWorksOnceThereIsRoom)
{
    LoggedSession big = bigSession(athleteId(), QDate(2024, 3, 2));
    const Status saved = store().sessions().insert(big);
    ASSERT_FALSE(saved.ok());
    EXPECT_TRUE(saved.errorMessage().contains(QStringLiteral("the disk is full"))) << text(saved);
    EXPECT_TRUE(saved.errorMessage().contains(QStringLiteral("Nothing of this change was saved")))
        << text(saved);
    EXPECT_TRUE(saved.errorMessage().contains(QStringLiteral("free some disk space")));
    EXPECT_TRUE(saved.errorMessage().contains(store().path()));
    expectOnlyTheKeptSession();

    ASSERT_TRUE(StoreTestHooks::removeGrowthLimit(store()).ok());
    LoggedSession again = bigSession(athleteId(), QDate(2024, 3, 2));
    const Status retried = store().sessions().insert(again);
    ASSERT_TRUE(retried.ok()) << text(retried);
    EXPECT_EQ(store().sessions().find(again.id)->notes, again.notes);
}

TEST_F(FullDisk, AnImportThatRunsOutOfRoomLeavesNoneOfItsSessions)
{
    const Status imported = store().transaction([&] {
        for (int day = 2; day < 12; ++day) {
            LoggedSession session = bigSession(athleteId(), QDate(2024, 3, day));
            if (Status saved = store().sessions().insert(session); !saved)
                return saved;
        }
        return Status();
    });
    ASSERT_FALSE(imported.ok());
    EXPECT_TRUE(imported.errorMessage().contains(QStringLiteral("the disk is full")))
        << text(imported);
    expectOnlyTheKeptSession();
}

namespace {

class BusyLog : public StoreTest {};

} // namespace

TEST_F(BusyLog, WriteWhileAnotherProgramWritesSaysSoAndSavesLater)
{
    ASSERT_TRUE(StoreTestHooks::setBusyTimeout(store(), 50).ok());
    RawSql other(store().path());
    other.exec(QStringLiteral("BEGIN IMMEDIATE")); // holds SQLite's write lock

    Athlete athlete = sampleAthlete(QStringLiteral("Bea"));
    const Status busy = store().athletes().insert(athlete);
    ASSERT_FALSE(busy.ok());
    EXPECT_TRUE(busy.errorMessage().contains(
        QStringLiteral("the log is busy: another program is writing to it")))
        << text(busy);
    EXPECT_TRUE(busy.errorMessage().contains(QStringLiteral("Nothing was saved")));
    EXPECT_TRUE(busy.errorMessage().contains(QStringLiteral("try again")));
    EXPECT_FALSE(busy.errorMessage().contains(QStringLiteral("BEGIN"))) << text(busy);

    other.exec(QStringLiteral("ROLLBACK"));
    EXPECT_EQ(*store().athletes().count(), 1);
    Athlete retried = sampleAthlete(QStringLiteral("Bea"));
    ASSERT_TRUE(store().athletes().insert(retried).ok());
    EXPECT_EQ(*store().athletes().count(), 2);
}

namespace {

class AppLock : public StoreTest {
protected:
    std::unique_ptr<LogStore> openAsApp()
    {
        closeStore();
        return open(QStringLiteral("log.sqlite"), appOptions());
    }
    static OpenOptions appOptions()
    {
        OpenOptions options;
        options.holdAppLock = true;
        return options;
    }
    QString logPath() const { return pathOf(QStringLiteral("log.sqlite")); }
};

} // namespace

TEST_F(AppLock, SecondAppIsToldWhoHasTheLogAndCanReadIt)
{
    std::unique_ptr<LogStore> first = openAsApp();
    ASSERT_TRUE(first);
    EXPECT_TRUE(QFile::exists(appLockPath(logPath())));

    const FileState before = FileState::of(logPath());
    auto second = LogStore::open(logPath(), appOptions());
    ASSERT_FALSE(second.ok());
    EXPECT_EQ(second.error().problem, OpenProblem::InUse);
    const QString message = second.error().message;
    EXPECT_TRUE(message.contains(logPath())) << message.toStdString();
    EXPECT_TRUE(message.contains(QSysInfo::machineHostName())) << message.toStdString();
    EXPECT_TRUE(
        message.contains(QStringLiteral("process %1").arg(QCoreApplication::applicationPid())))
        << message.toStdString();
    EXPECT_TRUE(message.contains(QStringLiteral("read-only")));
    EXPECT_EQ(FileState::of(logPath()), before);

    auto reader = LogStore::open(logPath(), OpenOptions{true});
    ASSERT_TRUE(reader.ok()) << reader.error().message.toStdString();
    EXPECT_EQ(*(*reader)->athletes().count(), 1);
}

TEST_F(AppLock, ALinkToTheLogLeadsToTheSameLock)
{
    std::unique_ptr<LogStore> first = openAsApp();
    ASSERT_TRUE(first);
    const QString link = pathOf(QStringLiteral("link.sqlite"));
    ASSERT_TRUE(QFile::link(logPath(), link));

    auto second = LogStore::open(link, appOptions());
    ASSERT_FALSE(second.ok());
    EXPECT_EQ(second.error().problem, OpenProblem::InUse);
}

TEST_F(AppLock, CommandLineWritesBesideTheApp)
{
    std::unique_ptr<LogStore> app = openAsApp();
    ASSERT_TRUE(app);
    std::unique_ptr<LogStore> cli = open(QStringLiteral("log.sqlite"));
    ASSERT_TRUE(cli);
    Athlete athlete = sampleAthlete(QStringLiteral("Carla"));
    ASSERT_TRUE(cli->athletes().insert(athlete).ok());
    EXPECT_EQ(*app->athletes().count(), 2);
}

TEST_F(AppLock, ClosingTheLogLetsTheNextAppIn)
{
    openAsApp().reset();
    EXPECT_FALSE(QFile::exists(appLockPath(logPath())));
    EXPECT_TRUE(openAsApp());
}

TEST_F(AppLock, LockOfAProcessThatDiedIsTakenOver)
{
    closeStore();
    // What QLockFile writes: pid, application, host. No process has this pid
    // (Linux pids stay below 2^22).
    writeFile(appLockPath(logPath()), QByteArray("2147483000\n") +
                                          QCoreApplication::applicationName().toUtf8() + '\n' +
                                          QSysInfo::machineHostName().toUtf8() + '\n');
    std::unique_ptr<LogStore> app = openAsApp();
    ASSERT_TRUE(app);
    auto second = LogStore::open(logPath(), appOptions());
    ASSERT_FALSE(second.ok());
    EXPECT_TRUE(second.error().message.contains(
        QStringLiteral("process %1").arg(QCoreApplication::applicationPid())))
        << second.error().message.toStdString();
}

TEST_F(AppLock, ReadOnlyOpenTakesNoLock)
{
    closeStore();
    auto reader = LogStore::open(logPath(), OpenOptions{true, true});
    ASSERT_TRUE(reader.ok());
    EXPECT_FALSE(QFile::exists(appLockPath(logPath())));
    EXPECT_TRUE(openAsApp());
}

namespace {

class NewerLog : public StoreTest {
protected:
    void SetUp() override
    {
        StoreTest::SetUp();
        m_session = sampleSession(athleteId(), QDate(2024, 4, 4));
        ASSERT_TRUE(store().sessions().insert(m_session).ok());
        closeStore();
        m_newer = LogStore::latestSchemaVersion() + 3;
        RawSql raw(logPath());
        raw.exec(QStringLiteral("PRAGMA user_version = %1").arg(m_newer));
    }
    QString logPath() const { return pathOf(QStringLiteral("log.sqlite")); }

    LoggedSession m_session;
    int m_newer = 0;
};

} // namespace

TEST_F(NewerLog, WritableOpenIsRefusedAndPointsToReadOnly)
{
    const FileState before = FileState::of(logPath());
    auto refused = LogStore::open(logPath());
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().problem, OpenProblem::NewerVersion);
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("open it read-only")))
        << refused.error().message.toStdString();
    EXPECT_EQ(FileState::of(logPath()), before);
}

TEST_F(NewerLog, OpensReadOnlyWhenAskedAndNeverWrites)
{
    const FileState before = FileState::of(logPath());
    {
        auto opened = LogStore::open(logPath(), OpenOptions{true});
        ASSERT_TRUE(opened.ok()) << opened.error().message.toStdString();
        LogStore& store = **opened;
        EXPECT_TRUE(store.isReadOnly());
        EXPECT_EQ(store.schemaVersion(), m_newer);
        const QString reason = store.readOnlyReason();
        EXPECT_TRUE(reason.contains(QStringLiteral("newer Paceline (schema version %1; this one "
                                                   "knows up to %2)")
                                        .arg(m_newer)
                                        .arg(LogStore::latestSchemaVersion())))
            << reason.toStdString();
        EXPECT_TRUE(reason.contains(QStringLiteral("update Paceline")));
        EXPECT_EQ(*store.sessions().find(m_session.id), m_session);

        Athlete athlete = sampleAthlete(QStringLiteral("New"));
        const Status write = store.athletes().insert(athlete);
        ASSERT_FALSE(write.ok());
        EXPECT_TRUE(write.errorMessage().contains(QStringLiteral("read-only"))) << text(write);
        EXPECT_TRUE(write.errorMessage().contains(QStringLiteral("newer Paceline")));
    }
    EXPECT_EQ(FileState::of(logPath()), before);
}

TEST_F(NewerLog, ChangedTableGivesAMessageOnRead)
{
    {
        RawSql raw(logPath());
        raw.exec(QStringLiteral("ALTER TABLE logged_session RENAME COLUMN notes TO remarks"));
    }
    auto opened = LogStore::open(logPath(), OpenOptions{true});
    ASSERT_TRUE(opened.ok()) << opened.error().message.toStdString();
    Result<LoggedSession> found = (*opened)->sessions().find(m_session.id);
    ASSERT_FALSE(found.ok());
    EXPECT_TRUE(found.errorMessage().contains(logPath())) << text(found);
    EXPECT_TRUE(found.errorMessage().contains(QStringLiteral("notes"))) << text(found);
}

TEST_F(NewerLog, MissingTableIsRefusedEvenReadOnly)
{
    {
        RawSql raw(logPath());
        raw.exec(QStringLiteral("DROP TABLE rep"));
    }
    const FileState before = FileState::of(logPath());
    auto refused = LogStore::open(logPath(), OpenOptions{true});
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().problem, OpenProblem::NewerVersion);
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("cannot be read by this version")))
        << refused.error().message.toStdString();
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("'rep'")));
    EXPECT_EQ(FileState::of(logPath()), before);
}

namespace {

/// A closed log of 400 sessions with their reps, all in the main file (no -wal).
class DamagedPage : public StoreTest {
protected:
    void SetUp() override
    {
        StoreTest::SetUp();
        ASSERT_TRUE(store()
                        .transaction([&] {
                            for (int day = 0; day < 400; ++day) {
                                LoggedSession session =
                                    sampleSession(athleteId(), QDate(2020, 1, 1).addDays(day));
                                if (Status saved = store().sessions().insert(session); !saved)
                                    return saved;
                            }
                            return Status();
                        })
                        .ok());
        closeStore();
        ASSERT_FALSE(QFile::exists(logPath() + QStringLiteral("-wal")));
    }
    QString logPath() const { return pathOf(QStringLiteral("log.sqlite")); }

    /// Fills a leaf page of `table` from the middle of the table with 0xff bytes.
    void damageLeafOf(const QString& table)
    {
        qint64 page = 0;
        qint64 pageSize = 0;
        {
            RawSql raw(logPath());
            page = raw.value(QStringLiteral("SELECT pageno FROM dbstat WHERE name = '%1' AND "
                                            "pagetype = 'leaf' ORDER BY pageno LIMIT 1 OFFSET "
                                            "(SELECT count(*) / 2 FROM dbstat WHERE name = '%1' "
                                            "AND pagetype = 'leaf')")
                                 .arg(table))
                       .toLongLong();
            pageSize = raw.value(QStringLiteral("PRAGMA page_size")).toLongLong();
        }
        ASSERT_GT(page, 1);
        overwrite(logPath(), (page - 1) * pageSize, QByteArray(int(pageSize), '\xff'));
    }
};

} // namespace

TEST_F(DamagedPage, ReadsReportTheDamageAndTheCheckFindsIt)
{
    damageLeafOf(QStringLiteral("rep"));
    damageLeafOf(QStringLiteral("logged_session"));
    damageLeafOf(QStringLiteral("daily_load")); // read through SQLite's own API
    const FileState before = FileState::of(logPath());
    {
        auto opened = LogStore::open(logPath());
        ASSERT_TRUE(opened.ok()) << opened.error().message.toStdString();
        LogStore& store = **opened;
        auto sessions = store.sessions().inRange(athleteId(), QDate(2020, 1, 1),
                                                 QDate(2021, 12, 31), WithReps::Yes);
        ASSERT_FALSE(sessions.ok());
        EXPECT_TRUE(sessions.errorMessage().contains(QStringLiteral("damaged")))
            << sessions.errorMessage().toStdString();
        EXPECT_TRUE(sessions.errorMessage().contains(logPath()));
        EXPECT_TRUE(sessions.errorMessage().contains(QStringLiteral("backup")));

        auto loads =
            store.sessions().dailyLoads(athleteId(), QDate(2020, 1, 1), QDate(2021, 12, 31));
        ASSERT_FALSE(loads.ok());
        EXPECT_TRUE(loads.errorMessage().contains(QStringLiteral("damaged")))
            << loads.errorMessage().toStdString();

        const Status checked = store.checkIntegrity();
        ASSERT_FALSE(checked.ok());
        EXPECT_TRUE(checked.errorMessage().contains(QStringLiteral("damaged")));
        EXPECT_TRUE(checked.errorMessage().contains(logPath()));
    }
    EXPECT_EQ(FileState::of(logPath()).bytes, before.bytes);
}
