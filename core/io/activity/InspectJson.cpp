#include "InspectJson.h"

namespace paceline {

QJsonObject inspectJson(const Recording&) { return {}; } // STUB

} // namespace paceline
