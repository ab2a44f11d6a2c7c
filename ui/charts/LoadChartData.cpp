#include "LoadChartData.h"

#include <QCoreApplication>
#include <QLocale>

namespace paceline {

namespace {

bool weekHolds(QDate weekStart, QDate day)
{
    const qint64 offset = weekStart.daysTo(day);
    return offset >= 0 && offset < 7;
}

} // namespace

const DayFigures* figuresOn(const LoadChartData& data, QDate day)
{
    for (const std::vector<DayFigures>* run : {&data.days, &data.projection}) {
        if (run->empty())
            continue;
        // One entry per day from the run's first: the offset is the index.
        const qint64 index = run->front().day.daysTo(day);
        if (index >= 0 && index < qint64(run->size()) && (*run)[size_t(index)].day == day)
            return &(*run)[size_t(index)];
    }
    return nullptr;
}

const WeekFigures* weekHolding(const LoadChartData& data, QDate day)
{
    for (const WeekFigures& week : data.weeks) {
        if (weekHolds(week.weekStart, day))
            return &week;
    }
    return nullptr;
}

const WeekLoad* plannedWeekHolding(const LoadChartData& data, QDate day)
{
    for (const WeekLoad& week : data.plannedWeeks) {
        if (weekHolds(week.weekStart, day))
            return &week;
    }
    return nullptr;
}

} // namespace paceline

namespace paceline::charts {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("paceline::charts", text);
}

} // namespace

PaceZone paceZoneOf(int loadZone)
{
    return static_cast<PaceZone>(loadZone);
}

QString loadUnit(LoadMeasure measure)
{
    // TSS has its own name for its unit; session RPE and TRIMP are arbitrary units.
    return measure == LoadMeasure::RunningTss ? tr("TSS") : tr("AU");
}

QString loadAxisLabel(LoadMeasure measure)
{
    return tr("load (%1)").arg(loadUnit(measure));
}

QString loadWithUnit(double load, LoadMeasure measure)
{
    return QStringLiteral("%1 %2").arg(QLocale().toString(qRound64(load)), loadUnit(measure));
}

QString wholeNumberText(double value)
{
    const qint64 rounded = qRound64(value);
    const QString digits = QLocale().toString(rounded < 0 ? -rounded : rounded);
    return rounded < 0 ? QStringLiteral("−%1").arg(digits) : digits;
}

QString ratioText(double ratio)
{
    return QLocale().toString(ratio, 'f', 2);
}

QString longDayText(QDate day)
{
    return QLocale().toString(day, QStringLiteral("ddd d MMM yyyy"));
}

QString shortDayText(QDate day)
{
    return QLocale().toString(day, QStringLiteral("d MMM"));
}

} // namespace paceline::charts
