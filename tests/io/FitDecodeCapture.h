#pragma once

// Decoding FIT bytes in tests: what the sink saw, copied out of the views, and a small
// record file made with the project's Encoder.

#include "core/io/activity/FitDecoder.h"
#include "core/io/activity/FitEncoder.h"

#include <gtest/gtest.h>

#include <map>
#include <vector>

namespace paceline::test {

using namespace paceline::fit;

inline const QString kName = QStringLiteral("odd.fit");

/// What the sink saw of one message, copied out (views die with the sink call).
struct Seen {
    std::uint16_t global = 0;
    std::optional<std::uint32_t> timestamp;
    int fileIndex = 0;
    std::map<int, std::optional<std::int64_t>> integers;
    std::map<int, std::optional<double>> reals;
    std::map<int, BaseType> types;
};

struct Decoded {
    Result<DecodeSummary> result = Error{};
    std::vector<Seen> messages;
};

inline Decoded decodeAll(const QByteArray& bytes)
{
    Decoded decoded;
    decoded.result = decode(bytes, kName, [&decoded](const MessageView& message) {
        Seen seen;
        seen.global = message.globalNumber();
        seen.timestamp = message.timestamp();
        seen.fileIndex = message.fileIndex();
        for (const FieldView& field : message.fields()) {
            seen.integers[field.number] = field.integer();
            seen.reals[field.number] = field.real();
            seen.types[field.number] = field.type;
        }
        decoded.messages.push_back(seen);
    });
    return decoded;
}

inline std::string messageOf(const Decoded& decoded)
{
    return decoded.result.ok() ? std::string("(no error)")
                               : decoded.result.errorMessage().toStdString();
}

/// Asserts the decode failed with a message naming the file and `offset`.
inline void expectErrorAt(const Decoded& decoded, const QString& offset, const QString& words)
{
    ASSERT_FALSE(decoded.result.ok());
    const QString message = decoded.result.errorMessage();
    EXPECT_TRUE(message.startsWith(kName + QStringLiteral(": byte ") + offset + ':'))
        << message.toStdString();
    EXPECT_TRUE(message.contains(words, Qt::CaseInsensitive)) << message.toStdString();
}

/// A record definition: timestamp, heart rate, distance (cm), latitude (semicircles).
inline void defineRecord(Encoder& encoder, std::uint8_t local = 0,
                         ByteOrder order = ByteOrder::Little)
{
    encoder.define(local, 20,
                   {{253, 4, BaseType::UInt32},
                    {3, 1, BaseType::UInt8},
                    {5, 4, BaseType::UInt32},
                    {0, 4, BaseType::SInt32}},
                   order);
}

constexpr qsizetype kHeader = 14;
constexpr qsizetype kRecordDefinition = 1 + 5 + 4 * 3;
constexpr qsizetype kRecordData = 1 + 4 + 1 + 4 + 4;

inline QByteArray simpleFile(int records = 3)
{
    Encoder encoder;
    defineRecord(encoder);
    for (int i = 0; i < records; ++i)
        encoder.write(0, {std::int64_t(1000 + i), std::int64_t(140 + i), std::int64_t(100 * i),
                          std::int64_t(-5)});
    return encoder.finish();
}

/// Writes a new data size into a 14-byte header and marks its CRC as not set (0), so
/// only the size is wrong.
inline void setDataSize(QByteArray& bytes, std::uint32_t value)
{
    for (int i = 0; i < 4; ++i)
        bytes[4 + i] = static_cast<char>((value >> (8 * i)) & 0xFF);
    bytes[12] = 0;
    bytes[13] = 0;
}

} // namespace paceline::test
