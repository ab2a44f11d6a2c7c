// STUB: filled in by the analysis-screen work.
#include "ChartTools.h"

#include <QDateTime>

namespace paceline::charts {

void applyPalette(QCustomPlot&, const QPalette&) {}
double dayKey(QDate day) { return double(QDateTime(day, QTime(12, 0)).toSecsSinceEpoch()); }
QDate dayFromKey(double key) { return QDateTime::fromSecsSinceEpoch(qint64(key)).date(); }
void useDateAxis(QCPAxis&) {}
void enableTimeZoom(QCustomPlot&, double, double) {}
void showToolTip(QWidget*, const QPoint&, const QString&) {}
bool exportPlot(QCustomPlot&, const QString&, QString*) { return false; }
void exportPlotInteractively(QCustomPlot&, QWidget*, const QString&) {}
QColor seriesColor(int) { return Qt::blue; }

} // namespace paceline::charts
