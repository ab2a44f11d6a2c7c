#pragma once

#include <QColor>
#include <QDate>
#include <QString>

class QCPAxis;
class QCustomPlot;
class QPalette;
class QPoint;
class QWidget;

namespace paceline::charts {

// What every analysis chart shares: the palette-driven look (light and dark), dates on
// the x axis, mouse zoom and pan along time, hover tooltips and export.

/// Background, axes, grid, tick labels and legend from the widget's palette, so the
/// chart reads in light and dark themes alike. Call again on QEvent::PaletteChange.
void applyPalette(QCustomPlot& plot, const QPalette& palette);

/// The x position of a calendar day (noon, local time; seconds since the epoch, as
/// QCPAxisTickerDateTime expects) and back.
double dayKey(QDate day);
QDate dayFromKey(double key);
/// A date ticker on `axis` ("d MMM" labels, "MMM yyyy" once the range spans a year).
void useDateAxis(QCPAxis& axis);

/// Wheel zooms and dragging pans the x axis only, never past [lowerKey, upperKey];
/// the y axes keep their ranges.
void enableTimeZoom(QCustomPlot& plot, double lowerKey, double upperKey);

/// Shows `text` as a tooltip at `globalPos`, or hides the tooltip when it is empty.
void showToolTip(QWidget* widget, const QPoint& globalPos, const QString& text);

/// Saves the plot as PNG or PDF by the path's suffix (.png or .pdf) at its current
/// size; false with a readable `error` otherwise.
bool exportPlot(QCustomPlot& plot, const QString& path, QString* error);
/// Asks for a file name and exports; reports a failure in a message box.
void exportPlotInteractively(QCustomPlot& plot, QWidget* parent, const QString& suggestedName);

/// The n-th series colour: distinct and readable on both light and dark backgrounds.
QColor seriesColor(int index);

} // namespace paceline::charts
