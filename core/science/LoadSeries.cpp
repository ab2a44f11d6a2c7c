#include "LoadSeries.h"

#include "TrainingLoad.h"

#include <algorithm>
#include <cmath>
#include <deque>

namespace paceline {

namespace {

constexpr size_t kAcuteDays = 7;
constexpr size_t kChronicDays = kDaysBeforeCheckpoint;
constexpr double kWeeksInChronic = 4.0;
constexpr int kDaysPerWeek = 7;

// Banister's time constants as TrainingPeaks sets them by default: 42 days for fitness
// (CTL), 7 for fatigue (ATL).
constexpr double kFitnessDays = 42.0;
constexpr double kFatigueDays = 7.0;

/// Williams et al. (2017): the weight of the newest day in an N-day EWMA.
double ewmaWeight(size_t days)
{
    return 2.0 / (double(days) + 1.0);
}

/// The weight of the newest day in an impulse-response with time constant `days`:
/// yesterday's value decays by e^(-1/days) overnight, and the day's load tops it up
/// by what was lost, so a steady load L settles at L.
double impulseWeight(double days)
{
    return 1.0 - std::exp(-1.0 / days);
}

double weighted(double previous, double load, double weight)
{
    return load * weight + (1.0 - weight) * previous;
}

/// A negative or non-finite load is bad input; it counts as a day without training,
/// as in loadRatios.
double usableLoad(double load)
{
    return std::isfinite(load) && load > 0.0 ? load : 0.0;
}

std::optional<double> ratio(double acute, double chronic, bool enoughHistory)
{
    if (!enoughHistory || !(chronic > 0.0))
        return std::nullopt;
    return acute / chronic;
}

/// Carries the daily figures forward one day at a time, from zero or from a history.
class FigureRunner {
public:
    FigureRunner() = default;
    explicit FigureRunner(const std::vector<DayFigures>& history)
        : m_days(history.size()), m_previous(history.back())
    {
        const size_t kept = std::min(history.size(), kChronicDays);
        for (auto it = history.end() - std::ptrdiff_t(kept); it != history.end(); ++it)
            m_recent.push_back(usableLoad(it->load));
    }

    FigureRunner(const FigureCheckpoint& checkpoint, size_t historyDays,
                 const std::vector<double>& recentLoads)
        : m_days(historyDays)
    {
        const size_t kept = std::min(recentLoads.size(), kChronicDays);
        for (auto it = recentLoads.end() - std::ptrdiff_t(kept); it != recentLoads.end(); ++it)
            m_recent.push_back(usableLoad(*it));
        // next() reads only these of the day before.
        m_previous.acuteEwma = checkpoint.acuteEwma;
        m_previous.chronicEwma = checkpoint.chronicEwma;
        m_previous.fitness = checkpoint.fitness;
        m_previous.fatigue = checkpoint.fatigue;
    }

    DayFigures next(QDate day, double rawLoad, bool projected)
    {
        const double load = usableLoad(rawLoad);
        remember(load);
        DayFigures figures;
        figures.day = day;
        figures.load = load;
        figures.projected = projected;
        figures.acute = sumOfLast(kAcuteDays);
        figures.chronic = sumOfLast(kChronicDays) / kWeeksInChronic;
        figures.acuteEwma = weighted(m_previous.acuteEwma, load, ewmaWeight(kAcuteDays));
        figures.chronicEwma = weighted(m_previous.chronicEwma, load, ewmaWeight(kChronicDays));
        figures.fitness = weighted(m_previous.fitness, load, impulseWeight(kFitnessDays));
        figures.fatigue = weighted(m_previous.fatigue, load, impulseWeight(kFatigueDays));
        figures.form = figures.fitness - figures.fatigue;
        const bool enoughHistory = m_days >= kChronicDays;
        figures.acwrRolling = ratio(figures.acute, figures.chronic, enoughHistory);
        figures.acwrEwma = ratio(figures.acuteEwma, figures.chronicEwma, enoughHistory);
        m_previous = figures;
        return figures;
    }

private:
    void remember(double load)
    {
        m_recent.push_back(load);
        if (m_recent.size() > kChronicDays)
            m_recent.pop_front();
        ++m_days;
    }

    double sumOfLast(size_t days) const
    {
        const size_t count = std::min(days, m_recent.size());
        double sum = 0.0;
        for (auto it = m_recent.end() - std::ptrdiff_t(count); it != m_recent.end(); ++it)
            sum += *it;
        return sum;
    }

