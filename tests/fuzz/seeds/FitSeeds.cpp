// FIT seeds: activities encoded with fit::Encoder (one leg and two, both header sizes,
// big-endian definitions, compressed timestamps, developer fields, a chained file) and
// the example sessions as FIT workouts (which the reader refuses as "no activity",
// after decoding them whole).

#include "Seeds.h"
#include "core/io/ExampleSessions.h"
#include "core/io/activity/FitEncoder.h"
#include "core/io/activity/FitWorkoutWriter.h"

#include <QTimeZone>

namespace paceline::fuzz {
namespace {

using fit::BaseType;
using fit::ByteOrder;
using fit::Encoder;
using I = std::int64_t;

// Global message numbers of the FIT profile.
constexpr std::uint16_t kFileId = 0;
constexpr std::uint16_t kSession = 18;
constexpr std::uint16_t kLap = 19;
constexpr std::uint16_t kRecord = 20;
constexpr std::uint16_t kActivity = 34;

const QDateTime kStart(QDate(2025, 6, 1), QTime(6, 30), QTimeZone::utc());

I fitAt(int seconds)
{
    return fit::fitTime(kStart) + seconds;
}

struct Leg {
    int startSecond = 0;
    int seconds = 0;
    int sport = 1; ///< FIT sport: 1 running, 2 cycling, 5 swimming
};

void writeFileId(Encoder& encoder)
{
    encoder.define(0, kFileId, {{0, 1, BaseType::Enum}, {1, 2, BaseType::UInt16}});
    encoder.write(0, {I(4), I(1)}); // activity, Garmin
}

/// Records every second of the legs: full timestamps every fifth, compressed between.
void writeRecords(Encoder& encoder, const std::vector<Leg>& legs, ByteOrder order)
{
    encoder.define(1, kRecord,
                   {{253, 4, BaseType::UInt32},
                    {0, 4, BaseType::SInt32},
                    {1, 4, BaseType::SInt32},
                    {3, 1, BaseType::UInt8},
                    {5, 4, BaseType::UInt32},
                    {73, 4, BaseType::UInt32}},
                   order, {{0, 2, 0}});
    encoder.define(2, kRecord, {{3, 1, BaseType::UInt8}, {5, 4, BaseType::UInt32}});
    int metres = 0;
    for (const Leg& leg : legs)
        for (int second = leg.startSecond; second < leg.startSecond + leg.seconds; ++second) {
            metres += 3;
            if (second % 5 == 0)
                encoder.write(1,
                              {fitAt(second), I(552000000 + second * 10), I(-20000000),
                               I(130 + second % 40), I(metres * 100), I(3000)},
                              {QByteArray("\x10\x20", 2)});
            else
                encoder.writeCompressed(2, static_cast<std::uint8_t>(fitAt(second) & 0x1F),
                                        {I(131 + second % 40), I(metres * 100)});
        }
}

/// A lap per half leg and a session per leg, written at their ends.
void writeSummaries(Encoder& encoder, const std::vector<Leg>& legs)
{
    encoder.define(3, kLap,
                   {{253, 4, BaseType::UInt32},
                    {2, 4, BaseType::UInt32},
                    {7, 4, BaseType::UInt32},
                    {8, 4, BaseType::UInt32},
                    {9, 4, BaseType::UInt32},
                    {15, 1, BaseType::UInt8},
                    {16, 1, BaseType::UInt8},
                    {23, 1, BaseType::Enum},
                    {25, 1, BaseType::Enum}});
    encoder.define(4, kSession,
                   {{253, 4, BaseType::UInt32},
                    {2, 4, BaseType::UInt32},
                    {5, 1, BaseType::Enum},
                    {7, 4, BaseType::UInt32},
                    {9, 4, BaseType::UInt32},
                    {25, 2, BaseType::UInt16},
                    {26, 2, BaseType::UInt16}});
    int lapIndex = 0;
    for (const Leg& leg : legs) {
        const int half = leg.seconds / 2;
        for (int part = 0; part < 2; ++part) {
            const int from = leg.startSecond + part * half;
            encoder.write(3, {fitAt(from + half), fitAt(from), I(half * 1000), I(half * 1000),
                              I(half * 300), I(140 + part * 10), I(170), I(part), I(leg.sport)});
        }
        encoder.write(4,
                      {fitAt(leg.startSecond + leg.seconds), fitAt(leg.startSecond), I(leg.sport),
                       I(leg.seconds * 1000), I(leg.seconds * 300), I(lapIndex), I(2)});
        lapIndex += 2;
    }
}

QByteArray activity(const std::vector<Leg>& legs, ByteOrder order, bool fourteenByteHeader)
{
    Encoder encoder;
    writeFileId(encoder);
    writeRecords(encoder, legs, order);
    writeSummaries(encoder, legs);
    encoder.define(5, kActivity, {{253, 4, BaseType::UInt32}, {5, 4, BaseType::UInt32}});
    const int end = legs.back().startSecond + legs.back().seconds;
    encoder.write(5, {fitAt(end), fitAt(end) + 7200});
    return encoder.finish(fourteenByteHeader);
}

} // namespace

std::vector<Seed> fitSeeds()
{
    const std::vector<Leg> run{{0, 40, 1}};
    const std::vector<Leg> triathlon{{0, 20, 5}, {25, 30, 2}, {60, 20, 1}};
    std::vector<Seed> seeds{
        {QStringLiteral("run.fit"), activity(run, ByteOrder::Little, true)},
        {QStringLiteral("run-big-endian-12-byte-header.fit"), activity(run, ByteOrder::Big, false)},
        {QStringLiteral("triathlon.fit"), activity(triathlon, ByteOrder::Little, true)},
        {QStringLiteral("chained.fit"),
         activity(run, ByteOrder::Little, true) + activity(triathlon, ByteOrder::Big, true)},
    };
    FitWorkoutOptions options;
    options.created = kStart;
    for (const SessionTemplate& session : exampleSessions()) {
        const auto workout = fitWorkout(session, options);
        if (workout.ok())
            seeds.push_back({QStringLiteral("workout-%1.fit").arg(seeds.size()), *workout});
    }
    return seeds;
}

} // namespace paceline::fuzz
