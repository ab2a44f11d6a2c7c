#pragma once

#include "FitDecoder.h"

#include <QByteArray>
#include <QDateTime>

#include <cstdint>
#include <variant>
#include <vector>

namespace paceline::fit {

/// A value to write: an integer (written in the field's type), a double (written as a
/// float for float types, rounded for integer types), bytes or a string (written
/// verbatim, cut or padded with NULs to the field size), or Invalid (the type's invalid
/// sentinel: 0xFF.., 0x7F.. for signed types, 0 for the z types and strings). In an
/// array field an integer or double fills the first element and the others are invalid.
struct Invalid {};
using Value = std::variant<Invalid, std::int64_t, double, QByteArray>;

struct FieldDefinition {
    std::uint8_t number = 0;
    std::uint8_t size = 0; ///< bytes; a multiple of the type's size (arrays)
    BaseType type = BaseType::UInt8;
};

/// A developer field in a definition: its number, size and developer data index.
struct DeveloperFieldDefinition {
    std::uint8_t number = 0;
    std::uint8_t size = 0;
    std::uint8_t developerIndex = 0;
};

enum class ByteOrder { Little, Big };

/// Writes FIT files message by message: the exporter for workouts and the tool tests
/// use to make odd files (big-endian definitions, compressed timestamps, developer
/// fields, chained files, wrong CRCs) with the project's own code.
class Encoder {
public:
    /// A definition message for local type 0-15.
    void define(std::uint8_t localType, std::uint16_t globalNumber,
                std::vector<FieldDefinition> fields, ByteOrder order = ByteOrder::Little,
                std::vector<DeveloperFieldDefinition> developerFields = {});
    /// A data message with a normal header; one value per defined field, in order
    /// (missing ones are Invalid), then the developer fields' raw bytes (cut or padded
    /// with 0xFF to their size). A local type never defined gets its header byte alone.
    void write(std::uint8_t localType, const std::vector<Value>& values,
               const std::vector<QByteArray>& developerValues = {});
    /// A data message with a compressed-timestamp header (local type 0-3, the low 5
    /// bits of the timestamp).
    void writeCompressed(std::uint8_t localType, std::uint8_t timeOffset,
                         const std::vector<Value>& values);
    /// Raw bytes appended to the data (for tests that need a broken message).
    void writeRaw(const QByteArray& bytes);

    /// The whole file: a 14-byte header (with its CRC) or a 12-byte one, the data, and
    /// the file CRC. The encoder can be reused after.
    QByteArray finish(bool fourteenByteHeader = true, std::uint16_t profileVersion = 2132);

private:
    void appendValues(std::uint8_t local, const std::vector<Value>& values,
                      const std::vector<QByteArray>& developerValues);

    struct Local {
        std::vector<FieldDefinition> fields;
        std::vector<DeveloperFieldDefinition> developerFields;
        ByteOrder order = ByteOrder::Little;
        bool defined = false;
    };
    Local m_locals[16];
    QByteArray m_data;
};

/// The FIT timestamp for a UTC time.
std::uint32_t fitTime(const QDateTime& utc);

} // namespace paceline::fit
