#include "SessionAdvisor.h"

#include "SessionRules.h"

#include <algorithm>
#include <array>
#include <numeric>

namespace paceline {

namespace {

using namespace advice;

using Check = void (*)(const SessionAnalysis&, Findings&);

struct RuleEntry {
    RuleInfo info;
    Check check; ///< one check may serve two ids (warm-up, order); it runs once
};

// In the order findings are listed: roughly the order of the session itself.
constexpr std::array kRules{
    RuleEntry{{kWarmUpMissing, "No easy running before the first hard effort"}, checkWarmUp},
    RuleEntry{{kWarmUpShort, "Under about 10 min of easy running before the first hard effort"},
              nullptr},
    RuleEntry{{kHardestFirst, "The main set opens with its hardest, longest effort"}, checkOrder},
    RuleEntry{{kNotProgressive, "A harder, longer block comes before an easier, shorter one"},
              nullptr},
    RuleEntry{{kRepTooLong, "I reps over about 5 min or R reps over about 2 min"}, checkRepLength},
    RuleEntry{{kRecoveryShort, "Recoveries too short to keep form at the reps' pace"},
              checkShortRecoveries},
    RuleEntry{{kRecoveryLong, "Recoveries so long or passive that the heart rate falls back"},
              checkLongRecoveries},
    RuleEntry{{kZoneVolume, "More T, I or R running than Daniels' limits for one session"},
              checkZoneVolume},
    RuleEntry{{kRotationMissingZone, "A rotation without race pace, surges or easy running"},
              checkRotationZones},
    RuleEntry{{kRotationFinalBlock, "A rotation that does not end with a strong, even push"},
              checkRotationFinish},
    RuleEntry{{kTaperMissing, "No relaxed jogging or easy strides before the cool-down"},
              checkTaper},
    RuleEntry{{kCoolDownMissing, "Less than 5 min of easy running after the last hard effort"},
              checkCoolDown},
    RuleEntry{{kPurposeMismatch, "The work does not match the session's purpose"}, checkPurpose},
    RuleEntry{{kOpenTarget, "Steps with no time or distance count as zero"}, checkOpenTargets},
};

constexpr std::array<RuleInfo, kRules.size()> ruleInfos()
{
    std::array<RuleInfo, kRules.size()> infos{};
    for (size_t i = 0; i < kRules.size(); ++i)
        infos[i] = kRules[i].info;
    return infos;
}

constexpr auto kRuleInfos = ruleInfos();

size_t ruleIndex(const QString& id)
{
    for (size_t i = 0; i < kRules.size(); ++i) {
        if (id == QLatin1String(kRules[i].info.id))
            return i;
    }
    return kRules.size();
}

} // namespace

std::span<const RuleInfo> sessionRules()
{
    return kRuleInfos;
}

std::vector<Finding> adviseSession(const StepTree& steps, const AdviceContext& context)
{
    // Estimated once and shared: every rule reads the same segments.
    const SessionAnalysis session(steps, context);
    Findings findings;
    // A session that runs more steps than the estimate lists (kMaxEstimateSegments) has
    // no segments to judge; only the rule that reads the tree itself can speak.
    for (const RuleEntry& rule : kRules) {
        if (rule.check && (session.estimate.unrolled || rule.check == checkOpenTargets))
            rule.check(session, findings);
    }
    // Rule order, most severe first within a rule, then step order (each check already
    // appends in step order, and the sort is stable).
    // Sorting indexes and moving once also avoids a false "maybe uninitialized" of
    // GCC 12 at -O3 when stable_sort buffers findings with their optional fix.
    std::vector<size_t> order(findings.size());
    std::iota(order.begin(), order.end(), size_t{0});
    std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
        const size_t ra = ruleIndex(findings[a].rule);
        const size_t rb = ruleIndex(findings[b].rule);
        return ra != rb ? ra < rb : findings[a].severity > findings[b].severity;
    });
    Findings sorted;
    sorted.reserve(findings.size());
    for (size_t index : order)
        sorted.push_back(std::move(findings[index]));
    return sorted;
}

} // namespace paceline
