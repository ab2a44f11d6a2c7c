// fit::decode on files made with the project's FIT Encoder (and some bytes laid out by
// hand from the FIT protocol): both byte orders, compressed timestamps, developer
// fields, invalid sentinels, chained files, and every damaged-file error, which must
// name the file and the byte offset.

#include "FitDecodeCapture.h"

using namespace paceline;
using namespace paceline::fit;
using namespace paceline::test;

TEST(FitDecoder, CrcMatchesTheCrc16ArcCheckValue)
{
    const QByteArray check("123456789");
    EXPECT_EQ(crc16({reinterpret_cast<const std::uint8_t*>(check.data()), 9}), 0xBB3D);
}

TEST(FitDecoder, ReadsLittleEndianValues)
{
    const Decoded decoded = decodeAll(simpleFile());
    ASSERT_TRUE(decoded.result.ok()) << messageOf(decoded);
    EXPECT_EQ(decoded.result->files, 1);
    EXPECT_EQ(decoded.result->messages, 3);
    ASSERT_EQ(decoded.messages.size(), 3u);
    const Seen& last = decoded.messages[2];
    EXPECT_EQ(last.global, 20);
    EXPECT_EQ(last.timestamp, 1002u);
    EXPECT_EQ(last.integers.at(3), 142);
    EXPECT_EQ(last.integers.at(5), 200);
    EXPECT_EQ(last.integers.at(0), -5);
}

TEST(FitDecoder, ReadsBigEndianDefinitionsLaidOutByHand)
{
    Encoder encoder;
    // Definition, local 1, architecture 1 (big-endian), global 20 as 00 14, two fields.
    encoder.writeRaw(QByteArray::fromHex("41"
                                         "00"
                                         "01"
                                         "0014"
                                         "02"
                                         "fd0486"
                                         "060284"));
    encoder.writeRaw(QByteArray::fromHex("01"
                                         "00000401"
                                         "1234")); // ts 1025, speed 0x1234
    const Decoded decoded = decodeAll(encoder.finish());
    ASSERT_TRUE(decoded.result.ok()) << messageOf(decoded);
    ASSERT_EQ(decoded.messages.size(), 1u);
    EXPECT_EQ(decoded.messages[0].global, 20);
    EXPECT_EQ(decoded.messages[0].timestamp, 1025u);
    EXPECT_EQ(decoded.messages[0].integers.at(6), 0x1234);
}

TEST(FitDecoder, ReadsTheEncodersBigEndianMessages)
{
    Encoder encoder;
    defineRecord(encoder, 2, ByteOrder::Big);
    encoder.write(
        2, {std::int64_t(77777), std::int64_t(150), std::int64_t(123456), std::int64_t(-1000000)});
    const Decoded decoded = decodeAll(encoder.finish());
    ASSERT_TRUE(decoded.result.ok()) << messageOf(decoded);
    ASSERT_EQ(decoded.messages.size(), 1u);
    EXPECT_EQ(decoded.messages[0].global, 20);
    EXPECT_EQ(decoded.messages[0].timestamp, 77777u);
    EXPECT_EQ(decoded.messages[0].integers.at(5), 123456);
    EXPECT_EQ(decoded.messages[0].integers.at(0), -1000000);
}

