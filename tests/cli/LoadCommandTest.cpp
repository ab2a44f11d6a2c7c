// paceline-cli load: daily and weekly load figures of a log written through the store,
// checked against hand-computed values.

#include "AnalysisLogSupport.h"

#include <QJsonArray>

#include <gtest/gtest.h>

#include <cmath>

using namespace paceline::test;

namespace {

QString key(const char* name)
{
    return QLatin1String(name);
}

CliRun load(const TempLog& log, const QStringList& options = {})
{
    return runCli(QStringList{key("load"), key("--db"), log.path(), key("--json")} + options);
}

double number(const QJsonObject& object, const char* name)
{
    return object.value(key(name)).toDouble();
}

// Banister's daily decay factors for fitness (42 days) and fatigue (7 days).
const double kFitnessKeep = std::exp(-1.0 / 42.0);
const double kFatigueKeep = std::exp(-1.0 / 7.0);

/// One run on Monday 2 March 2026: 60 min at RPE 5 = 300 AU of session-RPE load.
class LoadCommandOneRun : public ::testing::Test {
protected:
    void SetUp() override { LogWriter(m_log, m_log.athleteId()).addRun(kMonday, 60.0, 5.0); }

    const QDate kMonday{2026, 3, 2};
    AthleteLog m_log;
};

} // namespace

TEST_F(LoadCommandOneRun, TheDayOfTheRunHasItsFigures)
{
    const CliRun run = load(m_log);
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QJsonObject json = run.json();
    EXPECT_EQ(json.value(key("athlete")).toString(), key("Ana"));
    EXPECT_EQ(json.value(key("measure")).toString(), key("srpe"));
    // Default range: the 28 days ending on the last logged day.
    EXPECT_EQ(json.value(key("to")).toString(), key("2026-03-02"));
    EXPECT_EQ(json.value(key("from")).toString(), key("2026-02-03"));
    // Only the logged days have figures: the log starts on the run.
    const QJsonArray days = json.value(key("days")).toArray();
    ASSERT_EQ(days.size(), 1);
    const QJsonObject day = days.at(0).toObject();
    EXPECT_EQ(day.value(key("date")).toString(), key("2026-03-02"));
    EXPECT_DOUBLE_EQ(number(day, "load"), 300.0);
    EXPECT_DOUBLE_EQ(number(day, "acute"), 300.0);                           // the 7-day sum
    EXPECT_DOUBLE_EQ(number(day, "chronic"), 75.0);                          // the 28-day sum / 4
    EXPECT_DOUBLE_EQ(number(day, "acute_ewma"), 75.0);                       // 300 x 2/(7+1)
    EXPECT_NEAR(number(day, "chronic_ewma"), 20.6897, 1e-4);                 // 300 x 2/(28+1)
    EXPECT_NEAR(number(day, "fitness"), 300.0 * (1.0 - kFitnessKeep), 1e-9); // 7.0584
    EXPECT_NEAR(number(day, "fatigue"), 300.0 * (1.0 - kFatigueKeep), 1e-9); // 39.937
    EXPECT_NEAR(number(day, "form"), 300.0 * (kFatigueKeep - kFitnessKeep), 1e-9);
    // Before 28 days of history there is no ratio.
    EXPECT_TRUE(day.value(key("acwr_rolling")).isNull());
    EXPECT_TRUE(day.value(key("acwr_ewma")).isNull());
}

TEST_F(LoadCommandOneRun, TheWeekOfOneRunIsMonotonyOverItsSevenDays)
{
    const QJsonArray weeks = load(m_log).json().value(key("weeks")).toArray();
    ASSERT_EQ(weeks.size(), 1);
    const QJsonObject week = weeks.at(0).toObject();
    EXPECT_EQ(week.value(key("week_start")).toString(), key("2026-03-02"));
    EXPECT_DOUBLE_EQ(number(week, "load"), 300.0);
    // Loads 300,0,0,0,0,0,0: mean 300/7, population SD 300 x sqrt(6)/7, so the
    // monotony is 1/sqrt(6) = 0.40825 and the strain 300/sqrt(6) = 122.47.
    EXPECT_NEAR(number(week, "monotony"), 1.0 / std::sqrt(6.0), 1e-9);
    EXPECT_NEAR(number(week, "strain"), 300.0 / std::sqrt(6.0), 1e-9);
}

TEST_F(LoadCommandOneRun, DaysAfterTheRunDecay)
{
    const QJsonArray days =
        load(m_log, {key("--to"), key("2026-03-04")}).json().value(key("days")).toArray();
    ASSERT_EQ(days.size(), 3);
    const QJsonObject third = days.at(2).toObject();
    EXPECT_EQ(third.value(key("date")).toString(), key("2026-03-04"));
    EXPECT_DOUBLE_EQ(number(third, "load"), 0.0);
    EXPECT_DOUBLE_EQ(number(third, "acute"), 300.0);
    EXPECT_DOUBLE_EQ(number(third, "acute_ewma"), 75.0 * 0.75 * 0.75); // 42.1875
    EXPECT_NEAR(number(third, "fitness"),
                300.0 * (1.0 - kFitnessKeep) * kFitnessKeep * kFitnessKeep, 1e-9);
}

