#include "ChartTools.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPalette>
#include <QToolTip>
#include <qcustomplot.h>

#include <algorithm>
#include <unordered_map>

namespace paceline::charts {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("paceline::charts", text);
}

constexpr double kSecondsPerDay = 24.0 * 60.0 * 60.0;
/// Zooming in stops at a week: fewer days say nothing about load.
constexpr double kNarrowestSpan = 7.0 * kSecondsPerDay;
/// Past about a year, day-and-month labels repeat: the month and year say more.
constexpr double kYearSpan = 330.0 * kSecondsPerDay;
/// Exports of a plot that was never laid out (a hidden tab) get this size.
constexpr QSize kFallbackExportSize(1000, 420);

void styleAxis(QCPAxis& axis, const QColor& text, const QColor& line, const QColor& grid)
{
    axis.setBasePen(QPen(line));
    axis.setTickPen(QPen(line));
    axis.setSubTickPen(QPen(line));
    axis.setTickLabelColor(text);
    axis.setLabelColor(text);
    axis.grid()->setPen(QPen(grid, 1, Qt::DotLine));
    axis.grid()->setZeroLinePen(QPen(line, 1));
}

/// Keeps `range` inside [lower, upper] and at least a week wide, moving rather than
/// shrinking it where it can, so a pan stops at the edge instead of squeezing.
QCPRange clampedRange(QCPRange range, double lower, double upper)
{
    if (upper <= lower)
        return range;
    const double span =
        std::clamp(range.size(), std::min(kNarrowestSpan, upper - lower), upper - lower);
    double start = range.center() - span / 2.0;
    start = std::clamp(start, lower, upper - span);
    return QCPRange(start, start + span);
}

} // namespace

void applyPalette(QCustomPlot& plot, const QPalette& palette)
{
    const QColor text = palette.color(QPalette::WindowText);
    QColor line = text;
    line.setAlpha(150);
    QColor grid = text;
    grid.setAlpha(45);
    plot.setBackground(palette.base());
    for (QCPAxisRect* rect : plot.axisRects()) {
        rect->setBackground(Qt::NoBrush);
        for (QCPAxis* axis : rect->axes())
            styleAxis(*axis, text, line, grid);
    }
    for (QCPLegend* legend : plot.findChildren<QCPLegend*>()) {
        legend->setTextColor(text);
        legend->setBrush(Qt::NoBrush);
    }
    if (plot.legend) {
        plot.legend->setTextColor(text);
        plot.legend->setBrush(Qt::NoBrush);
    }
}

void paintWithWindow(QCustomPlot& plot)
{
    plot.setPlottingHint(QCP::phImmediateRefresh, false);
}

void drawCrisp(QCPBars& bars)
{
    bars.setAntialiased(false);
    bars.setAntialiasedFill(false);
}

double dayKey(QDate day)
{
    // Local noon through QDateTime costs microseconds (the C library looks the time zone
    // up again at each conversion) and ten years of daily points key thousands of days
    // at every refresh: a quarter of what choosing "All time" took. Each day's key is
    // worked out once per thread and remembered; the charts live on the UI thread.
    constexpr size_t kRememberedDays = 200'000; // 550 years: never reached in practice
    thread_local std::unordered_map<qint64, double> keys;
    const qint64 julianDay = day.toJulianDay();
    if (const auto found = keys.find(julianDay); found != keys.end())
        return found->second;
    if (keys.size() >= kRememberedDays)
        keys.clear();
    const double key = double(QDateTime(day, QTime(12, 0)).toSecsSinceEpoch());
    keys.emplace(julianDay, key);
    return key;
}

QDate dayFromKey(double key)
{
    return QDateTime::fromSecsSinceEpoch(qint64(key)).date();
}

