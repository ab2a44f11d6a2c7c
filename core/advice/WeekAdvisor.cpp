#include "WeekAdvisor.h"

namespace paceline {

// STUB: replaced by the week rules (issue 5).
std::span<const RuleInfo> weekRules()
{
    return {};
}

std::vector<WeekFinding> adviseWeek(const WeekAdviceInput&)
{
    return {};
}

} // namespace paceline
