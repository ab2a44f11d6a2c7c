// How a generated year hangs together: logs and reps link to their plans and steps,
// a few plans are missed, and the plan runs on two weeks past the last day.

#include "DemoTestSupport.h"
#include "core/demo/Templates.h"

#include <QSet>

#include <gtest/gtest.h>

#include <map>

using namespace paceline;
using namespace paceline::test;

TEST(DemoHistoryLinks, PlanRunsTwoWeeksPastTheLastDay)
{
    const demo::AthleteHistory& history = yearOf(kRunner);
    ASSERT_FALSE(history.plans.empty());
    EXPECT_GE(history.plans.front().date, yearFirstDay());
    EXPECT_LE(history.plans.front().date, yearFirstDay().addDays(2));
    EXPECT_LE(history.plans.back().date, kLastDay.addDays(14));
    EXPECT_GT(history.plans.back().date, kLastDay.addDays(10));
    for (const LoggedSession& session : history.sessions)
        EXPECT_LE(session.localDate(), kLastDay);
    QSet<qint64> logged;
    for (const LoggedSession& session : history.sessions) {
        if (session.plannedSessionId)
            logged.insert(session.plannedSessionId->value);
    }
    int future = 0;
    for (const PlannedSession& plan : history.plans) {
        if (plan.date > kLastDay) {
            ++future;
            EXPECT_FALSE(logged.contains(plan.id.value));
        }
    }
    EXPECT_GE(future, 8);
}

TEST(DemoHistoryLinks, LogsLinkToTheirPlansAndSteps)
{
    for (int index : {kRunner, kTriathlete}) {
        const demo::AthleteHistory& history = yearOf(index);
        for (std::size_t i = 0; i < history.plans.size(); ++i)
            ASSERT_EQ(history.plans[i].id.value, qint64(i) + 1);
        int reps = 0;
        for (const LoggedSession& session : history.sessions) {
            const PlannedSession* plan = planOf(history, session);
            if (!plan) {
                EXPECT_TRUE(session.reps.empty());
                continue;
            }
            EXPECT_EQ(plan->date, session.localDate());
            EXPECT_EQ(plan->sport, session.sport);
            for (const Rep& rep : session.reps) {
                ASSERT_TRUE(rep.plannedStepId);
                const Step* step = stepOf(*plan, *rep.plannedStepId);
                ASSERT_NE(step, nullptr) << plan->name.toStdString();
                EXPECT_EQ(rep.kind == RepKind::Recovery, step->kind == StepKind::Recovery);
                // A rep covers its step's target: the distance, or the time, given.
                if (const auto* distance = std::get_if<Distance>(&step->target)) {
                    EXPECT_EQ(rep.distance, *distance) << plan->name.toStdString();
                }
                if (const auto* duration = std::get_if<Duration>(&step->target)) {
                    EXPECT_EQ(rep.time, *duration) << plan->name.toStdString();
                }
                ++reps;
            }
        }
        EXPECT_GT(reps, 52 * 20) << index;
    }
}

TEST(DemoHistoryLinks, MissedAndExtraSessionsAreRare)
{
    for (int index : {kRunner, kTriathlete}) {
        const demo::AthleteHistory& history = yearOf(index);
        QSet<qint64> logged;
        int unplanned = 0;
        for (const LoggedSession& session : history.sessions) {
            if (session.plannedSessionId)
                logged.insert(session.plannedSessionId->value);
            else
                ++unplanned;
        }
        int past = 0;
        int missed = 0;
        for (const PlannedSession& plan : history.plans) {
            if (plan.date > kLastDay)
                continue;
            ++past;
            missed += logged.contains(plan.id.value) ? 0 : 1;
        }
        const double missedShare = double(missed) / past;
        EXPECT_GT(missed, 0) << index;
        EXPECT_GT(missedShare, 0.01) << index;
        EXPECT_LT(missedShare, 0.10) << index;
        EXPECT_GT(unplanned, 0) << index;
        EXPECT_LT(unplanned, 15) << index;
    }
}

TEST(DemoHistoryLinks, RepeatGroupsAreLoggedRepByRep)
{
    using demo::TemplateKey;
    // Work and recovery of every set, and recoveries between sets but not after the last.
    const std::map<TemplateKey, std::size_t> expected{
        {TemplateKey::Intervals400, 16},
        {TemplateKey::Rotations, 3 * 3 + 2},
        {TemplateKey::RepetitionSets, 2 * 8 + 1},
        {TemplateKey::Tempo, 1},
    };
    std::map<TemplateKey, int> seen;
    const demo::AthleteHistory& history = yearOf(kRunner);
    for (const LoggedSession& session : history.sessions) {
        const PlannedSession* plan = planOf(history, session);
        if (!plan || !plan->templateId)
            continue;
        const auto key = TemplateKey(plan->templateId->value - 1);
        if (!expected.count(key))
            continue;
        EXPECT_EQ(session.reps.size(), expected.at(key)) << plan->name.toStdString();
        ++seen[key];
    }
    EXPECT_EQ(seen.size(), expected.size());
}
