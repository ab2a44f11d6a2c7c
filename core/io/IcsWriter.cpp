#include "IcsWriter.h"

namespace paceline {

// STUB: replaced by the real writer (issue 5).
QByteArray plannedSessionsToIcs(const std::vector<PlannedSession>&, const Athlete&,
                                const QDateTime&)
{
    return {};
}

} // namespace paceline
