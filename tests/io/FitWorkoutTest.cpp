// fitWorkout: sessions written in the notation, exported, then read back twice: by our
// own FIT decoder (every field of every step) and by Garmin's FIT JavaScript SDK through
// the oracle (no errors, integrity, and the SDK's own reading of types, scales and
// repeats). Expected values come from the FIT profile's scales, worked out by hand.

#include "FitOracle.h"
#include "core/io/SessionNotation.h"
#include "core/io/activity/FitDecoder.h"
#include "core/io/activity/FitWorkoutWriter.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <gtest/gtest.h>

#include <cmath>

using namespace paceline;

namespace {

const QDateTime kCreated(QDate(2026, 11, 20), QTime(9, 30, 0), Qt::UTC);

SessionTemplate session(const QString& name, const QString& notation, Sport sport = Sport::Run)
{
    SessionTemplate result;
    result.name = name;
    result.sport = sport;
    auto steps = parseSessionNotation(notation);
    EXPECT_TRUE(steps.ok()) << notation.toStdString();
    if (steps)
        result.steps = *steps;
    return result;
}

FitWorkoutOptions options(std::optional<TrainingPaces> paces = std::nullopt)
{
    FitWorkoutOptions result;
    result.paces = paces;
    result.created = kCreated;
    return result;
}

QByteArray exported(const SessionTemplate& workout, const FitWorkoutOptions& with = options())
{
    auto bytes = fitWorkout(workout, with);
    EXPECT_TRUE(bytes.ok()) << (bytes ? "" : bytes.errorMessage().toStdString());
    return bytes ? *bytes : QByteArray();
}

/// A workout_step as our decoder reads it; -1 for an invalid (absent) value.
struct DecodedStep {
    std::int64_t index = -1;
    QString name;
    std::int64_t durationType = -1;
    std::int64_t durationValue = -1;
    std::int64_t targetType = -1;
    std::int64_t targetValue = -1;
    std::int64_t low = -1;
    std::int64_t high = -1;
    std::int64_t intensity = -1;
    QString notes;
};

struct DecodedWorkout {
    std::int64_t fileType = -1;
    std::int64_t timeCreated = -1;
    QString name;
    std::int64_t sport = -1;
    std::int64_t numValidSteps = -1;
    std::vector<DecodedStep> steps;
};

std::int64_t integer(const fit::MessageView& message, std::uint8_t number)
{
    const fit::FieldView* field = message.field(number);
    return field && field->integer() ? *field->integer() : -1;
}

QString text(const fit::MessageView& message, std::uint8_t number)
{
    const fit::FieldView* field = message.field(number);
    return field ? field->text() : QString();
}

DecodedStep stepFrom(const fit::MessageView& m)
{
    return DecodedStep{integer(m, 254), text(m, 0),    integer(m, 1), integer(m, 2), integer(m, 3),
                       integer(m, 4),   integer(m, 5), integer(m, 6), integer(m, 7), text(m, 8)};
}

DecodedWorkout decodeOurs(const QByteArray& bytes)
{
    DecodedWorkout workout;
    auto summary = fit::decode(bytes, QStringLiteral("workout.fit"), [&](const auto& m) {
        if (m.globalNumber() == 0) {
            workout.fileType = integer(m, 0);
            workout.timeCreated = integer(m, 4);
        } else if (m.globalNumber() == 26) {
            workout.name = text(m, 8);
            workout.sport = integer(m, 4);
            workout.numValidSteps = integer(m, 6);
        } else if (m.globalNumber() == 27) {
            workout.steps.push_back(stepFrom(m));
        }
    });
    EXPECT_TRUE(summary.ok()) << (summary ? "" : summary.errorMessage().toStdString());
    return workout;
}

/// Custom speed in the FIT unit (mm/s) for a pace in seconds per km.
std::int64_t speedForPace(double secondsPerKm)
{
    return std::llround(1e6 / secondsPerKm);
}

TrainingPaces vdot50()
{
    return trainingPaces(50.0);
}

// FIT profile values, written out here rather than taken from the code under test.
constexpr int kTime = 0, kDistance = 1, kOpenDuration = 5, kRepeat = 6;
constexpr int kSpeed = 0, kHeartRate = 1, kOpenTarget = 2;
constexpr int kActive = 0, kRest = 1, kWarmUp = 2, kCoolDown = 3, kRecovery = 4;

const QString kIntervals = QStringLiteral("wu 2km @E; 6x800m @I / 400m jog; cd 10min @E");

} // namespace

