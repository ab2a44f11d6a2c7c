// How the generated athlete performs: fitness that improves, a recent race that
// agrees with it, rep paces near the zone paces of the day, RPE, heart rate and
// wellness in range and answering to fatigue.

#include "DemoTestSupport.h"
#include "core/demo/Effort.h"
#include "core/demo/Random.h"
#include "core/demo/SessionLog.h"
#include "core/demo/Templates.h"
#include "core/demo/WeekPlan.h"
#include "core/science/TrainingPaces.h"
#include "core/science/Vdot.h"

#include <gtest/gtest.h>

#include <cmath>
#include <map>

using namespace paceline;
using namespace paceline::test;

namespace {

std::optional<Speed> zoneSpeed(const TrainingPaces& paces, PaceZone zone)
{
    switch (zone) {
    case PaceZone::Threshold:
        return paces.threshold;
    case PaceZone::Interval:
        return paces.interval;
    case PaceZone::Repetition:
        return paces.repetition;
    default:
        return std::nullopt;
    }
}

/// The test's own acute:chronic ratio per day (7-day over 28-day mean session load),
/// as of the morning of that day.
std::map<QDate, double> loadRatios(const demo::AthleteHistory& history)
{
    std::map<QDate, double> loads;
    for (const LoggedSession& session : history.sessions)
        loads[session.localDate()] += session.sessionRpe.value_or(0) * session.duration.minutes();
    std::map<QDate, double> ratios;
    const QDate first = history.sessions.front().localDate();
    for (QDate day = first.addDays(28); day <= kLastDay; day = day.addDays(1)) {
        double acute = 0.0;
        double chronic = 0.0;
        for (int back = 1; back <= 28; ++back) {
            const auto found = loads.find(day.addDays(-back));
            const double load = found == loads.end() ? 0.0 : found->second;
            chronic += load / 28.0;
            acute += back <= 7 ? load / 7.0 : 0.0;
        }
        ratios[day] = chronic > 0.0 ? acute / chronic : 1.0;
    }
    return ratios;
}

} // namespace

TEST(DemoPerformance, FitnessImprovesSlowly)
{
    for (int index : {0, 1, 2}) {
        const demo::AthleteHistory& history = yearOf(index);
        const double start = history.fitness.vdotOn(kLastDay.addDays(-7 * 52 + 1));
        const double end = history.fitness.vdotOn(kLastDay);
        EXPECT_GT(end - start, 1.0) << index;
        EXPECT_LT(end - start, 5.0) << index;
        double previous = 0.0;
        for (QDate day = kLastDay.addDays(-7 * 52); day <= kLastDay; day = day.addDays(7)) {
            EXPECT_GE(history.fitness.vdotOn(day), previous);
            previous = history.fitness.vdotOn(day);
        }
    }
    const demo::AthleteHistory decade = demo::generateHistory(0, demoOptions(1, 520));
    const double gain =
        decade.fitness.vdotOn(kLastDay) - decade.fitness.vdotOn(kLastDay.addDays(-3639));
    EXPECT_GT(gain, 3.0);
    EXPECT_LT(gain, 12.0);
}

TEST(DemoPerformance, TheRecentRaceMatchesFitnessAndIsLogged)
{
    for (int index : {0, 1, 2}) {
        const demo::AthleteHistory& history = yearOf(index);
        const std::optional<RaceResult>& race = history.profile.athlete.recentRace;
        ASSERT_TRUE(race);
        EXPECT_EQ(race->date.dayOfWeek(), Qt::Sunday);
        EXPECT_NEAR(vdotFromRace(race->distance, race->time), history.fitness.vdotOn(race->date),
                    0.1);
        bool logged = false;
        for (const LoggedSession& session : history.sessions) {
            if (session.localDate() != race->date || session.reps.size() != 1)
                continue;
            logged = true;
            EXPECT_EQ(session.reps.front().time, race->time);
            EXPECT_EQ(session.reps.front().distance, race->distance);
            EXPECT_GE(session.sessionRpe.value_or(0), 8.0);
        }
        EXPECT_TRUE(logged) << index;
    }
}

