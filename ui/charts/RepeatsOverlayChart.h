#pragma once

#include "ChartFrame.h"
#include "RepeatsOverlayData.h"

#include <optional>
#include <vector>

class QCPGraph;

namespace paceline {

/// The last repeats of one template on top of each other, rep by rep: x is the work
/// rep's number, y its pace (faster higher), one line per repeat, the newest strongest.
/// The legend names each by its date. Hovering a point shows that rep; clicking it
/// asks to open the session.
class RepeatsOverlayChart : public ChartFrame {
    Q_OBJECT

public:
    explicit RepeatsOverlayChart(QWidget* parent = nullptr);

    /// Draws the repeats (oldest first); with no charted rep the empty text shows.
    void setRepeats(const std::vector<TemplateRepeat>& repeats, UnitSystem units);
    const std::vector<RepeatLine>& lines() const { return m_lines; }
    const std::vector<QCPGraph*>& graphs() const { return m_graphs; }

    struct PointIndex {
        int line = 0;
        int rep = 0;
    };
    /// The rep point nearest `pixel` within a few pixels, if any.
    std::optional<PointIndex> pointAt(const QPointF& pixel) const;
    QString toolTipAt(const QPointF& pixel) const override;

Q_SIGNALS:
    void sessionClicked(paceline::LoggedSessionId id);

protected:
    void clickAt(const QPointF& pixel) override;
    void paletteChanged() override;

private:
    void setUpAxes();
    void drawLines();
    void styleLines();
    void fillLegend();
    void setPaceAxis();
    double paceOf(const SplitPoint& rep) const;

    std::vector<RepeatLine> m_lines;
    std::vector<QCPGraph*> m_graphs; ///< one per line, oldest first
    UnitSystem m_units = UnitSystem::Metric;
};

} // namespace paceline
