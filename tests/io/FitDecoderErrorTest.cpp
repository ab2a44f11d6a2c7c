// fit::decode on damaged and foreign bytes: each error names the file and the byte
// offset where it broke, and nothing crashes (random bytes included). Chained files,
// which are not damage, are here too because their second header is where damage hides.

#include "FitDecodeCapture.h"

#include <QLocale>

#include <random>

using namespace paceline;
using namespace paceline::fit;
using namespace paceline::test;

namespace {

QString offsetText(qsizetype offset)
{
    return QLocale(QLocale::English).toString(offset);
}

} // namespace

TEST(FitDecoderChain, DecodesEveryFileOfAChain)
{
    const QByteArray first = simpleFile(2);
    const Decoded decoded = decodeAll(first + simpleFile(3));
    ASSERT_TRUE(decoded.result.ok()) << messageOf(decoded);
    EXPECT_EQ(decoded.result->files, 2);
    ASSERT_EQ(decoded.messages.size(), 5u);
    EXPECT_EQ(decoded.messages[1].fileIndex, 0);
    EXPECT_EQ(decoded.messages[2].fileIndex, 1);
    EXPECT_EQ(decoded.messages[4].timestamp, 1002u);
}

TEST(FitDecoderChain, ZeroPaddingAfterTheLastFileIsNotAnotherFile)
{
    const Decoded decoded = decodeAll(simpleFile() + QByteArray(100, '\0'));
    ASSERT_TRUE(decoded.result.ok()) << messageOf(decoded);
    EXPECT_EQ(decoded.result->files, 1);
}

TEST(FitDecoderChain, ACorruptSecondHeaderNamesItsOffset)
{
    const QByteArray first = simpleFile(2);
    QByteArray second = simpleFile(1);
    second[9] = 'G'; // ".GIT"
    const Decoded decoded = decodeAll(first + second);
    expectErrorAt(decoded, offsetText(first.size()), QStringLiteral("chained FIT file 2"));
    EXPECT_TRUE(decoded.result.errorMessage().contains(QStringLiteral("\".FIT\"")));
}

TEST(FitDecoderChain, GarbageAfterTheLastFileIsAnError)
{
    const QByteArray first = simpleFile();
    const Decoded decoded = decodeAll(first + QByteArray("trailing"));
    expectErrorAt(decoded, offsetText(first.size()), QStringLiteral("cut short"));
}

TEST(FitDecoderErrors, WrongMagic)
{
    QByteArray file = simpleFile();
    file[11] = 'X';
    expectErrorAt(decodeAll(file), QStringLiteral("0"), QStringLiteral("not a FIT file"));
}

TEST(FitDecoderErrors, BadFileCrcNamesWhereTheCrcIs)
{
    QByteArray file = simpleFile();
    file[file.size() - 1] = static_cast<char>(file[file.size() - 1] ^ 0x5A);
    const Decoded decoded = decodeAll(file);
    expectErrorAt(decoded, offsetText(file.size() - 2), QStringLiteral("file CRC is wrong"));
    EXPECT_TRUE(decoded.messages.empty()); // nothing from a file that fails its CRC
}

TEST(FitDecoderErrors, ADamagedDataByteFailsTheFileCrc)
{
    QByteArray file = simpleFile();
    file[kHeader + kRecordDefinition + 2] = 'x'; // inside the first record's timestamp
    expectErrorAt(decodeAll(file), offsetText(file.size() - 2), QStringLiteral("CRC"));
}

TEST(FitDecoderErrors, BadHeaderCrc)
{
    QByteArray file = simpleFile();
    file[12] = static_cast<char>(file[12] ^ 0x01);
    expectErrorAt(decodeAll(file), QStringLiteral("0"), QStringLiteral("wrong CRC"));
}

TEST(FitDecoderErrors, HeaderSizeNeitherTwelveNorFourteen)
{
    QByteArray file = simpleFile();
    file[0] = 13;
    expectErrorAt(decodeAll(file), QStringLiteral("0"), QStringLiteral("12 or 14"));
}

TEST(FitDecoderErrors, DataSizeLargerThanTheFile)
{
    QByteArray file = simpleFile();
    const auto dataSize = static_cast<std::uint32_t>(file.size() - kHeader - 2);
    setDataSize(file, dataSize + 500);
    const Decoded decoded = decodeAll(file);
    expectErrorAt(decoded, QStringLiteral("0"),
                  QStringLiteral("says %1 bytes of data").arg(dataSize + 500));
    EXPECT_TRUE(decoded.result.errorMessage().contains(
        QStringLiteral("only %1 after the header").arg(dataSize + 2)));
}

