// A triathlete's week: Mon rest; Tue run speed + swim; Wed endurance bike; Thu bike
// intervals or (every other week) run threshold, + technique swim; Fri short run with
// strides; Sat brick (with bike intervals in the weeks Thursday was a run); Sun long
// run. Hard days (Tue, Thu, and Sat when its bike is hard) never touch.

#include "Fitness.h"
#include "Profile.h"
#include "Random.h"
#include "WeekPlan.h"

#include <cmath>

namespace paceline::demo::plan {

namespace {

PlannedSession second(PlannedSession session)
{
    session.orderInDay = 1;
    return session;
}

double bikeMinutes(const WeekContext& week, Random& random)
{
    const double raw = 75.0 * week.fitness.loadFactor(week.monday) * random.uniform(0.9, 1.1);
    return 5.0 * std::round(raw / 5.0);
}

} // namespace

void addTriathleteWeek(const WeekContext& week, Random& random, std::vector<PlannedSession>& out)
{
    const bool recovery = week.fitness.isRecoveryWeek(week.monday);
    const bool raceWeek = week.fitness.isRaceWeek(week.monday);
    const int turn = week.weekNumber + week.profile.index;
    const bool runThursday = turn % 2 == 0;
    auto day = [&](int weekday) { return week.monday.addDays(weekday - 1); };
    out.push_back(fromTemplate(day(Qt::Tuesday), pickFrom(speedRotation(), random)));
    out.push_back(second(fromTemplate(day(Qt::Tuesday), TemplateKey::SwimAerobic)));
    out.push_back(aerobicBike(week, day(Qt::Wednesday), bikeMinutes(week, random)));
    if (recovery) {
        out.push_back(fromTemplate(day(Qt::Thursday), TemplateKey::SwimTechnique));
    } else {
        out.push_back(fromTemplate(day(Qt::Thursday), runThursday
                                                          ? pickFrom(thresholdRotation(), random)
                                                          : TemplateKey::BikeIntervals));
        out.push_back(second(fromTemplate(day(Qt::Thursday), TemplateKey::SwimTechnique)));
        out.push_back(easyRunWithStrides(day(Qt::Friday), easyMinutes(week, 0.75, random)));
    }

    if (raceWeek && week.raceDay == day(Qt::Sunday)) {
        out.push_back(fromTemplate(day(Qt::Saturday), TemplateKey::SwimAerobic));
        out.push_back(race(week));
        return;
    }
    const bool hardBrick = runThursday && !recovery;
    out.push_back(fromTemplate(day(Qt::Saturday),
                               hardBrick ? TemplateKey::BrickIntervals : TemplateKey::BrickSteady));
    out.push_back(longRun(week, day(Qt::Sunday), longRunMinutes(week, random)));
}

} // namespace paceline::demo::plan
