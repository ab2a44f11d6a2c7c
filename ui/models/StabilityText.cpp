#include "StabilityText.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStringList>

namespace paceline {

namespace {

QString translated(const char* text)
{
    return QCoreApplication::translate("paceline", text);
}

/// "+2.1", "-0.5", "0.0": the sign matters for fade and drift, so it is always shown.
QString signedNumber(double value, int decimals)
{
    const QString digits = QLocale().toString(value, 'f', decimals);
    return value > 0.0 ? QStringLiteral("+") + digits : digits;
}

QString cvValue(const PaceStability& stability)
{
    if (!stability.paceCvPercent)
        return {};
    return translated("%1 %").arg(QLocale().toString(*stability.paceCvPercent, 'f', 1));
}

QString fadeValue(const PaceStability& stability)
{
    if (!stability.fadePercent)
        return {};
    return translated("%1 %").arg(signedNumber(*stability.fadePercent, 1));
}

QString spreadValue(const PaceStability& stability, UnitSystem units)
{
    if (!stability.spreadPerKm)
        return {};
    // Stored per km; an athlete who reads paces per mile reads the spread per mile.
    const double perUnit =
        stability.spreadPerKm->seconds * paceUnit(units).metres / kMetresPerKilometre;
    const QString unit = units == UnitSystem::Imperial ? translated("s/mi") : translated("s/km");
    return QStringLiteral("%1 %2").arg(QLocale().toString(perUnit, 'f', 1), unit);
}

QString withinTargetValue(const PaceStability& stability)
{
    if (stability.repsWithTarget == 0)
        return {};
    return translated("%1 of %2").arg(stability.repsWithinTarget).arg(stability.repsWithTarget);
}

QString driftValue(const PaceStability& stability)
{
    if (!stability.rpeDrift)
        return {};
    return signedNumber(*stability.rpeDrift, 1);
}

} // namespace

std::vector<StabilityFigure> stabilityFigures(const PaceStability& stability, UnitSystem units)
{
    return {
        {translated("Pace CV"), cvValue(stability),
         translated("How much the work reps' paces varied around their average (coefficient "
                    "of variation). Under 2 % is very even; over 4 % is uneven.")},
        {translated("Fade"), fadeValue(stability),
         translated("The last third of the reps against the first third. Positive: the reps "
                    "got slower; negative: they got faster (a negative split).")},
        {translated("Spread"), spreadValue(stability, units),
         translated("The slowest work rep's pace minus the fastest one's.")},
        {translated("Within target"), withinTargetValue(stability),
         translated("How many of the reps with a planned pace were run inside its band.")},
        {translated("RPE drift"), driftValue(stability),
         translated("How much harder the reps felt from first to last at a similar pace, in "
                    "RPE points. A rising effort at the same pace is a sign of fatigue.")},
    };
}

QString stabilityCellText(const PaceStability& stability)
{
    const QString cv = cvValue(stability);
    return cv.isEmpty() ? QString() : translated("CV %1").arg(cv);
}

QString stabilitySummary(const PaceStability& stability, UnitSystem units)
{
    QStringList lines;
    lines << (stability.workReps == 1
                  ? translated("1 work rep with distance and time")
                  : translated("%1 work reps with distance and time").arg(stability.workReps));
    for (const StabilityFigure& figure : stabilityFigures(stability, units)) {
        if (!figure.value.isEmpty())
            lines << QStringLiteral("%1: %2").arg(figure.label, figure.value);
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace paceline
