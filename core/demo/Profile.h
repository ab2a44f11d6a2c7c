#pragma once

#include "LocalZone.h"
#include "core/model/Athlete.h"

#include <QTime>

namespace paceline::demo {

class Random;

/// Everything that makes one demo athlete train the way they do. The athlete's
/// recent race is filled in later, from the fitness curve (Fitness.h).
struct Profile {
    int index = 0;
    Athlete athlete;
    bool triathlete = false;
    LocalZone zone;
    /// VDOT at the end of the history; the recent race is run at about this fitness.
    double endVdot = 45.0;
    /// VDOT gained in a build week at the start of the history; gains taper off.
    double vdotGainPerWeek = 0.1;
    /// A recovery week every `cycleWeeks` weeks (3 or 4).
    int cycleWeeks = 4;
    int cyclePhase = 0;
    Distance goalRace;
    QTime weekdayStart; ///< First session of a weekday.
    QTime secondStart;  ///< Second session of a double day.
    QTime weekendStart;
    /// A normal easy run and a long run at full load, in minutes.
    double easyMinutes = 45.0;
    double longRunMinutes = 90.0;
    /// Runners with more volume run easy on Friday instead of resting.
    bool runsFriday = false;
    /// Swim and bike abilities at the end of the history.
    double swimSecondsPer100 = 110.0;
    double bikeKmh = 30.0;
    double runCadence = 172.0; ///< Steps per minute at easy pace.

    friend bool operator==(const Profile&, const Profile&) = default;
};

/// Athlete `index` (0-based) of a demo log: a triathlete when index % 3 == 1, a runner
/// otherwise. Names are unique for up to 420 athletes; current VDOTs spread over 38-60.
Profile makeProfile(int index, quint64 seed, Random& random);

} // namespace paceline::demo
