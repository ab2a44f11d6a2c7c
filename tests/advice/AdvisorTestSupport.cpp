#include "AdvisorTestSupport.h"

#include <algorithm>
#include <map>

namespace paceline {

void PrintTo(const Finding& finding, std::ostream* out)
{
    QStringList steps;
    for (const StepPath& path : finding.steps)
        steps << pathText(path);
    *out << finding.rule.toStdString() << " [" << enumId(finding.severity).toStdString() << "] ("
         << steps.join(QStringLiteral(", ")).toStdString() << ") " << finding.message.toStdString();
}

namespace test {

std::vector<Finding> findingsOf(const std::vector<Finding>& findings, const char* rule)
{
    std::vector<Finding> result;
    for (const Finding& finding : findings) {
        if (finding.rule == QLatin1String(rule))
            result.push_back(finding);
    }
    return result;
}

Finding onlyFinding(const StepTree& steps, const AdviceContext& context, const char* rule)
{
    const std::vector<Finding> all = adviseSession(steps, context);
    const std::vector<Finding> found = findingsOf(all, rule);
    EXPECT_EQ(found.size(), 1u) << rule << " in " << ::testing::PrintToString(all);
    return found.empty() ? Finding{} : found.front();
}

::testing::AssertionResult firesNot(const StepTree& steps, const AdviceContext& context,
                                    const char* rule)
{
    const std::vector<Finding> found = findingsOf(adviseSession(steps, context), rule);
    if (found.empty())
        return ::testing::AssertionSuccess();
    return ::testing::AssertionFailure() << rule << " fired: " << ::testing::PrintToString(found);
}

std::vector<Finding> serious(const std::vector<Finding>& findings)
{
    std::vector<Finding> result;
    for (const Finding& finding : findings) {
        if (finding.severity != Severity::Info)
            result.push_back(finding);
    }
    return result;
}

namespace {

std::map<QString, int> seriousCounts(const std::vector<Finding>& findings)
{
    std::map<QString, int> counts;
    for (const Finding& finding : serious(findings))
        ++counts[finding.rule];
    return counts;
}

void collect(const StepTree& tree, std::vector<Step>& steps)
{
    forEachStep(tree, [&](const StepPath&, const Step& step) { steps.push_back(step); });
}

} // namespace

StepTree expectFixResolves(const StepTree& steps, const AdviceContext& context, const char* rule)
{
    const std::vector<Finding> before = adviseSession(steps, context);
    const std::vector<Finding> found = findingsOf(before, rule);
    if (found.empty() || !found.front().fix) {
        ADD_FAILURE() << rule << " has no finding with a fix";
        return steps;
    }
    const SessionFix& fix = *found.front().fix;
    EXPECT_FALSE(fix.label.isEmpty());
    EXPECT_NE(fix.steps, steps) << "the fix changes nothing";
    const std::vector<Finding> after = adviseSession(fix.steps, context);
    EXPECT_TRUE(findingsOf(after, rule).empty())
        << "after '" << fix.label.toStdString() << "': " << ::testing::PrintToString(after);
    const std::map<QString, int> was = seriousCounts(before);
    for (const auto& [id, count] : seriousCounts(after)) {
        const auto old = was.find(id);
        EXPECT_LE(count, old == was.end() ? 0 : old->second)
            << "the fix for " << rule << " made " << id.toStdString()
            << " worse: " << ::testing::PrintToString(after);
    }
    return fix.steps;
}

::testing::AssertionResult sameSteps(const StepTree& before, const StepTree& after)
{
    std::vector<Step> a;
    std::vector<Step> b;
    collect(before, a);
    collect(after, b);
    if (a.size() != b.size())
        return ::testing::AssertionFailure() << a.size() << " steps became " << b.size();
    for (const Step& step : a) {
        const auto count = [&](const std::vector<Step>& list) {
            return std::count(list.begin(), list.end(), step);
        };
        if (count(a) != count(b))
            return ::testing::AssertionFailure()
                   << "a step is missing or doubled: " << step.notes.toStdString();
    }
    return ::testing::AssertionSuccess();
}

} // namespace test
} // namespace paceline
