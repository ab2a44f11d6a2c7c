// FitReader on hostile input: a realistic activity made with the project's Encoder,
// then truncated at every offset, with random bytes changed (CRCs recomputed, so the
// mutants reach the message decoder and the session builder, not only the CRC check),
// and with headers spliced in. Each case must end in a Recording or an error; run it
// under -fsanitize=address,undefined to catch out-of-bounds reads and overflows. Also
// fields a damaged file gives absurd types (64-bit lap indexes, times, durations).

#include "core/io/activity/FitActivityMessages.h"
#include "core/io/activity/FitEncoder.h"
#include "core/io/activity/FitReader.h"

#include <QTimeZone>

#include <gtest/gtest.h>

#include <random>

using namespace paceline;
using namespace paceline::fit;

namespace {

using I = std::int64_t;

const QString kName = QStringLiteral("mutant.fit");
const QDateTime kStart = QDateTime(QDate(2024, 5, 4), QTime(7, 0), QTimeZone::utc());

I at(int seconds)
{
    return fitTime(kStart) + seconds;
}

/// Two sport legs with laps, records (full and compressed timestamps), a big-endian
/// definition, developer fields and an activity message.
QByteArray activityFile()
{
    Encoder encoder;
    encoder.define(0, 0, {{0, 1, BaseType::Enum}});
    encoder.write(0, {I(4)});
    encoder.define(1, 20,
                   {{253, 4, BaseType::UInt32},
                    {3, 1, BaseType::UInt8},
                    {5, 4, BaseType::UInt32},
                    {0, 4, BaseType::SInt32},
                    {1, 4, BaseType::SInt32}},
                   ByteOrder::Big, {{0, 2, 0}});
    encoder.define(2, 20, {{3, 1, BaseType::UInt8}, {6, 2, BaseType::UInt16}});
    for (int second = 0; second < 12; ++second) {
        if (second % 3 == 0)
            encoder.write(1, {at(second), I(140), I(second * 300), I(1) << 29, I(1) << 28},
                          {QByteArray("\x01\x02", 2)});
        else
            encoder.writeCompressed(2, static_cast<std::uint8_t>(at(second) & 0x1F),
                                    {I(141), I(3000)});
    }
    encoder.define(3, 19,
                   {{253, 4, BaseType::UInt32},
                    {2, 4, BaseType::UInt32},
                    {7, 4, BaseType::UInt32},
                    {9, 4, BaseType::UInt32},
                    {15, 1, BaseType::UInt8},
                    {25, 1, BaseType::Enum}});
    encoder.write(3, {at(6), at(0), I(6000), I(1800), I(150), I(1)});
    encoder.write(3, {at(12), at(6), I(6000), I(1800), I(155), I(2)});
    encoder.define(4, 18,
                   {{253, 4, BaseType::UInt32},
                    {2, 4, BaseType::UInt32},
                    {7, 4, BaseType::UInt32},
                    {5, 1, BaseType::Enum},
                    {25, 2, BaseType::UInt16},
                    {26, 2, BaseType::UInt16}});
    encoder.write(4, {at(6), at(0), I(6000), I(1), I(0), I(1)});
    encoder.write(4, {at(12), at(6), I(6000), I(2), I(1), I(1)});
    encoder.define(5, 34, {{253, 4, BaseType::UInt32}, {5, 4, BaseType::UInt32}});
    encoder.write(5, {at(12), at(12) + 3600});
    return encoder.finish();
}

/// Makes the header and file CRCs right again for a single (unchained) 14-byte-header
/// file, as far as its bytes allow, so the mutant gets past the CRC checks.
void fixCrcs(QByteArray& file)
{
    auto* bytes = reinterpret_cast<std::uint8_t*>(file.data());
    if (file.size() < 16 || bytes[0] != 14)
        return;
    const std::uint16_t header = crc16({bytes, 12});
    bytes[12] = header & 0xFF;
    bytes[13] = header >> 8;
    const std::uint32_t dataSize = std::uint32_t(bytes[4]) | (std::uint32_t(bytes[5]) << 8) |
                                   (std::uint32_t(bytes[6]) << 16) |
                                   (std::uint32_t(bytes[7]) << 24);
    const std::uint64_t end = 14 + std::uint64_t(dataSize);
    if (end + 2 > static_cast<std::uint64_t>(file.size()))
        return;
    const std::uint16_t crc = crc16({bytes, static_cast<std::size_t>(end)});
    bytes[end] = crc & 0xFF;
    bytes[end + 1] = crc >> 8;
}

/// Reads the mutant; a Recording or an error are both fine, a result must name the file.
void readMutant(const QByteArray& bytes)
{
    const Result<Recording> result = FitReader().read(bytes, kName);
    if (!result.ok()) {
        EXPECT_TRUE(result.errorMessage().contains(kName)) << result.errorMessage().toStdString();
    }
}

std::uint16_t bitwiseCrc(const std::uint8_t* data, std::size_t size)
{
    std::uint16_t crc = 0;
    for (std::size_t i = 0; i < size; ++i) {
        crc ^= data[i];
        for (int bit = 0; bit < 8; ++bit)
            crc = (crc & 1) ? static_cast<std::uint16_t>((crc >> 1) ^ 0xA001)
                            : static_cast<std::uint16_t>(crc >> 1);
    }
    return crc;
}

} // namespace

