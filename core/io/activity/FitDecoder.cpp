// The FIT protocol decoder: file headers and CRCs, definition and data messages,
// compressed-timestamp headers and chained files. It never allocates per message: each
// local type keeps its FieldView list, whose spans are re-pointed into the input for
// every data message.

#include "FitDecoder.h"

#include <QLocale>

#include <array>
#include <vector>

namespace paceline::fit {
namespace {

constexpr std::uint8_t kTimestampField = 253;
constexpr std::uint8_t kNoField = 0xFF;

/// "7,680": offsets and sizes as a user reads them.
QString number(std::int64_t value)
{
    return QLocale(QLocale::English).toString(value);
}

std::uint16_t read16(const std::uint8_t* p, bool bigEndian)
{
    return bigEndian ? static_cast<std::uint16_t>((p[0] << 8) | p[1])
                     : static_cast<std::uint16_t>((p[1] << 8) | p[0]);
}

std::uint32_t read32le(const std::uint8_t* p)
{
    return std::uint32_t(p[0]) | (std::uint32_t(p[1]) << 8) | (std::uint32_t(p[2]) << 16) |
           (std::uint32_t(p[3]) << 24);
}

int baseTypeSize(std::uint8_t type)
{
    switch (type) {
    case 0x83:
    case 0x84:
    case 0x8B:
        return 2;
    case 0x85:
    case 0x86:
    case 0x88:
    case 0x8C:
        return 4;
    case 0x89:
    case 0x8E:
    case 0x8F:
    case 0x90:
        return 8;
    default:
        return 1;
    }
}

bool knownBaseType(std::uint8_t type)
{
    switch (type) {
    case 0x00:
    case 0x01:
    case 0x02:
    case 0x83:
    case 0x84:
    case 0x85:
    case 0x86:
    case 0x07:
    case 0x88:
    case 0x89:
    case 0x0A:
    case 0x8B:
    case 0x8C:
    case 0x0D:
    case 0x8E:
    case 0x8F:
    case 0x90:
        return true;
    default:
        return false;
    }
}

/// A field a definition describes, with its type made safe: a size that is not a
/// whole number of elements, or an unknown type, is read as plain bytes.
BaseType safeType(std::uint8_t type, std::uint8_t size)
{
    if (!knownBaseType(type) || size % baseTypeSize(type) != 0)
        return BaseType::Byte;
    return static_cast<BaseType>(type);
}

/// What one definition message set up for its local type.
struct LocalDefinition {
    bool defined = false;
    std::uint16_t global = 0;
    std::uint32_t size = 0; ///< bytes of a data message after its header
    std::vector<FieldView> fields;
    std::vector<std::uint32_t> offsets;    ///< of each field from the message start
    std::array<std::uint8_t, 256> index{}; ///< field number -> position, kNoField if none
    int timestampPosition = -1;
};

/// Decodes the data records of one FIT file inside the chain.
class DataDecoder {
public:
    DataDecoder(const std::uint8_t* input, const QString& fileName,
                const std::function<void(const MessageView&)>& sink, DecodeSummary& summary)
        : m_input(input), m_fileName(fileName), m_sink(sink), m_summary(summary)
    {}

    /// Records from `begin` up to `end` (absolute offsets), for file `fileIndex`.
    Status run(std::size_t begin, std::size_t end, int fileIndex);

private:
    Status readDefinition(std::size_t& at, std::size_t end, std::uint8_t header);
    Status readData(std::size_t& at, std::size_t end, std::uint8_t local,
                    std::optional<std::uint32_t> compressedTime);
    Error error(std::size_t at, const QString& what) const
    {
        return Error{QStringLiteral("%1: byte %2: %3").arg(m_fileName, number(at), what)};
    }
    Error cutShort(std::size_t at, std::size_t end, const QString& what) const
    {
        return error(at, QStringLiteral("%1 runs past the end of the data at byte %2 "
                                        "(the file is damaged)")
                             .arg(what, number(end)));
    }

