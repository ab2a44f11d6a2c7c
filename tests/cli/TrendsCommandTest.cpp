// paceline-cli trends: weekly medians and slopes of a log of 1000 m reps written
// through the store, checked against hand-computed values.

#include "AnalysisLogSupport.h"
#include "core/store/AthleteStore.h"
#include "core/store/LogStore.h"

#include <QJsonArray>

#include <gtest/gtest.h>

#include <cmath>

using namespace paceline::test;
using paceline::Athlete;
using paceline::LogStore;
using paceline::PaceRange;
using paceline::Speed;
using paceline::UnitSystem;

namespace {

QString key(const char* name)
{
    return QLatin1String(name);
}

CliRun trends(const TempLog& log, const QStringList& options = {})
{
    return runCli(QStringList{key("trends"), key("--db"), log.path(), key("--json")} + options);
}

QJsonArray weeksOf(const QJsonObject& json, const char* trend)
{
    return json.value(key(trend)).toObject().value(key("weeks")).toArray();
}

QJsonValue slopeOf(const QJsonObject& json, const char* trend)
{
    return json.value(key(trend)).toObject().value(key("slope_per_week"));
}

/// {week_start, median, count} of one weekly value.
struct Week {
    QString start;
    double median = 0.0;
    int count = 0;
};

Week weekAt(const QJsonArray& weeks, int index)
{
    const QJsonObject week = weeks.at(index).toObject();
    return {week.value(key("week_start")).toString(), week.value(key("median")).toDouble(),
            week.value(key("count")).toInt()};
}

// Pace CVs (sample SD / mean) of the three sessions below, in %.
const double kCvWeek1 = 10.0 / 240.0 * 100.0;             // 240, 250, 230: SD 10
const double kCvWeek2 = 2.0 / 238.0 * 100.0;              // 236, 238, 240: SD 2
const double kCvWeek3 = std::sqrt(108.0) / 238.0 * 100.0; // 232, 232, 250: SD sqrt(216/2)

/// Three Mondays of 3 x 1000 m: the pace (s/km) and RPE of each rep.
void writeThreeWeeks(const TempLog& log, qint64 athleteId)
{
    LogWriter writer(log, athleteId);
    writer.addKmReps(QDate(2026, 3, 2), {{240, 7}, {250, 8}, {230, 9}});
    writer.addKmReps(QDate(2026, 3, 9), {{236, 7}, {238, 8}, {240, 8}});
    writer.addKmReps(QDate(2026, 3, 16), {{232, 7}, {232, 8}, {250, 6}});
}

class TrendsCommand : public ::testing::Test {
protected:
    void SetUp() override { writeThreeWeeks(m_log, m_log.athleteId()); }

    AthleteLog m_log;
};

} // namespace

TEST_F(TrendsCommand, StabilityIsTheWeeklyMedianPaceCv)
{
    const CliRun run = trends(m_log);
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QJsonObject json = run.json();
    EXPECT_EQ(json.value(key("from")).toString(), key("2026-03-02"));
    EXPECT_EQ(json.value(key("to")).toString(), key("2026-03-16"));
    EXPECT_EQ(json.value(key("sport")).toString(), key("run"));
    const QJsonArray weeks = weeksOf(json, "stability");
    ASSERT_EQ(weeks.size(), 3);
    EXPECT_EQ(weekAt(weeks, 0).start, key("2026-03-02"));
    EXPECT_NEAR(weekAt(weeks, 0).median, kCvWeek1, 1e-6);
    EXPECT_EQ(weekAt(weeks, 0).count, 1);
    EXPECT_NEAR(weekAt(weeks, 1).median, kCvWeek2, 1e-6);
    EXPECT_NEAR(weekAt(weeks, 2).median, kCvWeek3, 1e-6);
    // Three evenly spaced points: the least-squares slope is (last - first) / 2.
    EXPECT_NEAR(slopeOf(json, "stability").toDouble(), (kCvWeek3 - kCvWeek1) / 2.0, 1e-6);
}

