// fit::Encoder: the bytes of headers, definitions and data messages checked against the
// FIT protocol by hand, and the CRCs against an independent bit-by-bit CRC-16/ARC that
// is itself checked against the published check value. Garmin's SDK reading encoder
// output is tested in FitWorkoutTest (through the oracle).

#include "core/io/activity/FitEncoder.h"

#include "support/SharedData.h"

#include <QFile>

#include <gtest/gtest.h>

#include <cstdint>
#include <vector>

using namespace paceline::fit;

namespace {

/// CRC-16/ARC bit by bit (reflected polynomial 0xA001, initial 0): the algorithm the FIT
/// SDK's nibble table implements, written differently on purpose.
std::uint16_t referenceCrc(const QByteArray& bytes)
{
    std::uint16_t crc = 0;
    for (char c : bytes) {
        crc ^= static_cast<std::uint8_t>(c);
        for (int bit = 0; bit < 8; ++bit)
            crc = (crc & 1) ? static_cast<std::uint16_t>((crc >> 1) ^ 0xA001)
                            : static_cast<std::uint16_t>(crc >> 1);
    }
    return crc;
}

std::uint16_t le16(const QByteArray& bytes, qsizetype at)
{
    return static_cast<std::uint16_t>(static_cast<std::uint8_t>(bytes[at]) |
                                      (static_cast<std::uint8_t>(bytes[at + 1]) << 8));
}

std::uint32_t le32(const QByteArray& bytes, qsizetype at)
{
    return le16(bytes, at) | (static_cast<std::uint32_t>(le16(bytes, at + 2)) << 16);
}

QByteArray bytes(std::initializer_list<int> values)
{
    QByteArray out;
    for (int v : values)
        out.append(static_cast<char>(v));
    return out;
}

/// The data section of a file with a 14-byte header.
QByteArray dataOf(const QByteArray& file)
{
    return file.mid(14, file.size() - 16);
}

} // namespace

TEST(FitEncoder, ReferenceCrcMatchesPublishedCheckValue)
{
    // The CRC-16/ARC catalogue check value for the ASCII digits 1-9.
    EXPECT_EQ(referenceCrc("123456789"), 0xBB3D);
}

TEST(FitEncoder, ReferenceCrcMatchesHeaderCrcsOfRealFiles)
{
    // Header CRCs written by Garmin and Suunto devices: the reference CRC must agree.
    PACELINE_REQUIRE_SHARED_DATA();
    int checked = 0;
    for (const QString& name : paceline::test::sharedDataFiles(QStringLiteral("fit"))) {
        QFile file(paceline::test::sharedDataPath(QStringLiteral("fit/") + name));
        ASSERT_TRUE(file.open(QIODevice::ReadOnly)) << name.toStdString();
        const QByteArray header = file.read(14);
        if (header.size() < 14 || header[0] != 14 || le16(header, 12) == 0)
            continue; // a 12-byte header or a header CRC left at 0: nothing to compare
        EXPECT_EQ(le16(header, 12), referenceCrc(header.left(12))) << name.toStdString();
        ++checked;
    }
    EXPECT_GT(checked, 0);
}

TEST(FitEncoder, EmptyFileHasFourteenByteHeaderAndCrcs)
{
    Encoder encoder;
    const QByteArray file = encoder.finish(true, 2132);
    ASSERT_EQ(file.size(), 16);
    EXPECT_EQ(file.left(12), bytes({14, 0x20, 0x54, 0x08, 0, 0, 0, 0, '.', 'F', 'I', 'T'}));
    EXPECT_EQ(le16(file, 12), referenceCrc(file.left(12)));
    EXPECT_EQ(le16(file, 14), referenceCrc(file.left(14)));
}

