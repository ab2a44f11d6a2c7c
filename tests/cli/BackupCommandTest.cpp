// paceline-cli backup and restore of whole log files: a round trip, the refusals, and
// the note about the copy made before an upgrade.

#include "LogTestSupport.h"
#include "core/store/AthleteStore.h"
#include "core/store/LogStore.h"
#include "core/store/SessionStore.h"
#include "import/FitActivityFixture.h"
#include "store/OldLogWriter.h"
#include "store/RawSql.h"

#include <QDir>
#include <QFile>

#include <gtest/gtest.h>

using namespace paceline;
using namespace paceline::test;

namespace {

CliRun backUp(const TempLog& log, const QString& target, const QStringList& extra = {})
{
    return runCli(
        QStringList{QStringLiteral("backup"), target, QStringLiteral("--db"), log.path()} + extra);
}

CliRun restore(const TempLog& log, const QString& backup)
{
    return runCli({QStringLiteral("restore"), backup, QStringLiteral("--db"), log.path()});
}

QStringList keptLogs(const TempLog& log)
{
    return QDir(log.dir()).entryList({QStringLiteral("log.before-restore-*")}, QDir::Files);
}

/// Sessions of the athlete in the log at `path`, read through the store.
int sessionsIn(const QString& path, qint64 athlete)
{
    OpenOptions readOnly;
    readOnly.readOnly = true;
    auto store = LogStore::open(path, readOnly);
    if (!store)
        return -1;
    auto count = (*store)->sessions().count(AthleteId{athlete});
    return count ? *count : -1;
}

} // namespace

TEST(BackupCommand, RestoringABackupBringsBackTheLogAsItWasAndKeepsTheNewerOne)
{
    AthleteLog log;
    logExample(log, QStringLiteral("2026-03-02"));
    const QString backup = QDir(log.dir()).filePath(QStringLiteral("backup.sqlite"));
    const CliRun written = backUp(log, backup);
    ASSERT_EQ(written.exitCode, 0) << written.err.toStdString();
    EXPECT_TRUE(written.out.contains(backup)) << written.out.toStdString();
    logExample(log, QStringLiteral("2026-03-04"));
    ASSERT_EQ(sessionCount(log), 2);

    const CliRun restored = restore(log, backup);
    ASSERT_EQ(restored.exitCode, 0) << restored.err.toStdString();
    EXPECT_TRUE(restored.out.contains(QStringLiteral("kept as"))) << restored.out.toStdString();
    EXPECT_EQ(sessionCount(log), 1);
    const QStringList kept = keptLogs(log);
    ASSERT_EQ(kept.size(), 1);
    EXPECT_TRUE(restored.out.contains(kept.front())) << restored.out.toStdString();
    EXPECT_EQ(sessionsIn(QDir(log.dir()).filePath(kept.front()), log.athleteId()), 2);
}

TEST(BackupCommand, AnExistingFileIsReplacedOnlyWithForce)
{
    AthleteLog log;
    const QString target = QDir(log.dir()).filePath(QStringLiteral("taken.sqlite"));
    ASSERT_TRUE(writeBytes(target, QByteArray("keep me")));
    const CliRun refused = backUp(log, target);
    EXPECT_EQ(refused.exitCode, 2);
    EXPECT_TRUE(refused.errIsOneLine()) << refused.err.toStdString();
    EXPECT_TRUE(refused.err.contains(QStringLiteral("--force"))) << refused.err.toStdString();
    EXPECT_EQ(readBytes(target), QByteArray("keep me"));

    const CliRun forced =
        backUp(log, target, {QStringLiteral("--force"), QStringLiteral("--json")});
    ASSERT_EQ(forced.exitCode, 0) << forced.err.toStdString();
    EXPECT_EQ(forced.json().value(QStringLiteral("backup")).toString(), target);
    EXPECT_EQ(sessionsIn(target, log.athleteId()), 0);
}

