#pragma once

#include "ChartFrame.h"
#include "TrendData.h"

#include <vector>

class QCPGraph;

namespace paceline {

/// One weekly trend: a point per week (the week's median) joined by a line, and the
/// least-squares trend line through them. Hovering a week shows its median and how
/// many samples it is the median of; clicking it asks to open that week.
class TrendChart : public ChartFrame {
    Q_OBJECT

public:
    explicit TrendChart(QWidget* parent = nullptr);

    void setFormat(TrendFormat format);
    const TrendFormat& format() const { return m_format; }

    /// Draws `values` (oldest first) on dates from `firstDay` (a week start, where
    /// the ticks fall) to `lastDay`; with no values the empty text shows instead.
    void setValues(std::vector<WeeklyValue> values, QDate firstDay, QDate lastDay);
    const std::vector<WeeklyValue>& values() const { return m_values; }
    const std::optional<TrendLine>& line() const { return m_line; }

    /// The value whose week is under `pixel`, or -1.
    int pointAt(const QPointF& pixel) const;
    QString toolTipAt(const QPointF& pixel) const override;

    QCPGraph* medianGraph() const { return m_medians; }
    QCPGraph* trendGraph() const { return m_trend; }

Q_SIGNALS:
    void weekClicked(QDate weekStart);

protected:
    void clickAt(const QPointF& pixel) override;
    void paletteChanged() override;

private:
    void setUpGraphs();
    void styleGraphs();
    void setValueAxis();

    TrendFormat m_format;
    std::vector<WeeklyValue> m_values;
    std::optional<TrendLine> m_line;
    QCPGraph* m_medians = nullptr;
    QCPGraph* m_trend = nullptr;
};

} // namespace paceline