TEST_F(LoadCommandOneRun, FromDoesNotMoveWhereTheFiguresStart)
{
    const QJsonArray days =
        load(m_log, {key("--from"), key("2026-03-04"), key("--to"), key("2026-03-04")})
            .json()
            .value(key("days"))
            .toArray();
    ASSERT_EQ(days.size(), 1);
    // Still two days of decay after the run on the 2nd, not a fresh start on the 4th.
    EXPECT_DOUBLE_EQ(number(days.at(0).toObject(), "acute_ewma"), 42.1875);
}

TEST_F(LoadCommandOneRun, TheMeasureChoosesTheLoad)
{
    // The run has an RPE but no heart rate: session-RPE load, no TRIMP.
    const QJsonObject json = load(m_log, {key("--measure"), key("trimp")}).json();
    EXPECT_EQ(json.value(key("measure")).toString(), key("trimp"));
    const QJsonArray days = json.value(key("days")).toArray();
    ASSERT_EQ(days.size(), 1);
    EXPECT_DOUBLE_EQ(number(days.at(0).toObject(), "load"), 0.0);
}

TEST_F(LoadCommandOneRun, PrintsTablesWithoutJson)
{
    const CliRun run = runCli({key("load"), key("--db"), m_log.path()});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.contains(key("2026-03-02   300.0   300.0     75.0")))
        << run.out.toStdString();
    EXPECT_TRUE(run.out.contains(key("Monotony"))) << run.out.toStdString();
    EXPECT_TRUE(run.out.contains(key("0.41"))) << run.out.toStdString();
}

TEST(LoadCommand, AWeekOfThreeRunsHasItsMonotony)
{
    AthleteLog log;
    {
        LogWriter writer(log, log.athleteId());
        writer.addRun(QDate(2026, 3, 2), 60.0, 5.0); // Monday, 300
        writer.addRun(QDate(2026, 3, 4), 40.0, 5.0); // Wednesday, 200
        writer.addRun(QDate(2026, 3, 6), 50.0, 4.0); // Friday, 200
    }
    const QJsonArray weeks = load(log).json().value(key("weeks")).toArray();
    ASSERT_EQ(weeks.size(), 1);
    const QJsonObject week = weeks.at(0).toObject();
    EXPECT_DOUBLE_EQ(number(week, "load"), 700.0);
    // Loads 300,0,200,0,200,0,0: mean 100, squared deviations 40000 + 6 x 10000, so the
    // population SD is sqrt(100000/7) = 119.52 and the monotony sqrt(0.7) = 0.83666.
    EXPECT_NEAR(number(week, "monotony"), std::sqrt(0.7), 1e-9);
    EXPECT_NEAR(number(week, "strain"), 700.0 * std::sqrt(0.7), 1e-9);
}

TEST(LoadCommand, AnEmptyLogShowsNothing)
{
    AthleteLog log;
    const CliRun run = load(log);
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.json().value(key("days")).toArray().isEmpty());
    EXPECT_TRUE(run.json().value(key("weeks")).toArray().isEmpty());
    const CliRun text = runCli({key("load"), key("--db"), log.path()});
    EXPECT_EQ(text.exitCode, 0);
    EXPECT_TRUE(text.out.contains(key("No logged sessions yet"))) << text.out.toStdString();
}

TEST(LoadCommand, BadInputIsNamed)
{
    AthleteLog log;
    const QList<std::pair<QStringList, QString>> cases{
        {{key("--athlete"), key("Bob")}, key("'Bob'")},
        {{key("--from"), key("2026-03-10"), key("--to"), key("2026-03-01")}, key("2026-03-10")},
        {{key("--measure"), key("watts")}, key("'watts'")},
        {{key("--to"), key("yesterday")}, key("'yesterday'")},
    };
    for (const auto& [options, named] : cases) {
        const CliRun run = load(log, options);
        EXPECT_EQ(run.exitCode, 2) << options.join(' ').toStdString();
        EXPECT_TRUE(run.errIsOneLine()) << run.err.toStdString();
        EXPECT_TRUE(run.err.contains(named)) << run.err.toStdString();
    }
}

TEST(LoadCommandDemo, FourWeeksOfADemoHistoryLookSensible)
{
    const CliRun run = load(demoLog());
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QJsonObject json = run.json();
    const QJsonArray days = json.value(key("days")).toArray();
    ASSERT_EQ(days.size(), 28);
    const QDate first =
        QDate::fromString(days.at(0).toObject().value(key("date")).toString(), Qt::ISODate);
    EXPECT_EQ(days.at(27).toObject().value(key("date")).toString(),
              json.value(key("to")).toString());
    EXPECT_EQ(first.daysTo(QDate::fromString(json.value(key("to")).toString(), Qt::ISODate)), 27);
    for (const QJsonValue& value : days) {
        const QJsonObject day = value.toObject();
        // Two years of steady training: both ratios near 1, fitness well above zero.
        for (const char* ratio : {"acwr_rolling", "acwr_ewma"}) {
            EXPECT_GT(number(day, ratio), 0.3) << ratio;
            EXPECT_LT(number(day, ratio), 3.0) << ratio;
        }
        EXPECT_GT(number(day, "fitness"), 10.0);
        EXPECT_GE(number(day, "load"), 0.0);
    }
    const QJsonArray weeks = json.value(key("weeks")).toArray();
    ASSERT_GE(weeks.size(), 4);
    ASSERT_LE(weeks.size(), 5);
    for (const QJsonValue& value : weeks)
        EXPECT_GT(number(value.toObject(), "load"), 0.0);
}