TEST(FitWorkout, IntervalsBecomeStepsAndARepeat)
{
    const DecodedWorkout w = decodeOurs(exported(session("Sixes", kIntervals), options(vdot50())));
    EXPECT_EQ(w.fileType, 5);
    EXPECT_EQ(w.timeCreated, kCreated.toSecsSinceEpoch() - 631065600);
    EXPECT_EQ(w.name, "Sixes");
    EXPECT_EQ(w.sport, 1);
    ASSERT_EQ(w.numValidSteps, 5);
    ASSERT_EQ(w.steps.size(), 5u);
    for (int i = 0; i < 5; ++i)
        EXPECT_EQ(w.steps[i].index, i);

    const PaceRange easy = *paceBand(vdot50(), PaceZone::Easy);
    EXPECT_EQ(w.steps[0].durationType, kDistance);
    EXPECT_EQ(w.steps[0].durationValue, 200000); // cm
    EXPECT_EQ(w.steps[0].intensity, kWarmUp);
    EXPECT_EQ(w.steps[0].targetType, kSpeed);
    EXPECT_EQ(w.steps[0].targetValue, 0);
    EXPECT_EQ(w.steps[0].low, std::llround(easy.slowest.metresPerSecond * 1000));
    EXPECT_EQ(w.steps[0].high, std::llround(easy.fastest.metresPerSecond * 1000));

    const double interval = vdot50().interval.secondsPerKilometre();
    EXPECT_EQ(w.steps[1].name, "800m @I");
    EXPECT_EQ(w.steps[1].durationValue, 80000);
    EXPECT_EQ(w.steps[1].intensity, kActive);
    EXPECT_EQ(w.steps[1].low, speedForPace(interval + 5)); // 5 s/km either side
    EXPECT_EQ(w.steps[1].high, speedForPace(interval - 5));

    EXPECT_EQ(w.steps[2].durationValue, 40000);
    EXPECT_EQ(w.steps[2].intensity, kRecovery);
    EXPECT_EQ(w.steps[2].targetType, kOpenTarget);

    EXPECT_EQ(w.steps[3].durationType, kRepeat);
    EXPECT_EQ(w.steps[3].durationValue, 1); // back to the 800 m
    EXPECT_EQ(w.steps[3].targetValue, 6);

    EXPECT_EQ(w.steps[4].durationType, kTime);
    EXPECT_EQ(w.steps[4].durationValue, 600000); // ms
    EXPECT_EQ(w.steps[4].intensity, kCoolDown);
}

TEST(FitWorkout, NestedRepeatsPointAtTheirFirstSteps)
{
    const DecodedWorkout w =
        decodeOurs(exported(session("Nested", "3x(2x400m @I / 200m jog; 800m @T)")));
    ASSERT_EQ(w.steps.size(), 5u);
    EXPECT_EQ(w.steps[2].durationType, kRepeat);
    EXPECT_EQ(w.steps[2].durationValue, 0);
    EXPECT_EQ(w.steps[2].targetValue, 2);
    EXPECT_EQ(w.steps[3].durationValue, 80000);
    EXPECT_EQ(w.steps[4].durationType, kRepeat);
    EXPECT_EQ(w.steps[4].durationValue, 0);
    EXPECT_EQ(w.steps[4].targetValue, 3);
}

