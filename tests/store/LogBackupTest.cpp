// Whole-file backups (core/store/LogBackup.h): File → Back Up Log File and the copy made
// by itself before a schema upgrade.

#include "core/store/LogBackup.h"

#include "OldLogWriter.h"
#include "RawSql.h"
#include "StoreTestSupport.h"
#include "core/store/AthleteStore.h"
#include "core/store/LogCopy.h"
#include "core/store/Migrations.h"
#include "core/store/SessionStore.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>

#include <unistd.h>

using namespace paceline;
using namespace paceline::test;

namespace {

/// Makes every copy fail as a full disk would, while it lives.
class FullDisk {
public:
    FullDisk()
    {
        logcopy::setCopyFaultForTesting([](const QString&) {
            return Status{Error{QStringLiteral("database or disk is full")}};
        });
    }
    ~FullDisk() { logcopy::setCopyFaultForTesting({}); }
    FullDisk(const FullDisk&) = delete;
    FullDisk& operator=(const FullDisk&) = delete;
};

OpenOptions readOnly()
{
    OpenOptions options;
    options.readOnly = true;
    return options;
}

int rowCount(const QString& path, const QString& table)
{
    RawSql raw(path);
    return raw.value(QStringLiteral("SELECT count(*) FROM %1").arg(table)).toInt();
}

int userVersion(const QString& path)
{
    RawSql raw(path);
    return raw.value(QStringLiteral("PRAGMA user_version")).toInt();
}

class LogBackup : public StoreTest {
protected:
    void SetUp() override
    {
        StoreTest::SetUp();
        for (int day = 1; day <= 3; ++day) {
            LoggedSession session = sampleSession(athleteId(), QDate(2024, 5, day));
            ASSERT_TRUE(store().sessions().insert(session).ok());
        }
    }
    /// Files in the test folder other than the log and its SQLite companions.
    QStringList otherFiles() const
    {
        QStringList names = QDir(m_dir.path()).entryList(QDir::Files, QDir::Name);
        names.removeIf([](const QString& name) { return name.startsWith(QLatin1String("log.")); });
        return names;
    }
};

} // namespace

TEST_F(LogBackup, CopiesEveryCommittedRowWhileAnotherConnectionWrites)
{
    const QString target = pathOf(QStringLiteral("copy.sqlite"));
    RawSql writer(store().path());
    writer.exec(QStringLiteral("BEGIN IMMEDIATE"));
    writer.exec(QStringLiteral("INSERT INTO athlete (name, name_key, sex, units, sports) "
                               "VALUES ('Not yet', 'not yet', 'female', 'metric', 'run')"));
    const auto written = backUpLog(store(), target);
    writer.exec(QStringLiteral("COMMIT"));
    ASSERT_TRUE(written.ok()) << written.errorMessage().toStdString();
    EXPECT_EQ(*written, QFileInfo(target).size());

    auto copy = LogStore::open(target, readOnly());
    ASSERT_TRUE(copy.ok()) << copy.error().message.toStdString();
    EXPECT_EQ((*copy)->schemaVersion(), LogStore::latestSchemaVersion());
    auto athletes = (*copy)->athletes().all();
    ASSERT_TRUE(athletes.ok());
    ASSERT_EQ(athletes->size(), 1u) << "a copy of one moment: without the open transaction";
    EXPECT_EQ(athletes->front().name, sampleAthlete().name);
    auto sessions = (*copy)->sessions().inRange(athleteId(), QDate(2024, 5, 1), QDate(2024, 5, 31),
                                                WithReps::Yes);
    auto original = store().sessions().inRange(athleteId(), QDate(2024, 5, 1), QDate(2024, 5, 31),
                                               WithReps::Yes);
    ASSERT_TRUE(sessions.ok() && original.ok());
    EXPECT_EQ(*sessions, *original);
    EXPECT_TRUE((*copy)->checkIntegrity().ok());
    EXPECT_EQ(otherFiles(), QStringList{QStringLiteral("copy.sqlite")}) << "no temporary file left";
}

TEST_F(LogBackup, HoldsChangesStillInTheWalFile)
{
    // The store's connection keeps the -wal: its rows are not in the main file yet.
    ASSERT_TRUE(QFile::exists(store().path() + QStringLiteral("-wal")));
    const QString target = pathOf(QStringLiteral("copy.sqlite"));
    ASSERT_TRUE(backUpLog(store(), target).ok());
    EXPECT_EQ(rowCount(target, QStringLiteral("logged_session")), 3);
    EXPECT_FALSE(QFile::exists(target + QStringLiteral("-wal")));
}

