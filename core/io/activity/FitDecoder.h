#pragma once

#include "core/model/Result.h"

#include <QByteArrayView>
#include <QString>

#include <cstdint>
#include <functional>
#include <optional>
#include <span>

namespace paceline::fit {

/// FIT base type numbers (the low 5 bits identify the type; bit 7 marks multi-byte
/// types that have an endianness).
enum class BaseType : std::uint8_t {
    Enum = 0x00,
    SInt8 = 0x01,
    UInt8 = 0x02,
    SInt16 = 0x83,
    UInt16 = 0x84,
    SInt32 = 0x85,
    UInt32 = 0x86,
    String = 0x07,
    Float32 = 0x88,
    Float64 = 0x89,
    UInt8z = 0x0A,
    UInt16z = 0x8B,
    UInt32z = 0x8C,
    Byte = 0x0D,
    SInt64 = 0x8E,
    UInt64 = 0x8F,
    UInt64z = 0x90,
};

/// One field of a decoded data message, pointing into the decoder's input (valid only
/// during the sink call).
struct FieldView {
    std::uint8_t number = 0;
    BaseType type = BaseType::Byte;
    bool bigEndian = false;
    std::span<const std::uint8_t> bytes;

    /// The first value as an integer; nullopt when it holds the type's invalid
    /// sentinel (0xFF, 0xFFFF, ..., or 0 for the z types) or the field is empty.
    std::optional<std::int64_t> integer() const;
    /// The same, for float types too.
    std::optional<double> real() const;
    /// The value scaled: raw / scale - offset (FIT profile convention).
    std::optional<double> scaled(double scale, double offset = 0.0) const;
    /// A string field up to its first NUL.
    QString text() const;
    /// Element `index` of an array field.
    std::optional<std::int64_t> integerAt(int index) const;
    int count() const; ///< elements in an array field
};

/// One data message, as handed to the sink.
class MessageView {
public:
    std::uint16_t globalNumber() const { return m_global; }
    /// The message's timestamp (field 253, or the one a compressed-timestamp header
    /// gives it), in FIT seconds since 1989-12-31T00:00:00Z; nullopt when neither.
    std::optional<std::uint32_t> timestamp() const { return m_timestamp; }
    /// The field with this number (the first, should a definition repeat it), or
    /// nullptr; developer fields are never listed.
    const FieldView* field(std::uint8_t number) const;
    std::span<const FieldView> fields() const { return m_fields; }
    /// Which FIT file of a chained file the message is in (0 for the first).
    int fileIndex() const { return m_fileIndex; }

    MessageView(std::uint16_t global, std::optional<std::uint32_t> timestamp,
                std::span<const FieldView> fields, int fileIndex)
        : m_global(global), m_timestamp(timestamp), m_fields(fields), m_fileIndex(fileIndex)
    {}
    /// The decoder's form: `fieldIndex` (256 entries, 0xFF for "absent") maps a field
    /// number to its position in `fields`, so field() needs no search.
    MessageView(std::uint16_t global, std::optional<std::uint32_t> timestamp,
                std::span<const FieldView> fields, int fileIndex, const std::uint8_t* fieldIndex)
        : m_global(global), m_timestamp(timestamp), m_fields(fields), m_fileIndex(fileIndex),
          m_fieldIndex(fieldIndex)
    {}

private:
    std::uint16_t m_global;
    std::optional<std::uint32_t> m_timestamp;
    std::span<const FieldView> m_fields;
    int m_fileIndex;
    const std::uint8_t* m_fieldIndex = nullptr;
};

/// Seconds between the Unix epoch and the FIT epoch (1989-12-31T00:00:00Z).
inline constexpr std::int64_t kFitEpochUnixSeconds = 631065600;

struct DecodeSummary {
    int files = 0;    ///< FIT files in the chain
    int messages = 0; ///< data messages handed to the sink
    std::int64_t bytes = 0;
};

/// Decodes every data message of a (possibly chained) FIT file, in order, into
/// `sink`: checks the header (size 12 or 14, ".FIT", the header CRC when set), the
/// data size against the bytes there, and the file CRC; follows definition messages
/// in both byte orders, developer fields (skipped by their sizes), and
/// compressed-timestamp headers. Nothing is handed over from a file whose CRC fails
/// or whose data is cut short: the whole decode fails. The error names `fileName` and
/// the byte offset where the problem was found.
Result<DecodeSummary> decode(QByteArrayView bytes, const QString& fileName,
                             const std::function<void(const MessageView&)>& sink);

/// Bytes per element of a base type; 1 for strings, bytes and unknown types. Inline:
/// it is on every field read.
constexpr int elementSize(BaseType type)
{
    switch (type) {
    case BaseType::SInt16:
    case BaseType::UInt16:
    case BaseType::UInt16z:
        return 2;
    case BaseType::SInt32:
    case BaseType::UInt32:
    case BaseType::UInt32z:
    case BaseType::Float32:
        return 4;
    case BaseType::Float64:
    case BaseType::SInt64:
    case BaseType::UInt64:
    case BaseType::UInt64z:
        return 8;
    default:
        return 1;
    }
}

/// The FIT CRC-16 of `bytes`, continuing from `crc`.
std::uint16_t crc16(std::span<const std::uint8_t> bytes, std::uint16_t crc = 0);

} // namespace paceline::fit
