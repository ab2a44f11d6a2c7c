#include "Trends.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <numeric>

namespace paceline {

namespace {

constexpr int kDaysPerWeek = 7;
// Paces compared with a band's edges went through speed conversions; a rep run exactly
// at an edge must still count as inside (the same tolerance as the stability figures).
constexpr double kPaceTolerance = 1e-6;

/// The first day of the week holding `day`; an out-of-range start day means Monday.
QDate weekStartOf(QDate day, int weekStartsOn)
{
    const int firstDay =
        weekStartsOn >= Qt::Monday && weekStartsOn <= Qt::Sunday ? weekStartsOn : int(Qt::Monday);
    const int daysIntoWeek = (day.dayOfWeek() - firstDay + kDaysPerWeek) % kDaysPerWeek;
    return day.addDays(-daysIntoWeek);
}

template <typename Sample> bool passes(const Sample& sample, const TrendFilter& filter)
{
    if (filter.templateId && sample.templateId != filter.templateId)
        return false;
    if (filter.sport && sample.sport != *filter.sport)
        return false;
    return sample.day.isValid();
}

/// Samples gathered by the week they fall in; std::map keeps the weeks oldest first.
class WeeklySamples {
public:
    explicit WeeklySamples(int weekStartsOn) : weekStartsOn_(weekStartsOn) {}

    void add(QDate day, double value) { weeks_[weekStartOf(day, weekStartsOn_)].push_back(value); }

    std::vector<WeeklyValue> medians() const
    {
        std::vector<WeeklyValue> values;
        values.reserve(weeks_.size());
        for (const auto& [weekStart, samples] : weeks_)
            values.push_back({weekStart, median(samples), int(samples.size())});
        return values;
    }

private:
    int weekStartsOn_;
    std::map<QDate, std::vector<double>> weeks_;
};

/// Seconds per km, or nullopt for a rep without a usable distance and time.
std::optional<double> paceOf(const WorkRepSample& rep)
{
    if (!(rep.distance.metres > 0.0) || !(rep.time.seconds > 0.0))
        return std::nullopt;
    // Time per metre times 1000 rather than time over kilometres: whole numbers stay
    // whole (92 s over 400 m is exactly 230 s/km), so equal paces compare equal.
    const double pace = rep.time.seconds * kMetresPerKilometre / rep.distance.metres;
    return std::isfinite(pace) ? std::optional(pace) : std::nullopt;
}

bool isInside(const EffortBand& band, const WorkRepSample& rep)
{
    // Each bound that is set must hold, so a rep without the figure it asks for is out.
    if ((band.rpeLow || band.rpeHigh) && !rep.rpe)
        return false;
    if ((band.heartRateLow || band.heartRateHigh) && !rep.avgHeartRate)
        return false;
    if ((band.rpeLow && *rep.rpe < *band.rpeLow) || (band.rpeHigh && *rep.rpe > *band.rpeHigh))
        return false;
    if ((band.heartRateLow && *rep.avgHeartRate < *band.heartRateLow) ||
        (band.heartRateHigh && *rep.avgHeartRate > *band.heartRateHigh))
        return false;
    return true;
}

bool isInside(const PaceRange& band, double pace)
{
    if (!(band.slowest.metresPerSecond > 0.0) || !(band.fastest.metresPerSecond > 0.0))
        return false; // a band with a standing-still edge holds no pace
    const double a = band.fastest.secondsPerKilometre();
    const double b = band.slowest.secondsPerKilometre();
    // Either order: a hand-made band may name its edges the other way round.
    return pace >= std::min(a, b) - kPaceTolerance && pace <= std::max(a, b) + kPaceTolerance;
}

} // namespace

std::vector<WeeklyValue> stabilityTrend(const std::vector<StabilitySample>& samples,
                                        const TrendFilter& filter, int weekStartsOn)
{
    WeeklySamples weeks(weekStartsOn);
    for (const StabilitySample& sample : samples) {
        if (passes(sample, filter) && std::isfinite(sample.paceCvPercent))
            weeks.add(sample.day, sample.paceCvPercent);
    }
    return weeks.medians();
}

std::vector<WeeklyValue> paceAtEffortTrend(const std::vector<WorkRepSample>& samples,
                                           const EffortBand& band, const TrendFilter& filter,
                                           int weekStartsOn)
{
    WeeklySamples weeks(weekStartsOn);
    for (const WorkRepSample& rep : samples) {
        const std::optional<double> pace = paceOf(rep);
        if (pace && passes(rep, filter) && isInside(band, rep))
            weeks.add(rep.day, *pace);
    }
    return weeks.medians();
}

std::vector<WeeklyValue> effortAtPaceTrend(const std::vector<WorkRepSample>& samples,
                                           const PaceRange& band, const TrendFilter& filter,
                                           int weekStartsOn)
{
    WeeklySamples weeks(weekStartsOn);
    for (const WorkRepSample& rep : samples) {
        const std::optional<double> pace = paceOf(rep);
        if (pace && rep.rpe && passes(rep, filter) && isInside(band, *pace))
            weeks.add(rep.day, *rep.rpe);
    }
    return weeks.medians();
}

std::optional<double> slopePerWeek(const std::vector<WeeklyValue>& values)
{
    if (values.size() < 3)
        return std::nullopt;
    // x is in weeks since the first point's week, so a gap of untrained weeks stretches
    // the line rather than being skipped over.
    std::vector<double> weeks;
    weeks.reserve(values.size());
    for (const WeeklyValue& value : values)
        weeks.push_back(double(values.front().weekStart.daysTo(value.weekStart)) / kDaysPerWeek);
    const double count = double(values.size());
    const double meanX = std::accumulate(weeks.begin(), weeks.end(), 0.0) / count;
    const double meanY =
        std::accumulate(values.begin(), values.end(), 0.0,
                        [](double sum, const WeeklyValue& value) { return sum + value.median; }) /
        count;
    double covariance = 0.0;
    double variance = 0.0;
    for (size_t index = 0; index < values.size(); ++index) {
        covariance += (weeks[index] - meanX) * (values[index].median - meanY);
        variance += (weeks[index] - meanX) * (weeks[index] - meanX);
    }
    if (!(variance > 0.0))
        return std::nullopt; // every point in the same week: no line to fit
    return covariance / variance;
}

double median(std::vector<double> values)
{
    if (values.empty())
        return 0.0;
    std::sort(values.begin(), values.end());
    const size_t middle = values.size() / 2;
    return values.size() % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2.0;
}

} // namespace paceline
