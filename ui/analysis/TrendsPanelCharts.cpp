// The TrendsPanel's reading and drawing: one query per kind of sample per range, then
// every control redraws from what was read.

#include "ChartSection.h"
#include "PaceBandEdit.h"
#include "TrendReadings.h"
#include "TrendsPanel.h"
#include "core/model/TimeText.h"
#include "core/science/LoadSeries.h"
#include "core/store/LogStore.h"
#include "core/store/SessionStore.h"
#include "ui/charts/IntensityDistributionChart.h"
#include "ui/charts/RepeatsOverlayChart.h"
#include "ui/charts/SplitsData.h"
#include "ui/charts/TrendChart.h"
#include "ui/document/LogDocument.h"
#include "ui/document/TemplateLibrary.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLocale>
#include <QSpinBox>

namespace paceline {

namespace {

QString countText(int count, const QString& one, const QString& many)
{
    return count == 1 ? one : many.arg(count);
}

QString rpeText(double rpe)
{
    return QLocale().toString(rpe, 'g', 3);
}

TrendFormat stabilityFormat()
{
    TrendFormat format;
    format.seriesName = TrendsPanel::tr("Median pace CV");
    format.axisLabel = TrendsPanel::tr("Pace CV (%)");
    format.minimumSpan = 1.0;
    format.valueText = [](double cv) {
        return QStringLiteral("%1 %").arg(QLocale().toString(cv, 'f', 1));
    };
    format.countText = [](int count) {
        return countText(count, TrendsPanel::tr("1 session"), TrendsPanel::tr("%1 sessions"));
    };
    return format;
}

QString repCountText(int count)
{
    return countText(count, TrendsPanel::tr("1 work rep"), TrendsPanel::tr("%1 work reps"));
}

/// `band` in the axis label: an exported image has no spin boxes to say which reps.
TrendFormat paceFormat(UnitSystem units, const QString& band)
{
    TrendFormat format;
    format.seriesName = TrendsPanel::tr("Median pace");
    format.axisLabel = (units == UnitSystem::Imperial ? TrendsPanel::tr("Pace (min/mi) at %1")
                                                      : TrendsPanel::tr("Pace (min/km) at %1"))
                           .arg(band);
    format.isPace = true;
    format.minimumSpan = 10.0;
    format.valueText = [units](double seconds) {
        return formatPace(Speed::fromPace(Duration{seconds}, paceUnit(units)), units);
    };
    format.countText = repCountText;
    return format;
}

TrendFormat effortFormat()
{
    TrendFormat format;
    format.seriesName = TrendsPanel::tr("Median RPE");
    format.axisLabel = TrendsPanel::tr("RPE (0–10)");
    format.minimumSpan = 1.0;
    format.valueText = [](double rpe) { return QLocale().toString(rpe, 'f', 1); };
    format.countText = repCountText;
    return format;
}

/// Seconds per km (as the science gives them) to seconds per km or mile.
std::vector<WeeklyValue> perPaceUnit(std::vector<WeeklyValue> values, UnitSystem units)
{
    const double factor = paceUnit(units).metres / kMetresPerKilometre;
    for (WeeklyValue& value : values)
        value.median *= factor;
    return values;
}

} // namespace

void TrendsPanel::readAndDraw()
{
    m_readPending = false;
    if (!m_athlete) {
        showReadError(tr("Choose an athlete to see their trends."));
        return;
    }
    if (!readSamples())
        return;
    refreshTemplateChoices();
    drawAll();
    readAndDrawRepeats();
}

bool TrendsPanel::readSamples()
{
    const SessionStore& sessions = m_document.store().sessions();
    const AthleteId athlete = m_athlete->id;
    auto stability = sessions.stabilitySamples(athlete, m_firstWeek, m_lastDay);
    auto workReps = sessions.workRepSamples(athlete, m_firstWeek, m_lastDay);
    auto days = sessions.dailyLoads(athlete, m_firstWeek, m_lastDay);
    const QString error = !stability.ok()  ? stability.errorMessage()
                          : !workReps.ok() ? workReps.errorMessage()
                          : !days.ok()     ? days.errorMessage()
                                           : QString();
    if (!error.isEmpty()) {
        showReadError(tr("Could not read the log: %1").arg(error));
        return false;
    }
    m_stability = std::move(stability).value();
    m_workReps = std::move(workReps).value();
    m_zoneWeeks.clear();
    // Zone time does not depend on the load measure; any measure gives the same split.
    for (const WeekFigures& week : weeklyFigures(days.value(), m_firstWeek, m_lastDay,
                                                 LoadMeasure::SessionRpe, m_weekStartsOn))
        m_zoneWeeks.push_back({week.weekStart, week.zoneSeconds});
    return true;
}

void TrendsPanel::showReadError(const QString& message)
{
    m_stability.clear();
    m_workReps.clear();
    m_zoneWeeks.clear();
    for (ChartFrame* chart : std::initializer_list<ChartFrame*>{
             m_stabilityChart, m_paceAtEffortChart, m_effortAtPaceChart, m_intensityChart}) {
        chart->setEmptyText(message);
    }
    m_stabilityChart->setValues({}, m_firstWeek, m_lastDay);
    m_paceAtEffortChart->setValues({}, m_firstWeek, m_lastDay);
    m_effortAtPaceChart->setValues({}, m_firstWeek, m_lastDay);
    m_intensityChart->setWeeks({}, m_firstWeek, m_lastDay);
    m_repeatsChart->setEmptyText(message);
    m_repeatsChart->setRepeats({}, units());
    for (ChartSection* section : {m_stabilitySection, m_paceAtEffortSection, m_effortAtPaceSection,
                                  m_repeatsSection, m_intensitySection})
        section->setReading({});
}

void TrendsPanel::drawAll()
{
    drawStability();
    drawPaceAtEffort();
    drawEffortAtPace();
    drawIntensity();
}

TrendFilter TrendsPanel::filter(bool runsOnly) const
{
    TrendFilter filter;
    filter.templateId = chosenTemplate();
    const SessionTemplate* chosen =
        filter.templateId ? m_document.library().sessionTemplate(*filter.templateId) : nullptr;
    // Paces of different sports do not mix: a template's own sport, else runs.
    if (runsOnly)
        filter.sport = chosen ? chosen->sport : Sport::Run;
    return filter;
}

QString TrendsPanel::pacedSportText() const
{
    return enumLabel(filter(true).sport.value_or(Sport::Run)).toLower();
}

QString TrendsPanel::mixedSessionsNote() const
{
    // Over all sessions a week of 300 m R reps and a week of 1 km T reps at the same
    // RPE differ by half a minute per km: the week's mix, not the athlete, moves the
    // line. Say so, and how to compare like with like.
    return chosenTemplate() ? QString()
                            : tr(" These weeks mix different workouts: choose one under "
                                 "Sessions to compare like with like.");
}

void TrendsPanel::drawStability()
{
    const std::vector<WeeklyValue> values =
        stabilityTrend(m_stability, filter(false), m_weekStartsOn);
    m_stabilityChart->setFormat(stabilityFormat());
    m_stabilityChart->setEmptyText(
        chosenTemplate()
            ? tr("No repeats of “%1” with a pace CV in these weeks.").arg(chosenTemplateName())
            : tr("No sessions with a pace CV in these weeks. A session gets one when two or "
                 "more of its work reps have a distance and a time."));
    m_stabilityChart->setValues(values, m_firstWeek, m_lastDay);
    m_stabilitySection->setReading(
        values.empty() ? QString()
                       : trendReading(TrendMeasure::PaceCv, m_stabilityChart->line(), units()));
}

void TrendsPanel::drawPaceAtEffort()
{
    const std::vector<WeeklyValue> values = perPaceUnit(
        paceAtEffortTrend(m_workReps, effortBand(), filter(true), m_weekStartsOn), units());
    m_paceAtEffortChart->setFormat(paceFormat(units(), effortBandText()));
    // Only one sport's reps count: a cyclist's RPE-rated reps are there, just not runs.
    m_paceAtEffortChart->setEmptyText(
        (byHeartRate() ? tr("No %1 work reps at %2 in these weeks. Only %1 reps count here "
                            "(paces of different sports do not mix); log average heart rate "
                            "per rep to see this.")
                       : tr("No %1 work reps at %2 in these weeks. Only %1 reps count here "
                            "(paces of different sports do not mix); log RPE per rep to see "
                            "this."))
            .arg(pacedSportText(), effortBandText()));
    m_paceAtEffortChart->setValues(values, m_firstWeek, m_lastDay);
    const TrendMeasure measure =
        byHeartRate() ? TrendMeasure::PaceAtHeartRate : TrendMeasure::PaceAtEffort;
    m_paceAtEffortSection->setReading(
        values.empty()
            ? QString()
            : trendReading(measure, m_paceAtEffortChart->line(), units()) + mixedSessionsNote());
}

bool TrendsPanel::byHeartRate() const
{
    return m_effortKind->currentIndex() == 1;
}

EffortBand TrendsPanel::effortBand() const
{
    EffortBand band;
    if (byHeartRate()) {
        band.heartRateLow = m_heartRateLow->value();
        band.heartRateHigh = m_heartRateHigh->value();
    } else {
        band.rpeLow = m_rpeLow->value();
        band.rpeHigh = m_rpeHigh->value();
    }
    return band;
}

QString TrendsPanel::effortBandText() const
{
    return byHeartRate()
               ? tr("%1–%2 bpm").arg(m_heartRateLow->value()).arg(m_heartRateHigh->value())
               : tr("RPE %1–%2").arg(rpeText(m_rpeLow->value()), rpeText(m_rpeHigh->value()));
}

void TrendsPanel::drawEffortAtPace()
{
    const std::optional<PaceRange> band = m_paceBand->band();
    std::vector<WeeklyValue> values;
    if (band)
        values = effortAtPaceTrend(m_workReps, *band, filter(true), m_weekStartsOn);
    m_effortAtPaceChart->setFormat(effortFormat());
    m_effortAtPaceChart->setEmptyText(
        band ? tr("No %1 work reps with an RPE at %2 in these weeks. Only %1 reps count here "
                  "(paces of different sports do not mix); log RPE per rep to see this.")
                   .arg(pacedSportText(), paceRangeText(*band, units()))
             : tr("Type a pace band (m:ss) to see this. Give the athlete a recent race and "
                  "it starts at their threshold pace."));
    m_effortAtPaceChart->setValues(values, m_firstWeek, m_lastDay);
    m_effortAtPaceSection->setReading(
        values.empty()
            ? QString()
            : trendReading(TrendMeasure::EffortAtPace, m_effortAtPaceChart->line(), units()) +
                  mixedSessionsNote());
}

void TrendsPanel::readAndDrawRepeats()
{
    const std::optional<TemplateId> chosen = chosenTemplate();
    if (!m_athlete || !chosen) {
        m_repeatsChart->setEmptyText(
            tr("Choose a template under Sessions to overlay its last repeats rep by rep."));
        m_repeatsChart->setRepeats({}, units());
        m_repeatsSection->setReading({});
        return;
    }
    const auto repeats = m_document.store().sessions().templateRepeats(
        m_athlete->id, *chosen, m_repeatCount->value(), m_last);
    if (!repeats.ok()) {
        m_repeatsChart->setEmptyText(tr("Could not read the log: %1").arg(repeats.errorMessage()));
        m_repeatsChart->setRepeats({}, units());
        m_repeatsSection->setReading({});
        return;
    }
    m_repeatsChart->setEmptyText(
        tr("No repeats of “%1” with timed work reps up to %2. Log a session against a plan "
           "made from this template, with each rep's distance and time, to see it here.")
            .arg(chosenTemplateName(), QLocale().toString(m_last, QStringLiteral("d MMM yyyy"))));
    m_repeatsChart->setRepeats(repeats.value(), units());
    m_repeatsSection->setReading(repeatsReading(m_repeatsChart->lines(), units()));
}

void TrendsPanel::drawIntensity()
{
    m_intensityChart->setEmptyText(
        tr("No time in a zone in these weeks. Log each session's pace or RPE to see how its "
           "time splits from easy to fast."));
    m_intensityChart->setWeeks(m_zoneWeeks, m_firstWeek, m_lastDay);
    m_intensitySection->setReading(easyHardSplitText(m_zoneWeeks));
}

} // namespace paceline
