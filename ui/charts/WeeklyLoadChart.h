#pragma once

#include "ChartFrame.h"
#include "LoadChartData.h"

#include <vector>

class QCPBars;
class QCPGraph;
class QCPAbstractPlottable;

namespace paceline {

/// How the weekly load bars are split.
enum class LoadStacking { BySport, ByIntensity };

/// Weekly load as bars stacked by sport or by intensity zone, the weeks ahead's planned
/// load as hatched bars, and the acute:chronic load ratio (EWMA 7/28 days; the rolling
/// 7/28 ratio too on request) as daily lines on a second axis, over the 0.8-1.3 band
/// and the 1.5 line. Hover shows a week's figures; a click asks for that week.
class WeeklyLoadChart : public ChartFrame {
    Q_OBJECT

public:
    explicit WeeklyLoadChart(QWidget* parent = nullptr);

    void setData(const LoadChartData& data);
    const LoadChartData& data() const { return m_data; }

    LoadStacking stacking() const { return m_stacking; }
    void setStacking(LoadStacking stacking);
    bool showsRollingRatio() const;
    void setShowRollingRatio(bool show);

    /// The first day of the week (logged or planned) under this point, or an invalid date.
    QDate weekAt(const QPointF& pixel) const;
    QString toolTipAt(const QPointF& pixel) const override;

    /// One per sport or zone present, bottom to top (for tests).
    const std::vector<QCPBars*>& stackBars() const { return m_stack; }
    QCPBars* plannedBars() const { return m_planned; }
    QCPGraph* ewmaRatio() const { return m_ewma; }
    QCPGraph* rollingRatio() const { return m_rolling; }

Q_SIGNALS:
    void weekRequested(QDate weekStart);

protected:
    void clickAt(const QPointF& pixel) override;
    void paletteChanged() override;

private:
    void setUpPlot();
    void draw();
    void drawStack();
    QCPBars* addStackBar(const QString& name, const QColor& color);
    void drawPlanned();
    void drawRatios();
    void setValueRanges();
    void rebuildLegend();
    QString weekToolTip(QDate weekStart) const;
    QString splitText(const WeekFigures& week) const;
    QString ratioLine(QDate day) const;

    std::vector<QCPBars*> m_stack;
    QCPBars* m_planned = nullptr;
    QCPGraph* m_ewma = nullptr;
    QCPGraph* m_ewmaPlanned = nullptr;
    QCPGraph* m_rolling = nullptr;
    QCPAbstractPlottable* m_bandEntry = nullptr;   ///< the legend's name for the band
    QCPAbstractPlottable* m_dangerEntry = nullptr; ///< and for the 1.5 line
    LoadChartData m_data;
    LoadStacking m_stacking = LoadStacking::BySport;
};

} // namespace paceline
