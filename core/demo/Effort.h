#pragma once

#include "core/model/LoggedSession.h"
#include "core/model/PlannedSession.h"
#include "core/science/TrainingPaces.h"

#include <optional>
#include <vector>

namespace paceline::demo {

class Random;
struct Profile;

/// How the athlete is on one day: fitness, paces and accumulated fatigue.
struct DayState {
    const Profile* profile = nullptr;
    double vdot = 0.0;
    TrainingPaces paces;
    /// Speed of the goal race at today's fitness: the rotations' race pace.
    Speed raceSpeed;
    /// 0 at the start of the history, 1 at its end: swim and bike get a little faster.
    double progress = 1.0;
    /// Acute:chronic load ratio (7-day over 28-day mean load); 1 is steady training.
    double fatigue = 1.0;
};

/// One step as it is executed: a repeat group of 8 becomes 8 work and 8 recovery
/// segments. `logged` ones become reps.
struct Segment {
    const Step* step = nullptr;
    Sport sport = Sport::Run;
    bool logged = false;
    RepKind kind = RepKind::Work;
    /// Position among the session's work segments, 0 to 1: late reps fade and feel
    /// harder.
    double progress = 0.0;
};

/// The plan's steps in the order they are run. Steps in repeat groups become reps;
/// so do top-level work steps of template and race sessions (a tempo, a brick's legs).
/// The segments point into `plan`, which must outlive them.
std::vector<Segment> executionOrder(const PlannedSession& plan);

/// What one segment turned out to be.
struct SegmentResult {
    Duration time;
    std::optional<Distance> distance;
    double rpe = 0.0;
    std::optional<int> avgHeartRate;
    std::optional<int> maxHeartRate;
    std::optional<double> cadence;
};

/// Runs the segments of one session: speeds from the day's zone paces with a scatter
/// of about 1 %, a fade in late reps under fatigue, HR from the heart-rate reserve
/// and RPE that rises through the session and with fatigue.
class Effort {
public:
    Effort(const DayState& day, Random& random);

    SegmentResult perform(const Segment& segment);

private:
    double baseSpeed(const Segment& segment) const;
    double runSpeed(const Step& step) const;
    double raceSpeed() const;
    double scatteredSpeed(const Segment& segment);
    double heartRateFraction(const Segment& segment, Duration time) const;
    double baseRpe(const Segment& segment) const;
    void setHeartRate(const Segment& segment, SegmentResult& result);
    std::optional<double> cadence(const Segment& segment, double speed);

    const DayState& m_day;
    Random& m_random;
    double m_form = 1.0; ///< The day's form: a fraction of a percent either way.
    double m_easyShare;  ///< Where in the E band today's easy running sits.
};

} // namespace paceline::demo