namespace {

constexpr double kWeekSpan = 7.0 * kSecondsPerDay;
/// Up to about four months, weekly charts tick on week starts; past that, months.
constexpr double kWeekTicksSpan = 18.0 * kWeekSpan;

/// Ticks on the first day of each week (or every other week) while the span is short
/// enough for weeks to be the unit, and the date ticker's months beyond.
class WeekTicker : public QCPAxisTickerDateTime {
public:
    explicit WeekTicker(int weekStartsOn)
    {
        // 1 January 2024 was a Monday: the origin's weekday is the week's first day.
        const QDate firstWeekStart = QDate(2024, 1, 1).addDays(std::clamp(weekStartsOn, 1, 7) - 1);
        setTickOrigin(QDateTime(firstWeekStart, QTime(0, 0)));
    }

protected:
    double getTickStep(const QCPRange& range) override
    {
        if (range.size() > kWeekTicksSpan)
            return QCPAxisTickerDateTime::getTickStep(range);
        mDateStrategy = dsUniformTimeInDay; // midnight, whatever daylight saving does
        return range.size() > kWeekTicksSpan / 2.0 ? 2.0 * kWeekSpan : kWeekSpan;
    }
    int getSubTickCount(double tickStep) override
    {
        return tickStep <= kWeekSpan * 2.0 ? 0 : QCPAxisTickerDateTime::getSubTickCount(tickStep);
    }
};

QString dateFormatFor(const QCPRange& range)
{
    return range.size() > kYearSpan ? QStringLiteral("MMM yyyy") : QStringLiteral("d MMM");
}

/// Puts `ticker` on `axis`, its labels switching to month and year as the span grows.
void installDateTicker(QCPAxis& axis, const QSharedPointer<QCPAxisTickerDateTime>& ticker)
{
    ticker->setDateTimeFormat(dateFormatFor(axis.range()));
    ticker->setTickCount(8);
    axis.setTicker(ticker);
    // An earlier call's format switch goes with its context object: one per axis.
    const QString contextName = QStringLiteral("dateAxisFormat");
    delete axis.findChild<QObject*>(contextName, Qt::FindDirectChildrenOnly);
    auto* context = new QObject(&axis);
    context->setObjectName(contextName);
    QObject::connect(
        &axis, qOverload<const QCPRange&>(&QCPAxis::rangeChanged), context,
        [ticker](const QCPRange& range) { ticker->setDateTimeFormat(dateFormatFor(range)); });
}

} // namespace

void useDateAxis(QCPAxis& axis)
{
    installDateTicker(axis, QSharedPointer<QCPAxisTickerDateTime>::create());
}

void useWeekAxis(QCPAxis& axis, int weekStartsOn)
{
    installDateTicker(axis, QSharedPointer<WeekTicker>::create(weekStartsOn));
}

void enableTimeZoom(QCustomPlot& plot, double lowerKey, double upperKey)
{
    plot.setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    // The clamps of an earlier call go with their context object: one set per plot.
    const QString contextName = QStringLiteral("timeZoomBounds");
    delete plot.findChild<QObject*>(contextName, Qt::FindDirectChildrenOnly);
    auto* context = new QObject(&plot);
    context->setObjectName(contextName);
    for (QCPAxisRect* rect : plot.axisRects()) {
        QCPAxis* keys = rect->axis(QCPAxis::atBottom);
        rect->setRangeDrag(Qt::Horizontal);
        rect->setRangeZoom(Qt::Horizontal);
        rect->setRangeDragAxes(keys, nullptr);
        rect->setRangeZoomAxes(keys, nullptr);
        QObject::connect(keys, qOverload<const QCPRange&>(&QCPAxis::rangeChanged), context,
                         [keys, lowerKey, upperKey](const QCPRange& range) {
                             const QCPRange allowed = clampedRange(range, lowerKey, upperKey);
                             if (allowed != range)
                                 keys->setRange(allowed);
                         });
        // A range set just before this call met the previous bounds' clamp: start over
        // from the whole span, which is what a chart shows when its data is new.
        keys->setRange(lowerKey, upperKey);
    }
}

void showToolTip(QWidget* widget, const QPoint& globalPos, const QString& text)
{
    if (text.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(globalPos, text, widget);
}

bool exportPlot(QCustomPlot& plot, const QString& path, QString* error)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    // A plot in a tab never shown has no real size yet: give it a readable one.
    const QSize size =
        plot.width() >= 200 && plot.height() >= 120 ? plot.size() : kFallbackExportSize;
    bool written = false;
    if (suffix == QLatin1String("png"))
        written = plot.savePng(path, size.width(), size.height());
    else if (suffix == QLatin1String("pdf"))
        written = plot.savePdf(path, size.width(), size.height());
    else {
        if (error)
            *error = tr("Choose a file name ending in .png or .pdf.");
        return false;
    }
    if (!written && error)
        *error = tr("Could not write %1. Check that the folder exists and can be written to.")
                     .arg(QDir::toNativeSeparators(path));
    return written;
}