TEST(FitEncoder, TwelveByteHeaderHasNoHeaderCrc)
{
    Encoder encoder;
    encoder.writeRaw(bytes({1, 2, 3}));
    const QByteArray file = encoder.finish(false, 100);
    ASSERT_EQ(file.size(), 12 + 3 + 2);
    EXPECT_EQ(file.left(12), bytes({12, 0x20, 100, 0, 3, 0, 0, 0, '.', 'F', 'I', 'T'}));
    EXPECT_EQ(file.mid(12, 3), bytes({1, 2, 3}));
    EXPECT_EQ(le16(file, 15), referenceCrc(file.left(15)));
}

TEST(FitEncoder, DataSizeAndFileCrcCoverHeaderAndData)
{
    Encoder encoder;
    encoder.define(0, 0, {{0, 1, BaseType::Enum}, {4, 4, BaseType::UInt32}});
    encoder.write(0, {std::int64_t{4}, std::int64_t{1000000000}});
    const QByteArray file = encoder.finish();
    EXPECT_EQ(le32(file, 4), static_cast<std::uint32_t>(file.size() - 16));
    EXPECT_EQ(le16(file, file.size() - 2), referenceCrc(file.left(file.size() - 2)));
}

TEST(FitEncoder, LittleEndianDefinitionAndData)
{
    Encoder encoder;
    encoder.define(3, 0x1234, {{253, 4, BaseType::UInt32}, {2, 2, BaseType::UInt16}});
    encoder.write(3, {std::int64_t{0x01020304}, std::int64_t{0xABCD}});
    const QByteArray expected = bytes({0x43, 0, 0, 0x34, 0x12, 2,                  // definition
                                       253, 4, 0x86, 2, 2, 0x84,                   // fields
                                       0x03, 0x04, 0x03, 0x02, 0x01, 0xCD, 0xAB}); // data
    EXPECT_EQ(dataOf(encoder.finish()), expected);
}

TEST(FitEncoder, BigEndianDefinitionAndData)
{
    Encoder encoder;
    encoder.define(1, 0x1234, {{253, 4, BaseType::UInt32}, {5, 2, BaseType::SInt16}},
                   ByteOrder::Big);
    encoder.write(1, {std::int64_t{0x01020304}, std::int64_t{-2}});
    const QByteArray expected = bytes({0x41, 0, 1, 0x12, 0x34, 2, 253, 4, 0x86, 5, 2, 0x83, //
                                       0x01, 0x01, 0x02, 0x03, 0x04, 0xFF, 0xFE});
    EXPECT_EQ(dataOf(encoder.finish()), expected);
}

TEST(FitEncoder, DeveloperFieldsSetTheFlagAndFollowTheFields)
{
    Encoder encoder;
    encoder.define(2, 20, {{3, 1, BaseType::UInt8}}, ByteOrder::Little, {{7, 2, 0}, {9, 1, 1}});
    encoder.write(2, {std::int64_t{150}}, {bytes({0xAA, 0xBB}), bytes({0xCC})});
    const QByteArray expected = bytes({0x62, 0,   0,    20,   0,   1, 3, 1, 0x02, // definition
                                       2,    7,   2,    0,    9,   1, 1, // developer fields
                                       0x02, 150, 0xAA, 0xBB, 0xCC});
    EXPECT_EQ(dataOf(encoder.finish()), expected);
}

TEST(FitEncoder, CompressedTimestampHeader)
{
    Encoder encoder;
    encoder.define(2, 20, {{3, 1, BaseType::UInt8}});
    encoder.writeCompressed(2, 37, {std::int64_t{99}}); // 37 & 0x1F = 5
    const QByteArray data = dataOf(encoder.finish());
    EXPECT_EQ(data.right(2), bytes({0x80 | (2 << 5) | 5, 99}));
}

