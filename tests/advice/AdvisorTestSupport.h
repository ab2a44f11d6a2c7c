#pragma once

#include "SessionBuilders.h"

#include <QString>

#include <gtest/gtest.h>

#include <ostream>
#include <vector>

namespace paceline {

// Readable failures: a finding prints as its rule, severity, steps and message.
void PrintTo(const Finding& finding, std::ostream* out);

namespace test {

/// The findings of one rule.
std::vector<Finding> findingsOf(const std::vector<Finding>& findings, const char* rule);

/// The single finding of `rule`; fails the test when there is not exactly one.
Finding onlyFinding(const StepTree& steps, const AdviceContext& context, const char* rule);

/// No finding of `rule`.
::testing::AssertionResult firesNot(const StepTree& steps, const AdviceContext& context,
                                    const char* rule);

/// Applies the fix of the first finding of `rule` and checks that the rule no longer
/// fires and that no other rule got worse (no more warnings or problems than before).
/// Returns the fixed tree.
StepTree expectFixResolves(const StepTree& steps, const AdviceContext& context, const char* rule);

/// Warnings and problems (infos are fine in a well-sequenced session).
std::vector<Finding> serious(const std::vector<Finding>& findings);

/// Every step of `before` is in `after` as often, and nothing else is.
::testing::AssertionResult sameSteps(const StepTree& before, const StepTree& after);

} // namespace test
} // namespace paceline