TEST(DemoPerformance, RepPacesFollowTheZonesOfTheDay)
{
    for (int index : {0, 1, 2}) {
        const demo::AthleteHistory& history = yearOf(index);
        int reps = 0;
        double ratioSum = 0.0;
        double ratioSquares = 0.0;
        std::map<bool, std::pair<double, int>> intervalByHalf; // late half?
        for (const LoggedSession& session : history.sessions) {
            const PlannedSession* plan = planOf(history, session);
            if (!plan)
                continue;
            const TrainingPaces paces = trainingPaces(history.fitness.vdotOn(session.localDate()));
            for (const Rep& rep : session.reps) {
                const Step* step = stepOf(*plan, *rep.plannedStepId);
                const auto* zone = step ? std::get_if<PaceZone>(&step->intensity) : nullptr;
                if (!zone || step->kind != StepKind::Work || !zoneSpeed(paces, *zone) ||
                    !rep.distance)
                    continue;
                const double ratio = (*rep.distance / rep.time).metresPerSecond /
                                     zoneSpeed(paces, *zone)->metresPerSecond;
                EXPECT_NEAR(ratio, 1.0, 0.06) << plan->name.toStdString() << " "
                                              << session.localDate().toString().toStdString();
                ratioSum += ratio;
                ratioSquares += ratio * ratio;
                ++reps;
                if (*zone == PaceZone::Interval) {
                    auto& [sum, count] =
                        intervalByHalf[session.localDate() > kLastDay.addDays(-182)];
                    sum += (*rep.distance / rep.time).metresPerSecond;
                    ++count;
                }
            }
        }
        ASSERT_GT(reps, 200) << index;
        const double mean = ratioSum / reps;
        EXPECT_NEAR(mean, 1.0, 0.015) << index;
        // Reps scatter like a real athlete's, neither metronomic nor all over the place.
        const double spread = std::sqrt(ratioSquares / reps - mean * mean);
        EXPECT_GT(spread, 0.005) << index;
        EXPECT_LT(spread, 0.03) << index;
        // Paces follow fitness: interval reps are faster in the second half-year.
        const auto [earlySum, earlyCount] = intervalByHalf[false];
        const auto [lateSum, lateCount] = intervalByHalf[true];
        ASSERT_GT(earlyCount, 20);
        ASSERT_GT(lateCount, 20);
        EXPECT_GT(lateSum / lateCount, earlySum / earlyCount) << index;
    }
}

TEST(DemoPerformance, ScoresAndHeartRatesStayInRange)
{
    for (int index : {0, 1, 2}) {
        const demo::AthleteHistory& history = yearOf(index);
        const int rest = *history.profile.athlete.restingHeartRate;
        const int max = *history.profile.athlete.maxHeartRate;
        int withWellness = 0;
        for (const LoggedSession& session : history.sessions) {
            ASSERT_TRUE(session.sessionRpe);
            EXPECT_GE(*session.sessionRpe, 0.0);
            EXPECT_LE(*session.sessionRpe, 10.0);
            EXPECT_GT(session.duration.minutes(), 10.0);
            EXPECT_LT(session.duration.minutes(), 300.0);
            EXPECT_EQ(session.distance.has_value(), session.sport != Sport::StrengthMobility);
            for (const std::optional<int>& hr : {session.avgHeartRate, session.maxHeartRate}) {
                if (hr) {
                    EXPECT_GE(*hr, rest);
                    EXPECT_LE(*hr, max);
                }
            }
            EXPECT_EQ(session.avgHeartRate.has_value(),
                      session.sport != Sport::Swim && session.sport != Sport::StrengthMobility);
            const Wellness& w = session.wellness;
            for (const std::optional<int>& score :
                 {w.sleep, w.soreness, w.energy, w.mood, w.legStiffness, w.breathing}) {
                if (score) {
                    EXPECT_GE(*score, 1);
                    EXPECT_LE(*score, 5);
                }
            }
            withWellness += w.isEmpty() ? 0 : 1;
            for (const Rep& rep : session.reps) {
                ASSERT_TRUE(rep.rpe);
                EXPECT_GE(*rep.rpe, 0.0);
                EXPECT_LE(*rep.rpe, 10.0);
                EXPECT_GT(rep.time.seconds, 0.0);
                if (rep.avgHeartRate) {
                    EXPECT_GE(*rep.avgHeartRate, rest);
                    EXPECT_LE(*rep.maxHeartRate, max);
                    EXPECT_LE(*rep.avgHeartRate, *rep.maxHeartRate);
                }
            }
        }
        const double share = double(withWellness) / double(history.sessions.size());
        EXPECT_GT(share, 0.7) << index;
        EXPECT_LT(share, 0.98) << index;
    }
}

