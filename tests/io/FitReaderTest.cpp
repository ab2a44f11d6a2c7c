// FitReader on activity files made with the project's FIT Encoder: the fields and scales
// it reads, multisport legs, files without sessions or laps, running cadence, and its
// errors.

#include "core/io/activity/FitReader.h"

#include "core/io/activity/FitEncoder.h"

#include <QTimeZone>

#include <gtest/gtest.h>

using namespace paceline;
using namespace paceline::fit;

namespace {

const QString kName = QStringLiteral("fixture.fit");
const QDateTime kStart = QDateTime(QDate(2024, 5, 4), QTime(7, 0), QTimeZone::utc());

std::int64_t at(int secondsAfterStart)
{
    return fitTime(kStart) + secondsAfterStart;
}

enum Local : std::uint8_t { FileIdLocal, SessionLocal, LapLocal, RecordLocal, ActivityLocal };

/// An encoder with the definitions the fixtures use.
Encoder activityEncoder()
{
    Encoder encoder;
    encoder.define(FileIdLocal, 0, {{0, 1, BaseType::Enum}});
    encoder.write(FileIdLocal, {std::int64_t(4)}); // activity
    // session: timestamp, start, elapsed, timer, distance, sport, sub-sport, avg/max HR,
    // first lap index, number of laps.
    encoder.define(SessionLocal, 18,
                   {{253, 4, BaseType::UInt32},
                    {2, 4, BaseType::UInt32},
                    {7, 4, BaseType::UInt32},
                    {8, 4, BaseType::UInt32},
                    {9, 4, BaseType::UInt32},
                    {5, 1, BaseType::Enum},
                    {6, 1, BaseType::Enum},
                    {16, 1, BaseType::UInt8},
                    {17, 1, BaseType::UInt8},
                    {25, 2, BaseType::UInt16},
                    {26, 2, BaseType::UInt16}});
    // lap: timestamp, start, elapsed, timer, distance, avg/max HR, avg speed, enhanced
    // avg speed, cadence, intensity, sport.
    encoder.define(LapLocal, 19,
                   {{253, 4, BaseType::UInt32},
                    {2, 4, BaseType::UInt32},
                    {7, 4, BaseType::UInt32},
                    {8, 4, BaseType::UInt32},
                    {9, 4, BaseType::UInt32},
                    {15, 1, BaseType::UInt8},
                    {16, 1, BaseType::UInt8},
                    {13, 2, BaseType::UInt16},
                    {110, 4, BaseType::UInt32},
                    {17, 1, BaseType::UInt8},
                    {23, 1, BaseType::Enum},
                    {25, 1, BaseType::Enum}});
    // record: timestamp, lat, long, altitude, HR, cadence, distance, speed.
    encoder.define(RecordLocal, 20,
                   {{253, 4, BaseType::UInt32},
                    {0, 4, BaseType::SInt32},
                    {1, 4, BaseType::SInt32},
                    {2, 2, BaseType::UInt16},
                    {3, 1, BaseType::UInt8},
                    {4, 1, BaseType::UInt8},
                    {5, 4, BaseType::UInt32},
                    {6, 2, BaseType::UInt16}});
    encoder.define(ActivityLocal, 34, {{253, 4, BaseType::UInt32}, {5, 4, BaseType::UInt32}});
    return encoder;
}

using I = std::int64_t;

void writeLap(Encoder& encoder, int start, int seconds, I metres, I sport, I intensity = 0)
{
    encoder.write(LapLocal,
                  {at(start + seconds), at(start), I(seconds * 1000), I(seconds * 1000),
                   metres * 100, I(150), I(170), I(3000), I(3250), I(85), intensity, sport});
}

void writeSession(Encoder& encoder, int start, int seconds, I metres, I sport,
                  Value firstLap = Invalid{}, Value numLaps = Invalid{})
{
    encoder.write(SessionLocal,
                  {at(start + seconds), at(start), I(seconds * 1000), I(seconds * 1000 - 500),
                   metres * 100, sport, I(0), I(148), I(175), firstLap, numLaps});
}

void writeRecord(Encoder& encoder, int second, I metres, I cadence = 80)
{
    // 2^30 semicircles is 90 degrees; altitude raw 3000 is 3000 / 5 - 500 = 100 m.
    encoder.write(RecordLocal, {at(second), I(1) << 29, -(I(1) << 30), I(3000),
                                I(140 + second % 10), cadence, metres * 100, I(3200)});
}

Recording readOk(const QByteArray& bytes)
{
    const Result<Recording> recording = FitReader().read(bytes, kName);
    EXPECT_TRUE(recording.ok()) << recording.errorMessage().toStdString();
    return recording.ok() ? *recording : Recording{};
}

} // namespace