    const std::uint8_t* m_input;
    const QString& m_fileName;
    const std::function<void(const MessageView&)>& m_sink;
    DecodeSummary& m_summary;
    std::array<LocalDefinition, 16> m_locals;
    std::optional<std::uint32_t> m_lastTimestamp;
    int m_fileIndex = 0;
};

Status DataDecoder::run(std::size_t begin, std::size_t end, int fileIndex)
{
    m_fileIndex = fileIndex;
    for (LocalDefinition& local : m_locals)
        local.defined = false;
    m_lastTimestamp.reset();
    std::size_t at = begin;
    while (at < end) {
        const std::uint8_t header = m_input[at++];
        Status status;
        if (header & 0x80) {
            // Compressed timestamp: the low 5 bits replace those of the last full
            // timestamp; a smaller offset than the last low bits means they rolled over.
            const std::uint8_t offset = header & 0x1F;
            std::optional<std::uint32_t> time;
            if (m_lastTimestamp) {
                std::uint32_t value = (*m_lastTimestamp & ~0x1Fu) + offset;
                if (offset < (*m_lastTimestamp & 0x1Fu))
                    value += 32;
                time = value;
            }
            status = readData(at, end, (header >> 5) & 0x03, time);
        } else if (header & 0x40) {
            status = readDefinition(at, end, header);
        } else {
            status = readData(at, end, header & 0x0F, std::nullopt);
        }
        if (!status)
            return status;
    }
    return {};
}

Status DataDecoder::readDefinition(std::size_t& at, std::size_t end, std::uint8_t header)
{
    const std::size_t start = at - 1;
    const bool developer = header & 0x20;
    if (end - at < 5)
        return cutShort(start, end, QStringLiteral("a definition message"));
    const std::uint8_t architecture = m_input[at + 1];
    if (architecture > 1)
        return error(start, QStringLiteral("a definition message gives byte order %1 "
                                           "(0 or 1 expected; the file is damaged)")
                                .arg(architecture));
    const bool bigEndian = architecture == 1;
    LocalDefinition& local = m_locals[header & 0x0F];
    local.defined = false;
    local.global = read16(m_input + at + 2, bigEndian);
    const std::uint8_t fieldCount = m_input[at + 4];
    at += 5;
    if (end - at < std::size_t(fieldCount) * 3 + (developer ? 1 : 0))
        return cutShort(start, end, QStringLiteral("a definition message"));
    local.fields.resize(fieldCount);
    local.offsets.resize(fieldCount);
    local.index.fill(kNoField);
    local.timestampPosition = -1;
    std::uint32_t size = 0;
    for (int i = 0; i < fieldCount; ++i, at += 3) {
        FieldView& field = local.fields[i];
        field.number = m_input[at];
        const std::uint8_t fieldSize = m_input[at + 1];
        field.type = safeType(m_input[at + 2], fieldSize);
        field.bigEndian = bigEndian;
        field.bytes = {m_input, fieldSize}; // re-pointed for each data message
        local.offsets[i] = size;
        size += fieldSize;
        if (local.index[field.number] == kNoField)
            local.index[field.number] = static_cast<std::uint8_t>(i);
        if (field.number == kTimestampField && local.timestampPosition < 0)
            local.timestampPosition = i;
    }
    if (developer) {
        const std::uint8_t developerCount = m_input[at++];
        if (end - at < std::size_t(developerCount) * 3)
            return cutShort(start, end, QStringLiteral("a definition message"));
        for (int i = 0; i < developerCount; ++i, at += 3)
            size += m_input[at + 1]; // only skipped: their meaning needs field_description
    }
    local.size = size;
    local.defined = true;
    return {};
}

Status DataDecoder::readData(std::size_t& at, std::size_t end, std::uint8_t localType,
                             std::optional<std::uint32_t> compressedTime)
{
    const std::size_t start = at - 1;
    LocalDefinition& local = m_locals[localType];
    if (!local.defined)
        return error(start, QStringLiteral("a data message of local type %1, which no "
                                           "definition message has defined (the file is "
                                           "damaged)")
                                .arg(localType));
    if (end - at < local.size)
        return cutShort(start, end, QStringLiteral("a data message of %1 bytes").arg(local.size));
    const std::uint8_t* message = m_input + at;
    for (std::size_t i = 0; i < local.fields.size(); ++i)
        local.fields[i].bytes = {message + local.offsets[i], local.fields[i].bytes.size()};
    std::optional<std::uint32_t> time = compressedTime;
    if (local.timestampPosition >= 0) {
        const std::optional<std::int64_t> full = local.fields[local.timestampPosition].integer();
        if (full && *full >= 0 && *full <= 0xFFFFFFFF)
            time = static_cast<std::uint32_t>(*full);
    }
    if (time)
        m_lastTimestamp = time;
    at += local.size;
    ++m_summary.messages;
    m_sink(MessageView(local.global, time, local.fields, m_fileIndex, local.index.data()));
    return {};
}

/// Where one FIT file of the chain lies.
struct FileSpan {
    std::size_t dataBegin = 0;
    std::size_t dataEnd = 0; ///< the file CRC follows
};

Result<FileSpan> readHeader(const std::uint8_t* input, std::size_t total, std::size_t start,
                            int fileIndex, const QString& fileName)
{
    const QString which =
        fileIndex == 0 ? QStringLiteral("the FIT header")
                       : QStringLiteral("the header of chained FIT file %1").arg(fileIndex + 1);
    const auto fail = [&](const QString& what) {
        return Error{QStringLiteral("%1: byte %2: %3 %4")
                         .arg(fileName, number(static_cast<std::int64_t>(start)), which, what)};
    };
    const std::size_t available = total - start;
    if (available < 12)
        return fail(QStringLiteral("is cut short: the file ends %1 bytes after it starts "
                                   "(a header has 12 or 14)")
                        .arg(available));
    const std::uint8_t* header = input + start;
    const std::uint8_t headerSize = header[0];
    if (header[8] != '.' || header[9] != 'F' || header[10] != 'I' || header[11] != 'T')
        return fail(QStringLiteral("does not hold the \".FIT\" mark: this is not a FIT file "
                                   "or it is damaged"));
    if (headerSize != 12 && headerSize != 14)
        return fail(
            QStringLiteral("gives its size as %1 bytes (12 or 14 expected)").arg(headerSize));
    if (available < headerSize)
        return fail(QStringLiteral("is cut short: the file ends inside it"));
    if (headerSize == 14) {
        const std::uint16_t stored = read16(header + 12, false);
        if (stored != 0 && stored != crc16({header, 12}))
            return fail(QStringLiteral("has a wrong CRC (the header is damaged)"));
    }
    const std::uint32_t dataSize = read32le(header + 4);
    if (dataSize == 0)
        return fail(QStringLiteral("says the file holds 0 bytes of data (nothing to read)"));
    const std::size_t afterHeader = available - headerSize;
    if (std::uint64_t(dataSize) + 2 > afterHeader)
        return fail(QStringLiteral("says %1 bytes of data follow (and a 2-byte CRC), but the "
                                   "file has only %2 after the header: it is truncated or "
                                   "the header is wrong")
                        .arg(number(dataSize), number(static_cast<std::int64_t>(afterHeader))));
    return FileSpan{start + headerSize, start + headerSize + dataSize};
}

Status checkFileCrc(const std::uint8_t* input, std::size_t start, const FileSpan& span,
                    const QString& fileName)
{
    const std::uint16_t stored = read16(input + span.dataEnd, false);
    const std::uint16_t computed = crc16({input + start, span.dataEnd - start});
    if (stored == computed)
        return {};
    return Error{QStringLiteral("%1: byte %2: the file CRC is wrong (0x%3 stored, 0x%4 "
                                "computed): the file is damaged")
                     .arg(fileName, number(static_cast<std::int64_t>(span.dataEnd)))
                     .arg(stored, 4, 16, QLatin1Char('0'))
                     .arg(computed, 4, 16, QLatin1Char('0'))};
}

/// Devices and copy tools sometimes pad a file with zeros; that is not another file.
bool onlyZeros(const std::uint8_t* begin, const std::uint8_t* end)
{
    for (const std::uint8_t* p = begin; p != end; ++p) {
        if (*p != 0)
            return false;
    }
    return true;
}

} // namespace

Result<DecodeSummary> decode(QByteArrayView bytes, const QString& fileName,
                             const std::function<void(const MessageView&)>& sink)
{
    const auto* input = reinterpret_cast<const std::uint8_t*>(bytes.data());
    const auto total = static_cast<std::size_t>(bytes.size());
    DecodeSummary summary;
    summary.bytes = bytes.size();
    DataDecoder decoder(input, fileName, sink, summary);
    std::size_t start = 0;
    do {
        const Result<FileSpan> span = readHeader(input, total, start, summary.files, fileName);
        if (!span)
            return span.error();
        if (Status crc = checkFileCrc(input, start, *span, fileName); !crc) {
            // A file cut short mid-message also fails its CRC; saying where the data
            // breaks helps more than the CRC alone, so look for that first.
            DecodeSummary ignored;
            const std::function<void(const MessageView&)> nothing = [](const MessageView&) {};
            DataDecoder dryRun(input, fileName, nothing, ignored);
            if (Status data = dryRun.run(span->dataBegin, span->dataEnd, summary.files); !data)
                return Error{data.errorMessage() + QStringLiteral("; the file CRC is wrong too")};
            return crc.error();
        }
        if (Status data = decoder.run(span->dataBegin, span->dataEnd, summary.files); !data)
            return data.error();
        ++summary.files;
        start = span->dataEnd + 2;
    } while (start < total && !onlyZeros(input + start, input + total));
    return summary;
}

} // namespace paceline::fit
