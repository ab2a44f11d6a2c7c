#pragma once

#include <vector>

namespace paceline::demo {

/// Daily session loads of the generated history so far, and the acute:chronic ratio
/// (mean of the last 7 days over the mean of the last 28) that fatigue follows. Kept
/// inside the generator on purpose: the demo must not depend on the advice code it
/// exists to exercise.
class LoadTracker {
public:
    void add(double load) { m_today += load; }
    void closeDay();
    /// 1 until a week of history exists; then acute over chronic (up to 28 days).
    double ratio() const { return m_ratio; }

private:
    double meanOfLast(std::size_t days) const;

    std::vector<double> m_days;
    double m_today = 0.0;
    double m_ratio = 1.0;
};

} // namespace paceline::demo
