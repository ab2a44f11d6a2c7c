#pragma once

#include <QDate>
#include <QPointF>
#include <QWidget>

class QAction;
class QCustomPlot;
class QLabel;
class QMouseEvent;
class QStackedWidget;

namespace paceline {

/// What the analysis charts share around their plot: an honest one-sentence empty
/// state in place of an empty plot, hover tooltips, clicks told apart from drags, an
/// export action (also on the plot's context menu), the palette's colours, and dates
/// along x for the weekly charts. Subclasses draw and say what is under the mouse.
class ChartFrame : public QWidget {
    Q_OBJECT

public:
    explicit ChartFrame(QWidget* parent = nullptr);

    QCustomPlot* plot() const { return m_plot; }

    bool isShowingEmptyState() const;
    QString emptyText() const;
    /// The sentence shown while there is nothing to draw.
    void setEmptyText(const QString& text);

    /// "Export as PNG or PDF…": disabled while the empty state shows.
    QAction* exportAction() const { return m_exportAction; }
    /// The file name the export dialog suggests, without a suffix.
    void setExportName(const QString& name) { m_exportName = name; }
    /// Saves the plot as PNG or PDF by the path's suffix; false with `error` otherwise.
    bool exportTo(const QString& path, QString* error);

    /// What hovering `pixel` (plot coordinates) shows; empty when nothing is there.
    virtual QString toolTipAt(const QPointF& pixel) const = 0;

protected:
    /// Shows the plot when `hasData`, the empty sentence otherwise.
    void showPlot(bool hasData);
    /// A click (press and release without a drag) at `pixel`.
    virtual void clickAt(const QPointF& pixel) = 0;
    /// Re-colours what depends on the palette; the frame replots afterwards.
    virtual void paletteChanged() {}
    /// The legend under the plot, one row, so it never covers a point.
    void placeLegendBelow();
    /// Dates along x from the start of `firstDay` to the end of `lastDay`; the mouse
    /// zooms and pans within them.
    void setTimeSpan(QDate firstDay, QDate lastDay);
    /// Whether `pixel` is inside the plotting area (not on an axis or the legend).
    bool isInPlotArea(const QPointF& pixel) const;

    void changeEvent(QEvent* event) override;

private:
    void hover(QMouseEvent* event);
    void release(QMouseEvent* event);

    QStackedWidget* m_stack;
    QLabel* m_empty;
    QCustomPlot* m_plot;
    QAction* m_exportAction;
    QString m_exportName;
    QPointF m_pressPosition;
};

} // namespace paceline
