// The shape of a generated year: sensible weeks for a runner and a triathlete, plans
// that copy the library's templates, and start times in the athlete's local time.

#include "DemoTestSupport.h"
#include "core/demo/Templates.h"
#include "core/science/TrainingPaces.h"

#include <QSet>

#include <gtest/gtest.h>

#include <map>

using namespace paceline;
using namespace paceline::test;

namespace {

std::map<QDate, std::vector<const PlannedSession*>> plansByDay(const demo::AthleteHistory& h)
{
    std::map<QDate, std::vector<const PlannedSession*>> days;
    for (const PlannedSession& plan : h.plans)
        days[plan.date].push_back(&plan);
    return days;
}

/// How far a plan's run goes: distances as given, durations at the day's mid-E speed.
double plannedMetres(const demo::AthleteHistory& history, const PlannedSession& plan)
{
    const PaceRange easy = trainingPaces(history.fitness.vdotOn(plan.date)).easy;
    const double speed = 0.5 * (easy.slowest.metresPerSecond + easy.fastest.metresPerSecond);
    double metres = 0.0;
    for (const Step* step : allSteps(plan.steps)) {
        if (const auto* distance = std::get_if<Distance>(&step->target))
            metres += distance->metres;
        else if (const auto* duration = std::get_if<Duration>(&step->target))
            metres += duration->seconds * speed;
    }
    return metres;
}

StepTree withoutIds(StepTree tree)
{
    for (StepNode& item : tree) {
        if (item.isStep()) {
            item.step().id = {};
        } else {
            item.group().id = {};
            item.group().children = withoutIds(item.group().children);
            if (item.group().recoveryBetweenSets)
                item.group().recoveryBetweenSets->id = {};
        }
    }
    return tree;
}

} // namespace

TEST(DemoHistoryShape, HardSessionsNeverFallOnConsecutiveDays)
{
    for (int index : {kRunner, kTriathlete, kImperialRunner}) {
        std::set<QDate> hardDays;
        for (const PlannedSession& plan : yearOf(index).plans) {
            if (isHard(plan))
                hardDays.insert(plan.date);
        }
        EXPECT_GT(hardDays.size(), 52u) << index; // more than one a week
        for (QDate day : hardDays)
            EXPECT_FALSE(hardDays.count(day.addDays(1)))
                << index << " " << day.toString().toStdString();
    }
}

TEST(DemoHistoryShape, EveryWeekHasARestDay)
{
    for (int index : {kRunner, kTriathlete, kImperialRunner}) {
        std::set<QDate> trainingDays;
        for (const LoggedSession& session : yearOf(index).sessions)
            trainingDays.insert(session.localDate());
        for (QDate monday : wholeWeeks(yearFirstDay(), kLastDay)) {
            int restDays = 0;
            for (int d = 0; d < 7; ++d)
                restDays += trainingDays.count(monday.addDays(d)) ? 0 : 1;
            EXPECT_GE(restDays, 1) << index << " week of " << monday.toString().toStdString();
            EXPECT_LE(restDays, 4) << index << " week of " << monday.toString().toStdString();
        }
    }
}

TEST(DemoHistoryShape, RunnersRunLongEveryWeek)
{
    for (int index : {kRunner, kImperialRunner}) {
        const demo::AthleteHistory& history = yearOf(index);
        const auto days = plansByDay(history);
        for (QDate monday : wholeWeeks(yearFirstDay(), kLastDay.addDays(14))) {
            double longest = 0.0;
            double secondLongest = 0.0;
            bool race = false;
            for (int d = 0; d < 7; ++d) {
                auto found = days.find(monday.addDays(d));
                if (found == days.end())
                    continue;
                for (const PlannedSession* plan : found->second) {
                    race = race || plan->purpose == Purpose::RaceSpecific;
                    if (plan->sport != Sport::Run || plan->templateId)
                        continue;
                    const double metres = plannedMetres(history, *plan);
                    secondLongest = std::max(secondLongest, std::min(longest, metres));
                    longest = std::max(longest, metres);
                }
            }
            if (race)
                continue; // the race replaces the long run
            EXPECT_GE(longest, 1.4 * secondLongest)
                << index << " " << monday.toString().toStdString();
            EXPECT_GE(longest, 9000.0) << index << " " << monday.toString().toStdString();
        }
    }
}

