#include "TrainingLoad.h"

namespace paceline {

// STUB: replaced by the real classification and ratios (issue 5).
SessionLoad sessionLoad(const StepTree&, const EstimateContext&)
{
    return {};
}

LoadRatios loadRatios(const std::vector<double>&)
{
    return {};
}

} // namespace paceline