TEST_F(TrendsCommand, PaceAtRpeSevenToEightIsTheWeeklyMedianPace)
{
    const QJsonObject json = trends(m_log).json();
    const QJsonObject paceAtRpe = json.value(key("pace_at_rpe")).toObject();
    EXPECT_EQ(paceAtRpe.value(key("rpe_low")).toDouble(), 7.0);
    EXPECT_EQ(paceAtRpe.value(key("rpe_high")).toDouble(), 8.0);
    const QJsonArray weeks = weeksOf(json, "pace_at_rpe");
    ASSERT_EQ(weeks.size(), 3);
    EXPECT_DOUBLE_EQ(weekAt(weeks, 0).median, 245.0); // 240 and 250; the RPE 9 rep is out
    EXPECT_EQ(weekAt(weeks, 0).count, 2);
    EXPECT_DOUBLE_EQ(weekAt(weeks, 1).median, 238.0);
    EXPECT_EQ(weekAt(weeks, 1).count, 3);
    EXPECT_DOUBLE_EQ(weekAt(weeks, 2).median, 232.0); // the RPE 6 rep is out
    EXPECT_NEAR(slopeOf(json, "pace_at_rpe").toDouble(), (232.0 - 245.0) / 2.0, 1e-9);
}

TEST_F(TrendsCommand, TheRpeOptionChoosesTheReps)
{
    const QJsonArray weeks =
        weeksOf(trends(m_log, {key("--rpe"), key("9-10")}).json(), "pace_at_rpe");
    ASSERT_EQ(weeks.size(), 1);
    EXPECT_DOUBLE_EQ(weekAt(weeks, 0).median, 230.0);
    EXPECT_EQ(weekAt(weeks, 0).count, 1);
}

TEST_F(TrendsCommand, RpeAtAPaceBandIsTheWeeklyMedianRpe)
{
    // 3:55-4:05/km is 235-245 s/km, given either way round.
    for (const QString& band : {key("3:55-4:05"), key("4:05-3:55")}) {
        const QJsonObject json = trends(m_log, {key("--pace"), band}).json();
        const QJsonObject rpeAtPace = json.value(key("rpe_at_pace")).toObject();
        EXPECT_EQ(rpeAtPace.value(key("band_from")).toString(), key("pace_option"));
        EXPECT_NEAR(rpeAtPace.value(key("fastest_seconds_per_km")).toDouble(), 235.0, 1e-9);
        EXPECT_NEAR(rpeAtPace.value(key("slowest_seconds_per_km")).toDouble(), 245.0, 1e-9);
        const QJsonArray weeks = weeksOf(json, "rpe_at_pace");
        ASSERT_EQ(weeks.size(), 2) << "week 3 has no rep in the band";
        EXPECT_DOUBLE_EQ(weekAt(weeks, 0).median, 7.0); // the 240 s rep
        EXPECT_DOUBLE_EQ(weekAt(weeks, 1).median, 8.0); // RPE 7, 8, 8
        EXPECT_EQ(weekAt(weeks, 1).count, 3);
        EXPECT_TRUE(slopeOf(json, "rpe_at_pace").isNull()) << "two points have no slope";
    }
}

TEST_F(TrendsCommand, TheDefaultPaceBandIsTheThresholdPaceWithinTwoPercent)
{
    const QJsonObject rpeAtPace = trends(m_log).json().value(key("rpe_at_pace")).toObject();
    EXPECT_EQ(rpeAtPace.value(key("band_from")).toString(), key("threshold_pace"));
    const double fastest = rpeAtPace.value(key("fastest_seconds_per_km")).toDouble();
    const double slowest = rpeAtPace.value(key("slowest_seconds_per_km")).toDouble();
    // Ana's 41:21 10 km puts T near 4:15/km; the band is that pace x 0.98 to x 1.02.
    EXPECT_GT(fastest, 240.0);
    EXPECT_LT(slowest, 280.0);
    EXPECT_NEAR(slowest / fastest, 1.02 / 0.98, 1e-9);
}

