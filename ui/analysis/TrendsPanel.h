#pragma once

#include "core/model/AnalysisSamples.h"
#include "core/model/Athlete.h"
#include "core/model/Id.h"
#include "core/science/Trends.h"
#include "ui/charts/IntensityDistributionData.h"

#include <QDate>
#include <QWidget>

#include <optional>
#include <vector>

class QComboBox;
class QDoubleSpinBox;
class QSpinBox;

namespace paceline {

class ChartSection;
class IntensityDistributionChart;
class LogDocument;
class PaceBandEdit;
class RepeatsOverlayChart;
class TrendChart;

/// The Analysis screen's trends: pace stability, pace at a chosen effort and effort at
/// a chosen pace per week, and the last repeats of a chosen template overlaid rep by
/// rep, with the controls that choose the template, effort and pace bands.
class TrendsPanel : public QWidget {
    Q_OBJECT

public:
    explicit TrendsPanel(LogDocument& document, QWidget* parent = nullptr);

    /// Shows `athlete`'s trends over the weeks that overlap [first, last], re-read from
    /// the store: one query per kind of sample, now when the panel is visible, else
    /// when it is next shown (a hidden tab reads nothing).
    void showRange(AthleteId athlete, QDate first, QDate last);
    /// Weeks start on this day (AppSettings::firstDayOfWeek()); Monday unless set.
    void setFirstDayOfWeek(Qt::DayOfWeek day);
    /// A range waits to be read until the panel is shown.
    bool isReadPending() const { return m_readPending; }

    // The parts, for the Analysis screen's tests and screenshots.
    QComboBox* templateCombo() const { return m_template; }
    QDoubleSpinBox* rpeLowSpin() const { return m_rpeLow; }
    QDoubleSpinBox* rpeHighSpin() const { return m_rpeHigh; }
    /// "RPE" or "Heart rate": which band pace-at-effort counts reps by.
    QComboBox* effortKindCombo() const { return m_effortKind; }
    QSpinBox* heartRateLowSpin() const { return m_heartRateLow; }
    QSpinBox* heartRateHighSpin() const { return m_heartRateHigh; }
    PaceBandEdit* paceBandEdit() const { return m_paceBand; }
    QSpinBox* repeatCountSpin() const { return m_repeatCount; }
    QComboBox* intensityModeCombo() const { return m_intensityMode; }
    TrendChart* stabilityChart() const { return m_stabilityChart; }
    TrendChart* paceAtEffortChart() const { return m_paceAtEffortChart; }
    TrendChart* effortAtPaceChart() const { return m_effortAtPaceChart; }
    RepeatsOverlayChart* repeatsChart() const { return m_repeatsChart; }
    IntensityDistributionChart* intensityChart() const { return m_intensityChart; }
    ChartSection* stabilitySection() const { return m_stabilitySection; }
    ChartSection* paceAtEffortSection() const { return m_paceAtEffortSection; }
    ChartSection* effortAtPaceSection() const { return m_effortAtPaceSection; }
    ChartSection* repeatsSection() const { return m_repeatsSection; }
    ChartSection* intensitySection() const { return m_intensitySection; }

Q_SIGNALS:
    void openSessionRequested(paceline::LoggedSessionId id);
    void openWeekRequested(QDate weekStart);

protected:
    void showEvent(QShowEvent* event) override;

private:
    // TrendsPanel.cpp: the controls and when to read.
    void buildLayout();
    QWidget* templateRow();
    void buildStabilitySection();
    void buildPaceAtEffortSection();
    QWidget* rpeBandControls();
    QWidget* heartRateBandControls();
    void effortKindChosen();
    void buildEffortAtPaceSection();
    void buildRepeatsSection();
    void buildIntensitySection();
    void connectCharts();
    void syncTimeZoom();
    /// "Show All Dates" on each weekly chart's context menu: the way back from a zoom.
    void addShowAllDates();
    void showAllDates();
    void setDefaultPaceBand();
    void setDefaultHeartRateBand();
    void athleteEdited(AthleteId id);
    void templatesEdited();
    void refreshTemplateChoices();
    std::optional<TemplateId> chosenTemplate() const;
    QString chosenTemplateName() const;

    // TrendsPanelCharts.cpp: reading the samples and drawing them.
    void readAndDraw();
    bool readSamples();
    void showReadError(const QString& message);
    void drawAll();
    QString mixedSessionsNote() const;
    /// "run": the sport whose reps the pace charts count (the template's, else runs).
    QString pacedSportText() const;
    void drawStability();
    void drawPaceAtEffort();
    bool byHeartRate() const;
    EffortBand effortBand() const;
    /// "RPE 7–8" or "150–160 bpm".
    QString effortBandText() const;
    void drawEffortAtPace();
    void readAndDrawRepeats();
    void drawIntensity();
    TrendFilter filter(bool runsOnly) const;
    UnitSystem units() const;

    LogDocument& m_document;
    std::optional<Athlete> m_athlete;
    QDate m_first; ///< as asked
    QDate m_last;
    QDate m_firstWeek; ///< the start of the first week shown
    QDate m_lastDay;   ///< the end of the last week shown
    int m_weekStartsOn = Qt::Monday;
    bool m_readPending = false;

    std::vector<StabilitySample> m_stability;
    std::vector<WorkRepSample> m_workReps;
    std::vector<WeekZoneTime> m_zoneWeeks;

    QComboBox* m_template = nullptr;
    QDoubleSpinBox* m_rpeLow = nullptr;
    QDoubleSpinBox* m_rpeHigh = nullptr;
    QComboBox* m_effortKind = nullptr;
    QWidget* m_rpeBand = nullptr; ///< the RPE spin boxes, shown for "RPE"
    QSpinBox* m_heartRateLow = nullptr;
    QSpinBox* m_heartRateHigh = nullptr;
    QWidget* m_heartRateBand = nullptr; ///< the bpm spin boxes, shown for "Heart rate"
    PaceBandEdit* m_paceBand = nullptr;
    QSpinBox* m_repeatCount = nullptr;
    QComboBox* m_intensityMode = nullptr;
    TrendChart* m_stabilityChart = nullptr;
    TrendChart* m_paceAtEffortChart = nullptr;
    TrendChart* m_effortAtPaceChart = nullptr;
    RepeatsOverlayChart* m_repeatsChart = nullptr;
    IntensityDistributionChart* m_intensityChart = nullptr;
    ChartSection* m_stabilitySection = nullptr;
    ChartSection* m_paceAtEffortSection = nullptr;
    ChartSection* m_effortAtPaceSection = nullptr;
    ChartSection* m_repeatsSection = nullptr;
    ChartSection* m_intensitySection = nullptr;
    bool m_syncingZoom = false;
};

} // namespace paceline