void exportPlotInteractively(QCustomPlot& plot, QWidget* parent, const QString& suggestedName)
{
    const QString pngFilter = tr("PNG image (*.png)");
    const QString pdfFilter = tr("PDF document (*.pdf)");
    QString chosenFilter = pngFilter;
    QString path = QFileDialog::getSaveFileName(
        parent, tr("Export Chart"), suggestedName + QStringLiteral(".png"),
        QStringLiteral("%1;;%2").arg(pngFilter, pdfFilter), &chosenFilter);
    if (path.isEmpty())
        return;
    // A name typed without a suffix takes the chosen type's.
    if (QFileInfo(path).suffix().isEmpty())
        path += chosenFilter == pdfFilter ? QStringLiteral(".pdf") : QStringLiteral(".png");
    QString error;
    if (!exportPlot(plot, path, &error))
        QMessageBox::warning(parent, tr("Export Chart"), error);
}

void placeLegendBelow(QCustomPlot& plot, int columns)
{
    auto* row = new QCPLayoutGrid;
    plot.plotLayout()->addElement(plot.plotLayout()->rowCount(), 0, row);
    plot.axisRect()->insetLayout()->take(plot.legend);
    row->addElement(0, 0, plot.legend);
    row->setMargins(QMargins(0, 0, 0, 4));
    plot.legend->setFillOrder(QCPLegend::foColumnsFirst);
    plot.legend->setWrap(columns);
    plot.legend->setBorderPen(Qt::NoPen);
    plot.legend->setBrush(Qt::NoBrush);
    plot.legend->setVisible(true);
    plot.plotLayout()->setRowStretchFactor(plot.plotLayout()->rowCount() - 1, 0.001);
}

namespace {

/// A position at `value` on `valueAxis` and at `ratio` of the axis rect's width.
void placeAcross(QCPItemPosition* position, QCPAxis& valueAxis, double ratio, double value)
{
    position->setAxisRect(valueAxis.axisRect());
    position->setAxes(valueAxis.axisRect()->axis(QCPAxis::atBottom), &valueAxis);
    position->setTypeX(QCPItemPosition::ptAxisRectRatio);
    position->setTypeY(QCPItemPosition::ptPlotCoords);
    position->setCoords(ratio, value);
}

} // namespace

QCPItemRect* addValueBand(QCPAxis& valueAxis, double low, double high, const QColor& color,
                          const QString& layer)
{
    auto* band = new QCPItemRect(valueAxis.parentPlot());
    band->setClipAxisRect(valueAxis.axisRect());
    placeAcross(band->topLeft, valueAxis, 0.0, high);
    placeAcross(band->bottomRight, valueAxis, 1.0, low);
    band->setBrush(color);
    band->setPen(Qt::NoPen);
    band->setSelectable(false);
    band->setLayer(layer);
    return band;
}

QCPItemStraightLine* addValueLine(QCPAxis& valueAxis, double value, const QPen& pen)
{
    auto* line = new QCPItemStraightLine(valueAxis.parentPlot());
    line->setClipAxisRect(valueAxis.axisRect());
    placeAcross(line->point1, valueAxis, 0.0, value);
    placeAcross(line->point2, valueAxis, 1.0, value);
    line->setPen(pen);
    line->setSelectable(false);
    return line;
}

QCPAbstractPlottable* addLegendEntry(QCustomPlot& plot, const QString& name, const QBrush& brush,
                                     const QPen& pen)
{
    QCPAbstractPlottable* entry = nullptr;
    if (brush.style() != Qt::NoBrush)
        entry = new QCPBars(plot.xAxis, plot.yAxis);
    else
        entry = plot.addGraph();
    entry->setName(name);
    entry->setBrush(brush);
    entry->setPen(pen);
    entry->setSelectable(QCP::stNone);
    return entry;
}

QColor seriesColor(int index)
{
    // Mid-lightness hues (Tableau 10, a little deepened): each keeps enough contrast
    // against a white and a near-black background, and neighbours differ in hue.
    static const QColor colors[] = {
        QColor(0x3a, 0x7d, 0xc4), QColor(0xe0, 0x7b, 0x22), QColor(0x3f, 0xa3, 0x4d),
        QColor(0xd0, 0x45, 0x4c), QColor(0x8e, 0x6b, 0xbf), QColor(0x9c, 0x75, 0x5f),
        QColor(0xd9, 0x6f, 0xb2), QColor(0x8a, 0x8f, 0x96), QColor(0xb5, 0xa8, 0x2a),
        QColor(0x2f, 0xa8, 0xb8),
    };
    const int count = int(std::size(colors));
    return colors[((index % count) + count) % count];
}

} // namespace paceline::charts