TEST(DemoPerformance, EffortAndWellnessAnswerToFatigue)
{
    for (int index : {0, 1, 2}) {
        const demo::AthleteHistory& history = yearOf(index);
        const std::map<QDate, double> ratios = loadRatios(history);
        // [tired?] -> (sum, count) of speed-session RPE and of energy scores.
        std::map<bool, std::pair<double, int>> rpe;
        std::map<bool, std::pair<double, int>> energy;
        for (const LoggedSession& session : history.sessions) {
            const auto ratio = ratios.find(session.localDate());
            if (ratio == ratios.end() || (ratio->second > 0.95 && ratio->second < 1.1))
                continue;
            const bool tired = ratio->second >= 1.1;
            const PlannedSession* plan = planOf(history, session);
            if (plan && isHard(*plan)) {
                rpe[tired].first += *session.sessionRpe;
                rpe[tired].second += 1;
            }
            if (session.wellness.energy) {
                energy[tired].first += *session.wellness.energy;
                energy[tired].second += 1;
            }
        }
        ASSERT_GT(rpe[true].second, 5) << index;
        ASSERT_GT(rpe[false].second, 5) << index;
        const auto mean = [](const std::pair<double, int>& p) { return p.first / p.second; };
        EXPECT_GT(mean(rpe[true]), mean(rpe[false])) << index;
        EXPECT_LT(mean(energy[true]), mean(energy[false])) << index;
    }
}

TEST(DemoPerformance, LateRepsFadeAndFeelHarderWhenTired)
{
    const demo::AthleteHistory& history = yearOf(0);
    PlannedSession plan;
    plan.sport = Sport::Run;
    plan.templateId = demo::provisionalTemplateId(demo::TemplateKey::Intervals400);
    plan.steps = demo::libraryTemplate(demo::TemplateKey::Intervals400).steps;

    const auto lastOverFirst = [&](double fatigue, bool speed) {
        demo::DayState day;
        day.profile = &history.profile;
        day.vdot = 50.0;
        day.paces = trainingPaces(day.vdot);
        day.fatigue = fatigue;
        demo::Random random(11);
        double sum = 0.0;
        const int runs = 300;
        for (int run = 0; run < runs; ++run) {
            demo::Effort effort(day, random);
            std::vector<demo::SegmentResult> work;
            for (const demo::Segment& segment : demo::executionOrder(plan)) {
                const demo::SegmentResult result = effort.perform(segment);
                if (segment.logged && segment.kind == RepKind::Work)
                    work.push_back(result);
            }
            EXPECT_EQ(work.size(), 8u);
            sum += speed ? work.front().time.seconds / work.back().time.seconds
                         : work.back().rpe - work.front().rpe;
        }
        return sum / runs;
    };
    EXPECT_LT(lastOverFirst(1.4, true), 0.995);
    EXPECT_GT(lastOverFirst(0.9, true), 0.997);
    EXPECT_GT(lastOverFirst(1.0, false), 0.8);
}

TEST(DemoPerformance, ShortRepsMakeASessionHardButStridesDoNot)
{
    // At VDOT 60 a 300 m rep at R takes about 56 s and a hill sprint 15 s: both are hard
    // sessions however short their reps. Twenty-second strides leave an easy run easy.
    const demo::AthleteHistory& history = yearOf(kRunner);
    demo::DayState day;
    day.profile = &history.profile;
    day.vdot = 60.0;
    day.paces = trainingPaces(day.vdot);
    const QDate date = kLastDay.addDays(-5);
    const QDateTime start(date, QTime(7, 0), Qt::UTC);
    demo::Random random(3);
    const auto meanSessionRpe = [&](const PlannedSession& plan) {
        const int runs = 50;
        double sum = 0.0;
        for (int run = 0; run < runs; ++run)
            sum += demo::logSession(plan, day, start, random).sessionRpe.value_or(0.0);
        return sum / runs;
    };
    using demo::TemplateKey;
    const double repetitions =
        meanSessionRpe(demo::plan::fromTemplate(date, TemplateKey::RepetitionSets));
    const double hills = meanSessionRpe(demo::plan::fromTemplate(date, TemplateKey::HillSprints));
    const double strides = meanSessionRpe(demo::plan::easyRunWithStrides(date, 45.0));
    EXPECT_GE(repetitions, 5.5);
    EXPECT_GE(hills, 5.0);
    EXPECT_LE(strides, 4.0);
}
