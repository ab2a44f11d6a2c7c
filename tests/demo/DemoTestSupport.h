#pragma once

#include "core/demo/AthleteHistory.h"
#include "core/demo/DemoData.h"
#include "core/model/PlannedSession.h"

#include <QDate>

#include <vector>

namespace paceline::test {

/// A Sunday, so that the history is whole weeks.
inline const QDate kLastDay{2026, 3, 29};

DemoOptions demoOptions(int athletes, int weeks, quint64 seed = 1, QDate lastDay = kLastDay);

/// Athletes of a demo log: 0 and 2 run (2 in miles), 1 is a triathlete.
constexpr int kRunner = 0;
constexpr int kTriathlete = 1;
constexpr int kImperialRunner = 2;

/// A year (52 weeks to kLastDay) of athlete `index` with seed 1, generated once per
/// test run.
const demo::AthleteHistory& yearOf(int index);
inline QDate yearFirstDay()
{
    return kLastDay.addDays(1 - 7 * 52);
}

/// A session is hard when any of its work steps is at T, I, R or a rotation's race or
/// surge pace, or at RPE 7 or more (bike intervals), or it is a race (no intensity).
bool isHard(const PlannedSession& plan);

/// Every step of a tree (repeat groups' children and recoveries between sets
/// included), once each.
std::vector<const Step*> allSteps(const StepTree& tree);

/// Mondays of the whole calendar weeks from `first` to `last`.
std::vector<QDate> wholeWeeks(QDate first, QDate last);

/// The plan a logged session links to (provisional ids: plans[id - 1]); null if none.
const PlannedSession* planOf(const demo::AthleteHistory& history, const LoggedSession& session);

/// A step of the plan by id; null if the plan has no such step.
const Step* stepOf(const PlannedSession& plan, StepId id);

} // namespace paceline::test