TEST(BackupCommand, TheLogItselfAndAMissingLogAreRefused)
{
    AthleteLog log;
    const CliRun itself = backUp(log, log.path(), {QStringLiteral("--force")});
    EXPECT_EQ(itself.exitCode, 2);
    EXPECT_TRUE(itself.err.contains(QStringLiteral("the log itself"))) << itself.err.toStdString();

    TempLog missing;
    const CliRun none = backUp(missing, QDir(missing.dir()).filePath(QStringLiteral("b.sqlite")));
    EXPECT_EQ(none.exitCode, 2);
    EXPECT_TRUE(none.errIsOneLine()) << none.err.toStdString();
    EXPECT_FALSE(QFile::exists(missing.path())) << "a backup never creates a log";
}

TEST(BackupCommand, ABackupOfAnotherProgramIsRefusedAndTheLogKept)
{
    AthleteLog log;
    logExample(log, QStringLiteral("2026-03-02"));
    const QString foreign = QDir(log.dir()).filePath(QStringLiteral("foreign.sqlite"));
    {
        RawSql raw(foreign);
        raw.exec(QStringLiteral("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)"));
    }
    const QByteArray before = readBytes(log.path());
    const CliRun refused = restore(log, foreign);
    EXPECT_EQ(refused.exitCode, 2);
    EXPECT_TRUE(refused.errIsOneLine()) << refused.err.toStdString();
    EXPECT_TRUE(refused.err.contains(QStringLiteral("foreign.sqlite")))
        << refused.err.toStdString();
    EXPECT_EQ(readBytes(log.path()), before);
    EXPECT_TRUE(keptLogs(log).isEmpty());
    EXPECT_EQ(sessionCount(log), 1);
}

TEST(BackupCommand, AnUpgradeNamesItsCopyOnceOnStderr)
{
    TempLog log;
    {
        OldLogWriter old(log.path(), 4);
        Athlete ana;
        ana.name = QStringLiteral("Ana");
        ASSERT_TRUE(AthleteStore(old.database()).insert(ana).ok());
    }
    const CliRun first = runCli({QStringLiteral("add-athlete"), QStringLiteral("--db"), log.path(),
                                 QStringLiteral("--name"), QStringLiteral("Ben"),
                                 QStringLiteral("--sex"), QStringLiteral("male")});
    ASSERT_EQ(first.exitCode, 0) << first.err.toStdString();
    const QStringList copies =
        QDir(log.dir()).entryList({QStringLiteral("log.before-upgrade-to-v*")}, QDir::Files);
    ASSERT_EQ(copies.size(), 1);
    EXPECT_TRUE(first.err.contains(QStringLiteral("note: Upgraded"))) << first.err.toStdString();
    EXPECT_TRUE(first.err.contains(copies.front())) << first.err.toStdString();

    const CliRun second = runCli({QStringLiteral("athletes"), QStringLiteral("--db"), log.path()});
    ASSERT_EQ(second.exitCode, 0) << second.err.toStdString();
    EXPECT_FALSE(second.err.contains(QStringLiteral("Upgraded"))) << second.err.toStdString();
}

TEST(BackupCommand, AnOldLogIsCopiedAsItIsWithoutAnUpgrade)
{
    TempLog log;
    {
        OldLogWriter old(log.path(), 4);
        Athlete ana;
        ana.name = QStringLiteral("Ana");
        ASSERT_TRUE(AthleteStore(old.database()).insert(ana).ok());
    }
    const QByteArray before = readBytes(log.path());
    const QString copy = QDir(log.dir()).filePath(QStringLiteral("copy.sqlite"));
    const CliRun written = backUp(log, copy);
    ASSERT_EQ(written.exitCode, 0) << written.err.toStdString();
    EXPECT_EQ(readBytes(log.path()), before);
    RawSql raw(copy);
    EXPECT_EQ(raw.value(QStringLiteral("PRAGMA user_version")).toInt(), 4);
    EXPECT_EQ(raw.value(QStringLiteral("SELECT name FROM athlete")).toString(),
              QStringLiteral("Ana"));
}
