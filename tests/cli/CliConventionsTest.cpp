// The conventions every paceline-cli subcommand shares: --help, exit statuses and
// one-line errors that name the bad value.

#include "CliRunner.h"

#include <QFile>

#include <gtest/gtest.h>

using namespace paceline::test;

TEST(CliConventions, HelpListsEverySubcommand)
{
    const CliRun run = runCli({QStringLiteral("--help")});
    EXPECT_EQ(run.exitCode, 0);
    for (const char* command :
         {"zones", "athletes", "add-athlete", "demo", "session", "advise", "log", "sessions",
          "plan", "export-ics", "load", "trends", "calibrate", "inspect", "import", "export",
          "backup", "restore", "workout"})
        EXPECT_TRUE(run.out.contains(QLatin1String(command))) << command;
}

TEST(CliConventions, NoArgumentsIsBadInput)
{
    const CliRun run = runCli({});
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.err.contains(QStringLiteral("Usage")));
}

TEST(CliConventions, UnknownSubcommandIsNamedWithStatus2)
{
    const CliRun run = runCli({QStringLiteral("frobnicate")});
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.errIsOneLine()) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(QStringLiteral("'frobnicate'"))) << run.err.toStdString();
}

TEST(CliConventions, UnknownOptionIsNamedWithStatus2)
{
    const CliRun run =
        runCli({QStringLiteral("zones"), QStringLiteral("--colour"), QStringLiteral("red")});
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.errIsOneLine()) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(QStringLiteral("colour"))) << run.err.toStdString();
}

TEST(CliConventions, SubcommandHelpExitsZero)
{
    const CliRun run = runCli({QStringLiteral("zones"), QStringLiteral("--help")});
    EXPECT_EQ(run.exitCode, 0);
    EXPECT_TRUE(run.out.contains(QStringLiteral("--race")));
}

TEST(CliConventions, AFileThatIsNotALogIsRefusedUntouched)
{
    TempLog log;
    QFile file(log.path());
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    const QByteArray junk("these are not the bytes of an SQLite database, not at all\n");
    file.write(junk);
    file.close();

    const CliRun run = runCli({QStringLiteral("athletes"), QStringLiteral("--db"), log.path()});
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.errIsOneLine()) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(QStringLiteral("log.sqlite"))) << run.err.toStdString();
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_EQ(file.readAll(), junk);
}