TEST(FitWorkout, RecoveryBetweenSetsIsLeftOutAfterTheLastSet)
{
    // 3 sets of (200 m, 200 m jog) with 4 min walk between sets: the walk repeats with
    // the first two sets only, then the third set follows on its own.
    const DecodedWorkout w =
        decodeOurs(exported(session("Sets", "3x(200m @R / 200m jog) // 4min walk")));
    ASSERT_EQ(w.steps.size(), 6u);
    EXPECT_EQ(w.steps[2].durationType, kTime);
    EXPECT_EQ(w.steps[2].durationValue, 240000);
    EXPECT_EQ(w.steps[3].durationType, kRepeat);
    EXPECT_EQ(w.steps[3].durationValue, 0);
    EXPECT_EQ(w.steps[3].targetValue, 2);
    EXPECT_EQ(w.steps[4].durationValue, 20000);
    EXPECT_EQ(w.steps[5].durationValue, 20000);
    EXPECT_EQ(w.steps[5].intensity, kRecovery);
}

TEST(FitWorkout, HeartRateAndPaceRangesAreCustomTargets)
{
    const DecodedWorkout w =
        decodeOurs(exported(session("Ranges", "20min @hr140-150; 1km @4:00-4:10/km; rest")));
    ASSERT_EQ(w.steps.size(), 3u);
    EXPECT_EQ(w.steps[0].targetType, kHeartRate);
    EXPECT_EQ(w.steps[0].targetValue, 0);
    EXPECT_EQ(w.steps[0].low, 240); // bpm + 100
    EXPECT_EQ(w.steps[0].high, 250);
    EXPECT_EQ(w.steps[1].targetType, kSpeed);
    EXPECT_EQ(w.steps[1].low, 4000); // 1000 m / 250 s in mm/s
    EXPECT_EQ(w.steps[1].high, 4167);
    EXPECT_EQ(w.steps[2].durationType, kOpenDuration);
    EXPECT_EQ(w.steps[2].durationValue, -1);
    EXPECT_EQ(w.steps[2].intensity, kRest);
}

TEST(FitWorkout, RpeGoesToNotesAndUnresolvedZonesStayInTheName)
{
    const DecodedWorkout w =
        decodeOurs(exported(session("Mixed", "bike 60min @rpe5; 5x1km @T", Sport::Bike)));
    EXPECT_EQ(w.sport, 2);
    ASSERT_EQ(w.steps.size(), 3u);
    EXPECT_EQ(w.steps[0].targetType, kOpenTarget);
    EXPECT_EQ(w.steps[0].notes, "RPE 5");
    EXPECT_EQ(w.steps[1].targetType, kOpenTarget); // no paces given
    EXPECT_TRUE(w.steps[1].name.contains("@T")) << w.steps[1].name.toStdString();
}

TEST(FitWorkout, LongNamesAreCutBetweenCharacters)
{
    const QString name = QString(60, QChar(0x00E9)); // é: two bytes in UTF-8
    const DecodedWorkout w = decodeOurs(exported(session(name, "10min")));
    EXPECT_FALSE(w.name.isEmpty());
    EXPECT_TRUE(name.startsWith(w.name)) << w.name.toStdString();
    EXPECT_FALSE(w.name.contains(QChar::ReplacementCharacter));
}

TEST(FitWorkout, NoStepsIsAnError)
{
    SessionTemplate empty;
    empty.name = QStringLiteral("Nothing");
    auto result = fitWorkout(empty, options());
    ASSERT_FALSE(result.ok());
    EXPECT_TRUE(result.errorMessage().contains("Nothing"));
    EXPECT_TRUE(result.errorMessage().contains("no steps"));
}

TEST(FitWorkout, TooManyStepsIsAnError)
{
    SessionTemplate longOne;
    longOne.name = QStringLiteral("Ladder");
    longOne.steps.resize(101, StepNode{Step{}});
    auto result = fitWorkout(longOne, options());
    ASSERT_FALSE(result.ok());
    EXPECT_TRUE(result.errorMessage().contains("100")) << result.errorMessage().toStdString();
    longOne.steps.resize(100);
    EXPECT_TRUE(fitWorkout(longOne, options()).ok());
}

// --- Garmin's FIT SDK reads the same files -------------------------------------------

