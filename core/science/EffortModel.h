#pragma once

#include "SessionEstimate.h"
#include "core/model/InputLimits.h"

#include <array>
#include <optional>

namespace paceline {

// Private to paceline_core: how the session estimate turns a step's intensity into a
// speed, a zone and a perceived exertion. The advisor shares it so that its guidance
// quotes the same paces the estimate used. docs/formulas.md ("Session estimate")
// gives every constant and its source.

/// Comfortable adult walking speed, about 1.4 m/s (R. W. Bohannon, "Comfortable and
/// maximum walking speed of adults aged 20-79 years", Age and Ageing 26, 1997).
inline constexpr Speed kWalkSpeed{1.4};
/// Perceived exertion (CR-10) of walking, and the top of the scale.
inline constexpr double kWalkRpe = 1.0;
inline constexpr double kMaxRpe = limits::kMaxRpe;

/// A step's effort as the estimate sees it.
struct StepEffort {
    /// Run-equivalent speed: the ground speed for runs, the running speed of the same
    /// effort for other sports. Intensity is this over the VDOT speed.
    Speed speed;
    /// Ground speed for turning a distance target into a time; 0 when not known.
    Speed travel;
    /// Whether a time target's distance can be estimated (runs, or a pace target).
    bool knowsDistance = false;
    std::optional<PaceZone> zone;
    double rpe = 0.0;
    bool recovery = false;
};

class EffortModel {
public:
    /// A point of the speed-to-exertion curve (speed in m/s, CR-10).
    struct Anchor {
        double speed;
        double rpe;
    };
    using Anchors = std::array<Anchor, 8>;

    explicit EffortModel(const EstimateContext& context);

    const TrainingPaces& paces() const { return m_paces; }
    double vdot() const { return m_vdot; }
    Speed vdotSpeed() const { return m_vdotSpeed; }
    const EstimateContext& context() const { return m_context; }

    /// The speed a zone is estimated at: E's middle, the rotation zones as documented.
    Speed zoneSpeed(PaceZone zone) const;
    /// Relaxed recovery jogging and rotation "easy": the slow end of E.
    Speed jogSpeed() const { return m_paces.easy.slowest; }
    /// Rotation "race": the equivalent race speed for the target race.
    Speed raceSpeed() const;
    /// Rotation "surge": the faster of I pace and 3 % faster than race pace.
    Speed surgeSpeed() const;

    /// The Daniels zone a running speed falls in (boundaries halfway between the
    /// zones' speeds); nullopt below a shuffle (80 % of E's slow end).
    std::optional<PaceZone> zoneForSpeed(Speed speed) const;
    /// Perceived exertion of running at a speed, piecewise linear through the zone
    /// anchors (E 3, M 5, T 6.5, I 8, R 8.5), and its inverse.
    double rpeForSpeed(Speed speed) const;
    Speed speedForRpe(double rpe) const;
    /// The running speed of a heart-rate band's middle, through the heart-rate reserve.
    Speed speedForHeartRate(const HeartRateRange& range) const;

    StepEffort effortOf(const Step& step, Sport sport) const;

private:
    StepEffort runEffort(const Step& step) const;
    StepEffort otherSportEffort(const Step& step, Sport sport) const;
    StepEffort intensityEffort(const Intensity& intensity) const;
    StepEffort zoneEffort(PaceZone zone) const;

    EstimateContext m_context;
    TrainingPaces m_paces;
    double m_vdot = 0.0;
    Speed m_vdotSpeed;
    Anchors m_anchors{}; ///< rpeForSpeed's curve, from the paces
    // The race equivalent is a bisection: worked out on first use only, since most
    // sessions have no rotation zones. One model serves one estimate on one thread.
    mutable std::optional<Speed> m_raceSpeed;
};

/// The estimate for a model already built (the advisor builds one and shares it).
SessionEstimate estimateSession(const StepTree& steps, const EffortModel& model);

/// Receives an estimate's segments one at a time, in the order they are run.
class SegmentVisitor {
public:
    virtual void visit(const Segment& segment) = 0;

protected:
    ~SegmentVisitor() = default;
};

/// The same totals, with each segment handed to `visitor` (without its path) instead of
/// being kept: for callers that only sum the segments, such as the planned load, and
/// would otherwise allocate a path per segment. `segments` stays empty; nothing is
/// visited when the session runs more than kMaxEstimateSegments steps (`unrolled` false).
SessionEstimate estimateSession(const StepTree& steps, const EffortModel& model,
                                SegmentVisitor& visitor);

} // namespace paceline
