// paceline-cli sessions: what `log` wrote, newest first, filtered by day and sport.

#include "LogTestSupport.h"

#include <QFileInfo>
#include <QRegularExpression>

#include <gtest/gtest.h>

using namespace paceline::test;

namespace {

QString key(const char* name)
{
    return QLatin1String(name);
}

QStringList days(const QJsonArray& sessions)
{
    QStringList list;
    for (const QJsonValue& session : sessions)
        list << session.toObject().value(key("local_date")).toString();
    return list;
}

/// A log with three sessions: runs on 1 and 10 March, a ride on 5 March.
class SessionsCommand : public ::testing::Test {
protected:
    void SetUp() override
    {
        logExample(m_log, key("2026-03-01"), {key("--title"), key("First 400s")});
        logExample(m_log, key("2026-03-10"), {key("--session-rpe"), key("8")});
        logExample(m_log, key("2026-03-05"), {key("--sport"), key("bike")});
    }

    AthleteLog m_log;
};

} // namespace

TEST_F(SessionsCommand, ListsWhatLogWroteNewestFirst)
{
    const QJsonArray sessions = listedSessions(m_log);
    ASSERT_EQ(sessions.size(), 3);
    EXPECT_EQ(days(sessions),
              (QStringList{key("2026-03-10"), key("2026-03-05"), key("2026-03-01")}));
    const QJsonObject newest = sessions.at(0).toObject();
    EXPECT_EQ(newest.value(key("title")).toString(), kEightBy400);
    EXPECT_EQ(newest.value(key("session_rpe")).toDouble(), 8.0);
    EXPECT_EQ(newest.value(key("stability")).toObject().value(key("work_reps")).toInt(), 8);
    EXPECT_FALSE(newest.contains(key("reps"))) << "a list leaves the reps out";
    EXPECT_EQ(sessions.at(2).toObject().value(key("title")).toString(), key("First 400s"));
}

TEST_F(SessionsCommand, FiltersByDays)
{
    EXPECT_EQ(days(listedSessions(m_log, {key("--from"), key("2026-03-02")})),
              (QStringList{key("2026-03-10"), key("2026-03-05")}));
    EXPECT_EQ(days(listedSessions(m_log, {key("--to"), key("2026-03-05")})),
              (QStringList{key("2026-03-05"), key("2026-03-01")}));
    EXPECT_EQ(days(listedSessions(
                  m_log, {key("--from"), key("2026-03-05"), key("--to"), key("2026-03-05")})),
              QStringList{key("2026-03-05")});
    EXPECT_TRUE(listedSessions(m_log, {key("--from"), key("2026-04-01")}).isEmpty());
}

TEST_F(SessionsCommand, FiltersBySport)
{
    EXPECT_EQ(days(listedSessions(m_log, {key("--sport"), key("bike")})),
              QStringList{key("2026-03-05")});
    EXPECT_EQ(days(listedSessions(m_log, {key("--sport"), key("run")})),
              (QStringList{key("2026-03-10"), key("2026-03-01")}));
}

TEST_F(SessionsCommand, PrintsATableWithoutJson)
{
    const CliRun run = runCli({key("sessions"), key("--db"), m_log.path()});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QStringList lines = run.out.trimmed().split(QLatin1Char('\n'));
    ASSERT_EQ(lines.size(), 4) << run.out.toStdString();
    EXPECT_TRUE(lines[0].contains(key("CV %")));
    EXPECT_TRUE(lines[1].startsWith(key("2026-03-10  8x400m @I / 90s jog")));
    // The reps' 3.2 km and the jogs' estimated distance.
    EXPECT_TRUE(lines[1].contains(QRegularExpression(key(" [45]\\.\\d\\d km "))))
        << lines[1].toStdString();
    EXPECT_TRUE(lines[1].contains(key("24:06")));
    EXPECT_TRUE(lines[3].contains(key("First 400s")));
}

TEST_F(SessionsCommand, BadFiltersAreNamed)
{
    for (const QStringList& options :
         {QStringList{key("--from"), key("March")}, QStringList{key("--to"), key("2026-13-01")},
          QStringList{key("--from"), key("2026-03-10"), key("--to"), key("2026-03-01")},
          QStringList{key("--sport"), key("curling")}}) {
        const CliRun run =
            runCli(QStringList{key("sessions"), key("--db"), m_log.path()} + options);
        EXPECT_EQ(run.exitCode, 2) << options.join(' ').toStdString();
        EXPECT_TRUE(run.errIsOneLine()) << run.err.toStdString();
        EXPECT_TRUE(run.err.contains(options[1])) << run.err.toStdString();
    }
}

TEST(SessionsCommandEmpty, AnEmptyLogListsNothing)
{
    AthleteLog log;
    EXPECT_TRUE(listedSessions(log).isEmpty());
    const CliRun text = runCli({key("sessions"), key("--db"), log.path()});
    EXPECT_EQ(text.exitCode, 0);
    EXPECT_TRUE(text.out.contains(key("No logged sessions yet"))) << text.out.toStdString();
}

TEST(SessionsCommandEmpty, AMissingLogIsNamedAndNotCreated)
{
    TempLog log;
    const CliRun run = runCli({key("sessions"), key("--db"), log.path()});
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.err.contains(log.path())) << run.err.toStdString();
    EXPECT_FALSE(QFileInfo::exists(log.path()));
}
