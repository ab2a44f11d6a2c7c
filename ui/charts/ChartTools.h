#pragma once

#include <QColor>
#include <QDate>
#include <QString>

class QBrush;
class QCPAbstractPlottable;
class QCPAxis;
class QCPBars;
class QCPItemRect;
class QCPItemStraightLine;
class QCustomPlot;
class QPen;
class QPalette;
class QPoint;
class QWidget;

namespace paceline::charts {

// What every analysis chart shares: the palette-driven look (light and dark), dates on
// the x axis, mouse zoom and pan along time, hover tooltips and export.

/// Background, axes, grid, tick labels and legend from the widget's palette, so the
/// chart reads in light and dark themes alike. Call again on QEvent::PaletteChange.
void applyPalette(QCustomPlot& plot, const QPalette& palette);

/// Replots are painted with the window's next paint (QWidget::update), not at once:
/// QCustomPlot's default (phImmediateRefresh) repaints and flushes the window's whole
/// dirty area at each replot, which painted a screen of several charts several times
/// over after one change. Every chart's plot gets this when made.
void paintWithWindow(QCustomPlot& plot);

/// Bars drawn without smoothing: they are upright rectangles, whose smoothed edges show
/// nothing at a few pixels wide, while smoothing ten years of weekly bars took half of a
/// chart's redraw.
void drawCrisp(QCPBars& bars);

/// The x position of a calendar day (noon, local time; seconds since the epoch, as
/// QCPAxisTickerDateTime expects) and back.
double dayKey(QDate day);
QDate dayFromKey(double key);
/// A date ticker on `axis` ("d MMM" labels, "MMM yyyy" once the range spans a year).
void useDateAxis(QCPAxis& axis);
/// useDateAxis for charts of weeks: up to about four months, the ticks fall on the
/// first day of each week (`weekStartsOn`, a Qt::DayOfWeek) or every other week.
void useWeekAxis(QCPAxis& axis, int weekStartsOn);

/// Wheel zooms and dragging pans the x axis only, never past [lowerKey, upperKey] nor
/// to less than a week; the y axes keep their ranges. Shows the whole of
/// [lowerKey, upperKey] (the range set before the call may have met older bounds).
void enableTimeZoom(QCustomPlot& plot, double lowerKey, double upperKey);

/// Shows `text` as a tooltip at `globalPos`, or hides the tooltip when it is empty.
void showToolTip(QWidget* widget, const QPoint& globalPos, const QString& text);

/// Saves the plot as PNG or PDF by the path's suffix (.png or .pdf) at its current
/// size; false with a readable `error` otherwise.
bool exportPlot(QCustomPlot& plot, const QString& path, QString* error);
/// Asks for a file name and exports; reports a failure in a message box.
void exportPlotInteractively(QCustomPlot& plot, QWidget* parent, const QString& suggestedName);

/// Moves the legend under the plot, in rows of `columns` entries, frameless, so it
/// never covers data.
void placeLegendBelow(QCustomPlot& plot, int columns);

/// A shaded band from `low` to `high` on `valueAxis`, across the whole width, on the
/// layer `layer` (below the data, so bars stay readable).
QCPItemRect* addValueBand(QCPAxis& valueAxis, double low, double high, const QColor& color,
                          const QString& layer);
/// A horizontal line at `value` on `valueAxis`, across the whole width.
QCPItemStraightLine* addValueLine(QCPAxis& valueAxis, double value, const QPen& pen);
/// A legend entry with nothing plotted behind it, for what items draw (a band, a
/// threshold line): a filled swatch when `brush` is set, else a line in `pen`.
QCPAbstractPlottable* addLegendEntry(QCustomPlot& plot, const QString& name, const QBrush& brush,
                                     const QPen& pen);

/// The n-th series colour: distinct and readable on both light and dark backgrounds.
QColor seriesColor(int index);

} // namespace paceline::charts