TEST_F(TrendsCommand, FromLeavesOutTheWeeksBefore)
{
    const QJsonObject json = trends(m_log, {key("--from"), key("2026-03-09")}).json();
    const QJsonArray weeks = weeksOf(json, "stability");
    ASSERT_EQ(weeks.size(), 2);
    EXPECT_EQ(weekAt(weeks, 0).start, key("2026-03-09"));
    EXPECT_TRUE(slopeOf(json, "stability").isNull());
}

TEST_F(TrendsCommand, AnAthleteWithoutARaceGetsANoteInsteadOfRpeAtPace)
{
    {
        LogWriter writer(m_log, m_log.athleteId());
        writer.addAthleteWithoutRace(key("Ben"));
    }
    const CliRun run = trends(m_log, {key("--athlete"), key("Ben")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.json().value(key("rpe_at_pace")).isNull());
    const QJsonArray notes = run.json().value(key("notes")).toArray();
    ASSERT_EQ(notes.size(), 1);
    EXPECT_TRUE(notes.at(0).toString().contains(key("--pace")))
        << notes.at(0).toString().toStdString();
}

TEST_F(TrendsCommand, TemplateKeepsOnlyItsSessions)
{
    {
        LogWriter writer(m_log, m_log.athleteId());
        const PaceRange band{Speed::fromSecondsPerKilometre(270),
                             Speed::fromSecondsPerKilometre(250)};
        const auto made = writer.addTemplate(key("Steady kms"), kmRepeats(2, band));
        const auto plan = writer.planFrom(made, QDate(2026, 3, 18));
        writer.addKmReps(QDate(2026, 3, 18), {{260, 7}, {262, 7}}, &plan);
    }
    const QJsonObject json = trends(m_log, {key("--template"), key("steady KMS")}).json();
    EXPECT_EQ(json.value(key("template")).toString(), key("Steady kms"));
    const QJsonArray weeks = weeksOf(json, "pace_at_rpe");
    ASSERT_EQ(weeks.size(), 1);
    EXPECT_EQ(weekAt(weeks, 0).start, key("2026-03-16"));
    EXPECT_DOUBLE_EQ(weekAt(weeks, 0).median, 261.0);
    EXPECT_EQ(weekAt(weeks, 0).count, 2);
}

TEST_F(TrendsCommand, PrintsSectionsWithoutJson)
{
    const CliRun run = runCli({key("trends"), key("--db"), m_log.path()});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.contains(key("Pace at RPE 7-8"))) << run.out.toStdString();
    EXPECT_TRUE(run.out.contains(key("2026-03-09    3:58/km"))) << run.out.toStdString();
    EXPECT_TRUE(run.out.contains(key("Slope: -6.50 s/km per week"))) << run.out.toStdString();
}

TEST_F(TrendsCommand, AnImperialAthleteGetsThePaceSlopePerMile)
{
    {
        auto store = std::move(LogStore::open(m_log.path()).value());
        Athlete athlete = store->athletes().all().value().front();
        athlete.units = UnitSystem::Imperial;
        ASSERT_TRUE(store->athletes().update(athlete).ok());
    }
    const CliRun run = runCli({key("trends"), key("--db"), m_log.path()});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    // -6.5 s/km a week is -6.5 x 1.609344 = -10.46 s/mi a week.
    EXPECT_TRUE(run.out.contains(key("Slope: -10.46 s/mi per week"))) << run.out.toStdString();
}

