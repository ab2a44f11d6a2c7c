#pragma once

#include "ui/charts/WeeklyLoadChart.h"

#include <QDate>
#include <QWidget>

#include <vector>

class QCheckBox;
class QComboBox;

namespace paceline {

class ChartFrame;
class ChartSection;
class FitnessChart;
class MonotonyChart;

/// The Analysis screen's "Load" tab: weekly load with the acute:chronic ratio, fitness
/// and fatigue, and monotony and strain, one above the other on the same dates (zooming
/// or panning one moves all three, so a week's bar sits above its fitness).
class LoadPanel : public QWidget {
    Q_OBJECT

public:
    explicit LoadPanel(QWidget* parent = nullptr);

    void setData(const LoadChartData& data);
    /// Splits the weekly bars by sport or intensity (the control follows).
    void setStacking(LoadStacking stacking);

    WeeklyLoadChart* weeklyChart() const { return m_weekly; }
    FitnessChart* fitnessChart() const { return m_fitness; }
    MonotonyChart* monotonyChart() const { return m_monotony; }
    QComboBox* stackingCombo() const { return m_stacking; }
    QCheckBox* rollingCheck() const { return m_rolling; }

Q_SIGNALS:
    void weekRequested(QDate weekStart);
    /// A day with one logged session.
    void dayRequested(QDate day);

private:
    ChartSection* weeklySection();
    ChartSection* fitnessSection();
    ChartSection* monotonySection();
    std::vector<ChartFrame*> charts() const;
    void syncTimeZoom();
    void addShowAllDates();
    /// Undoes zooming and panning: every chart shows all of its days again.
    void showAllDates();
    void alignPlotAreas();
    QString monotonyReading(const LoadChartData& data) const;

    WeeklyLoadChart* m_weekly;
    FitnessChart* m_fitness;
    MonotonyChart* m_monotony;
    ChartSection* m_fitnessSection = nullptr;
    ChartSection* m_monotonySection = nullptr;
    QComboBox* m_stacking = nullptr;
    QCheckBox* m_rolling = nullptr;
    bool m_syncingZoom = false;
    QDate m_firstDay; ///< the days the charts cover
    QDate m_lastDay;
};

} // namespace paceline