namespace {

QJsonObject oracle(const SessionTemplate& workout, const FitWorkoutOptions& with = options())
{
    const QJsonObject json = test::fitOracleMessages(exported(workout, with));
    EXPECT_FALSE(json.contains("oracleFailure")) << json["oracleFailure"].toString().toStdString();
    EXPECT_EQ(json["errors"].toArray().size(), 0) << QJsonDocument(json).toJson().toStdString();
    EXPECT_TRUE(json["checkIntegrity"].toBool());
    EXPECT_EQ(json["fileId"]["type"].toString(), "workout");
    return json;
}

} // namespace

TEST(FitWorkoutOracle, GarminReadsTheIntervals)
{
    PACELINE_REQUIRE_FIT_ORACLE();
    const QJsonObject json = oracle(session("Sixes", kIntervals), options(vdot50()));
    const QJsonObject workout = json["workoutMesgs"][0].toObject();
    EXPECT_EQ(workout["wktName"].toString(), "Sixes");
    EXPECT_EQ(workout["sport"].toString(), "running");
    EXPECT_EQ(workout["numValidSteps"].toInt(), 5);
    const QJsonArray steps = json["workoutStepMesgs"].toArray();
    ASSERT_EQ(steps.size(), 5);
    EXPECT_EQ(steps[0]["durationType"].toString(), "distance");
    EXPECT_DOUBLE_EQ(steps[0]["durationDistance"].toDouble(), 2000.0); // metres
    EXPECT_EQ(steps[0]["intensity"].toString(), "warmup");
    EXPECT_EQ(steps[1]["targetType"].toString(), "speed");
    const double interval = vdot50().interval.metresPerSecond;
    EXPECT_LT(steps[1]["customTargetSpeedLow"].toDouble(), interval);
    EXPECT_GT(steps[1]["customTargetSpeedHigh"].toDouble(), interval);
    EXPECT_EQ(steps[2]["intensity"].toString(), "recovery");
    EXPECT_EQ(steps[3]["durationType"].toString(), "repeatUntilStepsCmplt");
    EXPECT_EQ(steps[3]["durationStep"].toInt(), 1);
    EXPECT_EQ(steps[3]["repeatSteps"].toInt(), 6);
    EXPECT_EQ(steps[4]["durationType"].toString(), "time");
    EXPECT_DOUBLE_EQ(steps[4]["durationTime"].toDouble(), 600.0); // seconds
    EXPECT_EQ(steps[4]["intensity"].toString(), "cooldown");
}

TEST(FitWorkoutOracle, GarminReadsNestedRepeats)
{
    PACELINE_REQUIRE_FIT_ORACLE();
    const QJsonObject json = oracle(session("Nested", "3x(2x400m @I / 200m jog; 800m @T)"));
    const QJsonArray steps = json["workoutStepMesgs"].toArray();
    ASSERT_EQ(steps.size(), 5);
    EXPECT_EQ(steps[2]["durationType"].toString(), "repeatUntilStepsCmplt");
    EXPECT_EQ(steps[2]["repeatSteps"].toInt(), 2);
    EXPECT_EQ(steps[4]["durationType"].toString(), "repeatUntilStepsCmplt");
    EXPECT_EQ(steps[4]["durationStep"].toInt(), 0);
    EXPECT_EQ(steps[4]["repeatSteps"].toInt(), 3);
}

TEST(FitWorkoutOracle, GarminReadsHeartRateTargetsAndNotes)
{
    PACELINE_REQUIRE_FIT_ORACLE();
    const QJsonObject json =
        oracle(session("Ranges", "20min @hr140-150; bike 30min @rpe7", Sport::Bike));
    EXPECT_EQ(json["workoutMesgs"][0]["sport"].toString(), "cycling");
    const QJsonArray steps = json["workoutStepMesgs"].toArray();
    ASSERT_EQ(steps.size(), 2);
    EXPECT_EQ(steps[0]["targetType"].toString(), "heartRate");
    EXPECT_EQ(steps[0]["customTargetHeartRateLow"].toInt(), 240);
    EXPECT_EQ(steps[0]["customTargetHeartRateHigh"].toInt(), 250);
    EXPECT_EQ(steps[1]["targetType"].toString(), "open");
    EXPECT_EQ(steps[1]["notes"].toString(), "RPE 7");
}
