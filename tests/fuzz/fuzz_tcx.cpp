// TcxReader on arbitrary bytes: XML errors, odd structure, absurd figures.

#include "FuzzChecks.h"
#include "core/io/activity/TcxReader.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace paceline;
    fuzz::readActivity(TcxReader(), fuzz::bytesOf(data, size), QStringLiteral("fuzz.tcx"));
    return 0;
}
