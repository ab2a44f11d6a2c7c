// Restoring a log from a whole-file backup (core/store/LogBackup.h): the backup
// replaces the log, the log is kept beside it, and a backup that cannot be used
// changes nothing.

#include "OldLogWriter.h"
#include "RawSql.h"
#include "StoreTestSupport.h"
#include "core/store/AthleteStore.h"
#include "core/store/LogBackup.h"
#include "core/store/LogCopy.h"
#include "core/store/Migrations.h"
#include "core/store/SessionStore.h"

#include <QDir>
#include <QFile>

#include <functional>

using namespace paceline;
using namespace paceline::test;

namespace {

std::vector<QString> athleteNames(const QString& path)
{
    auto store = openOrFail(path);
    std::vector<QString> names;
    if (!store)
        return names;
    auto athletes = store->athletes().all();
    EXPECT_TRUE(athletes.ok());
    if (athletes.ok()) {
        for (const Athlete& athlete : *athletes)
            names.push_back(athlete.name);
    }
    return names;
}

/// Adds `name` to the log and leaves its -wal behind as a writer that was killed
/// would: the committed frames are still in the -wal when nobody has the log open.
void leaveWalOfAKilledWriter(const QString& log, const QString& name)
{
    QByteArray wal;
    {
        auto writer = openOrFail(log);
        ASSERT_TRUE(writer);
        Athlete athlete = sampleAthlete(name);
        ASSERT_TRUE(writer->athletes().insert(athlete).ok());
        QFile walFile(log + QStringLiteral("-wal"));
        ASSERT_TRUE(walFile.open(QIODevice::ReadOnly));
        wal = walFile.readAll();
    }
    ASSERT_FALSE(wal.isEmpty());
    QFile walFile(log + QStringLiteral("-wal"));
    ASSERT_TRUE(walFile.open(QIODevice::WriteOnly));
    ASSERT_EQ(walFile.write(wal), wal.size());
}

/// Runs `during` while restoreLogFile() copies the backup (the copy's test seam).
class DuringTheCopy {
public:
    explicit DuringTheCopy(std::function<void()> during)
    {
        logcopy::setCopyFaultForTesting([during = std::move(during)](const QString&) {
            during();
            return Status{};
        });
    }
    ~DuringTheCopy() { logcopy::setCopyFaultForTesting({}); }
    DuringTheCopy(const DuringTheCopy&) = delete;
    DuringTheCopy& operator=(const DuringTheCopy&) = delete;
};

class LogRestore : public ::testing::Test {
protected:
    /// The log holds Ana, the backup was made then; Ben was added after it.
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        auto store = openOrFail(m_log);
        ASSERT_TRUE(store);
        Athlete ana = sampleAthlete(QStringLiteral("Ana"));
        ASSERT_TRUE(store->athletes().insert(ana).ok());
        ASSERT_TRUE(backUpLog(*store, m_backup).ok());
        Athlete ben = sampleAthlete(QStringLiteral("Ben"));
        ASSERT_TRUE(store->athletes().insert(ben).ok());
    }
    QStringList keptLogs() const
    {
        return QDir(m_dir.path())
            .entryList({QStringLiteral("log.before-restore-*")}, QDir::Files, QDir::Name);
    }
    /// Restoring from `bad` fails, names it, and leaves the log as it was.
    void expectRefused(const QString& bad, const QString& why)
    {
        const FileState before = FileState::of(m_log);
        const auto refused = restoreLogFile(m_log, bad);
        ASSERT_FALSE(refused.ok());
        const QString message = refused.errorMessage();
        EXPECT_TRUE(message.contains(QDir::toNativeSeparators(bad))) << message.toStdString();
        EXPECT_TRUE(message.contains(why)) << message.toStdString();
        EXPECT_TRUE(message.contains(QStringLiteral("The log was left unchanged")))
            << message.toStdString();
        EXPECT_EQ(FileState::of(m_log), before);
        EXPECT_TRUE(keptLogs().isEmpty());
    }

    QTemporaryDir m_dir;
    QString m_log = m_dir.filePath(QStringLiteral("log.sqlite"));
    QString m_backup = m_dir.filePath(QStringLiteral("backup.sqlite"));
};

} // namespace

TEST_F(LogRestore, TheBackupReplacesTheLogAndTheLogIsKept)
{
    const auto restored = restoreLogFile(m_log, m_backup);
    ASSERT_TRUE(restored.ok()) << restored.errorMessage().toStdString();
    EXPECT_EQ(restored->schemaVersion, LogStore::latestSchemaVersion());
    EXPECT_EQ(keptLogs(), QStringList{QFileInfo(restored->keptPath).fileName()});
    EXPECT_EQ(athleteNames(m_log), (std::vector<QString>{QStringLiteral("Ana")}));
    EXPECT_EQ(athleteNames(restored->keptPath),
              (std::vector<QString>{QStringLiteral("Ana"), QStringLiteral("Ben")}));
    EXPECT_TRUE(QFile::exists(m_backup)) << "the backup stays as it was";
}

