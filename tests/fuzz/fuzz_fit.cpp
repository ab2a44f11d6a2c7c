// FitReader on arbitrary bytes, twice: as they are (the header and CRC checks, and the
// decoder's dry run behind a wrong CRC), and with the CRCs repaired, so the mutations
// reach the message decoder and the session builder.

#include "FitCrcRepair.h"
#include "FuzzChecks.h"
#include "core/io/activity/FitReader.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace paceline;
    const QString name = QStringLiteral("fuzz.fit");
    const FitReader reader;
    const QByteArrayView bytes = fuzz::bytesOf(data, size);
    fuzz::readActivity(reader, bytes, name);
    const QByteArray repaired = fuzz::withRepairedCrcs(bytes.toByteArray());
    if (repaired != bytes)
        fuzz::readActivity(reader, repaired, name);
    return 0;
}
