#include "LoadTracker.h"

#include <algorithm>

namespace paceline::demo {

namespace {
constexpr std::size_t kAcuteDays = 7;
constexpr std::size_t kChronicDays = 28;
} // namespace

void LoadTracker::closeDay()
{
    m_days.push_back(m_today);
    m_today = 0.0;
    if (m_days.size() > kChronicDays)
        m_days.erase(m_days.begin());
    if (m_days.size() < kAcuteDays)
        return;
    const double chronic = meanOfLast(kChronicDays);
    m_ratio = chronic > 0.0 ? meanOfLast(kAcuteDays) / chronic : 1.0;
}

double LoadTracker::meanOfLast(std::size_t days) const
{
    const std::size_t count = std::min(days, m_days.size());
    double sum = 0.0;
    for (std::size_t i = m_days.size() - count; i < m_days.size(); ++i)
        sum += m_days[i];
    return count > 0 ? sum / double(count) : 0.0;
}

} // namespace paceline::demo