TEST(FitDecoderErrors, AbsurdDataSizeDoesNotAllocate)
{
    QByteArray file = simpleFile();
    setDataSize(file, 0xFFFFFFFFu);
    expectErrorAt(decodeAll(file), QStringLiteral("0"), QStringLiteral("4,294,967,295"));
}

TEST(FitDecoderErrors, ZeroDataSize)
{
    QByteArray file = simpleFile();
    setDataSize(file, 0);
    expectErrorAt(decodeAll(file), QStringLiteral("0"), QStringLiteral("0 bytes of data"));
}

TEST(FitDecoderErrors, FileCutShort)
{
    const QByteArray file = simpleFile();
    expectErrorAt(decodeAll(file.left(file.size() - 7)), QStringLiteral("0"),
                  QStringLiteral("truncated"));
    expectErrorAt(decodeAll(file.left(9)), QStringLiteral("0"), QStringLiteral("cut short"));
    expectErrorAt(decodeAll(QByteArray()), QStringLiteral("0"), QStringLiteral("cut short"));
}

TEST(FitDecoderErrors, MessageCutShortInsideTheData)
{
    Encoder encoder;
    defineRecord(encoder);
    encoder.write(0, {std::int64_t(1), std::int64_t(2), std::int64_t(3), std::int64_t(4)});
    encoder.writeRaw(QByteArray::fromHex("00"
                                         "0102")); // a record header and 2 of 13 bytes
    const QByteArray file = encoder.finish();
    const qsizetype headerByte = kHeader + kRecordDefinition + kRecordData;
    const Decoded decoded = decodeAll(file);
    expectErrorAt(decoded, offsetText(headerByte), QStringLiteral("runs past the end"));
    EXPECT_TRUE(decoded.result.errorMessage().contains(offsetText(file.size() - 2)));
}

TEST(FitDecoderErrors, DefinitionCutShortInsideTheData)
{
    Encoder encoder;
    encoder.writeRaw(QByteArray::fromHex("40"
                                         "00"
                                         "00"
                                         "1400"
                                         "05"
                                         "fd0486")); // 1 of 5 fields
    expectErrorAt(decodeAll(encoder.finish()), offsetText(kHeader),
                  QStringLiteral("definition message"));
}

TEST(FitDecoderErrors, UndefinedLocalType)
{
    Encoder encoder;
    defineRecord(encoder);
    encoder.write(5, {}); // local type 5 was never defined: its header byte alone
    expectErrorAt(decodeAll(encoder.finish()), offsetText(kHeader + kRecordDefinition),
                  QStringLiteral("local type 5"));
}

TEST(FitDecoderErrors, UnknownByteOrder)
{
    Encoder encoder;
    encoder.writeRaw(QByteArray::fromHex("40"
                                         "00"
                                         "07"
                                         "1400"
                                         "00"));
    expectErrorAt(decodeAll(encoder.finish()), offsetText(kHeader), QStringLiteral("byte order 7"));
}

TEST(FitDecoderErrors, RandomBytesGiveAnErrorAndNeverCrash)
{
    std::mt19937 random(20261127);
    std::uniform_int_distribution<int> byte(0, 255);
    for (int round = 0; round < 300; ++round) {
        QByteArray noise(1 + round * 13, '\0');
        for (char& c : noise)
            c = static_cast<char>(byte(random));
        const Decoded decoded = decodeAll(noise);
        ASSERT_FALSE(decoded.result.ok()) << "round " << round;
        EXPECT_TRUE(decoded.result.errorMessage().startsWith(kName + QStringLiteral(": byte ")));
    }
}

TEST(FitDecoderErrors, RandomDataBehindAValidHeaderAndCrcNeverCrashes)
{
    // Noise that passes the header and CRC checks reaches the message parser.
    std::mt19937 random(7);
    std::uniform_int_distribution<int> byte(0, 255);
    int failures = 0;
    for (int round = 0; round < 300; ++round) {
        Encoder encoder;
        QByteArray noise(1 + round * 7, '\0');
        for (char& c : noise)
            c = static_cast<char>(byte(random));
        encoder.writeRaw(noise);
        const Decoded decoded = decodeAll(encoder.finish());
        if (!decoded.result.ok()) {
            ++failures;
            EXPECT_TRUE(decoded.result.errorMessage().startsWith(kName + QStringLiteral(": byte ")))
                << decoded.result.errorMessage().toStdString();
        }
    }
    EXPECT_GT(failures, 250); // nearly all noise is damage
}
