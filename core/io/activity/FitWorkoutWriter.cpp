#include "FitWorkoutWriter.h"

namespace paceline {

// STUB: the workout writer is being written.
Result<QByteArray> fitWorkout(const SessionTemplate&, const FitWorkoutOptions&)
{
    return Error{QStringLiteral("not written yet")};
}

} // namespace paceline
