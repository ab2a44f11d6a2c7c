#include "TrendData.h"

#include "ChartTools.h"

#include <QCoreApplication>
#include <QLocale>

#include <array>
#include <cmath>

namespace paceline {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("paceline::TrendChart", text);
}

/// Student's t for a two-sided 95 % test with 1..30 degrees of freedom; about 2
/// beyond. A few weeks need a steep, tidy line before it counts as a trend.
double tCritical(int degreesOfFreedom)
{
    static constexpr std::array<double, 30> kTable{
        12.71, 4.30, 3.18, 2.78, 2.57, 2.45, 2.36, 2.31, 2.26, 2.23, 2.20, 2.18, 2.16, 2.14, 2.13,
        2.12,  2.11, 2.10, 2.09, 2.09, 2.08, 2.07, 2.07, 2.06, 2.06, 2.06, 2.05, 2.05, 2.05, 2.04};
    return degreesOfFreedom <= int(kTable.size()) ? kTable[size_t(degreesOfFreedom - 1)] : 2.0;
}

/// Whether `line`'s slope differs from 0 beyond what the scatter of `values` around
/// it explains: |slope| > t x its standard error, with n - 2 degrees of freedom.
bool slopeStandsOut(const std::vector<WeeklyValue>& values, double meanWeeks,
                    const std::function<double(QDate)>& lineAt, double slope)
{
    double squaredResiduals = 0.0;
    double squaredWeeks = 0.0;
    for (const WeeklyValue& value : values) {
        const double residual = value.median - lineAt(value.weekStart);
        const double weeks = weeksBetween(values.front().weekStart, value.weekStart) - meanWeeks;
        squaredResiduals += residual * residual;
        squaredWeeks += weeks * weeks;
    }
    const int degreesOfFreedom = int(values.size()) - 2;
    if (degreesOfFreedom < 1 || !(squaredWeeks > 0.0))
        return false;
    const double standardError = std::sqrt(squaredResiduals / degreesOfFreedom / squaredWeeks);
    return std::abs(slope) > tCritical(degreesOfFreedom) * standardError;
}

} // namespace

double weekKey(QDate weekStart)
{
    // dayKey is noon: noon of the fourth day is 3.5 days in, the week's middle.
    return charts::dayKey(weekStart.addDays(3));
}

QString trendToolTip(const WeeklyValue& value, const TrendFormat& format)
{
    const QString week = QLocale().toString(value.weekStart, QStringLiteral("d MMM yyyy"));
    const QString median =
        format.valueText ? format.valueText(value.median) : QLocale().toString(value.median);
    const QString count =
        format.countText ? format.countText(value.count) : QLocale().toString(value.count);
    return tr("Week of %1\n%2: %3\nfrom %4").arg(week, format.seriesName, median, count);
}

double weeksBetween(QDate from, QDate to)
{
    return double(from.daysTo(to)) / 7.0;
}

std::optional<TrendLine> trendLine(const std::vector<WeeklyValue>& values)
{
    const std::optional<double> slope = slopePerWeek(values);
    if (!slope || values.empty())
        return std::nullopt;
    // A least-squares line passes through the mean point, so the slope alone fixes it.
    double meanWeeks = 0.0;
    double meanValue = 0.0;
    for (const WeeklyValue& value : values) {
        meanWeeks += weeksBetween(values.front().weekStart, value.weekStart);
        meanValue += value.median;
    }
    meanWeeks /= double(values.size());
    meanValue /= double(values.size());
    const std::function<double(QDate)> valueAt = [&](QDate week) {
        return meanValue + *slope * (weeksBetween(values.front().weekStart, week) - meanWeeks);
    };
    return TrendLine{values.front().weekStart,
                     valueAt(values.front().weekStart),
                     values.back().weekStart,
                     valueAt(values.back().weekStart),
                     *slope,
                     slopeStandsOut(values, meanWeeks, valueAt, *slope)};
}

} // namespace paceline
