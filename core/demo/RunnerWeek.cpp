// A runner's week: Mon rest, Tue speed, Wed easy (+ strength every other week), Thu
// threshold, Fri rest or easy, Sat easy + strides, Sun long run. The two hard days
// have an easy day between them and after them.

#include "Fitness.h"
#include "Profile.h"
#include "WeekPlan.h"

namespace paceline::demo::plan {

void addRunnerWeek(const WeekContext& week, Random& random, std::vector<PlannedSession>& out)
{
    const Profile& profile = week.profile;
    const bool recovery = week.fitness.isRecoveryWeek(week.monday);
    const bool raceWeek = week.fitness.isRaceWeek(week.monday);
    const int turn = week.weekNumber + profile.index;
    auto day = [&](int weekday) { return week.monday.addDays(weekday - 1); };

    out.push_back(fromTemplate(day(Qt::Tuesday), pickFrom(speedRotation(), random)));
    out.push_back(easyRun(day(Qt::Wednesday), easyMinutes(week, 1.0, random)));
    if (!recovery && turn % 2 == 0) {
        PlannedSession strength = fromTemplate(day(Qt::Wednesday), TemplateKey::StrengthMobility);
        strength.orderInDay = 1;
        out.push_back(std::move(strength));
    }
    if (recovery)
        out.push_back(easyRun(day(Qt::Thursday), easyMinutes(week, 0.8, random)));
    else
        out.push_back(fromTemplate(day(Qt::Thursday), pickFrom(thresholdRotation(), random)));
    if (profile.runsFriday && !raceWeek)
        out.push_back(easyRun(day(Qt::Friday), easyMinutes(week, 0.7, random), "Recovery run"));
    out.push_back(easyRunWithStrides(day(Qt::Saturday), easyMinutes(week, 0.8, random)));

    if (raceWeek && week.raceDay == day(Qt::Sunday)) {
        out.push_back(race(week));
        return;
    }
    out.push_back(longRun(week, day(Qt::Sunday), longRunMinutes(week, random)));
}

} // namespace paceline::demo::plan
