// volume.zone-cap: Daniels' limits on T, I and R running in one session.

#include "AdviceText.h"
#include "AdviceThresholds.h"
#include "SessionRules.h"
#include "TreeEdit.h"

#include <array>
#include <cmath>

namespace paceline::advice {

namespace {

constexpr double kSlackMetres = 1.0;

struct Cap {
    Distance limit;
    QString rule; ///< how the limit was found, for the message
};

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

ZoneVolume volumeIn(const SessionAnalysis& session, PaceZone zone)
{
    ZoneVolume volume;
    volume.perNode.resize(session.steps.size());
    for (int i = 0; i < session.size(); ++i) {
        const Segment& segment = session.segment(i);
        if (!session.isDanielsRep(i) || segment.zone != zone || !segment.distance)
            continue;
        volume.total.metres += segment.distance->metres;
        volume.perNode[size_t(session.topIndex(i))].metres += segment.distance->metres;
        addPath(volume.steps, segment.path);
    }
    return volume;
}

// Fewer sets of the top-level group that holds the most of the zone's running.
std::optional<SessionFix> fewerSets(const SessionAnalysis& session, const ZoneVolume& volume,
                                    Distance limit, QString& advice)
{
    const auto largest = std::max_element(volume.perNode.begin(), volume.perNode.end());
    const size_t node = size_t(largest - volume.perNode.begin());
    if (!session.steps[node].isGroup())
        return std::nullopt;
    const int sets = session.steps[node].group().count;
    const double perSet = largest->metres / sets;
    const int fewer = int(std::ceil((volume.total.metres - limit.metres - kSlackMetres) / perSet));
    const int remaining = sets - fewer;
    if (remaining < 1)
        return std::nullopt;
    const Distance after{volume.total.metres - fewer * perSet};
    const QString setsText =
        remaining == 1 ? QStringLiteral("1 set") : QStringLiteral("%1 sets").arg(remaining);
    advice = QStringLiteral(" Run %1 instead of %2 (%3) in step %4.")
                 .arg(setsText)
                 .arg(sets)
                 .arg(volumeText(after, session.context.units), pathText({int(node)}));
    StepTree steps = session.steps;
    steps[node].group().count = remaining;
    return makeFix(QStringLiteral("Run %1 instead of %2").arg(setsText).arg(sets),
                   std::move(steps));
}

} // namespace

void checkZoneVolume(const SessionAnalysis& session, Findings& out)
{
    constexpr std::array zones{PaceZone::Threshold, PaceZone::Interval, PaceZone::Repetition};
    const UnitSystem units = session.context.units;
    for (PaceZone zone : zones) {
        const std::optional<Cap> cap = capFor(zone, session.context.weeklyDistance, units);
        if (!cap)
            continue;
        const ZoneVolume volume = volumeIn(session, zone);
        if (volume.total.metres <= cap->limit.metres + kSlackMetres)
            continue;
        const QString limit =
            session.context.weeklyDistance
                ? QStringLiteral("%1; for %2 a week that is %3")
                      .arg(cap->rule, volumeText(*session.context.weeklyDistance, units),
                           volumeText(cap->limit, units))
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
