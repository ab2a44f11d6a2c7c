#include "EntryText.h"

namespace paceline {

// STUB: replaced by the real parser (issue 4).
Result<Distance> parseDistance(QStringView text)
{
    return Error{QStringLiteral("not implemented: '%1'").arg(text)};
}

Result<std::vector<Duration>> parseSplits(QStringView text)
{
    return Error{QStringLiteral("not implemented: '%1'").arg(text)};
}

} // namespace paceline
