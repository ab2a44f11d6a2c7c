#include "RecoveryJudge.h"

#include "AdviceText.h"
#include "AdviceThresholds.h"

#include <algorithm>

namespace paceline::advice {

namespace {

constexpr double kEqualDistance = 0.95; // "as far as the rep", allowing for rounding

} // namespace

Guide guideFor(PaceZone zone, Duration rep)
{
    const auto up = [](double seconds) { return roundUp(Duration{seconds}, kRecoveryRounding); };
    switch (zone) {
    case PaceZone::Repetition:
        return {up(kRepetitionRecoveryGuide * rep.seconds),
                up(kRepetitionRecoveryGuide * rep.seconds),
                up(kRepetitionRecoveryGuideHigh * rep.seconds)};
    case PaceZone::Threshold: {
        const Duration target = up(kThresholdRecoveryPerRep * rep.seconds);
        return {target, target, target};
    }
    default:
        return {roundNearest(Duration{kIntervalRecoveryGuideLow * rep.seconds}, kRecoveryRounding),
                up(kIntervalRecoveryGuide * rep.seconds), up(kIntervalRecoveryGuide * rep.seconds)};
    }
}

Verdict judge(const SessionAnalysis& session, const RepGap& gap)
{
    const Segment& rep = session.segment(gap.rep);
    const double r = rep.duration.seconds;
    const double rest = gap.recovery.seconds;
    const bool standing = gap.passive && rest > kPassiveRecoveryMax.seconds;
    // A break between a set at one pace and a set at another may be long: only rests
    // between reps at the same pace can be too long.
    const bool sameSet = session.segment(gap.next).zone == rep.zone;
    switch (*rep.zone) {
    case PaceZone::Interval:
        if (rest < kIntervalRecoveryMin * r)
            return Verdict::TooShort;
        return sameSet && (rest > kIntervalRecoveryMax * r || standing) ? Verdict::TooLong
                                                                        : Verdict::Fine;
    case PaceZone::Repetition: {
        // Daniels' own pairing, a jog as far as the rep, is always enough.
        const double repMetres = rep.distance.value_or(Distance{}).metres;
        const bool equalJog = repMetres > 0.0 && gap.jogged.metres >= kEqualDistance * repMetres;
        return rest < kRepetitionRecoveryMin * r && !equalJog ? Verdict::TooShort : Verdict::Fine;
    }
    case PaceZone::Threshold: {
        const double guide = kThresholdRecoveryPerRep * r;
        if (rest < kThresholdRecoveryMinShare * guide)
            return Verdict::TooShort;
        const double most =
            std::max(kThresholdRecoveryMaxFloor.seconds, kThresholdRecoveryMaxShare * guide);
        return sameSet && (rest > most || standing) ? Verdict::TooLong : Verdict::Fine;
    }
    default:
        return Verdict::Fine;
    }
}

std::vector<RecoveryMode> modesOf(const SessionAnalysis& session, const RepGap& gap)
{
    std::vector<RecoveryMode> modes;
    for (int i = gap.rep + 1; i < gap.next; ++i) {
        const Segment& rest = session.segment(i);
        modes.push_back(rest.recoveryMode.value_or(
            rest.speed.metresPerSecond > kWalkSpeed.metresPerSecond ? RecoveryMode::Jog
                                                                    : RecoveryMode::Stand));
    }
    return modes;
}

} // namespace paceline::advice