TEST(FitEncoder, InvalidSentinelsPerBaseType)
{
    const std::vector<FieldDefinition> fields = {
        {0, 1, BaseType::Enum},   {1, 1, BaseType::SInt8},    {2, 1, BaseType::UInt8},
        {3, 2, BaseType::SInt16}, {4, 2, BaseType::UInt16},   {5, 4, BaseType::SInt32},
        {6, 4, BaseType::UInt32}, {7, 2, BaseType::String},   {8, 4, BaseType::Float32},
        {9, 1, BaseType::UInt8z}, {10, 2, BaseType::UInt16z}, {11, 4, BaseType::UInt32z},
        {12, 1, BaseType::Byte},  {13, 8, BaseType::SInt64},  {14, 8, BaseType::UInt64z}};
    Encoder encoder;
    encoder.define(0, 300, fields);
    encoder.write(0, {}); // every value missing: all invalid
    const QByteArray data = dataOf(encoder.finish());
    const QByteArray expected = bytes({0,                      // header
                                       0xFF, 0x7F, 0xFF,       // enum, sint8, uint8
                                       0xFF, 0x7F, 0xFF, 0xFF, // sint16, uint16
                                       0xFF, 0xFF, 0xFF, 0x7F, 0xFF, 0xFF, 0xFF, 0xFF, // 32
                                       0,    0,    0xFF, 0xFF, 0xFF, 0xFF,    // string, float32
                                       0,    0,    0,    0,    0,    0,    0, // z types
                                       0xFF,                                  // byte
                                       0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x7F, //
                                       0,    0,    0,    0,    0,    0,    0,    0});
    EXPECT_EQ(data.right(expected.size()), expected);
}

TEST(FitEncoder, StringsArePaddedAndCut)
{
    Encoder encoder;
    encoder.define(0, 26, {{8, 6, BaseType::String}, {9, 3, BaseType::String}});
    encoder.write(0, {QByteArray("Run"), QByteArray("Longer")});
    const QByteArray data = dataOf(encoder.finish());
    EXPECT_EQ(data.right(9), bytes({'R', 'u', 'n', 0, 0, 0, 'L', 'o', 'n'}));
}

TEST(FitEncoder, ArrayGetsValueThenInvalidElements)
{
    Encoder encoder;
    encoder.define(0, 78, {{1, 6, BaseType::UInt16}}, ByteOrder::Big);
    encoder.write(0, {std::int64_t{0x0102}});
    EXPECT_EQ(dataOf(encoder.finish()).right(6), bytes({0x01, 0x02, 0xFF, 0xFF, 0xFF, 0xFF}));
}

TEST(FitEncoder, DoublesBecomeFloatsOrRoundedIntegers)
{
    Encoder encoder;
    encoder.define(0, 20, {{0, 4, BaseType::Float32}, {1, 2, BaseType::UInt16}});
    encoder.write(0, {1.5, 2.6});
    // 1.5f is 0x3FC00000; 2.6 rounds to 3.
    EXPECT_EQ(dataOf(encoder.finish()).right(6), bytes({0, 0, 0xC0, 0x3F, 3, 0}));
}

TEST(FitEncoder, FinishResetsForTheNextFile)
{
    Encoder encoder;
    encoder.define(0, 0, {{0, 1, BaseType::Enum}});
    encoder.write(0, {std::int64_t{4}});
    const QByteArray first = encoder.finish();
    const QByteArray second = encoder.finish();
    EXPECT_GT(first.size(), 16);
    EXPECT_EQ(second.size(), 16); // no data, and no definitions carried over
    encoder.write(0, {std::int64_t{4}});
    EXPECT_EQ(dataOf(encoder.finish()), bytes({0})); // header byte alone: undefined type
}

TEST(FitEncoder, FitTimeCountsFromTheFitEpoch)
{
    EXPECT_EQ(fitTime(QDateTime(QDate(1989, 12, 31), QTime(0, 0), Qt::UTC)), 0u);
    EXPECT_EQ(fitTime(QDateTime(QDate(1990, 1, 1), QTime(0, 0, 10), Qt::UTC)), 86410u);
}
