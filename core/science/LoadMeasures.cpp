// STUB: filled in by the load-measures work.
#include "LoadMeasures.h"

namespace paceline {

double sessionRpeLoad(double, Duration) { return 0.0; }
std::optional<double> banisterTrimp(Duration, double, int, int, Sex) { return std::nullopt; }
std::optional<double> runningTss(Duration, Speed, Speed) { return std::nullopt; }
LoadZone zoneForPace(Speed, const TrainingPaces&) { return LoadZone::Easy; }
LoadZone zoneForRpe(double) { return LoadZone::Easy; }
SessionLoadFigures sessionLoadFigures(const LoggedSession&, const Athlete&) { return {}; }
double loadOf(const DailyLoad& day, LoadMeasure) { return day.sessionRpeLoad; }

} // namespace paceline
