#pragma once

#include "EnumText.h"
#include "Units.h"

#include <variant>

namespace paceline {

/// Daniels' training zones plus the three zones of a rotation session (near race
/// pace, faster-than-race surges, easy recovery between them).
enum class PaceZone {
    Easy,
    Marathon,
    Threshold,
    Interval,
    Repetition,
    RotationRace,
    RotationSurge,
    RotationEasy,
};

template <> struct EnumTraits<PaceZone> {
    static constexpr std::array<EnumEntry<PaceZone>, 8> entries{{
        {PaceZone::Easy, "E", QT_TRANSLATE_NOOP("paceline", "Easy")},
        {PaceZone::Marathon, "M", QT_TRANSLATE_NOOP("paceline", "Marathon")},
        {PaceZone::Threshold, "T", QT_TRANSLATE_NOOP("paceline", "Threshold")},
        {PaceZone::Interval, "I", QT_TRANSLATE_NOOP("paceline", "Interval")},
        {PaceZone::Repetition, "R", QT_TRANSLATE_NOOP("paceline", "Repetition")},
        {PaceZone::RotationRace, "race", QT_TRANSLATE_NOOP("paceline", "Near race pace")},
        {PaceZone::RotationSurge, "surge", QT_TRANSLATE_NOOP("paceline", "Surge")},
        {PaceZone::RotationEasy, "easy", QT_TRANSLATE_NOOP("paceline", "Easy recovery")},
    }};
};

/// An explicit pace band; `slowest` is the lower speed.
struct PaceRange {
    Speed slowest;
    Speed fastest;
    friend bool operator==(const PaceRange&, const PaceRange&) = default;
};

struct HeartRateRange {
    int lowBpm = 0;
    int highBpm = 0;
    friend bool operator==(const HeartRateRange&, const HeartRateRange&) = default;
};

/// Perceived exertion on the 0-10 scale (CR-10).
struct RpeTarget {
    double rpe = 0.0;
    friend bool operator==(const RpeTarget&, const RpeTarget&) = default;
};

/// How hard a step should be run; monostate when the plan leaves it open.
using Intensity = std::variant<std::monostate, PaceZone, PaceRange, HeartRateRange, RpeTarget>;

} // namespace paceline
