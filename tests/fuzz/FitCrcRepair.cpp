#include "FitCrcRepair.h"

#include "core/io/activity/FitDecoder.h"

#include <cstdint>

namespace paceline::fuzz {
namespace {

constexpr int kMostChainedFiles = 16;

std::uint32_t read32le(const std::uint8_t* p)
{
    return std::uint32_t(p[0]) | (std::uint32_t(p[1]) << 8) | (std::uint32_t(p[2]) << 16) |
           (std::uint32_t(p[3]) << 24);
}

void write16le(std::uint8_t* p, std::uint16_t value)
{
    p[0] = static_cast<std::uint8_t>(value & 0xFF);
    p[1] = static_cast<std::uint8_t>(value >> 8);
}

void write32le(std::uint8_t* p, std::uint32_t value)
{
    for (int i = 0; i < 4; ++i)
        p[i] = static_cast<std::uint8_t>(value >> (8 * i));
}

bool looksLikeHeader(const std::uint8_t* header, std::size_t available)
{
    return available >= 12 && (header[0] == 12 || header[0] == 14) && header[0] <= available &&
           header[8] == '.' && header[9] == 'F' && header[10] == 'I' && header[11] == 'T';
}

/// Repairs the file starting at `start`; returns where the next one would start, or 0
/// when nothing follows that could be repaired.
std::size_t repairOne(std::uint8_t* bytes, std::size_t total, std::size_t start)
{
    std::uint8_t* header = bytes + start;
    if (!looksLikeHeader(header, total - start))
        return 0;
    const std::size_t headerSize = header[0];
    const std::size_t afterHeader = total - start - headerSize;
    if (afterHeader < 3)
        return 0;
    std::uint32_t dataSize = read32le(header + 4);
    if (dataSize == 0 || std::uint64_t(dataSize) + 2 > afterHeader) {
        dataSize = static_cast<std::uint32_t>(afterHeader - 2);
        write32le(header + 4, dataSize);
    }
    if (headerSize == 14)
        write16le(header + 12, fit::crc16({header, 12}));
    const std::size_t end = start + headerSize + dataSize;
    write16le(bytes + end, fit::crc16({header, end - start}));
    return end + 2;
}

} // namespace

QByteArray withRepairedCrcs(QByteArray file)
{
    auto* bytes = reinterpret_cast<std::uint8_t*>(file.data());
    const auto total = static_cast<std::size_t>(file.size());
    std::size_t start = 0;
    for (int index = 0; index < kMostChainedFiles && start < total; ++index) {
        start = repairOne(bytes, total, start);
        if (start == 0)
            break;
    }
    return file;
}

} // namespace paceline::fuzz
