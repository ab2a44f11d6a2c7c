// STUB: filled in by the trends work.
#include "Trends.h"

namespace paceline {

std::vector<WeeklyValue> stabilityTrend(const std::vector<StabilitySample>&, const TrendFilter&, int)
{
    return {};
}
std::vector<WeeklyValue> paceAtEffortTrend(const std::vector<WorkRepSample>&, const EffortBand&,
                                           const TrendFilter&, int)
{
    return {};
}
std::vector<WeeklyValue> effortAtPaceTrend(const std::vector<WorkRepSample>&, const PaceRange&,
                                           const TrendFilter&, int)
{
    return {};
}
std::optional<double> slopePerWeek(const std::vector<WeeklyValue>&) { return std::nullopt; }
double median(std::vector<double>) { return 0.0; }

} // namespace paceline
