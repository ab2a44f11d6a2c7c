#pragma once

#include "EnumText.h"
#include "Id.h"
#include "Sport.h"
#include "Units.h"

#include <QDate>
#include <QString>

#include <optional>

namespace paceline {

/// Used for the sex-specific constants of Banister's TRIMP.
enum class Sex { Female, Male, Unspecified };

template <> struct EnumTraits<Sex> {
    static constexpr std::array<EnumEntry<Sex>, 3> entries{{
        {Sex::Female, "female", QT_TRANSLATE_NOOP("paceline", "Female")},
        {Sex::Male, "male", QT_TRANSLATE_NOOP("paceline", "Male")},
        {Sex::Unspecified, "unspecified", QT_TRANSLATE_NOOP("paceline", "Not given")},
    }};
};

template <> struct EnumTraits<UnitSystem> {
    static constexpr std::array<EnumEntry<UnitSystem>, 2> entries{{
        {UnitSystem::Metric, "km", QT_TRANSLATE_NOOP("paceline", "Kilometres")},
        {UnitSystem::Imperial, "mi", QT_TRANSLATE_NOOP("paceline", "Miles")},
    }};
};

/// A race the athlete ran recently; training paces are derived from it.
struct RaceResult {
    Distance distance;
    Duration time;
    QDate date; ///< May be null when unknown.

    friend bool operator==(const RaceResult&, const RaceResult&) = default;
};

struct Athlete {
    AthleteId id;
    QString name;
    Sex sex = Sex::Unspecified;
    std::optional<int> maxHeartRate;
    std::optional<int> restingHeartRate;
    std::optional<RaceResult> recentRace;
    UnitSystem units = UnitSystem::Metric;
    SportSet sports{Sport::Run};

    friend bool operator==(const Athlete&, const Athlete&) = default;
};

} // namespace paceline
