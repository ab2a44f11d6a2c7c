// GpxReader on arbitrary bytes, with one of its three lap splits per input (picked by
// the input's size, so the same input always takes the same path).

#include "FuzzChecks.h"
#include "core/io/activity/TcxReader.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace paceline;
    GpxSplit split;
    switch (size % 3) {
    case 1:
        split.mode = GpxSplit::Mode::EveryDistance;
        split.everyMetres = 400.0;
        break;
    case 2:
        split.mode = GpxSplit::Mode::PaceChange;
        break;
    default:
        break;
    }
    fuzz::readActivity(GpxReader(split), fuzz::bytesOf(data, size), QStringLiteral("fuzz.gpx"));
    return 0;
}
