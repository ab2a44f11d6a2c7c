#include "AnalysisSummary.h"

#include "core/advice/FatigueThresholds.h"

#include <QCoreApplication>
#include <QLocale>

namespace paceline {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("paceline::AnalysisView", text);
}

// Form read against fitness, not in absolute units: session-RPE fitness runs to
// hundreds of AU a day where TSS runs to tens, so TrainingPeaks' usual -10 to -30
// "productive training" (at a fitness of about 50-100 TSS/day) becomes -0.1 to -0.3 of
// fitness. Convention, for the sentence only; the chart shows the numbers.
constexpr double kHeavyFatigue = -0.3;
constexpr double kSomeFatigue = -0.1;
constexpr double kFresh = 0.1;

QString weekPart(const LoadChartData& data, QDate today)
{
    const WeekFigures* week = weekHolding(data, data.last);
    if (!week)
        return {};
    const QString load = charts::loadWithUnit(week->load, data.measure);
    QString text;
    if (data.last >= today && data.last == week->weekStart.addDays(6))
        text = tr("This week: %1").arg(load);
    else if (data.last >= today)
        text = tr("This week so far: %1").arg(load);
    else
        text = tr("Last logged week (of %1): %2").arg(charts::shortDayText(week->weekStart), load);
    if (const WeekFigures* before = weekHolding(data, week->weekStart.addDays(-1)))
        text += tr(" (week before: %1)").arg(charts::loadWithUnit(before->load, data.measure));
    return text + QLatin1Char('.');
}

QString ratioPart(const DayFigures& day)
{
    if (!day.acwrEwma)
        return tr("ACWR needs four weeks of logged training.");
    const double ratio = *day.acwrEwma;
    const QString value = charts::ratioText(ratio);
    const QString band = QStringLiteral("%1–%2").arg(QLocale().toString(kAcwrBandLow, 'f', 1),
                                                     QLocale().toString(kAcwrBandHigh, 'f', 1));
    if (ratio < kAcwrBandLow)
        return tr("ACWR %1, below the %2 band: less load than usual.").arg(value, band);
    if (ratio <= kAcwrBandHigh)
        return tr("ACWR %1, in the %2 band.").arg(value, band);
    if (ratio <= advice::kAcuteChronicLimit)
        return tr("ACWR %1, above the %2 band: load rising quickly.").arg(value, band);
    return tr("ACWR %1, above %2: a spike in load, where injury risk climbs.")
        .arg(value, QLocale().toString(advice::kAcuteChronicLimit, 'f', 1));
}

QString missingMeasurePart(const LoadChartData& data)
{
    for (const DayFigures& day : data.days) {
        if (day.load > 0.0)
            return {};
    }
    switch (data.measure) {
    case LoadMeasure::Trimp:
        return tr("No TRIMP in these weeks: it needs the athlete's resting and maximum heart "
                  "rate (Edit Athlete) and each workout's average heart rate.");
    case LoadMeasure::RunningTss:
        return tr("No running TSS in these weeks: it needs runs with a distance and the "
                  "athlete's recent race (Edit Athlete).");
    case LoadMeasure::SessionRpe:
        return tr("No session-RPE load in these weeks: rate each workout's effort (RPE) "
                  "when logging it.");
    }
    return {};
}

} // namespace

QString formReading(double form, double fitness)
{
    if (fitness <= 0.0)
        return {};
    const double relative = form / fitness;
    if (relative < kHeavyFatigue)
        return tr("heavily fatigued, recovery due soon");
    if (relative < kSomeFatigue)
        return tr("carrying some fatigue, as a build does");
    if (relative <= kFresh)
        return tr("fatigue and fitness about even");
    return tr("fresh, ready for a race or a hard session");
}

QString loadSummary(const LoadChartData& data, QDate today)
{
    if (const QString missing = missingMeasurePart(data); !missing.isEmpty())
        return missing;
    QStringList parts;
    if (const QString week = weekPart(data, today); !week.isEmpty())
        parts << week;
    if (const DayFigures* day = figuresOn(data, data.last)) {
        parts << ratioPart(*day);
        if (const QString reading = formReading(day->form, day->fitness); !reading.isEmpty())
            parts << tr("Form %1: %2.").arg(charts::wholeNumberText(day->form), reading);
    }
    return parts.join(QLatin1Char(' '));
}

} // namespace paceline