TEST(FitReader, ReadsSessionLapAndRecordFieldsWithTheirScales)
{
    Encoder encoder = activityEncoder();
    writeRecord(encoder, 0, 0);
    writeRecord(encoder, 1, 3);
    writeLap(encoder, 0, 600, 2000, 1, 2);
    writeSession(encoder, 0, 600, 2000, 1);
    encoder.write(ActivityLocal, {at(600), at(600) + 7200});
    const Recording recording = readOk(encoder.finish());
    EXPECT_EQ(recording.format, QStringLiteral("fit"));
    EXPECT_EQ(recording.recordCount, 2);
    EXPECT_EQ(recording.utcOffsetSeconds, 7200);
    ASSERT_EQ(recording.sessions.size(), 1u);
    const RecordedSession& session = recording.sessions[0];
    EXPECT_EQ(session.sportName, QStringLiteral("running"));
    EXPECT_EQ(session.sport, Sport::Run);
    EXPECT_EQ(session.start, kStart);
    EXPECT_DOUBLE_EQ(*session.elapsedSeconds, 600.0);
    EXPECT_DOUBLE_EQ(*session.timerSeconds, 599.5);
    EXPECT_DOUBLE_EQ(*session.distanceMetres, 2000.0);
    EXPECT_EQ(session.avgHeartRate, 148);
    EXPECT_EQ(session.maxHeartRate, 175);
    ASSERT_EQ(session.laps.size(), 1u);
    const RecordedLap& lap = session.laps[0];
    EXPECT_EQ(lap.start, kStart);
    EXPECT_DOUBLE_EQ(*lap.avgSpeed, 3.25);    // the enhanced field wins over the 16-bit one
    EXPECT_DOUBLE_EQ(*lap.avgCadence, 170.0); // running: per foot, doubled
    EXPECT_EQ(lap.intensity, LapIntensity::WarmUp);
    ASSERT_EQ(session.samples.size(), 2u);
    const RecordedSample& sample = session.samples[1];
    EXPECT_EQ(sample.utcSeconds, kStart.toSecsSinceEpoch() + 1);
    EXPECT_DOUBLE_EQ(*sample.latitude, 45.0);
    EXPECT_DOUBLE_EQ(*sample.longitude, -90.0);
    EXPECT_DOUBLE_EQ(*sample.altitude, 100.0);
    EXPECT_EQ(sample.heartRate, 141);
    EXPECT_DOUBLE_EQ(*sample.cadence, 160.0);
    EXPECT_DOUBLE_EQ(*sample.distanceMetres, 3.0);
    EXPECT_DOUBLE_EQ(*sample.speed, 3.2);
}

TEST(FitReader, MultisportLegsTakeTheirLapsByIndexAndRecordsByTime)
{
    Encoder encoder = activityEncoder();
    for (int second = 0; second < 300; second += 10)
        writeRecord(encoder, second, second * 2);
    // Swim 0-99 s (2 laps), transition 100-149 s, bike 150-299 s (1 lap).
    writeLap(encoder, 0, 50, 100, 5);
    writeLap(encoder, 50, 50, 100, 5);
    writeLap(encoder, 100, 50, 20, 3);
    writeLap(encoder, 150, 150, 1500, 2);
    writeSession(encoder, 0, 100, 200, 5, I(0), I(2));
    writeSession(encoder, 100, 50, 20, 3, I(2), I(1));
    writeSession(encoder, 150, 150, 1500, 2, I(3), I(1));
    const Recording recording = readOk(encoder.finish());
    ASSERT_EQ(recording.sessions.size(), 3u);
    EXPECT_EQ(recording.sessions[0].sport, Sport::Swim);
    EXPECT_EQ(recording.sessions[1].sportName, QStringLiteral("transition"));
    EXPECT_EQ(recording.sessions[1].sport, std::nullopt);
    EXPECT_EQ(recording.sessions[2].sport, Sport::Bike);
    EXPECT_EQ(recording.sessions[0].laps.size(), 2u);
    EXPECT_EQ(recording.sessions[1].laps.size(), 1u);
    EXPECT_EQ(recording.sessions[2].laps.size(), 1u);
    EXPECT_DOUBLE_EQ(*recording.sessions[2].laps[0].avgCadence, 85.0); // cycling: as recorded
    EXPECT_EQ(recording.sessions[0].samples.size(), 10u);              // 0..90 s
    EXPECT_EQ(recording.sessions[1].samples.size(), 5u);               // 100..140 s
    EXPECT_EQ(recording.sessions[2].samples.size(), 15u);              // 150..290 s
    EXPECT_EQ(recording.sessions[2].samples.front().utcSeconds, kStart.toSecsSinceEpoch() + 150);
}

