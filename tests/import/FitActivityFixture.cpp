#include "FitActivityFixture.h"

#include "core/io/activity/FitEncoder.h"

#include <QFile>

#include <cmath>

namespace paceline::test {

namespace {

using fit::BaseType;
using fit::Value;

enum Local : std::uint8_t {
    FileIdLocal,
    RecordLocal,
    LapLocal,
    SessionLocal,
    ActivityLocal,
    PositionRecordLocal
};

Value integer(std::int64_t value)
{
    return Value{value};
}

Value scaled(double value, double scale)
{
    return Value{static_cast<std::int64_t>(std::llround(value * scale))};
}

template <typename T> Value optionalInteger(const std::optional<T>& value)
{
    return value ? Value{static_cast<std::int64_t>(std::llround(double(*value)))}
                 : Value{fit::Invalid{}};
}

void defineAll(fit::Encoder& encoder)
{
    encoder.define(FileIdLocal, 0,
                   {{0, 1, BaseType::Enum},
                    {1, 2, BaseType::UInt16},
                    {2, 2, BaseType::UInt16},
                    {3, 4, BaseType::UInt32z},
                    {4, 4, BaseType::UInt32}});
    // timestamp, heart_rate, distance (1/100 m), enhanced_speed (1/1000 m/s)
    encoder.define(RecordLocal, 20,
                   {{253, 4, BaseType::UInt32},
                    {3, 1, BaseType::UInt8},
                    {5, 4, BaseType::UInt32},
                    {73, 4, BaseType::UInt32}});
    // The same with position_lat and position_long (semicircles) after the timestamp.
    encoder.define(PositionRecordLocal, 20,
                   {{253, 4, BaseType::UInt32},
                    {0, 4, BaseType::SInt32},
                    {1, 4, BaseType::SInt32},
                    {3, 1, BaseType::UInt8},
                    {5, 4, BaseType::UInt32},
                    {73, 4, BaseType::UInt32}});
    // timestamp, event, event_type, start_time, elapsed, timer, distance, avg/max hr,
    // avg_cadence, intensity, sport, enhanced_avg_speed, message_index
    encoder.define(LapLocal, 19,
                   {{253, 4, BaseType::UInt32},
                    {0, 1, BaseType::Enum},
                    {1, 1, BaseType::Enum},
                    {2, 4, BaseType::UInt32},
                    {7, 4, BaseType::UInt32},
                    {8, 4, BaseType::UInt32},
                    {9, 4, BaseType::UInt32},
                    {15, 1, BaseType::UInt8},
                    {16, 1, BaseType::UInt8},
                    {17, 1, BaseType::UInt8},
                    {23, 1, BaseType::Enum},
                    {25, 1, BaseType::Enum},
                    {110, 4, BaseType::UInt32},
                    {254, 2, BaseType::UInt16}});
    // timestamp, event, event_type, start_time, sport, elapsed, timer, distance,
    // avg/max hr, first_lap_index, num_laps, message_index
    encoder.define(SessionLocal, 18,
                   {{253, 4, BaseType::UInt32},
                    {0, 1, BaseType::Enum},
                    {1, 1, BaseType::Enum},
                    {2, 4, BaseType::UInt32},
                    {5, 1, BaseType::Enum},
                    {7, 4, BaseType::UInt32},
                    {8, 4, BaseType::UInt32},
                    {9, 4, BaseType::UInt32},
                    {16, 1, BaseType::UInt8},
                    {17, 1, BaseType::UInt8},
                    {25, 2, BaseType::UInt16},
                    {26, 2, BaseType::UInt16},
                    {254, 2, BaseType::UInt16}});
    // timestamp, total_timer_time, num_sessions, type, event, event_type, local_timestamp
    encoder.define(ActivityLocal, 34,
                   {{253, 4, BaseType::UInt32},
                    {0, 4, BaseType::UInt32},
                    {1, 2, BaseType::UInt16},
                    {2, 1, BaseType::Enum},
                    {3, 1, BaseType::Enum},
                    {4, 1, BaseType::Enum},
                    {5, 4, BaseType::UInt32}});
}

/// Counters that run through the whole file.
struct Cursor {
    std::uint32_t time = 0; ///< FIT time
    double metres = 0.0;    ///< cumulative over the file, as a watch records it
    int lapIndex = 0;
    bool positions = false;
};

/// A point `metres` north of 46 N 14 E, in FIT semicircles (2^31 per 180 degrees).
std::pair<Value, Value> positionAt(double metres)
{
    constexpr double kMetresPerDegree = 111195.0; // along a meridian, mean Earth radius
    constexpr double kSemicirclesPerDegree = 2147483648.0 / 180.0;
    return {Value{std::int64_t(
                std::llround((46.0 + metres / kMetresPerDegree) * kSemicirclesPerDegree))},
            Value{std::int64_t(std::llround(14.0 * kSemicirclesPerDegree))}};
}

void writeRecord(fit::Encoder& encoder, std::uint32_t time, const FitLapSpec& lap, double metres,
                 double speed, bool positions)
{
    if (!positions) {
        encoder.write(RecordLocal, {integer(time), optionalInteger(lap.heartRate),
                                    scaled(metres, 100.0), scaled(speed, 1000.0)});
        return;
    }
    const auto [latitude, longitude] = positionAt(metres);
    encoder.write(PositionRecordLocal,
                  {integer(time), latitude, longitude, optionalInteger(lap.heartRate),
                   scaled(metres, 100.0), scaled(speed, 1000.0)});
}

/// Running cadence is per foot in FIT: half the steps per minute.
std::optional<double> fitCadence(const FitLapSpec& lap, FitSport sport)
{
    if (!lap.cadence)
        return std::nullopt;
    return sport == FitSport::Running ? *lap.cadence / 2.0 : *lap.cadence;
}

std::optional<int> lapMaxHeartRate(const FitLapSpec& lap)
{
    return lap.maxHeartRate ? lap.maxHeartRate : lap.heartRate;
}

void writeLap(fit::Encoder& encoder, const FitLapSpec& lap, FitSport sport, bool records,
              Cursor& cursor)
{
    const std::uint32_t start = cursor.time;
    const double speed = lap.seconds > 0 ? lap.metres / lap.seconds : 0.0;
    for (int second = 1; records && second <= lap.seconds; ++second)
        writeRecord(encoder, start + std::uint32_t(second), lap, cursor.metres + speed * second,
                    speed, cursor.positions);
    cursor.time += std::uint32_t(lap.seconds);
    cursor.metres += lap.metres;
    encoder.write(LapLocal,
                  {integer(cursor.time), integer(9), integer(1), integer(start),
                   scaled(lap.seconds, 1000.0), scaled(lap.seconds, 1000.0),
                   scaled(lap.metres, 100.0), optionalInteger(lap.heartRate),
                   optionalInteger(lapMaxHeartRate(lap)), optionalInteger(fitCadence(lap, sport)),
                   lap.intensity ? integer(int(*lap.intensity)) : Value{fit::Invalid{}},
                   integer(int(sport)), scaled(speed, 1000.0), integer(cursor.lapIndex++)});
}

void writeLeg(fit::Encoder& encoder, const FitLegSpec& leg, int index, bool records, Cursor& cursor)
{
    const std::uint32_t start = cursor.time;
    const int firstLap = cursor.lapIndex;
    double metres = 0.0;
    std::optional<int> maxHeartRate;
    double beats = 0.0;
    double beatSeconds = 0.0;
    for (const FitLapSpec& lap : leg.laps) {
        writeLap(encoder, lap, leg.sport, records, cursor);
        metres += lap.metres;
        if (const std::optional<int> lapMax = lapMaxHeartRate(lap))
            maxHeartRate = std::max(maxHeartRate.value_or(0), *lapMax);
        if (lap.heartRate) {
            beats += double(*lap.heartRate) * lap.seconds;
            beatSeconds += lap.seconds;
        }
    }
    // A Value rather than an optional<double>: GCC 12 at -O1 wrongly warns that the
    // optional's payload may be read uninitialised on its way through llround.
    const Value avgHeartRate =
        beatSeconds > 0 ? scaled(beats / beatSeconds, 1.0) : Value{fit::Invalid{}};
    const double seconds = cursor.time - start;
    encoder.write(SessionLocal,
                  {integer(cursor.time), integer(8), integer(1), integer(start),
                   integer(int(leg.sport)), scaled(seconds, 1000.0), scaled(seconds, 1000.0),
                   scaled(metres, 100.0), avgHeartRate, optionalInteger(maxHeartRate),
                   integer(firstLap), integer(int(leg.laps.size())), integer(index)});
}

} // namespace

std::vector<FitLapSpec> evenLaps(int count, int secondsEach, double metresPerSecond,
                                 std::optional<int> heartRate)
{
    std::vector<FitLapSpec> laps(std::size_t(std::max(0, count)));
    for (FitLapSpec& lap : laps)
        lap = FitLapSpec{.seconds = secondsEach,
                         .metres = secondsEach * metresPerSecond,
                         .heartRate = heartRate};
    return laps;
}

FitActivitySpec runOf(std::vector<FitLapSpec> laps, const QDateTime& startUtc)
{
    FitActivitySpec spec;
    spec.startUtc = startUtc;
    spec.legs.push_back(FitLegSpec{FitSport::Running, std::move(laps)});
    return spec;
}

QByteArray fitActivityFile(const FitActivitySpec& spec)
{
    fit::Encoder encoder;
    defineAll(encoder);
    Cursor cursor{.time = fit::fitTime(spec.startUtc), .positions = spec.positions};
    encoder.write(FileIdLocal,
                  {integer(4), integer(255), integer(1), integer(12345), integer(cursor.time)});
    for (std::size_t i = 0; i < spec.legs.size(); ++i)
        writeLeg(encoder, spec.legs[i], int(i), spec.records, cursor);
    const std::uint32_t start = fit::fitTime(spec.startUtc);
    encoder.write(ActivityLocal,
                  {integer(cursor.time), scaled(cursor.time - start, 1000.0),
                   integer(int(spec.legs.size())), integer(0), integer(26), integer(1),
                   spec.utcOffsetSeconds ? integer(cursor.time + *spec.utcOffsetSeconds)
                                         : Value{fit::Invalid{}}});
    return encoder.finish();
}

bool writeBytes(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

QByteArray readBytes(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace paceline::test