TEST_F(LogBackup, AnExistingFileIsReplacedOnlyWhenConfirmed)
{
    const QString target = pathOf(QStringLiteral("taken.sqlite"));
    writeFile(target, QByteArray("someone's notes"));
    const auto refused = backUpLog(store(), target);
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.errorMessage().contains(QStringLiteral("already exists")))
        << refused.errorMessage().toStdString();
    EXPECT_TRUE(refused.errorMessage().contains(target));
    EXPECT_EQ(FileState::of(target).bytes, QByteArray("someone's notes"));

    ASSERT_TRUE(backUpLog(store(), target, {true}).ok());
    EXPECT_EQ(rowCount(target, QStringLiteral("logged_session")), 3);
}

TEST_F(LogBackup, TheLogItselfIsNeverATarget)
{
    const FileState before = FileState::of(store().path());
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        const auto refused = backUpLog(store(), store().path() + suffix, {true});
        ASSERT_FALSE(refused.ok()) << suffix.toStdString();
        EXPECT_TRUE(refused.errorMessage().contains(QStringLiteral("the log itself")))
            << refused.errorMessage().toStdString();
    }
    EXPECT_EQ(FileState::of(store().path()), before);
}

TEST_F(LogBackup, TheLogsFilesAreNoTargetThroughALinkedFolderEither)
{
    const QString alias = pathOf(QStringLiteral("alias"));
    ASSERT_TRUE(QFile::link(m_dir.path(), alias));
    const QString logName = QFileInfo(store().path()).fileName();
    const FileState before = FileState::of(store().path());
    // The -wal exists while the store is open, the -journal does not: both are refused.
    for (const QString& suffix : {QStringLiteral("-wal"), QStringLiteral("-journal")}) {
        const QString target = alias + u'/' + logName + suffix;
        const auto refused = backUpLog(store(), target, {true});
        ASSERT_FALSE(refused.ok()) << target.toStdString();
        EXPECT_TRUE(refused.errorMessage().contains(QStringLiteral("the log itself")))
            << refused.errorMessage().toStdString();
    }
    EXPECT_EQ(FileState::of(store().path()), before);
    EXPECT_TRUE(store().checkIntegrity().ok());
}

TEST_F(LogBackup, AMissingFolderIsNamed)
{
    const QString folder = pathOf(QStringLiteral("no-such-folder"));
    const auto refused = backUpLog(store(), folder + QStringLiteral("/copy.sqlite"));
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.errorMessage().contains(
        QStringLiteral("the folder '%1' does not exist").arg(QDir::toNativeSeparators(folder))))
        << refused.errorMessage().toStdString();
    EXPECT_FALSE(QFileInfo::exists(folder));
}

TEST_F(LogBackup, AFolderWithoutWritePermissionIsNamed)
{
    if (::geteuid() == 0)
        GTEST_SKIP() << "root writes into folders without write permission";
    const QString folder = pathOf(QStringLiteral("locked"));
    ASSERT_TRUE(QDir().mkpath(folder));
    QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner);
    const auto refused = backUpLog(store(), folder + QStringLiteral("/copy.sqlite"));
    QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.errorMessage().contains(QStringLiteral("cannot be written")))
        << refused.errorMessage().toStdString();
}

TEST_F(LogBackup, AFullDiskLeavesNothingBehind)
{
    const QString target = pathOf(QStringLiteral("copy.sqlite"));
    FullDisk full;
    const auto refused = backUpLog(store(), target);
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.errorMessage().contains(QStringLiteral("disk is full")))
        << refused.errorMessage().toStdString();
    EXPECT_TRUE(refused.errorMessage().contains(QStringLiteral("Nothing was written")));
    EXPECT_TRUE(otherFiles().isEmpty()) << otherFiles().join(QLatin1Char(' ')).toStdString();
}

TEST_F(LogBackup, AReadOnlyLogCanBeBackedUpAndStaysReadOnly)
{
    closeStore();
    auto viewer = open(QStringLiteral("log.sqlite"), readOnly());
    ASSERT_TRUE(viewer->isReadOnly());
    const QString target = pathOf(QStringLiteral("copy.sqlite"));
    const auto written = backUpLog(*viewer, target);
    ASSERT_TRUE(written.ok()) << written.errorMessage().toStdString();
    EXPECT_EQ(rowCount(target, QStringLiteral("logged_session")), 3);
    Athlete more = sampleAthlete(QStringLiteral("Ben"));
    EXPECT_FALSE(viewer->athletes().insert(more).ok());
}