TEST(FitReader, MultisportLapsWithoutIndexesGoBySharedTime)
{
    Encoder encoder = activityEncoder();
    writeLap(encoder, 0, 100, 300, 1);
    writeLap(encoder, 100, 100, 800, 2);
    writeLap(encoder, 200, 100, 800, 2);
    writeSession(encoder, 0, 100, 300, 1);
    writeSession(encoder, 100, 200, 1600, 2);
    const Recording recording = readOk(encoder.finish());
    ASSERT_EQ(recording.sessions.size(), 2u);
    EXPECT_EQ(recording.sessions[0].laps.size(), 1u);
    EXPECT_EQ(recording.sessions[1].laps.size(), 2u);
}

TEST(FitReader, WithoutSessionsOneSessionIsMadeFromTheLaps)
{
    Encoder encoder = activityEncoder();
    writeLap(encoder, 0, 300, 1000, 1);
    writeLap(encoder, 300, 200, 600, 1);
    writeRecord(encoder, 10, 30);
    const Recording recording = readOk(encoder.finish());
    ASSERT_EQ(recording.sessions.size(), 1u);
    const RecordedSession& session = recording.sessions[0];
    EXPECT_EQ(session.start, kStart);
    EXPECT_DOUBLE_EQ(*session.elapsedSeconds, 500.0);
    EXPECT_DOUBLE_EQ(*session.timerSeconds, 500.0);
    EXPECT_DOUBLE_EQ(*session.distanceMetres, 1600.0);
    EXPECT_EQ(session.maxHeartRate, 170);
    EXPECT_EQ(session.laps.size(), 2u);
    EXPECT_EQ(session.samples.size(), 1u);
    EXPECT_EQ(session.sportName, QStringLiteral("running"));
}

TEST(FitReader, WithoutSessionsOrLapsOneSessionIsMadeFromTheRecords)
{
    Encoder encoder = activityEncoder();
    writeRecord(encoder, 0, 0);
    writeRecord(encoder, 60, 200);
    writeRecord(encoder, 120, 410);
    const Recording recording = readOk(encoder.finish());
    ASSERT_EQ(recording.sessions.size(), 1u);
    const RecordedSession& session = recording.sessions[0];
    EXPECT_EQ(session.start, kStart);
    EXPECT_DOUBLE_EQ(*session.elapsedSeconds, 120.0);
    EXPECT_DOUBLE_EQ(*session.distanceMetres, 410.0);
    EXPECT_EQ(session.maxHeartRate, 140);
    EXPECT_TRUE(session.laps.empty());
    EXPECT_EQ(session.samples.size(), 3u);
}

TEST(FitReader, AFileWithoutActivityMessagesIsAnError)
{
    Encoder encoder = activityEncoder(); // a file_id and nothing else
    const Result<Recording> recording = FitReader().read(encoder.finish(), kName);
    ASSERT_FALSE(recording.ok());
    EXPECT_TRUE(recording.errorMessage().startsWith(kName + QStringLiteral(": ")));
    EXPECT_TRUE(recording.errorMessage().contains(QStringLiteral("no activity")));
}

TEST(FitReader, DecoderErrorsNameTheFile)
{
    QByteArray file = activityEncoder().finish();
    file[8] = 'x';
    const Result<Recording> recording = FitReader().read(file, kName);
    ASSERT_FALSE(recording.ok());
    EXPECT_TRUE(recording.errorMessage().startsWith(kName + QStringLiteral(": byte 0:")))
        << recording.errorMessage().toStdString();
}

TEST(FitReader, RecognisesFitHeaders)
{
    const QByteArray file = activityEncoder().finish();
    EXPECT_TRUE(FitReader().recognises(file.left(14)));
    EXPECT_FALSE(FitReader().recognises(QByteArrayView("<?xml version=\"1.0\"?>")));
    EXPECT_EQ(FitReader().fileNamePatterns(), QStringList{QStringLiteral("*.fit")});
}