TEST(FitDecoder, CompressedTimestampsReplaceTheLowBitsAndRollOver)
{
    Encoder encoder;
    encoder.define(0, 21, {{253, 4, BaseType::UInt32}, {0, 1, BaseType::Enum}});
    encoder.define(1, 20, {{3, 1, BaseType::UInt8}});
    encoder.writeCompressed(1, 3, {std::int64_t(100)}); // no full timestamp yet
    const std::uint32_t full = 32 * 1000 + 30;          // low 5 bits: 30
    encoder.write(0, {std::int64_t(full), std::int64_t(0)});
    encoder.writeCompressed(1, 30, {std::int64_t(101)}); // same second
    encoder.writeCompressed(1, 2, {std::int64_t(102)});  // 2 < 30: rolled over
    encoder.writeCompressed(1, 5, {std::int64_t(103)});  // 5 >= 2: no roll-over
    const Decoded decoded = decodeAll(encoder.finish());
    ASSERT_TRUE(decoded.result.ok()) << messageOf(decoded);
    ASSERT_EQ(decoded.messages.size(), 5u);
    EXPECT_FALSE(decoded.messages[0].timestamp.has_value());
    EXPECT_EQ(decoded.messages[2].timestamp, full);
    EXPECT_EQ(decoded.messages[3].timestamp, 32u * 1001 + 2);
    EXPECT_EQ(decoded.messages[4].timestamp, 32u * 1001 + 5);
    EXPECT_EQ(decoded.messages[4].integers.at(3), 103);
}

TEST(FitDecoder, SkipsDeveloperFieldsByTheirSizes)
{
    Encoder encoder;
    encoder.define(0, 20, {{253, 4, BaseType::UInt32}, {3, 1, BaseType::UInt8}}, ByteOrder::Little,
                   {{0, 3, 0}, {1, 4, 0}});
    encoder.write(0, {std::int64_t(500), std::int64_t(120)},
                  {QByteArray("\x01\x02\x03", 3), QByteArray("\x04\x05\x06\x07", 4)});
    encoder.write(0, {std::int64_t(501), std::int64_t(121)},
                  {QByteArray(3, '\x40'), QByteArray(4, '\x41')});
    const Decoded decoded = decodeAll(encoder.finish());
    ASSERT_TRUE(decoded.result.ok()) << messageOf(decoded);
    ASSERT_EQ(decoded.messages.size(), 2u);
    EXPECT_EQ(decoded.messages[1].timestamp, 501u);
    EXPECT_EQ(decoded.messages[1].integers.at(3), 121);
    EXPECT_EQ(decoded.messages[1].integers.size(), 2u); // developer fields are not listed
}

TEST(FitDecoder, InvalidSentinelsReadAsNoValue)
{
    Encoder encoder;
    const std::vector<FieldDefinition> fields = {
        {1, 1, BaseType::Enum},     {2, 1, BaseType::SInt8},    {3, 1, BaseType::UInt8},
        {4, 2, BaseType::SInt16},   {5, 2, BaseType::UInt16},   {6, 4, BaseType::SInt32},
        {7, 4, BaseType::UInt32},   {8, 1, BaseType::UInt8z},   {9, 2, BaseType::UInt16z},
        {10, 4, BaseType::UInt32z}, {11, 4, BaseType::Float32}, {12, 8, BaseType::Float64},
    };
    encoder.define(0, 20, fields);
    // The sentinels written as plain numbers, not through the encoder's Invalid.
    encoder.write(0,
                  {std::int64_t(0xFF), std::int64_t(0x7F), std::int64_t(0xFF), std::int64_t(0x7FFF),
                   std::int64_t(0xFFFF), std::int64_t(0x7FFFFFFF), std::int64_t(0xFFFFFFFF),
                   std::int64_t(0), std::int64_t(0), std::int64_t(0), Invalid{}, Invalid{}});
    // One below each sentinel (and 1 for the z types) is a value.
    encoder.write(0, {std::int64_t(0xFE), std::int64_t(0x7E), std::int64_t(0xFE),
                      std::int64_t(-0x7FFF), std::int64_t(0xFFFE), std::int64_t(-5),
                      std::int64_t(0xFFFFFFFE), std::int64_t(1), std::int64_t(1), std::int64_t(1),
                      2.5, -7.25});
    const Decoded decoded = decodeAll(encoder.finish());
    ASSERT_TRUE(decoded.result.ok()) << messageOf(decoded);
    ASSERT_EQ(decoded.messages.size(), 2u);
    for (int number = 1; number <= 12; ++number) {
        EXPECT_FALSE(decoded.messages[0].reals.at(number).has_value()) << "field " << number;
        EXPECT_TRUE(decoded.messages[1].reals.at(number).has_value()) << "field " << number;
    }
    EXPECT_EQ(decoded.messages[1].integers.at(4), -0x7FFF);
    EXPECT_EQ(decoded.messages[1].integers.at(7), 0xFFFFFFFE);
    EXPECT_DOUBLE_EQ(*decoded.messages[1].reals.at(11), 2.5);
    EXPECT_DOUBLE_EQ(*decoded.messages[1].reals.at(12), -7.25);
}