TEST_F(TrendsCommand, BadInputIsNamed)
{
    const QList<QStringList> cases{
        {key("--rpe"), key("8-7")},        {key("--rpe"), key("hard")},
        {key("--rpe"), key("7-11")},       {key("--rpe"), key("nan-8")},
        {key("--rpe"), key("7-nan")},      {key("--pace"), key("4:00")},
        {key("--pace"), key("4:00-fast")}, {key("--hr"), key("150")},
        {key("--hr"), key("160-150")},     {key("--hr"), key("150-999")},
        {key("--template"), key("Nope")},  {key("--athlete"), key("Bob")},
        {key("--sport"), key("curling")},
    };
    for (const QStringList& options : cases) {
        const CliRun run = trends(m_log, options);
        EXPECT_EQ(run.exitCode, 2) << options.join(' ').toStdString();
        EXPECT_TRUE(run.errIsOneLine()) << run.err.toStdString();
        EXPECT_TRUE(run.err.contains(options[1])) << run.err.toStdString();
        if (options[0] != key("--athlete") && options[0] != key("--template")) {
            EXPECT_TRUE(run.err.contains(options[0])) << run.err.toStdString();
        }
    }
    const CliRun inverted =
        trends(m_log, {key("--from"), key("2026-03-10"), key("--to"), key("2026-03-01")});
    EXPECT_EQ(inverted.exitCode, 2);
}

TEST(TrendsCommandHeartRate, TheHrOptionJudgesRepsByTheirHeartRate)
{
    AthleteLog log;
    {
        LogWriter writer(log, log.athleteId());
        // Pace s/km, RPE, average HR. In 150-160 bpm: 240 and 230 in week 1 (median 235),
        // 236 in week 2; the 165 and 170 bpm reps are out whatever their RPE.
        writer.addKmReps(QDate(2026, 3, 2), {{240, 7, 150}, {250, 7, 165}, {230, 8, 158}});
        writer.addKmReps(QDate(2026, 3, 9), {{236, 7, 155}, {238, 7, 170}});
    }
    const CliRun run = trends(log, {key("--hr"), key("150-160")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QJsonObject paceAtEffort = run.json().value(key("pace_at_rpe")).toObject();
    EXPECT_EQ(paceAtEffort.value(key("hr_low")).toInt(), 150);
    EXPECT_EQ(paceAtEffort.value(key("hr_high")).toInt(), 160);
    EXPECT_TRUE(paceAtEffort.value(key("rpe_low")).isNull());
    const QJsonArray weeks = weeksOf(run.json(), "pace_at_rpe");
    ASSERT_EQ(weeks.size(), 2);
    EXPECT_DOUBLE_EQ(weekAt(weeks, 0).median, 235.0);
    EXPECT_EQ(weekAt(weeks, 0).count, 2);
    EXPECT_DOUBLE_EQ(weekAt(weeks, 1).median, 236.0);

    const CliRun both = trends(log, {key("--hr"), key("150-160"), key("--rpe"), key("7-8")});
    EXPECT_EQ(both.exitCode, 2);
    EXPECT_TRUE(both.err.contains(key("--hr"))) << both.err.toStdString();
}

TEST(TrendsCommandEmpty, AnEmptyLogHasNoWeeks)
{
    AthleteLog log;
    const CliRun run = trends(log);
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.json().value(key("from")).isNull());
    EXPECT_TRUE(weeksOf(run.json(), "stability").isEmpty());
    EXPECT_TRUE(weeksOf(run.json(), "pace_at_rpe").isEmpty());
}

TEST(TrendsCommandDemo, TwoYearsOfADemoHistoryHaveWeeklyPoints)
{
    const CliRun run = trends(demoLog());
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QJsonArray stability = weeksOf(run.json(), "stability");
    ASSERT_GT(stability.size(), 52);
    for (const QJsonValue& week : stability) {
        // Demo reps are run evenly: a pace CV of a few percent.
        EXPECT_GT(week.toObject().value(key("median")).toDouble(), 0.0);
        EXPECT_LT(week.toObject().value(key("median")).toDouble(), 15.0);
    }
    const QJsonArray paces = weeksOf(run.json(), "pace_at_rpe");
    ASSERT_FALSE(paces.isEmpty());
    for (const QJsonValue& week : paces) {
        // RPE 7-8 reps of a trained runner: between 2:30 and 6:00 per km.
        EXPECT_GT(week.toObject().value(key("median")).toDouble(), 150.0);
        EXPECT_LT(week.toObject().value(key("median")).toDouble(), 360.0);
    }
    EXPECT_TRUE(slopeOf(run.json(), "pace_at_rpe").isDouble());
}
