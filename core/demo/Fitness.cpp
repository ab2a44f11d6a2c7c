#include "Fitness.h"

#include "Profile.h"
#include "Random.h"

#include <algorithm>
#include <cmath>

namespace paceline::demo {

namespace {

// Gains halve about every 70 weeks, so a runner keeps improving for years but ever
// more slowly: over 60 athletes, +1.0-3.4 VDOT in the first year (median 2.4) and
// +3.4-7.9 over ten (median 5.2).
constexpr double kGainDecayWeeks = 100.0;
// Fitness moves in blocks of a training cycle; a quarter of them bring nothing.
constexpr int kBlockWeeks = 12;
constexpr double kPlateauChance = 0.25;
constexpr double kRecoveryLoad = 0.7;

} // namespace

Fitness::Fitness(const Profile& profile, const Span& span, Random& random) : m_span(span)
{
    const int weeks = int(span.firstMonday.daysTo(span.lastPlanDay) / 7) + 1;
    const int endWeek = int(span.firstMonday.daysTo(span.lastDay) / 7);
    m_weeks.resize(std::size_t(weeks));
    for (int w = 0; w < weeks; ++w) {
        const bool cycleRecovery =
            (w + profile.cyclePhase) % profile.cycleWeeks == profile.cycleWeeks - 1;
        m_weeks[std::size_t(w)].recovery =
            cycleRecovery || isRaceWeek(span.firstMonday.addDays(7 * w));
    }

    const std::vector<double> gains = weeklyGains(profile, endWeek, random);
    double total = 0.0;
    for (double gain : gains)
        total += gain;
    m_endVdot = profile.endVdot;
    m_startVdot = m_endVdot - total;
    double vdot = m_startVdot;
    for (int w = 0; w < weeks; ++w) {
        m_weeks[std::size_t(w)].vdot = vdot;
        if (w < endWeek)
            vdot += gains[std::size_t(w)];
    }
    setLoads(profile);
}

std::vector<double> Fitness::weeklyGains(const Profile& profile, int weeks, Random& random) const
{
    std::vector<double> gains(std::size_t(std::max(weeks, 0)), 0.0);
    bool plateau = false;
    for (int w = 0; w < weeks; ++w) {
        // The first block always brings something, so even a short history improves.
        if (w % kBlockWeeks == 0)
            plateau = w > 0 && random.chance(kPlateauChance);
        const double jitter = random.uniform(0.5, 1.5);
        if (plateau || m_weeks[std::size_t(w)].recovery)
            continue;
        gains[std::size_t(w)] = profile.vdotGainPerWeek * std::exp(-w / kGainDecayWeeks) * jitter;
    }
    return gains;
}

void Fitness::setLoads(const Profile& profile)
{
    int sinceRecovery = 0;
    for (Week& week : m_weeks) {
        const double progress =
            m_endVdot > m_startVdot ? (week.vdot - m_startVdot) / (m_endVdot - m_startVdot) : 1.0;
        // Load builds through a cycle, drops in its recovery week, and the whole
        // volume grows a little as the athlete gets fitter.
        const double cycle = week.recovery ? kRecoveryLoad : 0.94 + 0.04 * sinceRecovery;
        week.load = cycle * (0.88 + 0.12 * progress);
        sinceRecovery = week.recovery ? 0 : std::min(sinceRecovery + 1, profile.cycleWeeks);
    }
}

int Fitness::weekOf(QDate day) const
{
    const int week = int(std::floor(m_span.firstMonday.daysTo(day) / 7.0));
    return std::clamp(week, 0, weekCount() - 1);
}

double Fitness::progressOn(QDate day) const
{
    if (m_endVdot <= m_startVdot)
        return 1.0;
    return std::clamp((vdotOn(day) - m_startVdot) / (m_endVdot - m_startVdot), 0.0, 1.0);
}

bool Fitness::isRaceWeek(QDate day) const
{
    const QDate monday = day.addDays(1 - day.dayOfWeek());
    return m_span.raceDay >= monday && m_span.raceDay < monday.addDays(7);
}

} // namespace paceline::demo
