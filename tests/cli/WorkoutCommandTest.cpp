// paceline-cli workout: the FIT workout file it writes, read back with our own decoder
// (Garmin's SDK reads the writer's files in the io tests): a workout file with one
// workout message and the right steps, zone targets resolved with the athlete's paces.

#include "LogTestSupport.h"
#include "core/io/SessionNotation.h"
#include "core/io/activity/FitDecoder.h"
#include "core/store/LogStore.h"
#include "core/store/TemplateStore.h"
#include "import/FitActivityFixture.h"

#include <QDir>

#include <gtest/gtest.h>

#include <map>
#include <vector>

using namespace paceline;
using namespace paceline::test;

namespace {

// FIT profile numbers, from the published profile (not from the writer).
constexpr std::uint16_t kFileId = 0;
constexpr std::uint16_t kWorkout = 26;
constexpr std::uint16_t kWorkoutStep = 27;
constexpr std::int64_t kFileTypeWorkout = 5;
constexpr std::int64_t kDurationRepeatUntilStepsComplete = 6;
constexpr std::int64_t kTargetSpeed = 0;
constexpr std::int64_t kTargetOpen = 2;

const QString kTempo = QStringLiteral("wu 2km @E; 5x1km @T / 60s jog; cd 2km @E");

/// A decoded message: its fields' first values (nullopt for invalid ones).
using Fields = std::map<int, std::optional<std::int64_t>>;

struct DecodedWorkout {
    bool ok = false;
    QString error;
    std::optional<std::int64_t> fileType;
    int workouts = 0;
    std::optional<std::int64_t> validSteps;
    std::vector<Fields> steps;
};

DecodedWorkout decodeWorkout(const QString& path)
{
    DecodedWorkout workout;
    auto decoded = fit::decode(readBytes(path), path, [&](const fit::MessageView& message) {
        if (message.globalNumber() == kFileId && message.field(0))
            workout.fileType = message.field(0)->integer();
        if (message.globalNumber() == kWorkout) {
            ++workout.workouts;
            if (message.field(6))
                workout.validSteps = message.field(6)->integer();
        }
        if (message.globalNumber() == kWorkoutStep) {
            Fields fields;
            for (const fit::FieldView& field : message.fields())
                fields[field.number] = field.integer();
            workout.steps.push_back(fields);
        }
    });
    workout.ok = decoded.ok();
    if (!decoded)
        workout.error = decoded.errorMessage();
    return workout;
}

CliRun workout(const QStringList& arguments)
{
    return runCli(QStringList{QStringLiteral("workout")} + arguments);
}

std::optional<std::int64_t> valueOf(const Fields& fields, int number)
{
    const auto found = fields.find(number);
    return found == fields.end() ? std::nullopt : found->second;
}

/// The steps with a 1 km distance duration (FIT: centimetres): the @T reps.
std::vector<Fields> kilometreSteps(const DecodedWorkout& decoded)
{
    std::vector<Fields> found;
    for (const Fields& step : decoded.steps)
        if (valueOf(step, 1) == 1 && valueOf(step, 2) == 100000)
            found.push_back(step);
    return found;
}

} // namespace

