// The command line on awkward logs: a newer Paceline's log is read but never written,
// and a write while another program holds the log says it is busy.

#include "LogTestSupport.h"
#include "core/store/LogStore.h"
#include "store/RawSql.h"

#include <QFile>

#include <gtest/gtest.h>

using namespace paceline;
using namespace paceline::test;

namespace {

QByteArray bytesOf(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/// `log` of the example on `date`, whatever comes of it.
CliRun tryLogExample(const TempLog& log, const QString& date)
{
    return logWorkout(log, {QStringLiteral("--date"), date, QStringLiteral("--text"), kEightBy400,
                            QStringLiteral("--splits"), kEightSplits, QStringLiteral("--rpe"),
                            kEightRpe});
}

/// A log with one session, then marked as written by a newer Paceline.
class NewerLogCommands : public ::testing::Test {
protected:
    void SetUp() override
    {
        logExample(m_log, QStringLiteral("2026-03-01"));
        m_newer = LogStore::latestSchemaVersion() + 2;
        RawSql raw(m_log.path());
        raw.exec(QStringLiteral("PRAGMA user_version = %1").arg(m_newer));
    }

    AthleteLog m_log;
    int m_newer = 0;
};

} // namespace

TEST_F(NewerLogCommands, ReadingCommandsWorkWithANote)
{
    const QByteArray before = bytesOf(m_log.path());
    const CliRun run = runCli({QStringLiteral("sessions"), QStringLiteral("--db"), m_log.path(),
                               QStringLiteral("--json")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_EQ(run.json().value(QStringLiteral("sessions")).toArray().size(), 1);
    EXPECT_TRUE(run.err.contains(QStringLiteral("note:"))) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(QStringLiteral("newer Paceline (schema version %1").arg(m_newer)))
        << run.err.toStdString();
    EXPECT_EQ(bytesOf(m_log.path()), before);
}

TEST_F(NewerLogCommands, WritingCommandsRefuseAndChangeNothing)
{
    const QByteArray before = bytesOf(m_log.path());
    const CliRun run = tryLogExample(m_log, QStringLiteral("2026-03-02"));
    EXPECT_EQ(run.exitCode, 2) << run.err.toStdString();
    EXPECT_TRUE(run.errIsOneLine()) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(QStringLiteral("newer version of Paceline")))
        << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(QStringLiteral("Commands that only read it")));
    EXPECT_EQ(bytesOf(m_log.path()), before);
    EXPECT_EQ(sessionCount(m_log), 1);
}

// Waits out the app's 5 s busy timeout once: the real end-to-end path of an import
// while another program writes.
TEST(BusyLogCommand, WriteWhileAnotherProgramWritesSaysTheLogIsBusy)
{
    AthleteLog log;
    logExample(log, QStringLiteral("2026-03-01"));
    CliRun run;
    {
        RawSql other(log.path());
        other.exec(QStringLiteral("BEGIN IMMEDIATE"));
        run = tryLogExample(log, QStringLiteral("2026-03-02"));
        other.exec(QStringLiteral("ROLLBACK"));
    }
    EXPECT_EQ(run.exitCode, 1) << run.err.toStdString();
    EXPECT_TRUE(run.errIsOneLine()) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(QStringLiteral("the log is busy: another program is writing")))
        << run.err.toStdString();
    EXPECT_EQ(sessionCount(log), 1);
    logExample(log, QStringLiteral("2026-03-02")); // and works once the other has finished
    EXPECT_EQ(sessionCount(log), 2);
}
