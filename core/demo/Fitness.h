#pragma once

#include <QDate>

#include <vector>

namespace paceline::demo {

class Random;
struct Profile;

/// The calendar an athlete's history is generated on: weeks from Monday, with their
/// VDOT, whether they are recovery weeks and how much load they carry. VDOT rises in
/// build weeks, fastest at the start of the history and in blocks with plateaus, and
/// reaches the profile's end VDOT in the week of the last logged day; the plan beyond
/// it keeps that fitness.
class Fitness {
public:
    struct Span {
        QDate firstMonday; ///< Monday of the week holding the first day
        QDate lastDay;     ///< last logged day
        QDate lastPlanDay; ///< last planned day
        QDate raceDay;     ///< the recent race; its week is a taper
        friend bool operator==(const Span&, const Span&) = default;
    };

    Fitness() = default;
    Fitness(const Profile& profile, const Span& span, Random& random);

    QDate firstMonday() const { return m_span.firstMonday; }
    int weekCount() const { return int(m_weeks.size()); }
    /// Week number of a day, clamped into the calendar.
    int weekOf(QDate day) const;

    double vdotOn(QDate day) const { return m_weeks[std::size_t(weekOf(day))].vdot; }
    bool isRecoveryWeek(QDate day) const { return m_weeks[std::size_t(weekOf(day))].recovery; }
    /// 1.0 is a normal week at full fitness; recovery weeks are about 0.7.
    double loadFactor(QDate day) const { return m_weeks[std::size_t(weekOf(day))].load; }
    /// 0 at the start of the history, 1 once the end VDOT is reached.
    double progressOn(QDate day) const;
    bool isRaceWeek(QDate day) const;

    friend bool operator==(const Fitness&, const Fitness&) = default;

private:
    struct Week {
        double vdot = 0.0;
        bool recovery = false;
        double load = 1.0;
        friend bool operator==(const Week&, const Week&) = default;
    };

    std::vector<double> weeklyGains(const Profile& profile, int weeks, Random& random) const;
    void setLoads(const Profile& profile);

    Span m_span;
    std::vector<Week> m_weeks;
    double m_startVdot = 0.0;
    double m_endVdot = 0.0;
};

} // namespace paceline::demo
