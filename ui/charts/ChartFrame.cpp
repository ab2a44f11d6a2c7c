#include "ChartFrame.h"

#include "ChartTools.h"

#include <QAction>
#include <QEvent>
#include <QLabel>
#include <QMouseEvent>
#include <QStackedWidget>
#include <QVBoxLayout>
#include <qcustomplot.h>

namespace paceline {

namespace {

constexpr int kPlotMinimumHeight = 200;
constexpr int kEmptyStateHeight = 110;
/// A press and release closer than this (Manhattan, pixels) is a click, not a drag.
constexpr int kClickSlop = 3;

} // namespace

ChartFrame::ChartFrame(QWidget* parent)
    : QWidget(parent), m_stack(new QStackedWidget), m_empty(new QLabel), m_plot(new QCustomPlot),
      m_exportAction(new QAction(tr("Export as PNG or PDF…"), this)),
      m_exportName(QStringLiteral("chart"))
{
    m_empty->setObjectName(QStringLiteral("chartEmptyState"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    // The plot's own background, so an empty chart still reads as a chart's place.
    m_empty->setBackgroundRole(QPalette::Base);
    m_empty->setAutoFillBackground(true);
    m_empty->setMargin(12);
    m_stack->addWidget(m_empty);
    m_stack->addWidget(m_plot);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    m_plot->setFocusPolicy(Qt::NoFocus);
    m_plot->setMouseTracking(true);
    charts::paintWithWindow(*m_plot);
    m_plot->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_plot->addAction(m_exportAction);
    charts::applyPalette(*m_plot, palette());
    connect(m_exportAction, &QAction::triggered, this,
            [this] { charts::exportPlotInteractively(*m_plot, this, m_exportName); });
    connect(m_plot, &QCustomPlot::mouseMove, this, &ChartFrame::hover);
    connect(m_plot, &QCustomPlot::mousePress, this,
            [this](QMouseEvent* event) { m_pressPosition = event->position(); });
    connect(m_plot, &QCustomPlot::mouseRelease, this, &ChartFrame::release);
    showPlot(false);
}

bool ChartFrame::isShowingEmptyState() const
{
    return m_stack->currentWidget() == m_empty;
}

QString ChartFrame::emptyText() const
{
    return m_empty->text();
}

void ChartFrame::setEmptyText(const QString& text)
{
    m_empty->setText(text);
}

bool ChartFrame::exportTo(const QString& path, QString* error)
{
    return charts::exportPlot(*m_plot, path, error);
}

void ChartFrame::showPlot(bool hasData)
{
    m_stack->setCurrentWidget(hasData ? static_cast<QWidget*>(m_plot) : m_empty);
    // The empty state is one sentence: it need not hold a chart's room open, but it
    // may fill the room a chart beside it takes.
    setMinimumHeight(hasData ? kPlotMinimumHeight : kEmptyStateHeight);
    m_exportAction->setEnabled(hasData);
    if (!hasData)
        charts::showToolTip(m_plot, {}, {});
}

void ChartFrame::placeLegendBelow()
{
    m_plot->axisRect()->insetLayout()->take(m_plot->legend);
    m_plot->plotLayout()->addElement(1, 0, m_plot->legend);
    m_plot->plotLayout()->setRowStretchFactor(1, 0.001);
    m_plot->legend->setFillOrder(QCPLegend::foColumnsFirst);
    m_plot->legend->setBorderPen(Qt::NoPen);
    m_plot->legend->setBrush(Qt::NoBrush);
    m_plot->legend->setMargins(QMargins(0, 0, 0, 2));
    m_plot->legend->setVisible(true);
}

void ChartFrame::setTimeSpan(QDate firstDay, QDate lastDay)
{
    // Half a day either side of the days' noon keys: the whole first and last day.
    constexpr double kHalfDay = 12 * 3600.0;
    const double lower = charts::dayKey(firstDay) - kHalfDay;
    const double upper = charts::dayKey(lastDay) + kHalfDay;
    charts::useDateAxis(*m_plot->xAxis);
    m_plot->xAxis->setRange(lower, upper);
    charts::enableTimeZoom(*m_plot, lower, upper);
}

bool ChartFrame::isInPlotArea(const QPointF& pixel) const
{
    return m_plot->axisRect()->rect().contains(pixel.toPoint());
}

void ChartFrame::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        charts::applyPalette(*m_plot, palette());
        paletteChanged();
        m_plot->replot();
    }
}

void ChartFrame::hover(QMouseEvent* event)
{
    charts::showToolTip(m_plot, event->globalPosition().toPoint(), toolTipAt(event->position()));
}

void ChartFrame::release(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton)
        return;
    if ((event->position() - m_pressPosition).manhattanLength() <= kClickSlop)
        clickAt(event->position());
}

} // namespace paceline
