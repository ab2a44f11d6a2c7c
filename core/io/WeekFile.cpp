#include "WeekFile.h"

namespace paceline {

// STUB: replaced by the real reader (issue 5).
Result<WeekFile> readWeekFile(const QByteArray&)
{
    return Error{QStringLiteral("Week files are not read yet.")};
}

} // namespace paceline