namespace {

class MigrationBackup : public ::testing::Test {
protected:
    void SetUp() override { ASSERT_TRUE(m_dir.isValid()); }

    /// A version-4 log with one athlete and two sessions.
    void buildOldLog()
    {
        OldLogWriter log(m_path, 4);
        Athlete athlete = sampleAthlete();
        ASSERT_TRUE(AthleteStore(log.database()).insert(athlete).ok());
        for (int day : {3, 5}) {
            LoggedSession session =
                simpleSession(athlete.id, QDate(2024, 6, day), Sport::Run, 40.0, 6.0, 8000.0);
            log.insertSession(session);
        }
    }
    QStringList backups() const
    {
        return QDir(m_dir.path())
            .entryList({QStringLiteral("old.before-upgrade-*")}, QDir::Files, QDir::Name);
    }

    QTemporaryDir m_dir;
    QString m_path = m_dir.filePath(QStringLiteral("old.sqlite"));
};

} // namespace

TEST_F(MigrationBackup, AnOldLogIsCopiedAsItWasBeforeTheUpgrade)
{
    buildOldLog();
    auto store = LogStore::open(m_path);
    ASSERT_TRUE(store.ok()) << store.error().message.toStdString();
    const QString kept = (*store)->migrationBackupPath();
    ASSERT_FALSE(kept.isEmpty());
    EXPECT_EQ(backups(), QStringList{QFileInfo(kept).fileName()});
    const QRegularExpression name(
        QStringLiteral("^old\\.before-upgrade-to-v%1-\\d{8}-\\d{6}\\.sqlite$")
            .arg(LogStore::latestSchemaVersion()));
    EXPECT_TRUE(name.match(QFileInfo(kept).fileName()).hasMatch()) << kept.toStdString();
    EXPECT_EQ(userVersion(kept), 4);
    EXPECT_EQ(rowCount(kept, QStringLiteral("athlete")), 1);
    EXPECT_EQ(rowCount(kept, QStringLiteral("logged_session")), 2);
    EXPECT_EQ((*store)->schemaVersion(), LogStore::latestSchemaVersion());
    EXPECT_TRUE(migrationBackupNotice(**store).contains(QDir::toNativeSeparators(kept)));
    // The copy itself opens as a log (and is upgraded in turn, with its own copy).
    store->reset();
    auto reopened = LogStore::open(m_path);
    ASSERT_TRUE(reopened.ok());
    EXPECT_TRUE((*reopened)->migrationBackupPath().isEmpty()) << "already current";
    EXPECT_EQ(backups().size(), 1);
}

TEST_F(MigrationBackup, NewAndCurrentLogsAreNotCopied)
{
    {
        auto created = LogStore::open(m_path);
        ASSERT_TRUE(created.ok());
        EXPECT_TRUE((*created)->migrationBackupPath().isEmpty());
        EXPECT_TRUE(migrationBackupNotice(**created).isEmpty());
    }
    auto current = LogStore::open(m_path);
    ASSERT_TRUE(current.ok());
    EXPECT_TRUE((*current)->migrationBackupPath().isEmpty());
    EXPECT_TRUE(backups().isEmpty());
}

TEST_F(MigrationBackup, NoUpgradeWithoutTheCopy)
{
    buildOldLog();
    const FileState before = FileState::of(m_path);
    {
        FullDisk full;
        auto refused = LogStore::open(m_path);
        ASSERT_FALSE(refused.ok());
        EXPECT_EQ(refused.error().problem, OpenProblem::MigrationFailed);
        const QString message = refused.error().message;
        EXPECT_TRUE(message.contains(m_path)) << message.toStdString();
        EXPECT_TRUE(message.contains(QStringLiteral("disk is full"))) << message.toStdString();
        EXPECT_TRUE(message.contains(QStringLiteral("left unchanged"))) << message.toStdString();
    }
    EXPECT_EQ(FileState::of(m_path), before);
    EXPECT_EQ(userVersion(m_path), 4);
    EXPECT_EQ(QDir(m_dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("old.sqlite")});

    // With space again, the next open copies and upgrades it.
    auto store = LogStore::open(m_path);
    ASSERT_TRUE(store.ok()) << store.error().message.toStdString();
    EXPECT_FALSE((*store)->migrationBackupPath().isEmpty());
}

TEST_F(MigrationBackup, AnOldLogThatOpensReadOnlyIsNeitherUpgradedNorCopied)
{
    buildOldLog();
    auto refused = LogStore::open(m_path, readOnly());
    ASSERT_FALSE(refused.ok()); // an old log must be upgraded before it can be read
    EXPECT_TRUE(backups().isEmpty());
}
