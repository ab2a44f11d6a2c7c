#include "TrendsOutput.h"

#include "AnalysisOptions.h"
#include "core/model/TimeText.h"

#include <QJsonArray>

namespace paceline::cli {

namespace {

QJsonObject trendJson(const Trend& trend, const QString& unit)
{
    QJsonArray weeks;
    for (const WeeklyValue& week : trend.weeks)
        weeks.append(QJsonObject{{QStringLiteral("week_start"), jsonDay(week.weekStart)},
                                 {QStringLiteral("median"), week.median},
                                 {QStringLiteral("count"), week.count}});
    return {{QStringLiteral("unit"), unit},
            {QStringLiteral("weeks"), weeks},
            {QStringLiteral("slope_per_week"), jsonNumber(trend.slopePerWeek)}};
}

QJsonValue rpeAtPaceJson(const std::optional<PaceTrend>& rpeAtPace)
{
    if (!rpeAtPace)
        return QJsonValue::Null;
    QJsonObject json = trendJson(rpeAtPace->trend, QStringLiteral("rpe"));
    json.insert(QStringLiteral("fastest_seconds_per_km"),
                rpeAtPace->band.fastest.secondsPerKilometre());
    json.insert(QStringLiteral("slowest_seconds_per_km"),
                rpeAtPace->band.slowest.secondsPerKilometre());
    json.insert(QStringLiteral("band_from"), rpeAtPace->fromThresholdPace
                                                 ? QStringLiteral("threshold_pace")
                                                 : QStringLiteral("pace_option"));
    return json;
}

QString effortBandText(const EffortBand& band)
{
    if (band.heartRateLow || band.heartRateHigh)
        return QStringLiteral("HR %1-%2 bpm")
            .arg(band.heartRateLow.value_or(0))
            .arg(band.heartRateHigh.value_or(0));
    return QStringLiteral("RPE %1-%2")
        .arg(band.rpeLow.value_or(0.0))
        .arg(band.rpeHigh.value_or(0.0));
}

QJsonValue jsonInteger(std::optional<int> value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QString paceText(double secondsPerKm, UnitSystem units)
{
    return formatPace(Speed::fromSecondsPerKilometre(secondsPerKm), units);
}

/// How a trend's slope is printed: its unit, and the factor from the stored unit (pace
/// slopes are stored per km and printed per mile for an imperial athlete).
struct SlopeUnit {
    QString name;
    double scale = 1.0;
};

SlopeUnit paceSlopeUnit(UnitSystem units)
{
    if (units == UnitSystem::Imperial)
        return {QStringLiteral("s/mi"), kMetresPerMile / kMetresPerKilometre};
    return {QStringLiteral("s/km"), 1.0};
}

/// A trend as a table; `valueText` writes one week's median.
template <typename Format>
void printTrend(QTextStream& out, const QString& title, const Trend& trend, Format valueText,
                const SlopeUnit& slopeUnit)
{
    out << '\n' << title << '\n';
    if (trend.weeks.empty()) {
        out << "  No weeks with samples.\n";
        return;
    }
    out << "  Week of        Median  Count\n";
    for (const WeeklyValue& week : trend.weeks)
        out << QStringLiteral("  %1  %2  %3\n")
                   .arg(week.weekStart.toString(Qt::ISODate))
                   .arg(valueText(week.median), 9)
                   .arg(week.count, 5);
    if (trend.slopePerWeek)
        out << "  Slope: " << numberText(*trend.slopePerWeek * slopeUnit.scale, 2) << ' '
            << slopeUnit.name << " per week\n";
    else
        out << "  Slope: needs 3 weeks or more\n";
}

} // namespace

QJsonObject trendsJson(const Athlete& athlete, const TrendsReport& report)
{
    QJsonObject paceAtRpe = trendJson(report.paceAtRpe, QStringLiteral("seconds_per_km"));
    paceAtRpe.insert(QStringLiteral("rpe_low"), jsonNumber(report.rpeBand.rpeLow));
    paceAtRpe.insert(QStringLiteral("rpe_high"), jsonNumber(report.rpeBand.rpeHigh));
    paceAtRpe.insert(QStringLiteral("hr_low"), jsonInteger(report.rpeBand.heartRateLow));
    paceAtRpe.insert(QStringLiteral("hr_high"), jsonInteger(report.rpeBand.heartRateHigh));
    return {
        {QStringLiteral("athlete"), athlete.name},
        {QStringLiteral("from"),
         jsonDay(report.days ? std::optional(report.days->first) : std::nullopt)},
        {QStringLiteral("to"),
         jsonDay(report.days ? std::optional(report.days->second) : std::nullopt)},
        {QStringLiteral("sport"), enumId(report.sport)},
        {QStringLiteral("template"), report.templateName.isEmpty()
                                         ? QJsonValue(QJsonValue::Null)
                                         : QJsonValue(report.templateName)},
        {QStringLiteral("stability"), trendJson(report.stability, QStringLiteral("percent"))},
        {QStringLiteral("pace_at_rpe"), paceAtRpe},
        {QStringLiteral("rpe_at_pace"), rpeAtPaceJson(report.rpeAtPace)},
        {QStringLiteral("notes"), QJsonArray::fromStringList(report.notes)},
    };
}

void printTrends(QTextStream& out, const Athlete& athlete, const TrendsReport& report)
{
    if (!report.days) {
        out << "No logged sessions yet.\n";
        return;
    }
    out << athlete.name << ": weekly trends of " << enumId(report.sport) << " sessions"
        << (report.templateName.isEmpty() ? QString()
                                          : QStringLiteral(" of '%1'").arg(report.templateName))
        << ", " << report.days->first.toString(Qt::ISODate) << " to "
        << report.days->second.toString(Qt::ISODate) << '\n';
    const UnitSystem units = athlete.units;
    printTrend(
        out, QStringLiteral("Pace stability (median pace CV %, lower is steadier)"),
        report.stability, [](double value) { return QString::number(value, 'f', 1); },
        SlopeUnit{QStringLiteral("%")});
    printTrend(
        out,
        QStringLiteral("Pace at %1 (median work-rep pace)").arg(effortBandText(report.rpeBand)),
        report.paceAtRpe, [&](double value) { return paceText(value, units); },
        paceSlopeUnit(units));
    if (report.rpeAtPace) {
        const PaceRange& band = report.rpeAtPace->band;
        printTrend(
            out,
            QStringLiteral("RPE at %1 to %2%3 (median work-rep RPE)")
                .arg(formatPace(band.fastest, units), formatPace(band.slowest, units),
                     report.rpeAtPace->fromThresholdPace ? QStringLiteral(", T pace +-2 %")
                                                         : QString()),
            report.rpeAtPace->trend, [](double value) { return QString::number(value, 'f', 1); },
            SlopeUnit{QStringLiteral("RPE")});
    }
    for (const QString& note : report.notes)
        out << '\n' << "Note: " << note << '\n';
}

} // namespace paceline::cli