TEST(FitMutation, TheUnmutatedFixtureReadsAsTwoLegs)
{
    const Result<Recording> recording = FitReader().read(activityFile(), kName);
    ASSERT_TRUE(recording.ok()) << recording.errorMessage().toStdString();
    ASSERT_EQ(recording->sessions.size(), 2u);
    EXPECT_EQ(recording->sessions[0].laps.size(), 1u);
    EXPECT_EQ(recording->sessions[1].laps.size(), 1u);
    EXPECT_EQ(recording->recordCount, 12);
}

TEST(FitMutation, TheSlicedCrcMatchesTheBitwiseOneForEveryLengthAndStart)
{
    std::mt19937 random(7);
    std::vector<std::uint8_t> data(64);
    for (std::uint8_t& byte : data)
        byte = static_cast<std::uint8_t>(random());
    for (std::size_t start = 0; start < 8; ++start) {
        for (std::size_t size = 0; start + size <= data.size(); ++size)
            ASSERT_EQ(crc16({data.data() + start, size}), bitwiseCrc(data.data() + start, size))
                << "start " << start << ", size " << size;
    }
}

TEST(FitMutation, EveryTruncationFailsWithAnErrorNamingTheFile)
{
    const QByteArray file = activityFile();
    for (qsizetype size = 0; size < file.size(); ++size) {
        const Result<Recording> result = FitReader().read(file.left(size), kName);
        ASSERT_FALSE(result.ok()) << "cut at " << size;
        EXPECT_TRUE(result.errorMessage().contains(kName));
    }
}

TEST(FitMutation, RandomByteChangesWithCrcsFixedNeverCrash)
{
    const QByteArray file = activityFile();
    std::mt19937 random(20240504);
    for (int round = 0; round < 12000; ++round) {
        QByteArray mutant = file;
        const int changes = 1 + static_cast<int>(random() % 4);
        for (int i = 0; i < changes; ++i) {
            // Mostly the data; sometimes the header's size bytes (data size, header size).
            const qsizetype where =
                random() % 8 == 0 ? qsizetype(random() % 8) : qsizetype(random() % mutant.size());
            mutant[where] = static_cast<char>(random());
        }
        if (round % 4 != 0)
            fixCrcs(mutant);
        readMutant(mutant);
    }
}

TEST(FitMutation, SplicedAndChainedFilesNeverCrash)
{
    const QByteArray file = activityFile();
    std::mt19937 random(42);
    for (int round = 0; round < 3000; ++round) {
        // Two files chained, a slice of one dropped into the other, or the chain cut.
        QByteArray mutant = file + file;
        const qsizetype from = random() % file.size();
        const qsizetype length = random() % 40;
        const qsizetype into = random() % mutant.size();
        switch (round % 3) {
        case 0:
            mutant.insert(into, file.mid(from, length));
            break;
        case 1:
            mutant.remove(into, length);
            break;
        default:
            mutant.truncate(file.size() + qsizetype(random() % file.size()));
            break;
        }
        readMutant(mutant);
    }
}

