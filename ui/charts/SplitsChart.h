#pragma once

#include "SplitsData.h"

#include <QWidget>

#include <vector>

class QCPAxis;
class QCPBars;
class QCPGraph;
class QCustomPlot;
class QLabel;
class QMouseEvent;
class QStackedWidget;

namespace paceline {

/// A logged session's work reps, one bar each, coloured by the planned step's zone:
/// pace (faster is taller) against the
/// planned pace band shaded behind, RPE per rep on the right axis and average heart
/// rate on a second right axis where the reps have it. Hovering a rep shows its
/// values. Recoveries are left out: see SplitsChart.cpp.
class SplitsChart : public QWidget {
    Q_OBJECT

public:
    explicit SplitsChart(QWidget* parent = nullptr);

    void setSplits(std::vector<SplitPoint> splits, UnitSystem units);
    const std::vector<SplitPoint>& splits() const { return m_splits; }

    /// The split under this point of the plot, or -1.
    int splitAt(const QPointF& pixel) const;
    /// What hovering split `index` shows.
    QString toolTipFor(int index) const;
    bool isShowingEmptyState() const;

    QCustomPlot* plot() const { return m_plot; }
    const std::vector<QCPBars*>& barSeries() const { return m_barSeries; }
    QCPAxis* heartRateAxis() const { return m_heartRateAxis; }

private:
    void setUpPlot();
    void drawBars();
    QCPBars* addBarSeries(std::optional<PaceZone> zone, bool onlySeries);
    void rebuildLegend();
    void drawBands();
    void drawRpe();
    void drawHeartRate();
    void setPaceAxis();
    void showToolTip(QMouseEvent* event);

    QStackedWidget* m_stack;
    QLabel* m_empty;
    QCustomPlot* m_plot;
    std::vector<QCPBars*> m_barSeries; ///< one per planned zone, in order of appearance
    QCPBars* m_bandLegend = nullptr;   ///< no data: only gives the band a legend entry
    QCPGraph* m_rpe = nullptr;
    QCPGraph* m_heartRate = nullptr;
    QCPAxis* m_heartRateAxis = nullptr;
    std::vector<SplitPoint> m_splits;
    UnitSystem m_units = UnitSystem::Metric;
};

} // namespace paceline