TEST(WorkoutCommand, WritesAWorkoutFileOurDecoderReadsBack)
{
    const TempLog out;
    const QString file = out.dir() + QStringLiteral("/tempo.fit");
    const CliRun run = workout(
        {QStringLiteral("--text"), kTempo, QStringLiteral("-o"), file, QStringLiteral("--json")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();

    const DecodedWorkout decoded = decodeWorkout(file);
    ASSERT_TRUE(decoded.ok) << decoded.error.toStdString();
    EXPECT_EQ(decoded.fileType, kFileTypeWorkout);
    EXPECT_EQ(decoded.workouts, 1);
    // Warm-up, the 1 km rep, the jog, the repeat step, cool-down.
    ASSERT_EQ(decoded.steps.size(), 5u);
    EXPECT_EQ(decoded.validSteps, 5);
    EXPECT_EQ(run.json()[QStringLiteral("steps")].toInt(), 5);
    EXPECT_FALSE(run.json()[QStringLiteral("paces")].toBool());

    const Fields& repeat = decoded.steps[3];
    EXPECT_EQ(valueOf(repeat, 1), kDurationRepeatUntilStepsComplete);
    EXPECT_EQ(valueOf(repeat, 2), 1); // back to the 1 km rep (message_index 1)
    EXPECT_EQ(valueOf(repeat, 4), 5); // five times

    // Without an athlete the @T rep has no speed to aim at: an open target.
    const std::vector<Fields> reps = kilometreSteps(decoded);
    ASSERT_EQ(reps.size(), 1u);
    EXPECT_EQ(valueOf(reps[0], 3), kTargetOpen);
}

TEST(WorkoutCommand, ZoneTargetsUseTheAthletesPaces)
{
    const AthleteLog log; // Ana: 10 km in 41:21, T pace about 4:05/km (Daniels)
    const TempLog out;
    const QString file = out.dir() + QStringLiteral("/tempo.fit");
    const CliRun run = workout({QStringLiteral("--text"), kTempo, QStringLiteral("-o"), file,
                                QStringLiteral("--db"), log.path(), QStringLiteral("--json")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.json()[QStringLiteral("paces")].toBool());

    const DecodedWorkout decoded = decodeWorkout(file);
    ASSERT_TRUE(decoded.ok) << decoded.error.toStdString();
    const std::vector<Fields> reps = kilometreSteps(decoded);
    ASSERT_EQ(reps.size(), 1u);
    EXPECT_EQ(valueOf(reps[0], 3), kTargetSpeed);
    // Custom speed range in mm/s around 4:05/km (4.08 m/s), within a generous 10 %.
    const auto low = valueOf(reps[0], 5);
    const auto high = valueOf(reps[0], 6);
    ASSERT_TRUE(low && high);
    EXPECT_LE(*low, *high);
    EXPECT_GT(*low, 3670);
    EXPECT_LT(*high, 4490);
}

TEST(WorkoutCommand, ExportsATemplateOfTheLogByName)
{
    const AthleteLog log;
    {
        auto store = LogStore::open(log.path());
        ASSERT_TRUE(store.ok());
        SessionTemplate tempo;
        tempo.name = QStringLiteral("3 × 2 km @ T");
        auto steps = parseSessionNotation(QStringLiteral("3x2km @T / 90s jog"));
        ASSERT_TRUE(steps.ok()) << steps.errorMessage().toStdString();
        tempo.steps = std::move(steps).value();
        ASSERT_TRUE((*store)->templates().insert(tempo).ok());
    }
    const TempLog out;
    const QString file = out.dir() + QStringLiteral("/t.fit");
    const CliRun run = workout({QStringLiteral("--db"), log.path(), QStringLiteral("--template"),
                                QStringLiteral("3 x 2 km @ t"), QStringLiteral("-o"), file});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("3 × 2 km @ T"))) << run.out.toStdString();
    const DecodedWorkout decoded = decodeWorkout(file);
    ASSERT_TRUE(decoded.ok) << decoded.error.toStdString();
    EXPECT_EQ(decoded.steps.size(), 3u); // 2 km, jog, repeat

    const CliRun unknown =
        workout({QStringLiteral("--db"), log.path(), QStringLiteral("--template"),
                 QStringLiteral("Fartlek"), QStringLiteral("-o"), file});
    EXPECT_EQ(unknown.exitCode, 2);
    EXPECT_TRUE(unknown.errIsOneLine()) << unknown.err.toStdString();
    EXPECT_TRUE(unknown.err.contains(QStringLiteral("Fartlek"))) << unknown.err.toStdString();
}

TEST(WorkoutCommand, UsageErrorsExitWith2AndWriteNothing)
{
    const TempLog out;
    const QString file = out.dir() + QStringLiteral("/w.fit");
    const AthleteLog log;
    const QList<QStringList> cases{
        {QStringLiteral("--text"), kTempo},
        {QStringLiteral("-o"), file},
        {QStringLiteral("--text"), QStringLiteral("5x1km @Q"), QStringLiteral("-o"), file},
        {QStringLiteral("--text"), kTempo, QStringLiteral("-o"), file, QStringLiteral("--db"),
         log.path(), QStringLiteral("--athlete"), QStringLiteral("Nobody")},
        {QStringLiteral("--text"), kTempo, QStringLiteral("-o"), file, QStringLiteral("--db"),
         out.dir() + QStringLiteral("/absent.sqlite")},
    };
    for (const QStringList& arguments : cases) {
        SCOPED_TRACE(arguments.join(QLatin1Char(' ')).toStdString());
        const CliRun run = workout(arguments);
        EXPECT_EQ(run.exitCode, 2);
        EXPECT_TRUE(run.errIsOneLine()) << run.err.toStdString();
    }
    EXPECT_FALSE(QFileInfo::exists(file));
}

TEST(WorkoutCommand, AnExistingFileIsReplacedOnlyByAGoodWorkout)
{
    const TempLog out;
    const QString file = out.dir() + QStringLiteral("/w.fit");
    ASSERT_TRUE(writeBytes(file, "the previous workout"));
    const CliRun bad =
        workout({QStringLiteral("--text"), QStringLiteral("5x1km @Q"), QStringLiteral("-o"), file});
    EXPECT_EQ(bad.exitCode, 2);
    EXPECT_EQ(readBytes(file), QByteArrayLiteral("the previous workout"));

    const CliRun good = workout({QStringLiteral("--text"), kTempo, QStringLiteral("-o"), file});
    ASSERT_EQ(good.exitCode, 0) << good.err.toStdString();
    const DecodedWorkout decoded = decodeWorkout(file);
    EXPECT_TRUE(decoded.ok) << decoded.error.toStdString();
    EXPECT_EQ(decoded.workouts, 1);
    EXPECT_EQ(QDir(out.dir()).entryList(QDir::Files | QDir::Hidden),
              QStringList{QStringLiteral("w.fit")})
        << "no temporary file is left beside it";
}