TEST_F(LogRestore, UndoPutsTheKeptLogBack)
{
    const auto restored = restoreLogFile(m_log, m_backup);
    ASSERT_TRUE(restored.ok());
    ASSERT_TRUE(undoRestore(m_log, *restored).ok());
    EXPECT_EQ(athleteNames(m_log),
              (std::vector<QString>{QStringLiteral("Ana"), QStringLiteral("Ben")}));
    EXPECT_TRUE(keptLogs().isEmpty());
}

TEST_F(LogRestore, AWalLeftDuringTheCopyGoesIntoTheKeptLogNotTheRestoredOne)
{
    DuringTheCopy killedWriter([&] { leaveWalOfAKilledWriter(m_log, QStringLiteral("Cid")); });
    const auto restored = restoreLogFile(m_log, m_backup);
    ASSERT_TRUE(restored.ok()) << restored.errorMessage().toStdString();
    EXPECT_FALSE(QFile::exists(m_log + QStringLiteral("-wal")));
    EXPECT_EQ(athleteNames(m_log), (std::vector<QString>{QStringLiteral("Ana")}));
    EXPECT_EQ(athleteNames(restored->keptPath),
              (std::vector<QString>{QStringLiteral("Ana"), QStringLiteral("Ben"),
                                    QStringLiteral("Cid")}));
    auto store = openOrFail(m_log);
    ASSERT_TRUE(store);
    EXPECT_TRUE(store->checkIntegrity().ok());
}

TEST_F(LogRestore, ALogOpenedElsewhereDuringTheCopyIsNotReplaced)
{
    std::unique_ptr<LogStore> other;
    DuringTheCopy writer([&] {
        other = openOrFail(m_log);
        Athlete cid = sampleAthlete(QStringLiteral("Cid"));
        ASSERT_TRUE(other && other->athletes().insert(cid).ok());
    });
    const auto refused = restoreLogFile(m_log, m_backup);
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.errorMessage().contains(QStringLiteral("another program")))
        << refused.errorMessage().toStdString();
    EXPECT_TRUE(keptLogs().isEmpty());
    EXPECT_TRUE(QDir(m_dir.path()).entryList({QStringLiteral("*.part")}).isEmpty());
    other.reset();
    EXPECT_EQ(athleteNames(m_log),
              (std::vector<QString>{QStringLiteral("Ana"), QStringLiteral("Ben"),
                                    QStringLiteral("Cid")}));
}

TEST_F(LogRestore, UndoLeavesNoWalOfTheRestoredLogBesideTheKeptOne)
{
    const auto restored = restoreLogFile(m_log, m_backup);
    ASSERT_TRUE(restored.ok()) << restored.errorMessage().toStdString();
    leaveWalOfAKilledWriter(m_log, QStringLiteral("Dan"));
    ASSERT_TRUE(undoRestore(m_log, *restored).ok());
    EXPECT_FALSE(QFile::exists(m_log + QStringLiteral("-wal")));
    EXPECT_EQ(athleteNames(m_log),
              (std::vector<QString>{QStringLiteral("Ana"), QStringLiteral("Ben")}));
    auto store = openOrFail(m_log);
    ASSERT_TRUE(store);
    EXPECT_TRUE(store->checkIntegrity().ok());
}

TEST_F(LogRestore, ALinkedLogIsRestoredWhereItPointsAndTheLinkStays)
{
    const QString link = m_dir.filePath(QStringLiteral("link.sqlite"));
    ASSERT_TRUE(QFile::link(m_log, link));
    const auto restored = restoreLogFile(link, m_backup);
    ASSERT_TRUE(restored.ok()) << restored.errorMessage().toStdString();
    EXPECT_TRUE(QFileInfo(link).isSymLink());
    EXPECT_EQ(QFileInfo(restored->keptPath).absolutePath(), QFileInfo(m_log).absolutePath());
    EXPECT_EQ(athleteNames(link), (std::vector<QString>{QStringLiteral("Ana")}));
    EXPECT_EQ(athleteNames(m_log), (std::vector<QString>{QStringLiteral("Ana")}));
    EXPECT_EQ(athleteNames(restored->keptPath),
              (std::vector<QString>{QStringLiteral("Ana"), QStringLiteral("Ben")}));
}

TEST_F(LogRestore, TheRestoredLogKeepsTheLogsPermissions)
{
    const QFileDevice::Permissions shared = QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                            QFileDevice::ReadGroup | QFileDevice::WriteGroup |
                                            QFileDevice::ReadOther;
    ASSERT_TRUE(QFile::setPermissions(m_log, shared));
    const QFileDevice::Permissions before = QFile::permissions(m_log);
    const auto restored = restoreLogFile(m_log, m_backup);
    ASSERT_TRUE(restored.ok()) << restored.errorMessage().toStdString();
    EXPECT_EQ(QFile::permissions(m_log), before);
}

