#include "LoggedSessionJson.h"

namespace paceline {

// STUB: replaced by the real writer (issue 4).
QJsonObject loggedSessionToJson(const LoggedSession&, bool)
{
    return {};
}

} // namespace paceline
