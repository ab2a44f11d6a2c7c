#pragma once

#include "EnumText.h"

#include <cstdint>

namespace paceline {

enum class Sport { Run, Bike, Swim, Brick, StrengthMobility, CrossTraining };

/// Why a session exists; drives the advisor's purpose checks.
enum class Purpose {
    Turnover,
    NeuromuscularEfficiency,
    FatigueTolerance,
    Threshold,
    AerobicEndurance,
    Recovery,
    RaceSpecific,
};

template <> struct EnumTraits<Sport> {
    static constexpr std::array<EnumEntry<Sport>, 6> entries{{
        {Sport::Run, "run", QT_TRANSLATE_NOOP("paceline", "Run")},
        {Sport::Bike, "bike", QT_TRANSLATE_NOOP("paceline", "Bike")},
        {Sport::Swim, "swim", QT_TRANSLATE_NOOP("paceline", "Swim")},
        {Sport::Brick, "brick", QT_TRANSLATE_NOOP("paceline", "Brick")},
        {Sport::StrengthMobility, "strength", QT_TRANSLATE_NOOP("paceline", "Strength & mobility")},
        {Sport::CrossTraining, "cross", QT_TRANSLATE_NOOP("paceline", "Cross-training")},
    }};
};

template <> struct EnumTraits<Purpose> {
    static constexpr std::array<EnumEntry<Purpose>, 7> entries{{
        {Purpose::Turnover, "turnover", QT_TRANSLATE_NOOP("paceline", "Turnover")},
        {Purpose::NeuromuscularEfficiency, "neuromuscular",
         QT_TRANSLATE_NOOP("paceline", "Neuromuscular efficiency")},
        {Purpose::FatigueTolerance, "fatigue-tolerance",
         QT_TRANSLATE_NOOP("paceline", "Fatigue tolerance")},
        {Purpose::Threshold, "threshold", QT_TRANSLATE_NOOP("paceline", "Threshold")},
        {Purpose::AerobicEndurance, "aerobic", QT_TRANSLATE_NOOP("paceline", "Aerobic endurance")},
        {Purpose::Recovery, "recovery", QT_TRANSLATE_NOOP("paceline", "Recovery")},
        {Purpose::RaceSpecific, "race-specific", QT_TRANSLATE_NOOP("paceline", "Race-specific")},
    }};
};

/// The sports an athlete trains in, as a small bit set (order-free, cheap to copy).
class SportSet {
public:
    constexpr SportSet() = default;
    constexpr SportSet(std::initializer_list<Sport> sports)
    {
        for (Sport sport : sports)
            insert(sport);
    }

    constexpr bool contains(Sport sport) const { return (m_bits & bit(sport)) != 0; }
    constexpr void insert(Sport sport) { m_bits |= bit(sport); }
    constexpr void erase(Sport sport) { m_bits &= ~bit(sport); }
    constexpr bool empty() const { return m_bits == 0; }

    friend constexpr bool operator==(SportSet, SportSet) = default;

private:
    static constexpr std::uint32_t bit(Sport sport) { return 1u << static_cast<unsigned>(sport); }
    std::uint32_t m_bits = 0;
};

} // namespace paceline
