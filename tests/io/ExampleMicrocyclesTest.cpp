// The shipped microcycles: every session reads, the days are valid, and each week
// passes the week rules without a warning or a problem.

#include "core/io/ExampleMicrocycles.h"

#include "core/advice/WeekAdvisor.h"
#include "core/io/ExampleSessions.h"
#include "core/io/SessionNotation.h"

#include <QSet>

#include <gtest/gtest.h>

using namespace paceline;

namespace {

// A Monday, so the templates' day 0 is a Monday as the descriptions say.
const QDate kStart(2026, 11, 23);

/// The template laid out on a calendar from kStart, with provisional session ids.
std::vector<PlanDay> planDays(const MicrocycleTemplate& cycle)
{
    std::vector<PlanDay> days(size_t(cycle.dayCount()));
    for (size_t i = 0; i < days.size(); ++i)
        days[i].date = kStart.addDays(qint64(i));
    for (int rest : cycle.restDays)
        days.at(size_t(rest)).rest = true;
    qint64 id = 0;
    for (const MicrocycleSession& session : cycle.sessions) {
        PlannedSession planned;
        planned.id = PlannedSessionId{++id};
        planned.date = kStart.addDays(session.day);
        planned.orderInDay = session.orderInDay;
        planned.name = session.name;
        planned.sport = session.sport;
        planned.purpose = session.purpose;
        planned.steps = session.steps;
        days.at(size_t(session.day)).sessions.push_back(planned);
    }
    return days;
}

} // namespace

TEST(ExampleMicrocycles, ShipsARunnerAndATriathlonPattern)
{
    const auto cycles = exampleMicrocycles();
    ASSERT_GE(cycles.size(), 3u);
    QSet<QString> names;
    for (const MicrocycleTemplate& cycle : cycles)
        names.insert(cycle.name);
    EXPECT_EQ(names.size(), qsizetype(cycles.size())) << "names are unique";
    EXPECT_TRUE(names.contains(QStringLiteral("Runner: two hard, one light, rest")));
    EXPECT_TRUE(names.contains(QStringLiteral("Triathlon week with bricks")));
}

TEST(ExampleMicrocycles, EverySessionReadsAndSitsOnAValidDay)
{
    for (const MicrocycleTemplate& cycle : exampleMicrocycles()) {
        SCOPED_TRACE(cycle.name.toStdString());
        EXPECT_FALSE(cycle.description.isEmpty());
        EXPECT_GE(cycle.weeks, 1);
        // Sessions are in (day, order) order, order counting from 0 within a day.
        int previousDay = -1;
        int expectedOrder = 0;
        for (const MicrocycleSession& session : cycle.sessions) {
            EXPECT_GE(session.day, 0);
            EXPECT_LT(session.day, cycle.dayCount());
            EXPECT_GE(session.day, previousDay);
            expectedOrder = session.day == previousDay ? expectedOrder + 1 : 0;
            EXPECT_EQ(session.orderInDay, expectedOrder) << session.name.toStdString();
            previousDay = session.day;
            EXPECT_FALSE(session.steps.empty()) << session.name.toStdString();
            EXPECT_FALSE(session.name.isEmpty());
            // Written in the notation, so each writes back to a line that reads again.
            const auto reread = parseSessionNotation(formatSessionNotation(session.steps));
            ASSERT_TRUE(reread.ok()) << session.name.toStdString();
            EXPECT_EQ(*reread, session.steps);
        }
        for (int rest : cycle.restDays) {
            EXPECT_GE(rest, 0);
            EXPECT_LT(rest, cycle.dayCount());
            for (const MicrocycleSession& session : cycle.sessions)
                EXPECT_NE(session.day, rest) << "a rest day holds " << session.name.toStdString();
        }
    }
}

TEST(ExampleMicrocycles, SharedSessionsMatchTheExampleSessions)
{
    const auto sessions = exampleSessions();
    int shared = 0;
    for (const MicrocycleTemplate& cycle : exampleMicrocycles()) {
        for (const MicrocycleSession& session : cycle.sessions) {
            const auto same = std::find_if(sessions.begin(), sessions.end(),
                                           [&](const auto& s) { return s.name == session.name; });
            if (same == sessions.end())
                continue;
            ++shared;
            EXPECT_EQ(same->steps, session.steps) << session.name.toStdString();
            EXPECT_EQ(same->sport, session.sport) << session.name.toStdString();
        }
    }
    EXPECT_GT(shared, 3);
}

TEST(ExampleMicrocycles, PassTheWeekRules)
{
    for (const MicrocycleTemplate& cycle : exampleMicrocycles()) {
        SCOPED_TRACE(cycle.name.toStdString());
        WeekAdviceInput input;
        input.days = planDays(cycle);
        input.first = kStart;
        input.last = kStart.addDays(cycle.dayCount() - 1);
        for (const WeekFinding& finding : adviseWeek(input))
            EXPECT_EQ(finding.severity, Severity::Info)
                << finding.rule.toStdString() << ": " << finding.message.toStdString();
    }
}

// The check above can fail: the same runner week with Thursday's threshold moved to
// Wednesday puts two hard days back to back, and the rules say so.
TEST(ExampleMicrocycles, TheRulesCatchABrokenVariant)
{
    MicrocycleTemplate cycle = exampleMicrocycles().front();
    for (MicrocycleSession& session : cycle.sessions) {
        if (session.day == 2)
            session.day = 3;
        else if (session.day == 3)
            session.day = 2;
    }
    WeekAdviceInput input;
    input.days = planDays(cycle);
    input.first = kStart;
    input.last = kStart.addDays(6);
    const auto findings = adviseWeek(input);
    EXPECT_TRUE(std::any_of(findings.begin(), findings.end(), [](const WeekFinding& finding) {
        return finding.rule == QStringLiteral("week.hard-back-to-back");
    }));
}
