#pragma once

// Laying out and pointing at the analysis charts in the offscreen tests.

#include <QPoint>

class QCustomPlot;

namespace paceline {
class ChartFrame;
}

namespace paceline::test {

/// Shows the chart at a fixed size and replots, so pixels map to coordinates.
void layOut(ChartFrame& chart);

/// The pixel of (key, value) on the plot's main axes.
QPoint pixelOf(const QCustomPlot& plot, double key, double value);

/// A left click (press and release on the same pixel) on the plot.
void clickOn(QCustomPlot& plot, QPoint pixel);

} // namespace paceline::test
