#include "FitEncoder.h"

#include <array>
#include <cmath>
#include <cstring>
#include <type_traits>

namespace paceline::fit {

namespace {

/// The raw bits of the type's invalid value (FIT protocol, base type table).
std::uint64_t invalidBits(BaseType type)
{
    switch (type) {
    case BaseType::SInt8:
        return 0x7F;
    case BaseType::SInt16:
        return 0x7FFF;
    case BaseType::SInt32:
        return 0x7FFFFFFF;
    case BaseType::SInt64:
        return 0x7FFFFFFFFFFFFFFFull;
    case BaseType::String:
    case BaseType::UInt8z:
    case BaseType::UInt16z:
    case BaseType::UInt32z:
    case BaseType::UInt64z:
        return 0;
    default: // enum, byte, unsigned and float types: all bits set
        return ~std::uint64_t{0};
    }
}

template <typename Float> std::uint64_t floatBits(Float value)
{
    using Bits = std::conditional_t<sizeof(Float) == 4, std::uint32_t, std::uint64_t>;
    Bits bits = 0;
    std::memcpy(&bits, &value, sizeof bits);
    return bits;
}

/// The bits of one element holding `value`, converted to the field's type.
std::uint64_t elementBits(BaseType type, const Value& value)
{
    if (const auto* integer = std::get_if<std::int64_t>(&value)) {
        if (type == BaseType::Float32)
            return floatBits(static_cast<float>(*integer));
        if (type == BaseType::Float64)
            return floatBits(static_cast<double>(*integer));
        return static_cast<std::uint64_t>(*integer);
    }
    if (const auto* real = std::get_if<double>(&value)) {
        if (type == BaseType::Float32)
            return floatBits(static_cast<float>(*real));
        if (type == BaseType::Float64)
            return floatBits(*real);
        return static_cast<std::uint64_t>(std::llround(*real));
    }
    return invalidBits(type);
}

void appendElement(QByteArray& out, std::uint64_t bits, int size, ByteOrder order)
{
    for (int i = 0; i < size; ++i) {
        const int shift = 8 * (order == ByteOrder::Little ? i : size - 1 - i);
        out.append(static_cast<char>((bits >> shift) & 0xFF));
    }
}

void appendUInt16(QByteArray& out, std::uint16_t value, ByteOrder order)
{
    appendElement(out, value, 2, order);
}

/// Bytes go in verbatim (strings, byte arrays, deliberately odd raw values), cut or
/// NUL-padded to the field size.
void appendBytes(QByteArray& out, const QByteArray& bytes, int size)
{
    const QByteArray fitted = bytes.left(size);
    out.append(fitted);
    out.append(QByteArray(size - fitted.size(), '\0'));
}

/// One field: an integer or double fills the first element and the rest of an array
/// is invalid; Invalid fills every element with the sentinel.
void appendField(QByteArray& out, const FieldDefinition& field, const Value& value, ByteOrder order)
{
    if (const auto* bytes = std::get_if<QByteArray>(&value)) {
        appendBytes(out, *bytes, field.size);
        return;
    }
    const int size = elementSize(field.type);
    const int elements = field.size / size;
    for (int i = 0; i < elements; ++i) {
        const bool holdsValue = i == 0 && !std::holds_alternative<Invalid>(value);
        const std::uint64_t bits =
            holdsValue ? elementBits(field.type, value) : invalidBits(field.type);
        appendElement(out, bits, size, order);
    }
    // A size that is not a multiple of the element size (a broken file on purpose):
    // the leftover bytes are NULs.
    out.append(QByteArray(field.size - elements * size, '\0'));
}

} // namespace

void Encoder::define(std::uint8_t localType, std::uint16_t globalNumber,
                     std::vector<FieldDefinition> fields, ByteOrder order,
                     std::vector<DeveloperFieldDefinition> developerFields)
{
    const std::uint8_t local = localType & 0x0F;
    const bool developer = !developerFields.empty();
    m_data.append(static_cast<char>(0x40 | (developer ? 0x20 : 0x00) | local));
    m_data.append('\0'); // reserved
    m_data.append(static_cast<char>(order == ByteOrder::Big ? 1 : 0));
    appendUInt16(m_data, globalNumber, order);
    m_data.append(static_cast<char>(fields.size()));
    for (const FieldDefinition& field : fields) {
        m_data.append(static_cast<char>(field.number));
        m_data.append(static_cast<char>(field.size));
        m_data.append(static_cast<char>(field.type));
    }
    if (developer) {
        m_data.append(static_cast<char>(developerFields.size()));
        for (const DeveloperFieldDefinition& field : developerFields) {
            m_data.append(static_cast<char>(field.number));
            m_data.append(static_cast<char>(field.size));
            m_data.append(static_cast<char>(field.developerIndex));
        }
    }
    m_locals[local] = Local{std::move(fields), std::move(developerFields), order, true};
}

void Encoder::write(std::uint8_t localType, const std::vector<Value>& values,
                    const std::vector<QByteArray>& developerValues)
{
    const std::uint8_t local = localType & 0x0F;
    m_data.append(static_cast<char>(local));
    appendValues(local, values, developerValues);
}

void Encoder::writeCompressed(std::uint8_t localType, std::uint8_t timeOffset,
                              const std::vector<Value>& values)
{
    const std::uint8_t local = localType & 0x03;
    m_data.append(static_cast<char>(0x80 | (local << 5) | (timeOffset & 0x1F)));
    appendValues(local, values, {});
}

void Encoder::writeRaw(const QByteArray& bytes)
{
    m_data += bytes;
}

void Encoder::appendValues(std::uint8_t local, const std::vector<Value>& values,
                           const std::vector<QByteArray>& developerValues)
{
    // A local type never defined gets the header alone: a broken file on purpose.
    const Local& definition = m_locals[local];
    if (!definition.defined)
        return;
    for (std::size_t i = 0; i < definition.fields.size(); ++i) {
        const Value value = i < values.size() ? values[i] : Value{Invalid{}};
        appendField(m_data, definition.fields[i], value, definition.order);
    }
    for (std::size_t i = 0; i < definition.developerFields.size(); ++i) {
        const int size = definition.developerFields[i].size;
        const QByteArray bytes = i < developerValues.size() ? developerValues[i] : QByteArray();
        const QByteArray fitted = bytes.left(size);
        m_data.append(fitted);
        m_data.append(QByteArray(size - fitted.size(), '\xFF'));
    }
}

QByteArray Encoder::finish(bool fourteenByteHeader, std::uint16_t profileVersion)
{
    QByteArray file;
    file.append(static_cast<char>(fourteenByteHeader ? 14 : 12));
    file.append(static_cast<char>(0x20)); // protocol version 2.0
    appendUInt16(file, profileVersion, ByteOrder::Little);
    appendElement(file, static_cast<std::uint32_t>(m_data.size()), 4, ByteOrder::Little);
    file.append(".FIT");
    if (fourteenByteHeader)
        appendUInt16(file,
                     crc16({reinterpret_cast<const std::uint8_t*>(file.constData()),
                            std::size_t(file.size())}),
                     ByteOrder::Little);
    file.append(m_data);
    appendUInt16(
        file,
        crc16({reinterpret_cast<const std::uint8_t*>(file.constData()), std::size_t(file.size())}),
        ByteOrder::Little);

    m_data.clear();
    for (Local& local : m_locals)
        local = Local{};
    return file;
}

std::uint32_t fitTime(const QDateTime& utc)
{
    return static_cast<std::uint32_t>(utc.toSecsSinceEpoch() - kFitEpochUnixSeconds);
}

} // namespace paceline::fit
