// Export for Watch on the Sessions screen: the library session written as a FIT workout
// that our decoder reads back, with zone targets as speed ranges when the athlete has
// paces and open otherwise (FIT profile: workout_step target_type 0 = speed, 2 = open).

#include "ui/builder/WorkoutExport.h"

#include "core/io/SessionNotation.h"
#include "core/io/activity/FitDecoder.h"

#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace paceline;

namespace {

constexpr std::uint16_t kWorkoutStep = 27;
constexpr std::uint8_t kTargetType = 3;
constexpr std::int64_t kSpeedTarget = 0;

SessionTemplate cruiseIntervals()
{
    SessionTemplate session;
    session.name = QStringLiteral("Cruise: 3 × 1 km @ T");
    auto steps = parseSessionNotation(u"3x1km @T / 60s jog");
    EXPECT_TRUE(steps.ok());
    if (steps)
        session.steps = *steps;
    return session;
}

/// The target types of the file's workout steps, in order.
std::vector<std::int64_t> targetTypes(const QString& path)
{
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::ReadOnly));
    std::vector<std::int64_t> types;
    auto decoded = fit::decode(file.readAll(), QStringLiteral("workout.fit"),
                               [&](const fit::MessageView& message) {
                                   if (message.globalNumber() != kWorkoutStep)
                                       return;
                                   const fit::FieldView* type = message.field(kTargetType);
                                   types.push_back(type ? type->integer().value_or(-1) : -1);
                               });
    EXPECT_TRUE(decoded.ok()) << (decoded.ok() ? "" : decoded.errorMessage().toStdString());
    return types;
}

TEST(WorkoutExport, ZoneTargetsBecomeSpeedRangesWithTheAthletesPaces)
{
    QTemporaryDir dir;
    Athlete athlete;
    athlete.name = QStringLiteral("Ana");
    athlete.recentRace = RaceResult{Distance{10000.0}, Duration{41 * 60 + 21}, QDate()};
    const QString path = dir.filePath(workoutFileName(cruiseIntervals().name));
    ASSERT_TRUE(writeFitWorkoutFile(cruiseIntervals(), athlete, path).ok());
    const std::vector<std::int64_t> types = targetTypes(path);
    // The 1 km rep, the jog, then the repeat step (whose "target" is its count).
    ASSERT_EQ(types.size(), 3u);
    EXPECT_EQ(types[0], kSpeedTarget);
}

TEST(WorkoutExport, WithoutPacesTheZoneStepIsOpen)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("open.fit"));
    ASSERT_TRUE(writeFitWorkoutFile(cruiseIntervals(), std::nullopt, path).ok());
    const std::vector<std::int64_t> types = targetTypes(path);
    ASSERT_FALSE(types.empty());
    EXPECT_NE(types[0], kSpeedTarget);
}

TEST(WorkoutExport, AnEmptySessionIsRefusedAndNothingIsWritten)
{
    QTemporaryDir dir;
    SessionTemplate empty;
    empty.name = QStringLiteral("Nothing yet");
    const QString path = dir.filePath(QStringLiteral("empty.fit"));
    const Status written = writeFitWorkoutFile(empty, std::nullopt, path);
    EXPECT_FALSE(written.ok());
    EXPECT_FALSE(QFile::exists(path));
}

TEST(WorkoutExport, FileNamesLoseWhatFileSystemsRefuse)
{
    EXPECT_EQ(workoutFileName(QStringLiteral("6 × 800 m: hills/track")).toStdString(),
              "6 × 800 m- hills-track.fit");
    EXPECT_EQ(workoutFileName(QStringLiteral("  ")).toStdString(), "workout.fit");
}

} // namespace