    std::deque<double> m_recent; ///< the last kChronicDays loads, oldest first
    size_t m_days = 0;           ///< days run so far, history included
    DayFigures m_previous;       ///< all zero the day before the first day
};

// --- Weeks -----------------------------------------------------------------------

/// A week being summed, with its seven daily loads for monotony.
struct WeekInProgress {
    WeekFigures figures;
    std::array<double, kDaysPerWeek> dailyLoads{};
};

/// Shares `load` out over the zones in proportion to their time; all of it to E when
/// there is no zone time.
void shareByZone(std::array<double, kLoadZoneCount>& loadByZone, double load,
                 const ZoneSeconds& zoneSeconds)
{
    double total = 0.0;
    for (double seconds : zoneSeconds)
        total += usableLoad(seconds);
    if (!(total > 0.0)) {
        loadByZone[size_t(LoadZone::Easy)] += load;
        return;
    }
    for (size_t zone = 0; zone < zoneSeconds.size(); ++zone)
        loadByZone[zone] += load * usableLoad(zoneSeconds[zone]) / total;
}

void addRow(WeekInProgress& week, const DailyLoad& row, double load, int weekday)
{
    week.dailyLoads[size_t(weekday)] += load;
    week.figures.load += load;
    week.figures.loadBySport[row.sport] += load;
    for (size_t zone = 0; zone < row.zoneSeconds.size(); ++zone)
        week.figures.zoneSeconds[zone] += row.zoneSeconds[zone];
    shareByZone(week.figures.loadByZone, load, row.zoneSeconds);
}

WeekFigures finished(const WeekInProgress& week)
{
    // loadRatios over exactly seven days is Foster's monotony and strain of that week,
    // with the same population deviation and zero-deviation rule.
    const LoadRatios ratios = loadRatios({week.dailyLoads.begin(), week.dailyLoads.end()});
    WeekFigures figures = week.figures;
    figures.monotony = ratios.monotony;
    figures.strain = ratios.strain;
    return figures;
}

bool isRange(QDate first, QDate last)
{
    return first.isValid() && last.isValid() && first <= last;
}

} // namespace

std::vector<DayFigures> dailyFigures(QDate firstDay, const std::vector<double>& loads)
{
    FigureRunner runner;
    std::vector<DayFigures> figures;
    figures.reserve(loads.size());
    for (size_t index = 0; index < loads.size(); ++index)
        figures.push_back(runner.next(firstDay.addDays(qint64(index)), loads[index], false));
    return figures;
}

FigureCheckpoint checkpointAfter(const DayFigures& figures)
{
    return {figures.day.addDays(1), figures.acuteEwma, figures.chronicEwma, figures.fitness,
            figures.fatigue};
}

std::vector<DayFigures> dailyFigures(const FigureCheckpoint& checkpoint, std::size_t historyDays,
                                     const std::vector<double>& recentLoads,
                                     const std::vector<double>& loads)
{
    FigureRunner runner(checkpoint, historyDays, recentLoads);
    std::vector<DayFigures> figures;
    figures.reserve(loads.size());
    for (size_t index = 0; index < loads.size(); ++index)
        figures.push_back(runner.next(checkpoint.day.addDays(qint64(index)), loads[index], false));
    return figures;
}

std::vector<FigureCheckpoint> monthlyCheckpoints(const std::vector<DayFigures>& history,
                                                 QDate first, QDate last)
{
    std::vector<FigureCheckpoint> checkpoints;
    if (history.empty() || !isRange(first, last))
        return checkpoints;
    const QDate historyFirst = history.front().day;
    QDate month(first.year(), first.month(), 1);
    if (month < first)
        month = month.addMonths(1);
    for (; month <= last; month = month.addMonths(1)) {
        const qint64 dayBefore = historyFirst.daysTo(month) - 1;
        if (dayBefore >= 0 && dayBefore < qint64(history.size()))
            checkpoints.push_back(checkpointAfter(history[size_t(dayBefore)]));
    }
    return checkpoints;
}

std::vector<DayFigures> projectFigures(const std::vector<DayFigures>& history,
                                       const std::vector<double>& plannedLoads)
{
    if (history.empty())
        return {};
    FigureRunner runner(history);
    const QDate lastDay = history.back().day;
    std::vector<DayFigures> figures;
    figures.reserve(plannedLoads.size());
    for (size_t index = 0; index < plannedLoads.size(); ++index)
        figures.push_back(
            runner.next(lastDay.addDays(qint64(index) + 1), plannedLoads[index], true));
    return figures;
}

std::vector<WeekFigures> weeklyFigures(const std::vector<DailyLoad>& days, QDate first, QDate last,
                                       LoadMeasure measure, int weekStartsOn)
{
    if (!isRange(first, last))
        return {};
    const QDate firstWeek = weekStartOf(first, weekStartsOn);
    std::vector<WeekInProgress> weeks;
    for (QDate start = firstWeek; start <= last; start = start.addDays(kDaysPerWeek)) {
        weeks.emplace_back();
        weeks.back().figures.weekStart = start;
    }
    const qint64 span = qint64(weeks.size()) * kDaysPerWeek;
    for (const DailyLoad& row : days) {
        const qint64 offset = row.day.isValid() ? firstWeek.daysTo(row.day) : -1;
        if (offset < 0 || offset >= span)
            continue;
        addRow(weeks[size_t(offset / kDaysPerWeek)], row, usableLoad(loadOf(row, measure)),
               int(offset % kDaysPerWeek));
    }
    std::vector<WeekFigures> figures;
    figures.reserve(weeks.size());
    for (const WeekInProgress& week : weeks)
        figures.push_back(finished(week));
    return figures;
}

std::vector<double> dailyLoadVector(const std::vector<DailyLoad>& days, QDate first, QDate last,
                                    LoadMeasure measure)
{
    if (!isRange(first, last))
        return {};
    std::vector<double> loads(size_t(first.daysTo(last) + 1), 0.0);
    for (const DailyLoad& row : days) {
        const qint64 offset = row.day.isValid() ? first.daysTo(row.day) : -1;
        if (offset >= 0 && offset < qint64(loads.size()))
            loads[size_t(offset)] += usableLoad(loadOf(row, measure));
    }
    return loads;
}

QDate weekStartOf(QDate day, int weekStartsOn)
{
    if (!day.isValid())
        return day;
    const int startDay =
        weekStartsOn >= Qt::Monday && weekStartsOn <= Qt::Sunday ? weekStartsOn : int(Qt::Monday);
    return day.addDays(-((day.dayOfWeek() - startDay + kDaysPerWeek) % kDaysPerWeek));
}

} // namespace paceline
