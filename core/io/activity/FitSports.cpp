// The FIT profile's sport and sub-sport values that matter to a training log.

#include "FitSports.h"

#include <array>

namespace paceline::fit {
namespace {

// FIT profile, type "sport" (values 0-53, in order).
constexpr std::array<const char*, 54> kSportNames{{
    "generic",
    "running",
    "cycling",
    "transition",
    "fitness_equipment",
    "swimming",
    "basketball",
    "soccer",
    "tennis",
    "american_football",
    "training",
    "walking",
    "cross_country_skiing",
    "alpine_skiing",
    "snowboarding",
    "rowing",
    "mountaineering",
    "hiking",
    "multisport",
    "paddling",
    "flying",
    "e_biking",
    "motorcycling",
    "boating",
    "driving",
    "golf",
    "hang_gliding",
    "horseback_riding",
    "hunting",
    "fishing",
    "inline_skating",
    "rock_climbing",
    "sailing",
    "ice_skating",
    "sky_diving",
    "snowshoeing",
    "snowmobiling",
    "stand_up_paddleboarding",
    "surfing",
    "wakeboarding",
    "water_skiing",
    "kayaking",
    "rafting",
    "windsurfing",
    "kitesurfing",
    "tactical",
    "jumpmaster",
    "boxing",
    "floor_climbing",
    "baseball",
    "softball_fast_pitch",
    "softball_slow_pitch",
    "unused_52",
    "diving",
}};

enum SportValue : std::int64_t {
    Generic = 0,
    Running = 1,
    Cycling = 2,
    Transition = 3,
    FitnessEquipment = 4,
    Swimming = 5,
    Training = 10,
    Walking = 11,
    Hiking = 17,
    EBiking = 21,
};

enum SubSportValue : std::int64_t {
    Treadmill = 1,
    IndoorCycling = 6,
    FlexibilityTraining = 19,
    StrengthTraining = 20,
    Yoga = 43,
    Pilates = 44,
};

} // namespace

QString sportName(std::int64_t sport)
{
    if (sport >= 0 && sport < static_cast<std::int64_t>(kSportNames.size()) && sport != 52)
        return QString::fromLatin1(kSportNames[static_cast<std::size_t>(sport)]);
    return QStringLiteral("sport_%1").arg(sport);
}

std::optional<Sport> pacelineSport(std::optional<std::int64_t> sport,
                                   std::optional<std::int64_t> subSport)
{
    const std::int64_t sub = subSport.value_or(-1);
    switch (sport.value_or(Generic)) {
    case Running:
    case Walking:
    case Hiking:
        return Sport::Run;
    case Cycling:
    case EBiking:
        return Sport::Bike;
    case Swimming:
        return Sport::Swim;
    case Transition:
        return std::nullopt;
    case FitnessEquipment:
        if (sub == Treadmill)
            return Sport::Run;
        if (sub == IndoorCycling)
            return Sport::Bike;
        return Sport::CrossTraining;
    case Training:
        if (sub == StrengthTraining || sub == FlexibilityTraining || sub == Yoga || sub == Pilates)
            return Sport::StrengthMobility;
        return Sport::CrossTraining;
    default:
        return Sport::CrossTraining;
    }
}

bool cadenceIsPerFoot(std::optional<std::int64_t> sport)
{
    return sport == Running || sport == Walking || sport == Hiking;
}

} // namespace paceline::fit
