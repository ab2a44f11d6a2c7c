#include "WeekAdvisor.h"

#include "WeekRules.h"

#include <algorithm>
#include <array>
#include <numeric>

namespace paceline {

namespace {

using namespace advice;

constexpr qint64 kMaxCheckedDays = 366;

using Check = void (*)(const WeekAnalysis&, WeekFindings&);

struct RuleEntry {
    RuleInfo info;
    Check check; ///< one check may serve two ids (the spacing rules); it runs once
};

// In the order findings are listed: spacing first, then the week as a whole, then load.
constexpr std::array kRules{
    RuleEntry{{kHardBackToBack, "Hard sessions on consecutive days"}, checkHardSpacing},
    RuleEntry{{kHardWithoutEasyBefore, "A hard session not preceded by a rest or light day"},
              checkEasyBefore},
    RuleEntry{{kHardAfterLong, "A hard session the day after (or the day of) a long session"},
              nullptr},
    RuleEntry{{kNoRestOrLightDay, "Seven days or more without a rest or light day"},
              checkRestOrLightDay},
    RuleEntry{{kTooManyHard, "More hard sessions in seven days than the athlete's pattern"},
              checkHardCount},
    RuleEntry{{kTriRunAfterHardBike, "Run speed work on the day of or after a hard ride or brick"},
              checkTriathlonInterference},
    RuleEntry{{kLoadRamp, "Planned week load over 10 % above the recent weeks' average"},
              checkLoadRamp},
    RuleEntry{{kAcwrHigh, "Planned acute:chronic load ratio above 1.5"}, checkAcuteChronic},
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

QDate earliest(const WeekFinding& finding)
{
    return finding.days.empty() ? QDate()
                                : *std::min_element(finding.days.begin(), finding.days.end());
}

} // namespace

std::span<const RuleInfo> weekRules()
{
    return kRuleInfos;
}

std::vector<WeekFinding> adviseWeek(const WeekAdviceInput& input)
{
    if (!input.first.isValid() || !input.last.isValid() || input.last < input.first)
        return {};
    // A range of years is a caller's mistake; checking a year of it keeps the work
    // bounded (the load rules walk every day of the range).
    if (input.first.daysTo(input.last) >= kMaxCheckedDays) {
        WeekAdviceInput bounded = input;
        bounded.last = input.first.addDays(kMaxCheckedDays - 1);
        return adviseWeek(bounded);
    }
    const WeekAnalysis week(input);
    WeekFindings findings;
    for (const RuleEntry& rule : kRules) {
        if (rule.check)
            rule.check(week, findings);
    }
    // Rule order, earliest day first within a rule. Sorting indexes and moving once
    // avoids GCC 12's false "maybe uninitialized" on the optional fix at -O3.
    std::vector<size_t> order(findings.size());
    std::iota(order.begin(), order.end(), size_t{0});
    std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
        const size_t ra = ruleIndex(findings[a].rule);
        const size_t rb = ruleIndex(findings[b].rule);
        return ra != rb ? ra < rb : earliest(findings[a]) < earliest(findings[b]);
    });
    WeekFindings sorted;
    sorted.reserve(findings.size());
    for (size_t index : order)
        sorted.push_back(std::move(findings[index]));
    return sorted;
}

} // namespace paceline
