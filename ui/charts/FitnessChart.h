#pragma once

#include "ChartFrame.h"
#include "LoadChartData.h"

class QCPGraph;
class QCPItemStraightLine;
class QCPItemText;

namespace paceline {

/// Fitness, fatigue and form day by day (Banister's model as TrainingPeaks computes it),
/// carried on as dashed lines over the coming weeks: over the planned sessions, or over
/// rest when the load measure is not one plans can estimate. Hover shows a day's
/// figures; a click asks for that day's session (one session) or its week (otherwise).
class FitnessChart : public ChartFrame {
    Q_OBJECT

public:
    explicit FitnessChart(QWidget* parent = nullptr);

    void setData(const LoadChartData& data);
    const LoadChartData& data() const { return m_data; }

    /// The day under this point (logged or projected), or an invalid date.
    QDate dayAt(const QPointF& pixel) const;
    QString toolTipAt(const QPointF& pixel) const override;

    QCPGraph* fitness() const { return m_fitness; }
    QCPGraph* fatigue() const { return m_fatigue; }
    QCPGraph* form() const { return m_form; }
    QCPGraph* fitnessAhead() const { return m_fitnessAhead; }
    /// What the dashed lines follow when it is not the plan (empty otherwise).
    QString projectionNote() const;

Q_SIGNALS:
    void weekRequested(QDate weekStart);
    /// A day with one logged session was clicked.
    void dayRequested(QDate day);

protected:
    void clickAt(const QPointF& pixel) override;
    void paletteChanged() override;

private:
    void setUpPlot();
    QCPGraph* addLine(const QString& name);
    void draw();
    void setValueRange();
    void placeNowMarker();
    int sessionsOn(QDate day) const;

    QCPGraph* m_fitness = nullptr;
    QCPGraph* m_fatigue = nullptr;
    QCPGraph* m_form = nullptr;
    QCPGraph* m_fitnessAhead = nullptr;
    QCPGraph* m_fatigueAhead = nullptr;
    QCPGraph* m_formAhead = nullptr;
    QCPGraph* m_aheadLegend = nullptr; ///< no data: names the dashed lines once
    QCPItemStraightLine* m_now = nullptr;
    QCPItemText* m_nowLabel = nullptr;
    LoadChartData m_data;
};

} // namespace paceline
