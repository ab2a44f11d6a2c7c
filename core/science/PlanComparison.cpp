#include "PlanComparison.h"

namespace paceline {

// STUB: replaced by the real comparison (issue 4).
std::vector<Rep> repsFromPlan(const StepTree&)
{
    return {};
}

std::vector<PlannedStepResult> comparePlanToLog(const StepTree&, const std::vector<Rep>&)
{
    return {};
}

} // namespace paceline
