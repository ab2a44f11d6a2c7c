// purpose.mismatch: the work does not match what the session is for. No fix: only the
// coach knows whether the purpose or the steps are wrong.

#include "AdviceText.h"
#include "AdviceThresholds.h"
#include "SessionRules.h"
#include "TreeEdit.h"

#include <array>

namespace paceline::advice {

namespace {

struct WorkMix {
    std::array<Duration, 8> time{}; ///< work time per zone (not recoveries, not prep)
    Duration hard;                  ///< T, I, R, race and surge
    Duration strides;               ///< strides and other prep at R pace
    Duration longestHardRep;
    Duration total;

    Duration in(PaceZone zone) const { return time[size_t(zone)]; }
    Duration fast() const
    {
        return {in(PaceZone::Interval).seconds + in(PaceZone::Repetition).seconds +
                in(PaceZone::RotationSurge).seconds};
    }
};

WorkMix mixOf(const SessionAnalysis& session)
{
    WorkMix mix;
    mix.total = session.estimate.duration;
    for (int i = 0; i < session.size(); ++i) {
        const Segment& segment = session.segment(i);
        if (session.role(i) == Role::Prep && segment.zone == PaceZone::Repetition)
            mix.strides.seconds += segment.duration.seconds;
        if (session.role(i) != Role::Hard && session.role(i) != Role::Moderate)
            continue;
        if (segment.zone)
            mix.time[size_t(*segment.zone)].seconds += segment.duration.seconds;
        if (session.role(i) == Role::Hard) {
            mix.hard.seconds += segment.duration.seconds;
            mix.longestHardRep = std::max(mix.longestHardRep, segment.duration);
        }
    }
    return mix;
}

/// The hard steps, for a finding to highlight.
std::vector<StepPath> hardSteps(const SessionAnalysis& session)
{
    std::vector<StepPath> steps;
    for (int i = 0; i < session.size(); ++i) {
        if (session.role(i) == Role::Hard)
            addPath(steps, session.segment(i).path);
    }
    return steps;
}

double share(Duration part, Duration whole)
{
    return whole.seconds > 0.0 ? part.seconds / whole.seconds : 0.0;
}

/// What is wrong, in words, or empty when the work fits the purpose.
QString mismatch(const SessionAnalysis& session, Purpose purpose, const WorkMix& mix)
{
    const UnitSystem units = session.context.units;
    const TrainingPaces& paces = session.model.paces();
    switch (purpose) {
    case Purpose::Turnover:
        if (mix.in(PaceZone::Repetition).seconds + mix.strides.seconds <= 0.0)
            return QStringLiteral("Turnover work is quick, relaxed running at R pace (%1) or "
                                  "strides, and this session has none.")
                .arg(paceText(paces.repetition, units));
        if (mix.longestHardRep > kTurnoverRepMax)
            return QStringLiteral("Turnover work is short and quick, reps of 2 minutes or less at "
                                  "R pace, but the longest rep here lasts %1.")
                .arg(durationText(mix.longestHardRep));
        return {};
    case Purpose::NeuromuscularEfficiency:
        if (mix.in(PaceZone::Repetition).seconds + mix.strides.seconds <= 0.0)
            return QStringLiteral("Neuromuscular work is short, fast, fully recovered efforts "
                                  "(hill sprints, strides), and this session has none.");
        if (mix.longestHardRep > kNeuromuscularRepMax)
            return QStringLiteral("Neuromuscular work is sprints of up to about 30 seconds with "
                                  "full recovery, but the longest rep here lasts %1.")
                .arg(durationText(mix.longestHardRep));
        return {};
    case Purpose::Threshold:
        if (mix.in(PaceZone::Threshold).seconds <= 0.0)
            return QStringLiteral("Threshold sessions are tempo runs or cruise intervals at T "
                                  "pace (%1), and this session has no T running.")
                .arg(paceText(paces.threshold, units));
        if (mix.fast() > mix.in(PaceZone::Threshold))
            return QStringLiteral("Threshold sessions are mostly T pace, but this one has more "
                                  "running at I, R or surge pace (%1) than at T pace (%2).")
                .arg(durationText(mix.fast()), durationText(mix.in(PaceZone::Threshold)));
        return {};
    case Purpose::AerobicEndurance:
        if (share(mix.fast(), mix.total) > kAerobicFastShareMax ||
            share(mix.hard, mix.total) > kAerobicHardShareMax)
            return QStringLiteral("Aerobic endurance comes from long, mostly easy running, but "
                                  "%1 of this session's %2 is at T pace or faster.")
                .arg(durationText(mix.hard), durationText(mix.total));
        return {};
    case Purpose::Recovery:
        if (mix.hard.seconds > 0.0 || mix.in(PaceZone::Marathon).seconds > 0.0)
            return QStringLiteral("A recovery run should be easy all the way, so that the next "
                                  "hard day finds you fresh, but this one has %1 at M pace or "
                                  "faster.")
                .arg(durationText(Duration{mix.hard.seconds + mix.in(PaceZone::Marathon).seconds}));
        return {};
    case Purpose::FatigueTolerance:
        if (mix.hard.seconds <= 0.0)
            return QStringLiteral("Fatigue tolerance is built by sustained hard work (T or I "
                                  "reps, race-pace blocks), and this session has none.");
        return {};
    case Purpose::RaceSpecific:
        if (mix.hard.seconds <= 0.0 && mix.in(PaceZone::Marathon).seconds <= 0.0)
            return QStringLiteral("Race-specific work rehearses your race pace or faster, and "
                                  "this session is easy throughout.");
        return {};
    }
    return {};
}

QString purposeText(Purpose purpose)
{
    switch (purpose) {
    case Purpose::Turnover:
        return QStringLiteral("turnover");
    case Purpose::NeuromuscularEfficiency:
        return QStringLiteral("neuromuscular efficiency");
    case Purpose::FatigueTolerance:
        return QStringLiteral("fatigue tolerance");
    case Purpose::Threshold:
        return QStringLiteral("threshold work");
    case Purpose::AerobicEndurance:
        return QStringLiteral("aerobic endurance");
    case Purpose::Recovery:
        return QStringLiteral("recovery");
    case Purpose::RaceSpecific:
        return QStringLiteral("race-specific work");
    }
    return {};
}

} // namespace

void checkPurpose(const SessionAnalysis& session, Findings& out)
{
    if (!session.context.purpose)
        return;
    const WorkMix mix = mixOf(session);
    const QString problem = mismatch(session, *session.context.purpose, mix);
    if (problem.isEmpty())
        return;
    out.push_back(makeFinding(
        kPurposeMismatch, Severity::Warning, hardSteps(session),
        QStringLiteral("This session is planned for %1. %2 Either change the work to match, or "
                       "change the session's purpose to what it really trains.")
            .arg(purposeText(*session.context.purpose), problem)));
}

} // namespace paceline::advice