TEST(FitDecoder, AFieldSizeThatIsNotAWholeElementReadsAsBytes)
{
    Encoder encoder;
    // A uint16 field of 3 bytes, laid out by hand since the encoder keeps sizes whole.
    encoder.writeRaw(QByteArray::fromHex("40"
                                         "00"
                                         "00"
                                         "1400"
                                         "02"
                                         "fd0486"
                                         "070384"));
    encoder.writeRaw(QByteArray::fromHex("00"
                                         "0a000000"
                                         "010203"));
    const Decoded decoded = decodeAll(encoder.finish());
    ASSERT_TRUE(decoded.result.ok()) << messageOf(decoded);
    ASSERT_EQ(decoded.messages.size(), 1u);
    EXPECT_EQ(decoded.messages[0].types.at(7), BaseType::Byte);
    EXPECT_EQ(decoded.messages[0].timestamp, 10u);
}

TEST(FitDecoder, ArrayAndStringFields)
{
    Encoder encoder;
    encoder.define(0, 0, {{8, 8, BaseType::String}, {9, 6, BaseType::UInt16}});
    encoder.write(0, {QByteArray("Fenix"), QByteArray::fromHex("0100ffff0300")});
    QString text;
    std::vector<std::optional<std::int64_t>> elements;
    int count = -1;
    const auto result = decode(encoder.finish(), kName, [&](const MessageView& message) {
        text = message.field(8)->text();
        count = message.field(9)->count();
        for (int i = 0; i < 4; ++i)
            elements.push_back(message.field(9)->integerAt(i));
        EXPECT_EQ(message.field(200), nullptr);
    });
    ASSERT_TRUE(result.ok()) << result.errorMessage().toStdString();
    EXPECT_EQ(text, QStringLiteral("Fenix"));
    EXPECT_EQ(count, 3);
    EXPECT_EQ(elements,
              (std::vector<std::optional<std::int64_t>>{1, std::nullopt, 3, std::nullopt}));
}

TEST(FitDecoder, ReadsATwelveByteHeader)
{
    Encoder encoder;
    defineRecord(encoder);
    encoder.write(0, {std::int64_t(42), std::int64_t(150), std::int64_t(0), std::int64_t(0)});
    const QByteArray file = encoder.finish(false);
    ASSERT_EQ(file[0], 12);
    const Decoded decoded = decodeAll(file);
    ASSERT_TRUE(decoded.result.ok()) << messageOf(decoded);
    ASSERT_EQ(decoded.messages.size(), 1u);
    EXPECT_EQ(decoded.messages[0].timestamp, 42u);
}

TEST(FitDecoder, AcceptsAHeaderCrcOfZeroAsNotSet)
{
    QByteArray file = simpleFile();
    file[12] = 0;
    file[13] = 0;
    // The file CRC covers the header, so it is recomputed for the changed bytes.
    const auto* data = reinterpret_cast<const std::uint8_t*>(file.constData());
    const std::uint16_t crc = crc16({data, static_cast<std::size_t>(file.size() - 2)});
    file[file.size() - 2] = static_cast<char>(crc & 0xFF);
    file[file.size() - 1] = static_cast<char>(crc >> 8);
    const Decoded decoded = decodeAll(file);
    EXPECT_TRUE(decoded.result.ok()) << messageOf(decoded);
}
