#pragma once

#include "ChartFrame.h"
#include "IntensityDistributionData.h"

#include <array>
#include <vector>

class QCPBars;

namespace paceline {

/// Time per week in E, M, T, I and R as stacked bars in the zones' colours: hours, or
/// each week as 100 % to compare the mix of weeks of different volume. Hovering a week
/// gives each zone's time and share; clicking it asks to open the week.
class IntensityDistributionChart : public ChartFrame {
    Q_OBJECT

public:
    enum class Mode { Hours, Share };

    explicit IntensityDistributionChart(QWidget* parent = nullptr);

    /// Draws `weeks` (oldest first) on dates from `firstDay` (a week start, where the
    /// ticks fall) to `lastDay`; with no zone time at all the empty text shows instead.
    void setWeeks(std::vector<WeekZoneTime> weeks, QDate firstDay, QDate lastDay);
    const std::vector<WeekZoneTime>& weeks() const { return m_weeks; }
    void setMode(Mode mode);
    Mode mode() const { return m_mode; }

    /// The week under `pixel`, or -1.
    int weekAt(const QPointF& pixel) const;
    QString toolTipAt(const QPointF& pixel) const override;

    /// One stack layer per zone, E at the bottom.
    const std::array<QCPBars*, kLoadZoneCount>& bars() const { return m_bars; }

Q_SIGNALS:
    void weekClicked(QDate weekStart);

protected:
    void clickAt(const QPointF& pixel) override;

private:
    void setUpBars();
    void drawBars();

    std::array<QCPBars*, kLoadZoneCount> m_bars{};
    std::vector<WeekZoneTime> m_weeks;
    Mode m_mode = Mode::Hours;
};

} // namespace paceline
