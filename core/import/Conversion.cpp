#include "Conversion.h"

namespace paceline {

Conversion sessionsFromRecording(const Recording&, const ConversionContext&) { return {}; } // STUB

} // namespace paceline
