// The plain-language texts of "calibrate the next session": dates, percentages, the
// one line per repeat and the before/after of a changed step. Metric, like the rep
// lengths of the advisor's messages. The "after" says only what changes, and names
// what stays, the way a coach writes "700 m, same pace" next to the old rep.

#include "AdviceText.h"
#include "CalibrationParts.h"
#include "core/science/Stability.h"

#include <QLocale>
#include <QStringList>

#include <cmath>

namespace paceline::advice {

namespace {

QString countText(int count, const char* singular, const char* plural)
{
    return QStringLiteral("%1 %2").arg(count).arg(
        QString::fromLatin1(count == 1 ? singular : plural));
}

QString rpeText(double rpe)
{
    return QStringLiteral("RPE %1").arg(QString::number(rpe, 'f', 1));
}

QString targetsText(const RepeatSummary& repeat)
{
    if (repeat.repsWithTarget == 0)
        return countText(repeat.workReps, "work rep", "work reps") +
               QStringLiteral(", none with a pace target");
    return QStringLiteral("%1 of %2 on or faster than target")
        .arg(repeat.repsOnOrFasterThanTarget)
        .arg(countText(repeat.repsWithTarget, "rep", "reps"));
}

QString intensityText(const Intensity& intensity, const std::optional<TrainingPaces>& paces)
{
    if (const auto* zone = std::get_if<PaceZone>(&intensity)) {
        const std::optional<PaceRange> band = zoneBand(*zone, paces);
        if (!band)
            return zoneText(*zone);
        return QStringLiteral("%1 (%2)").arg(zoneText(*zone),
                                             paceRangeText(*band, UnitSystem::Metric));
    }
    if (const auto* range = std::get_if<PaceRange>(&intensity))
        return paceRangeText(*range, UnitSystem::Metric);
    if (const auto* heartRate = std::get_if<HeartRateRange>(&intensity))
        return QStringLiteral("HR %1–%2").arg(heartRate->lowBpm).arg(heartRate->highBpm);
    if (const auto* effort = std::get_if<RpeTarget>(&intensity))
        return QStringLiteral("RPE %1").arg(effort->rpe);
    return {};
}

/// What a shortened step keeps: "same pace", or "same effort" for a heart-rate or RPE
/// target; empty for a step with no intensity, which keeps nothing worth naming.
QString keptIntensityText(const Intensity& intensity)
{
    if (std::holds_alternative<PaceZone>(intensity) || std::holds_alternative<PaceRange>(intensity))
        return QStringLiteral("same pace");
    if (std::holds_alternative<HeartRateRange>(intensity) ||
        std::holds_alternative<RpeTarget>(intensity))
        return QStringLiteral("same effort");
    return {};
}

/// What a faster step keeps: "same distance" or "same time"; empty for an open step.
QString keptTargetText(const Target& target)
{
    if (std::holds_alternative<Distance>(target))
        return QStringLiteral("same distance");
    if (std::holds_alternative<Duration>(target))
        return QStringLiteral("same time");
    return {};
}

/// "700 m, same pace"; just the change when nothing kept is worth naming.
QString changeWithKept(const QString& changed, const QString& kept)
{
    return kept.isEmpty() ? changed : QStringLiteral("%1, %2").arg(changed, kept);
}

} // namespace

QString dayText(QDate day)
{
    // The C locale, so the reasons read the same on every machine (and in the tests).
    return QLocale::c().toString(day, QStringLiteral("d MMM"));
}

QString percentText(double percent)
{
    // 0.0 rather than -0.0 for a fade of a few hundredths of a per cent faster.
    const double shown = std::round(percent * 10.0) / 10.0;
    return QStringLiteral("%1 %").arg(QString::number(shown == 0.0 ? 0.0 : shown, 'f', 1));
}

QString repeatLine(const RepeatSummary& repeat)
{
    QStringList parts{targetsText(repeat)};
    parts << (repeat.paceCvPercent ? QStringLiteral("pace CV ") + percentText(*repeat.paceCvPercent)
                                   : QStringLiteral("pace CV not measured (fewer than 2 reps)"));
    parts << (repeat.fadePercent ? QStringLiteral("fade ") + percentText(*repeat.fadePercent)
                                 : QStringLiteral("fade not measured (fewer than 3 reps)"));
    parts << (repeat.meanWorkRpe ? QStringLiteral("mean ") + rpeText(*repeat.meanWorkRpe)
                                 : QStringLiteral("RPE not logged"));
    return QStringLiteral("On %1: %2.").arg(dayText(repeat.day), parts.join(QStringLiteral(", ")));
}

QString stepText(const Step& step, const std::optional<TrainingPaces>& paces)
{
    const QString intensity = intensityText(step.intensity, paces);
    const QString amount = targetText(step.target);
    return intensity.isEmpty() ? amount : QStringLiteral("%1 at %2").arg(amount, intensity);
}

QString shorterStepText(const Step& step)
{
    return changeWithKept(targetText(step.target), keptIntensityText(step.intensity));
}

QString fasterStepText(const Step& step, const std::optional<TrainingPaces>& paces)
{
    return changeWithKept(intensityText(step.intensity, paces), keptTargetText(step.target));
}

std::optional<PaceRange> zoneBand(PaceZone zone, const std::optional<TrainingPaces>& paces)
{
    // Asked of targetBands itself, through a one-step plan and a rep linked to it, so a
    // proposal can never disagree with the bands its repeats were judged against.
    Step probe;
    probe.id = StepId{1};
    probe.intensity = zone;
    Rep rep;
    rep.plannedStepId = probe.id;
    return targetBands({rep}, {StepNode{probe}}, paces).front();
}

} // namespace paceline::advice
