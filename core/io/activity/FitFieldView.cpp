// Reading values out of FIT fields: byte order, element size and the invalid
// sentinel of each base type (FIT protocol, "Base Types").

#include "FitDecoder.h"

#include <array>
#include <bit>
#include <cmath>
#include <cstring>

namespace paceline::fit {
namespace {

/// The raw bits of element `index`, assembled in the field's byte order. One load per
/// element rather than a byte loop: this runs for every field of every record.
std::uint64_t rawBits(const FieldView& field, int index, int size)
{
    const std::uint8_t* p = field.bytes.data() + static_cast<std::size_t>(index) * size;
    const bool swap = field.bigEndian == (std::endian::native == std::endian::little);
    switch (size) {
    case 1:
        return p[0];
    case 2: {
        std::uint16_t v = 0;
        std::memcpy(&v, p, 2);
        return swap ? __builtin_bswap16(v) : v;
    }
    case 4: {
        std::uint32_t v = 0;
        std::memcpy(&v, p, 4);
        return swap ? __builtin_bswap32(v) : v;
    }
    default: {
        std::uint64_t v = 0;
        std::memcpy(&v, p, 8);
        return swap ? __builtin_bswap64(v) : v;
    }
    }
}

/// The element as a signed integer, or nullopt for the type's invalid sentinel.
std::optional<std::int64_t> integerFromBits(BaseType type, std::uint64_t bits)
{
    switch (type) {
    case BaseType::Enum:
    case BaseType::UInt8:
    case BaseType::Byte:
        return bits == 0xFF ? std::nullopt : std::optional<std::int64_t>(bits);
    case BaseType::SInt8:
        return bits == 0x7F ? std::nullopt : std::optional<std::int64_t>(std::int8_t(bits));
    case BaseType::SInt16:
        return bits == 0x7FFF ? std::nullopt : std::optional<std::int64_t>(std::int16_t(bits));
    case BaseType::UInt16:
        return bits == 0xFFFF ? std::nullopt : std::optional<std::int64_t>(bits);
    case BaseType::SInt32:
        return bits == 0x7FFFFFFF ? std::nullopt : std::optional<std::int64_t>(std::int32_t(bits));
    case BaseType::UInt32:
        return bits == 0xFFFFFFFF ? std::nullopt : std::optional<std::int64_t>(bits);
    case BaseType::SInt64:
        return bits == 0x7FFFFFFFFFFFFFFFull ? std::nullopt
                                             : std::optional<std::int64_t>(std::int64_t(bits));
    case BaseType::UInt64:
        // Values past INT64_MAX cannot be returned faithfully; treat them as invalid.
        return bits >= 0x8000000000000000ull ? std::nullopt
                                             : std::optional<std::int64_t>(std::int64_t(bits));
    case BaseType::UInt8z:
    case BaseType::UInt16z:
    case BaseType::UInt32z:
    case BaseType::UInt64z:
        return bits == 0 || bits >= 0x8000000000000000ull
                   ? std::nullopt
                   : std::optional<std::int64_t>(std::int64_t(bits));
    default:
        return std::nullopt;
    }
}

std::optional<double> floatFromBits(BaseType type, std::uint64_t bits)
{
    if (type == BaseType::Float32) {
        if (bits == 0xFFFFFFFFull)
            return std::nullopt;
        const float value = std::bit_cast<float>(static_cast<std::uint32_t>(bits));
        return std::isfinite(value) ? std::optional<double>(value) : std::nullopt;
    }
    if (bits == 0xFFFFFFFFFFFFFFFFull)
        return std::nullopt;
    const double value = std::bit_cast<double>(bits);
    return std::isfinite(value) ? std::optional<double>(value) : std::nullopt;
}

bool isFloat(BaseType type)
{
    return type == BaseType::Float32 || type == BaseType::Float64;
}

} // namespace

int FieldView::count() const
{
    if (type == BaseType::String)
        return bytes.empty() ? 0 : 1;
    return static_cast<int>(bytes.size()) / elementSize(type);
}

std::optional<std::int64_t> FieldView::integerAt(int index) const
{
    const int size = elementSize(type);
    // index < count(), without the division.
    if (type == BaseType::String || index < 0 ||
        (static_cast<std::size_t>(index) + 1) * static_cast<std::size_t>(size) > bytes.size())
        return std::nullopt;
    const std::uint64_t bits = rawBits(*this, index, size);
    if (isFloat(type)) {
        const std::optional<double> value = floatFromBits(type, bits);
        if (!value || std::fabs(*value) > 9.0e18)
            return std::nullopt;
        return static_cast<std::int64_t>(*value);
    }
    return integerFromBits(type, bits);
}

std::optional<std::int64_t> FieldView::integer() const
{
    return integerAt(0);
}

std::optional<double> FieldView::real() const
{
    // The same as integer() for integer types, without its second look at the type.
    const int size = elementSize(type);
    if (type == BaseType::String || bytes.size() < static_cast<std::size_t>(size))
        return std::nullopt;
    const std::uint64_t bits = rawBits(*this, 0, size);
    if (isFloat(type))
        return floatFromBits(type, bits);
    const std::optional<std::int64_t> value = integerFromBits(type, bits);
    return value ? std::optional<double>(static_cast<double>(*value)) : std::nullopt;
}

std::optional<double> FieldView::scaled(double scale, double offset) const
{
    const std::optional<double> value = real();
    if (!value || scale == 0.0)
        return std::nullopt;
    return *value / scale - offset;
}

QString FieldView::text() const
{
    const auto* begin = reinterpret_cast<const char*>(bytes.data());
    const void* nul = bytes.empty() ? nullptr : std::memchr(begin, 0, bytes.size());
    const auto length =
        nul ? static_cast<const char*>(nul) - begin : static_cast<std::ptrdiff_t>(bytes.size());
    return QString::fromUtf8(begin, length);
}

const FieldView* MessageView::field(std::uint8_t number) const
{
    if (m_fieldIndex) {
        const std::uint8_t position = m_fieldIndex[number];
        return position < m_fields.size() ? &m_fields[position] : nullptr;
    }
    for (const FieldView& candidate : m_fields) {
        if (candidate.number == number)
            return &candidate;
    }
    return nullptr;
}

namespace {

/// CRC-16/ARC (polynomial 0xA001 reflected), the FIT file and header CRC. Table k
/// gives the CRC of a byte followed by k zero bytes, so eight bytes cost eight
/// independent lookups instead of a chain of eight dependent ones ("slicing by 8"):
/// the file CRC was a fifth of reading a FIT file before.
using CrcTables = std::array<std::array<std::uint16_t, 256>, 8>;

constexpr CrcTables makeCrcTables()
{
    CrcTables tables{};
    for (unsigned byte = 0; byte < 256; ++byte) {
        std::uint16_t crc = static_cast<std::uint16_t>(byte);
        for (int bit = 0; bit < 8; ++bit)
            crc = (crc & 1) ? static_cast<std::uint16_t>((crc >> 1) ^ 0xA001)
                            : static_cast<std::uint16_t>(crc >> 1);
        tables[0][byte] = crc;
    }
    for (std::size_t k = 1; k < tables.size(); ++k) {
        for (unsigned byte = 0; byte < 256; ++byte) {
            const std::uint16_t previous = tables[k - 1][byte];
            tables[k][byte] =
                static_cast<std::uint16_t>((previous >> 8) ^ tables[0][previous & 0xFF]);
        }
    }
    return tables;
}

constexpr CrcTables kCrcTables = makeCrcTables();

} // namespace

std::uint16_t crc16(std::span<const std::uint8_t> bytes, std::uint16_t crc)
{
    const std::uint8_t* p = bytes.data();
    std::size_t left = bytes.size();
    const auto& t = kCrcTables;
    for (; left >= 8; left -= 8, p += 8) {
        const unsigned low = (crc ^ p[0]) & 0xFF;
        const unsigned high = ((crc >> 8) ^ p[1]) & 0xFF;
        crc = static_cast<std::uint16_t>(t[7][low] ^ t[6][high] ^ t[5][p[2]] ^ t[4][p[3]] ^
                                         t[3][p[4]] ^ t[2][p[5]] ^ t[1][p[6]] ^ t[0][p[7]]);
    }
    for (; left > 0; --left, ++p)
        crc = static_cast<std::uint16_t>((crc >> 8) ^ t[0][(crc ^ *p) & 0xFF]);
    return crc;
}

} // namespace paceline::fit
