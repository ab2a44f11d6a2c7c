// The week-plan file reader (paceline-cli plan check) on arbitrary bytes; the steps of
// every session it reads go through the notation writer and must parse again.

#include "FuzzChecks.h"
#include "core/io/SessionNotation.h"
#include "core/io/WeekFile.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace paceline;
    const auto week =
        readWeekFile(QByteArray(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size)));
    fuzz::requireUsefulError(week);
    if (!week.ok())
        return 0;
    for (const PlanDay& day : week->days)
        for (const PlannedSession& session : day.sessions) {
            const QString written = formatSessionNotation(session.steps);
            fuzz::require(parseSessionNotation(written).ok(), "a week's session notation parses",
                          written);
        }
    return 0;
}
