#pragma once

#include "ChartFrame.h"
#include "LoadChartData.h"

class QCPBars;
class QCPGraph;

namespace paceline {

/// Foster's monotony (mean daily load over its standard deviation) and strain (load x
/// monotony) per week: strain as bars, monotony as a line on its own axis with Foster's
/// 2.0 drawn. Hover shows a week's figures; a click asks for that week.
class MonotonyChart : public ChartFrame {
    Q_OBJECT

public:
    explicit MonotonyChart(QWidget* parent = nullptr);

    void setData(const LoadChartData& data);
    const LoadChartData& data() const { return m_data; }

    /// The first day of the logged week under this point, or an invalid date.
    QDate weekAt(const QPointF& pixel) const;
    QString toolTipAt(const QPointF& pixel) const override;

    QCPBars* strain() const { return m_strain; }
    QCPGraph* monotony() const { return m_monotony; }

Q_SIGNALS:
    void weekRequested(QDate weekStart);

protected:
    void clickAt(const QPointF& pixel) override;
    void paletteChanged() override;

private:
    void setUpPlot();
    void draw();

    QCPBars* m_strain = nullptr;
    QCPGraph* m_monotony = nullptr;
    LoadChartData m_data;
};

} // namespace paceline