TEST_F(LogRestore, AMissingLogIsCreatedFromTheBackup)
{
    const QString fresh = m_dir.filePath(QStringLiteral("fresh.sqlite"));
    const auto restored = restoreLogFile(fresh, m_backup);
    ASSERT_TRUE(restored.ok()) << restored.errorMessage().toStdString();
    EXPECT_TRUE(restored->keptPath.isEmpty());
    EXPECT_EQ(athleteNames(fresh), (std::vector<QString>{QStringLiteral("Ana")}));
}

TEST_F(LogRestore, AnOlderBackupIsUpgradedWithItsOwnCopyWhenOpened)
{
    const QString old = m_dir.filePath(QStringLiteral("v3.sqlite"));
    {
        OldLogWriter writer(old, 3);
        Athlete cleo = sampleAthlete(QStringLiteral("Cleo"));
        ASSERT_TRUE(AthleteStore(writer.database()).insert(cleo).ok());
    }
    const auto restored = restoreLogFile(m_log, old);
    ASSERT_TRUE(restored.ok()) << restored.errorMessage().toStdString();
    EXPECT_EQ(restored->schemaVersion, 3);
    auto store = openOrFail(m_log);
    ASSERT_TRUE(store);
    EXPECT_EQ(store->schemaVersion(), LogStore::latestSchemaVersion());
    EXPECT_FALSE(store->migrationBackupPath().isEmpty());
    RawSql kept(store->migrationBackupPath());
    EXPECT_EQ(kept.value(QStringLiteral("PRAGMA user_version")).toInt(), 3);
}

TEST_F(LogRestore, AFileThatIsNoDatabaseIsRefused)
{
    const QString text = m_dir.filePath(QStringLiteral("notes.sqlite"));
    writeFile(text, QByteArray("These are my running notes, not a database.\n").repeated(20));
    expectRefused(text, QStringLiteral("not a database file"));
}

TEST_F(LogRestore, AnotherProgramsDatabaseIsRefused)
{
    const QString foreign = m_dir.filePath(QStringLiteral("foreign.sqlite"));
    {
        RawSql raw(foreign);
        raw.exec(QStringLiteral("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)"));
    }
    expectRefused(foreign, QStringLiteral("another program"));
}

TEST_F(LogRestore, AnEmptyFileIsRefused)
{
    const QString empty = m_dir.filePath(QStringLiteral("empty.sqlite"));
    writeFile(empty, QByteArray());
    expectRefused(empty, QStringLiteral("empty"));
}

TEST_F(LogRestore, ABackupOfANewerPacelineIsRefused)
{
    {
        RawSql raw(m_backup);
        raw.exec(QStringLiteral("PRAGMA user_version = %1").arg(Migrations::latestVersion() + 1));
    }
    expectRefused(m_backup, QStringLiteral("newer version of Paceline"));
}

TEST_F(LogRestore, ADamagedBackupIsRefused)
{
    // Page 3 onwards holds the tables' rows and indexes: scribble over it.
    const qint64 pageSize = 4096;
    ASSERT_GT(QFileInfo(m_backup).size(), 4 * pageSize);
    overwrite(m_backup, 2 * pageSize, QByteArray(int(2 * pageSize), '\x5a'));
    expectRefused(m_backup, QStringLiteral("damaged"));
}

TEST_F(LogRestore, AMissingBackupIsRefused)
{
    expectRefused(m_dir.filePath(QStringLiteral("nowhere.sqlite")),
                  QStringLiteral("does not exist"));
}

TEST_F(LogRestore, TheLogCannotBeItsOwnBackup)
{
    expectRefused(m_log, QStringLiteral("the log itself"));
}

TEST_F(LogRestore, ALogOpenElsewhereIsNotReplaced)
{
    auto other = openOrFail(m_log); // another program's connection, in WAL mode
    ASSERT_TRUE(other);
    const auto refused = restoreLogFile(m_log, m_backup);
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.errorMessage().contains(QStringLiteral("another program")))
        << refused.errorMessage().toStdString();
    EXPECT_TRUE(keptLogs().isEmpty());
    auto athletes = other->athletes().all();
    ASSERT_TRUE(athletes.ok());
    EXPECT_EQ(athletes->size(), 2u);
}

TEST_F(LogRestore, ALogAnotherAppHoldsIsNotReplaced)
{
    OpenOptions locked;
    locked.holdAppLock = true;
    auto app = LogStore::open(m_log, locked);
    ASSERT_TRUE(app.ok()) << app.error().message.toStdString();
    const auto refused = restoreLogFile(m_log, m_backup);
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.errorMessage().contains(QStringLiteral("left unchanged")))
        << refused.errorMessage().toStdString();
    EXPECT_TRUE(keptLogs().isEmpty());
}
