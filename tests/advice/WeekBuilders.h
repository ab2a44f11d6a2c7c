#pragma once

// Short ways to lay out weeks for the week-rule tests. Day 0 is the Monday of the
// checked week (2026-11-02); days -7 to -1 are the week before, given as context.

#include "core/advice/WeekAdvisor.h"

#include <gtest/gtest.h>

#include <ostream>
#include <vector>

namespace paceline {

void PrintTo(const WeekFinding& finding, std::ostream* out);

namespace test {

// Sessions by what the rules should see in them (tests/core/TrainingLoadTest.cpp
// checks the classification itself).
StepTree hardIntervals(); // 5K sharpening: 8 x 400 m @I, hard
StepTree hardThreshold(); // cruise intervals 5 x 1 km @T, hard
StepTree easyRun(double minutes);
StepTree longRun(double minutes = 100); // easy running, long from 90 min
StepTree hardBike();                    // 20 min at RPE 7.5: hard
StepTree brick();                       // bike 60 min @RPE 5, run 20 min @M: moderate

class WeekPlan {
public:
    WeekPlan();

    static QDate dayDate(int day) { return QDate(2026, 11, 2).addDays(day); }

    PlannedSessionId add(int day, const QString& name, StepTree steps, Sport sport = Sport::Run);
    void rest(int day);
    /// Logged load per day for the days before Monday (oldest first).
    void history(std::vector<double> daily) { m_history = std::move(daily); }
    void maxHard(int count) { m_maxHard = count; }

    WeekAdviceInput input() const;

private:
    std::vector<PlanDay> m_days; // days -7 to 6
    std::vector<double> m_history;
    int m_maxHard = 3;
    qint64 m_nextId = 1;
};

/// The findings of one rule.
std::vector<WeekFinding> weekFindingsOf(const WeekAdviceInput& input, const char* rule);

/// The input with the fix's changes applied by hand, as the planner would.
WeekAdviceInput applied(const WeekAdviceInput& input, const WeekFix& fix);

/// Applies the fix of the first finding of `rule`: checks the rule no longer fires and
/// no finding appears that was not there before (same rule and sessions).
::testing::AssertionResult fixResolves(const WeekAdviceInput& input, const char* rule);

} // namespace test
} // namespace paceline
