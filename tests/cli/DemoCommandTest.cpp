// paceline-cli demo: options are checked, a log with data is never filled, and the
// same options give the same log.

#include "CliRunner.h"

#include <QJsonArray>

#include <gtest/gtest.h>

using namespace paceline::test;

namespace {

CliRun demo(const TempLog& log, QStringList options)
{
    QStringList args{QStringLiteral("demo"), QStringLiteral("--db"), log.path()};
    return runCli(args + options);
}

} // namespace

TEST(DemoCommand, WritesAReportedHistory)
{
    TempLog log;
    const CliRun run =
        demo(log, {QStringLiteral("--athletes"), QStringLiteral("2"), QStringLiteral("--weeks"),
                   QStringLiteral("6"), QStringLiteral("--end"), QStringLiteral("2026-03-29"),
                   QStringLiteral("--json")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QJsonObject summary = run.json();
    EXPECT_EQ(summary.value(QStringLiteral("athletes")).toInt(), 2);
    // Six weeks of a runner and a triathlete: several sessions a week each.
    EXPECT_GT(summary.value(QStringLiteral("logged_sessions")).toInt(), 2 * 6 * 3);
    EXPECT_GT(summary.value(QStringLiteral("reps")).toInt(), 0);

    const CliRun listed = runCli(
        {QStringLiteral("athletes"), QStringLiteral("--db"), log.path(), QStringLiteral("--json")});
    EXPECT_EQ(listed.json().value(QStringLiteral("athletes")).toArray().size(), 2);
}

TEST(DemoCommand, SameOptionsGiveTheSameSummary)
{
    TempLog first;
    TempLog second;
    const QStringList options{QStringLiteral("--weeks"), QStringLiteral("4"),
                              QStringLiteral("--seed"),  QStringLiteral("7"),
                              QStringLiteral("--end"),   QStringLiteral("2025-06-01"),
                              QStringLiteral("--json")};
    const CliRun a = demo(first, options);
    const CliRun b = demo(second, options);
    ASSERT_EQ(a.exitCode, 0) << a.err.toStdString();
    EXPECT_EQ(a.json(), b.json());
}

TEST(DemoCommand, RefusesALogThatHoldsData)
{
    TempLog log;
    ASSERT_EQ(runCli({QStringLiteral("add-athlete"), QStringLiteral("--db"), log.path(),
                      QStringLiteral("--name"), QStringLiteral("Ana")})
                  .exitCode,
              0);
    const CliRun run = demo(log, {});
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.errIsOneLine()) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(QStringLiteral("already holds")));
}

TEST(DemoCommand, BadOptionsAreNamed)
{
    TempLog log;
    const QList<std::pair<QStringList, QString>> cases{
        {{QStringLiteral("--athletes"), QStringLiteral("0")}, QStringLiteral("'0'")},
        {{QStringLiteral("--athletes"), QStringLiteral("many")}, QStringLiteral("'many'")},
        {{QStringLiteral("--weeks"), QStringLiteral("99999")}, QStringLiteral("'99999'")},
        {{QStringLiteral("--seed"), QStringLiteral("-1")}, QStringLiteral("'-1'")},
        {{QStringLiteral("--end"), QStringLiteral("2026-02-30")}, QStringLiteral("'2026-02-30'")},
    };
    for (const auto& [options, named] : cases) {
        const CliRun run = demo(log, options);
        EXPECT_EQ(run.exitCode, 2) << options.join(QLatin1Char(' ')).toStdString();
        EXPECT_TRUE(run.err.contains(named)) << run.err.toStdString();
    }
}