TEST(DemoHistoryShape, ImperialRunnersPlanLongRunsInMiles)
{
    const demo::AthleteHistory& history = yearOf(kImperialRunner);
    ASSERT_EQ(history.profile.athlete.units, UnitSystem::Imperial);
    int longRuns = 0;
    for (const PlannedSession& plan : history.plans) {
        if (plan.date.dayOfWeek() != Qt::Sunday || plan.purpose != Purpose::AerobicEndurance)
            continue;
        const auto* distance = std::get_if<Distance>(&plan.steps.front().step().target);
        ASSERT_NE(distance, nullptr);
        EXPECT_NEAR(distance->miles(), std::round(distance->miles()), 1e-9);
        ++longRuns;
    }
    EXPECT_GT(longRuns, 40);
}

TEST(DemoHistoryShape, TriathletesSwimBikeAndRunBricks)
{
    const demo::AthleteHistory& history = yearOf(kTriathlete);
    std::map<Sport, int> sports;
    for (const LoggedSession& session : history.sessions)
        ++sports[session.sport];
    EXPECT_GE(sports[Sport::Swim], 80);
    EXPECT_GE(sports[Sport::Bike], 60);
    EXPECT_GE(sports[Sport::Brick], 35);
    EXPECT_GE(sports[Sport::Run], 120);
    for (const PlannedSession& plan : history.plans) {
        if (plan.sport != Sport::Brick)
            continue;
        QSet<Sport> legs;
        for (const Step* step : allSteps(plan.steps))
            legs.insert(step->sport.value_or(Sport::Brick));
        EXPECT_EQ(legs, (QSet<Sport>{Sport::Bike, Sport::Run}));
    }
}

TEST(DemoHistoryShape, StructuredSessionsCopyVariedTemplates)
{
    for (int index : {kRunner, kTriathlete}) {
        QSet<qint64> used;
        bool nested = false;
        for (const PlannedSession& plan : yearOf(index).plans) {
            if (!plan.templateId)
                continue;
            const auto& library = demo::templateLibrary();
            ASSERT_GE(plan.templateId->value, 1);
            ASSERT_LE(plan.templateId->value, qint64(library.size()));
            const SessionTemplate& source = library[std::size_t(plan.templateId->value - 1)];
            EXPECT_EQ(plan.name, source.name);
            EXPECT_EQ(plan.sport, source.sport);
            EXPECT_TRUE(withoutIds(plan.steps) == withoutIds(source.steps))
                << plan.name.toStdString();
            used.insert(plan.templateId->value);
            for (const StepNode& item : plan.steps)
                nested = nested || (item.isGroup() && !item.group().children.empty() &&
                                    item.group().children.front().isGroup());
        }
        EXPECT_GE(used.size(), 6) << index;
        EXPECT_TRUE(nested) << index;
    }
}

TEST(DemoHistoryShape, StartsCarryTheLocalOffsetOfTheDay)
{
    for (int index : {kRunner, kTriathlete, kImperialRunner}) {
        QSet<int> offsets;
        for (const LoggedSession& session : yearOf(index).sessions) {
            // Qt turns an offset of zero into Qt::UTC.
            const int offset = session.start.offsetFromUtc();
            ASSERT_EQ(session.start.timeSpec(), offset == 0 ? Qt::UTC : Qt::OffsetFromUTC);
            offsets.insert(offset);
            EXPECT_GE(session.start.time().hour(), 5);
            EXPECT_LE(session.start.time().hour(), 21);
        }
        // A year in a place with summer time has two offsets an hour apart.
        ASSERT_EQ(offsets.size(), 2) << index;
        const QList<int> list = offsets.values();
        EXPECT_EQ(std::abs(list[0] - list[1]), 3600) << index;
    }
}
