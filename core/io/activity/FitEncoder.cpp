#include "FitEncoder.h"

namespace paceline::fit {

// STUB: the FIT encoder is being written.
void Encoder::define(std::uint8_t, std::uint16_t, std::vector<FieldDefinition>, ByteOrder,
                     std::vector<DeveloperFieldDefinition>)
{
}
void Encoder::write(std::uint8_t, const std::vector<Value>&, const std::vector<QByteArray>&) {}
void Encoder::writeCompressed(std::uint8_t, std::uint8_t, const std::vector<Value>&) {}
void Encoder::writeRaw(const QByteArray& bytes) { m_data += bytes; }
QByteArray Encoder::finish(bool, std::uint16_t) { return {}; }

std::uint32_t fitTime(const QDateTime& utc)
{
    return static_cast<std::uint32_t>(utc.toSecsSinceEpoch() - kFitEpochUnixSeconds);
}

} // namespace paceline::fit
