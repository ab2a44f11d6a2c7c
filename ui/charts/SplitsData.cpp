#include "SplitsData.h"

#include "core/model/StepPath.h"
#include "core/model/TimeText.h"

#include <QCoreApplication>
#include <QStringList>

#include <array>
#include <cmath>
#include <unordered_map>

namespace paceline {

namespace {

QString translated(const char* text)
{
    return QCoreApplication::translate("paceline", text);
}

/// Track reps read in metres in both systems; longer ones in km or miles.
QString repDistanceText(Distance distance, UnitSystem units)
{
    if (distance.metres < paceUnit(units).metres)
        return translated("%1 m").arg(std::lround(distance.metres));
    return formatDistance(distance, units, 2);
}

} // namespace

std::vector<SplitPoint> workSplits(const std::vector<Rep>& reps,
                                   const std::vector<std::optional<PaceRange>>& bands)
{
    std::vector<SplitPoint> splits;
    for (size_t i = 0; i < reps.size(); ++i) {
        const Rep& rep = reps[i];
        if (rep.kind != RepKind::Work || !rep.distance || rep.distance->metres <= 0.0 ||
            rep.time.seconds <= 0.0)
            continue;
        SplitPoint split;
        split.number = int(splits.size()) + 1;
        split.repIndex = int(i);
        split.distance = *rep.distance;
        split.time = rep.time;
        split.speed = *rep.distance / rep.time;
        if (i < bands.size())
            split.band = bands[i];
        split.rpe = rep.rpe;
        split.avgHeartRate = rep.avgHeartRate;
        splits.push_back(split);
    }
    return splits;
}

void assignZones(std::vector<SplitPoint>& splits, const std::vector<Rep>& reps,
                 const StepTree& plannedSteps)
{
    std::unordered_map<StepId, PaceZone> zones;
    forEachStep(plannedSteps, [&](const StepPath&, const Step& step) {
        if (const auto* zone = std::get_if<PaceZone>(&step.intensity))
            zones.emplace(step.id, *zone);
    });
    for (SplitPoint& split : splits) {
        const Rep& rep = reps[size_t(split.repIndex)];
        const auto found = rep.plannedStepId ? zones.find(*rep.plannedStepId) : zones.end();
        split.zone = found == zones.end() ? std::nullopt : std::optional(found->second);
    }
}

std::vector<PaceTick> paceTicks(Speed slowest, Speed fastest, UnitSystem units)
{
    if (slowest.metresPerSecond <= 0.0 || fastest.metresPerSecond <= slowest.metresPerSecond)
        return {};
    const Distance unit = paceUnit(units);
    const double slowPace = slowest.paceFor(unit).seconds;
    const double fastPace = fastest.paceFor(unit).seconds;
    constexpr std::array<int, 9> steps{1, 2, 5, 10, 15, 30, 60, 120, 300};
    int step = steps.back();
    for (int candidate : steps) {
        if ((slowPace - fastPace) / candidate <= 6.0) {
            step = candidate;
            break;
        }
    }
    std::vector<PaceTick> ticks;
    // Paces come back from speeds with rounding errors: 210 s/km may read 210.0000001.
    constexpr double kSlack = 1e-6;
    for (double pace = std::ceil(fastPace / step - kSlack) * step; pace <= slowPace + kSlack;
         pace += step)
        ticks.push_back({unit.metres / pace, formatDuration(Duration{pace})});
    return ticks;
}

QString paceRangeText(const PaceRange& band, UnitSystem units)
{
    const Distance unit = paceUnit(units);
    const QString fast = formatDuration(band.fastest.paceFor(unit));
    const QString slow = formatPace(band.slowest, units);
    return fast == formatDuration(band.slowest.paceFor(unit))
               ? slow
               : QStringLiteral("%1–%2").arg(fast, slow);
}

QString splitToolTip(const SplitPoint& split, UnitSystem units)
{
    QStringList lines;
    lines << translated("Rep %1: %2 in %3")
                 .arg(split.number)
                 .arg(repDistanceText(split.distance, units), formatDuration(split.time, 1));
    lines << translated("Pace %1").arg(formatPace(split.speed, units));
    if (split.band)
        lines << translated("Target %1").arg(paceRangeText(*split.band, units));
    if (split.rpe)
        lines << translated("RPE %1").arg(QString::number(*split.rpe, 'g', 3));
    if (split.avgHeartRate)
        lines << translated("Avg HR %1 bpm").arg(*split.avgHeartRate);
    return lines.join(QLatin1Char('\n'));
}

} // namespace paceline