TEST(FitMutation, HugeLapIndexesOfADamagedFileDoNotIndexPastTheLaps)
{
    // first_lap_index + num_laps as 64-bit fields, whose sum overflows.
    Encoder encoder;
    encoder.define(0, 19, {{253, 4, BaseType::UInt32}, {2, 4, BaseType::UInt32}});
    encoder.write(0, {at(60), at(0)});
    encoder.write(0, {at(120), at(60)});
    encoder.define(1, 18,
                   {{253, 4, BaseType::UInt32},
                    {2, 4, BaseType::UInt32},
                    {25, 8, BaseType::SInt64},
                    {26, 8, BaseType::SInt64}});
    encoder.write(1, {at(60), at(0), I(0x7FFFFFFFFFFFFFF0), I(0x20)});
    encoder.write(1, {at(120), at(60), I(1), I(1)});
    const Result<Recording> recording = FitReader().read(encoder.finish(), kName);
    ASSERT_TRUE(recording.ok()) << recording.errorMessage().toStdString();
    ASSERT_EQ(recording->sessions.size(), 2u);
    // The indexes are unusable, so the laps go by time: one each.
    EXPECT_EQ(recording->sessions[0].laps.size(), 1u);
    EXPECT_EQ(recording->sessions[1].laps.size(), 1u);
}

TEST(FitMutation, TimesAndDurationsOfAbsurdTypesReadAsAbsent)
{
    Encoder encoder;
    encoder.define(0, 18,
                   {{253, 4, BaseType::UInt32},
                    {2, 8, BaseType::SInt64},
                    {7, 8, BaseType::Float64},
                    {8, 4, BaseType::UInt32},
                    {9, 8, BaseType::SInt64}});
    encoder.write(0, {at(600), I(0x7FFFFFFFFFFFFF00), 1.0e300, I(590000), I(-5)});
    encoder.define(1, 34, {{253, 8, BaseType::SInt64}, {5, 8, BaseType::SInt64}});
    encoder.write(1, {I(-0x7FFFFFFFFFFFFF00), I(0x7FFFFFFFFFFFFF00)});
    const Result<Recording> recording = FitReader().read(encoder.finish(), kName);
    ASSERT_TRUE(recording.ok()) << recording.errorMessage().toStdString();
    ASSERT_EQ(recording->sessions.size(), 1u);
    const RecordedSession& session = recording->sessions[0];
    EXPECT_FALSE(session.elapsedSeconds.has_value());
    EXPECT_FALSE(session.distanceMetres.has_value());
    EXPECT_DOUBLE_EQ(session.timerSeconds.value_or(0.0), 590.0);
    // No start_time and no elapsed time: the session starts at its timestamp.
    EXPECT_EQ(session.start, kStart.addSecs(600));
    EXPECT_FALSE(recording->utcOffsetSeconds.has_value());
}

TEST(FitMutation, ThousandsOfEmptySessionMessagesAreRefusedNotMatchedAgainstEveryRecord)
{
    // One byte per session message: without a limit, each record and lap would be
    // compared with each of them (hours for a megabyte file).
    Encoder encoder;
    encoder.define(0, 20, {{253, 4, BaseType::UInt32}, {3, 1, BaseType::UInt8}});
    encoder.write(0, {at(0), I(140)});
    encoder.define(1, 18, {});
    for (int i = 0; i < 5000; ++i)
        encoder.write(1, {});
    const Result<Recording> recording = FitReader().read(encoder.finish(), kName);
    ASSERT_FALSE(recording.ok());
    EXPECT_TRUE(recording.errorMessage().contains(kName));
    EXPECT_TRUE(recording.errorMessage().contains(QStringLiteral("5000 session messages")))
        << recording.errorMessage().toStdString();
}

TEST(FitMutation, AsManySessionsAsTheLimitStillRead)
{
    Encoder encoder;
    encoder.define(0, 18, {{253, 4, BaseType::UInt32}, {7, 4, BaseType::UInt32}});
    for (int i = 0; i < kMaxSessionMessages; ++i)
        encoder.write(0, {at(60 * (i + 1)), I(60000)});
    const Result<Recording> recording = FitReader().read(encoder.finish(), kName);
    ASSERT_TRUE(recording.ok()) << recording.errorMessage().toStdString();
    EXPECT_EQ(recording->sessions.size(), static_cast<std::size_t>(kMaxSessionMessages));
}
