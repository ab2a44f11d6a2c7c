#pragma once

#include "PlanLoadData.h"

#include <QWidget>

class QCPAxisRect;
class QCPBars;
class QCustomPlot;
class QLabel;
class QMouseEvent;

namespace paceline {

/// The planner's load chart: the shown week's planned load per day (left), and its
/// planned total beside the logged load of each of the four weeks before (right), with
/// the week-on-week change written above. Day and week totals have their own axes: a
/// week is about seven days' worth, and one scale would flatten the days.
class PlanLoadChart : public QWidget {
    Q_OBJECT

public:
    explicit PlanLoadChart(QWidget* parent = nullptr);

    void setData(PlanLoadData data);
    const PlanLoadData& data() const { return m_data; }
    QString summaryText() const;
    /// What hovering this point of the plot shows: the day's or the week's load, or
    /// nothing between bars.
    QString toolTipAt(const QPointF& pixel) const;

    QCustomPlot* plot() const { return m_plot; }
    QCPBars* dayBars() const { return m_dayBars; }
    QCPBars* loggedWeekBars() const { return m_loggedWeekBars; }
    QCPBars* plannedWeekBars() const { return m_plannedWeekBars; }

private:
    void setUpPlot();
    QCPAxisRect* addWeekRect();
    void setUpLegend();
    void drawDays();
    void drawWeeks();
    void showToolTip(QMouseEvent* event);

    QLabel* m_summary;
    QCustomPlot* m_plot;
    QCPAxisRect* m_weekRect = nullptr;
    QCPBars* m_dayBars = nullptr;
    QCPBars* m_loggedWeekBars = nullptr;
    QCPBars* m_plannedWeekBars = nullptr;
    PlanLoadData m_data;
};

} // namespace paceline
