// volume.zone-cap: Daniels' limits on T, I and R running in one session.

#include "AdviceText.h"
#include "AdviceThresholds.h"
#include "SessionRules.h"
#include "TreeEdit.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace paceline::advice {

namespace {

constexpr double kSlackMetres = 1.0;

struct Cap {
    Distance limit;
    QString rule; ///< how the limit was found, for the message
};

/// The most of a zone's running one session should hold, without the words (only a
/// finding needs them: capFor).
std::optional<Distance> limitFor(PaceZone zone, std::optional<Distance> weekly)
{
    const auto share = [&](double fraction) { return Distance{weekly->metres * fraction}; };
    switch (zone) {
    case PaceZone::Threshold:
        if (!weekly)
            return std::nullopt;
        return share(kThresholdWeeklyShare);
    case PaceZone::Interval:
        return weekly ? std::min(kIntervalSessionMax, share(kIntervalWeeklyShare))
                      : kIntervalSessionMax;
    case PaceZone::Repetition:
        return weekly ? std::min(kRepetitionSessionMax, share(kRepetitionWeeklyShare))
                      : kRepetitionSessionMax;
    default:
        return std::nullopt;
    }
}

// A weekly distance of zero (or none that makes sense) says nothing about the week:
// it is no weekly limit, rather than a limit of zero.
std::optional<Distance> weeklyOf(const AdviceContext& context)
{
    const auto& weekly = context.weeklyDistance;
    return weekly && weekly->metres > 0.0 && std::isfinite(weekly->metres) ? weekly : std::nullopt;
}

std::optional<Cap> capFor(PaceZone zone, std::optional<Distance> weekly, UnitSystem units)
{
    const auto share = [&](double fraction) { return Distance{weekly->metres * fraction}; };
    const auto percent = [](double fraction) { return QString::number(fraction * 100.0); };
    switch (zone) {
    case PaceZone::Threshold:
        if (!weekly)
            return std::nullopt;
        return Cap{share(kThresholdWeeklyShare),
                   QStringLiteral("%1 % of the week").arg(percent(kThresholdWeeklyShare))};
    case PaceZone::Interval:
        if (!weekly)
            return Cap{kIntervalSessionMax, {}};
        return Cap{std::min(kIntervalSessionMax, share(kIntervalWeeklyShare)),
                   QStringLiteral("the lesser of %1 and %2 % of the week")
                       .arg(volumeText(kIntervalSessionMax, units), percent(kIntervalWeeklyShare))};
    case PaceZone::Repetition:
        if (!weekly)
            return Cap{kRepetitionSessionMax, {}};
        return Cap{
            std::min(kRepetitionSessionMax, share(kRepetitionWeeklyShare)),
            QStringLiteral("the lesser of %1 and %2 % of the week")
                .arg(volumeText(kRepetitionSessionMax, units), percent(kRepetitionWeeklyShare))};
    default:
        return std::nullopt;
    }
}

struct ZoneVolume {
    Distance total;
    std::vector<Distance> perNode; ///< by top-level node
    std::vector<StepPath> steps;
};

bool countsIn(const SessionAnalysis& session, int index, PaceZone zone)
{
    const Segment& segment = session.segment(index);
    return session.isDanielsRep(index) && segment.zone == zone && segment.distance;
}

/// The zone's running in the session; `detail` adds where it is, which only a finding
/// needs (the sums are the same either way).
ZoneVolume volumeIn(const SessionAnalysis& session, PaceZone zone, bool detail)
{
    ZoneVolume volume;
    if (detail)
        volume.perNode.resize(session.steps.size());
    for (int i = 0; i < session.size(); ++i) {
        if (!countsIn(session, i, zone))
            continue;
        const Segment& segment = session.segment(i);
        volume.total.metres += segment.distance->metres;
        if (!detail)
            continue;
        volume.perNode[size_t(session.topIndex(i))].metres += segment.distance->metres;
        addPath(volume.steps, segment.path);
    }
    return volume;
}

/// "6 reps" for a group that repeats one rep (with its recovery), "2 sets" otherwise.
QString setsText(const RepeatGroup& group, int count)
{
    const size_t work =
        group.children.size() -
        size_t(std::count_if(group.children.begin(), group.children.end(),
                             [](const StepNode& node) { return isRecoveryNode(node); }));
    const bool reps = work == 1 && group.children.front().isStep();
    if (count == 1)
        return reps ? QStringLiteral("1 rep") : QStringLiteral("1 set");
    return (reps ? QStringLiteral("%1 reps") : QStringLiteral("%1 sets")).arg(count);
}

// Fewer sets of the top-level group that holds the most of the zone's running.
std::optional<SessionFix> fewerSets(const SessionAnalysis& session, const ZoneVolume& volume,
                                    Distance limit, QString& advice)
{
    const auto largest = std::max_element(volume.perNode.begin(), volume.perNode.end());
    const int node = int(largest - volume.perNode.begin());
    if (!session.steps[size_t(node)].isGroup())
        return std::nullopt;
    const RepeatGroup& group = session.steps[size_t(node)].group();
    const int sets = group.count;
    const double perSet = largest->metres / sets;
    const int fewer = int(std::ceil((volume.total.metres - limit.metres - kSlackMetres) / perSet));
    const int remaining = sets - fewer;
    if (remaining < 1)
        return std::nullopt;
    const Distance after{volume.total.metres - fewer * perSet};
    const QString instead =
        QStringLiteral("%1 instead of %2").arg(setsText(group, remaining)).arg(sets);
    advice = QStringLiteral(" Run %1 (%2) in step %3.")
                 .arg(instead, volumeText(after, session.context.units), pathText({node}));
    return makeFix(QStringLiteral("Run %1").arg(instead),
                   setRepeatCount(session.steps, {node}, remaining));
}

} // namespace

void checkZoneVolume(const SessionAnalysis& session, Findings& out)
{
    constexpr std::array zones{PaceZone::Threshold, PaceZone::Interval, PaceZone::Repetition};
    const UnitSystem units = session.context.units;
    const std::optional<Distance> weekly = weeklyOf(session.context);
    for (PaceZone zone : zones) {
        // Words and step lists only for a zone over its limit.
        const std::optional<Distance> most = limitFor(zone, weekly);
        if (!most || volumeIn(session, zone, false).total.metres <= most->metres + kSlackMetres)
            continue;
        const std::optional<Cap> cap = capFor(zone, weekly, units);
        const ZoneVolume volume = volumeIn(session, zone, true);
        const QString limit =
            weekly ? QStringLiteral("%1; for %2 a week that is %3")
                         .arg(cap->rule, volumeText(*weekly, units), volumeText(cap->limit, units))
                   : QStringLiteral("%1, whatever the weekly volume")
                         .arg(volumeText(cap->limit, units));
        QString advice;
        std::optional<SessionFix> fix = fewerSets(session, volume, cap->limit, advice);
        if (!fix)
            advice = QStringLiteral(" Cut the %1 work back to about %2.")
                         .arg(zoneText(zone), volumeText(cap->limit, units));
        out.push_back(makeFinding(
            kZoneVolume, Severity::Warning, volume.steps,
            QStringLiteral("This session has %1 at %2. Daniels limits %2 running in one session "
                           "to %3. Beyond that the later reps lose quality while the recovery "
                           "they cost keeps growing.%4")
                .arg(volumeText(volume.total, units), zoneText(zone), limit, advice),
            std::move(fix)));
    }
}

} // namespace paceline::advice
