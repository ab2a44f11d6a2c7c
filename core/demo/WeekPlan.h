#pragma once

#include "Templates.h"
#include "core/model/PlannedSession.h"

#include <QDate>

#include <span>
#include <vector>

namespace paceline::demo {

class Fitness;
class Random;
struct Profile;

/// Hands out provisional ids in generation order: plans 1, 2, 3, ... and steps 1, 2,
/// 3, ... across one athlete's history. The writer maps them to the store's ids.
class IdSource {
public:
    PlannedSessionId nextPlan() { return PlannedSessionId{++m_plans}; }
    /// Gives every step and group in the tree a fresh id, depth first.
    void assignStepIds(StepTree& tree);
    qint64 planCount() const { return m_plans; }
    qint64 stepCount() const { return m_steps; }

private:
    qint64 m_plans = 0;
    qint64 m_steps = 0;
};

/// What planning one week needs to know.
struct WeekContext {
    const Profile& profile;
    const Fitness& fitness;
    QDate monday;
    /// Only days in [firstDay, lastPlanDay] get sessions (the history may start
    /// mid-week).
    QDate firstDay;
    QDate lastPlanDay;
    QDate raceDay;
    int weekNumber = 0; ///< Weeks since the first Monday; drives the rotations.
};

/// The week's planned sessions, ordered by day and order in the day, with
/// provisional ids. A runner rests on Monday, runs a speed session on Tuesday and a
/// threshold session on Thursday, easy runs between and a long run on Sunday; a
/// triathlete swims twice, bikes, runs a brick on Saturday and keeps hard days apart.
std::vector<PlannedSession> planWeek(const WeekContext& week, Random& random, IdSource& ids);

namespace plan {

// Building blocks shared by the runner's and the triathlete's week (WeekPlan.cpp).
PlannedSession fromTemplate(QDate day, TemplateKey key);
PlannedSession easyRun(QDate day, double minutes, const char* name = "Easy run");
PlannedSession easyRunWithStrides(QDate day, double minutes);
PlannedSession longRun(const WeekContext& week, QDate day, double minutes);
PlannedSession race(const WeekContext& week);
PlannedSession aerobicBike(const WeekContext& week, QDate day, double minutes);
/// Minutes of an easy run this week: the profile's, scaled by the week's load and a
/// little variation, rounded to 5.
double easyMinutes(const WeekContext& week, double share, Random& random);
/// Minutes of this week's long run: the profile's, scaled by the week's load, at least
/// an hour.
double longRunMinutes(const WeekContext& week, Random& random);
/// One of a rotation's sessions, drawn: a fixed cycle of three could fall into step
/// with a three-week load cycle, so that one session only ever came in recovery weeks.
TemplateKey pickFrom(std::span<const TemplateKey> keys, Random& random);

void addRunnerWeek(const WeekContext& week, Random& random, std::vector<PlannedSession>& out);
void addTriathleteWeek(const WeekContext& week, Random& random, std::vector<PlannedSession>& out);

} // namespace plan

} // namespace paceline::demo
