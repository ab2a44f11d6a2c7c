#include "IntensityProfileChart.h"

#include "ChartTools.h"

#include <QToolTip>
#include <QVBoxLayout>
#include <qcustomplot.h>

#include <algorithm>

namespace paceline {

namespace {

// Where the zones sit as fractions of VDOT speed (Daniels' table 5.2 paces relative to
// the VDOT speed, rounded): used for the axis labels only.
constexpr double kEasyLevel = 0.70;
constexpr double kMarathonLevel = 0.81;
constexpr double kThresholdLevel = 0.88;
constexpr double kIntervalLevel = 0.98;
constexpr double kRepetitionLevel = 1.06;
constexpr double kTopLevel = 1.15;

} // namespace

IntensityProfileChart::IntensityProfileChart(QWidget* parent)
    : QWidget(parent), m_plot(new QCustomPlot(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_plot);
    setMinimumHeight(170);
    // A click still takes the focus (finishing an edit typed elsewhere), but to this
    // widget rather than the plot, so a screen can hand it on with setFocusProxy().
    m_plot->setFocusPolicy(Qt::NoFocus);
    charts::paintWithWindow(*m_plot);
    setFocusPolicy(Qt::ClickFocus);
    setUpAxes();
    m_plot->setMouseTracking(true);
    connect(m_plot, &QCustomPlot::mouseMove, this, &IntensityProfileChart::showToolTip);
    connect(m_plot, &QCustomPlot::mousePress, this, [this](QMouseEvent* event) {
        const int index = barAt(event->position());
        if (index >= 0)
            Q_EMIT barClicked(m_bars[size_t(index)].path,
                              event->modifiers().testFlag(Qt::ControlModifier));
    });
}

void IntensityProfileChart::setUpAxes()
{
    auto ticker = QSharedPointer<QCPAxisTickerText>::create();
    ticker->addTick(kEasyLevel, tr("E"));
    ticker->addTick(kMarathonLevel, tr("M"));
    ticker->addTick(kThresholdLevel, tr("T"));
    ticker->addTick(kIntervalLevel, tr("I"));
    ticker->addTick(kRepetitionLevel, tr("R"));
    m_plot->yAxis->setTicker(ticker);
    m_plot->yAxis->setRange(0.0, kTopLevel);
    m_plot->yAxis->setLabel(tr("Intensity"));
    m_plot->yAxis->grid()->setPen(QPen(QColor(0, 0, 0, 25), 1, Qt::DotLine));
    m_plot->xAxis->setLabel(tr("Minutes"));
    m_plot->xAxis->grid()->setVisible(false);
    m_plot->setBackground(palette().base());
    m_plot->axisRect()->setAutoMargins(QCP::msLeft | QCP::msBottom);
    m_plot->axisRect()->setMargins(QMargins(0, 8, 12, 0));
}

void IntensityProfileChart::setBars(std::vector<ProfileBar> bars)
{
    m_bars = std::move(bars);
    m_plot->clearItems();
    m_rects.clear();
    double end = 0.0;
    for (const ProfileBar& bar : m_bars) {
        auto* rect = new QCPItemRect(m_plot);
        rect->topLeft->setCoords(bar.startMinutes, std::max(bar.intensity, 0.02));
        rect->bottomRight->setCoords(bar.startMinutes + bar.minutes, 0.0);
        QColor fill = bar.color;
        rect->setBrush(fill);
        rect->setPen(bar.selected ? QPen(palette().highlight().color(), 2.5)
                                  : QPen(fill.darker(125), 1));
        rect->setSelectable(false);
        m_rects.push_back(rect);
        end = std::max(end, bar.startMinutes + bar.minutes);
    }
    m_plot->xAxis->setRange(0.0, std::max(end, 10.0));
    m_plot->replot();
}

int IntensityProfileChart::barAt(const QPointF& pixel) const
{
    const double minutes = m_plot->xAxis->pixelToCoord(pixel.x());
    const double level = m_plot->yAxis->pixelToCoord(pixel.y());
    for (size_t i = 0; i < m_bars.size(); ++i) {
        const ProfileBar& bar = m_bars[i];
        if (minutes >= bar.startMinutes && minutes < bar.startMinutes + bar.minutes &&
            level >= 0.0 && level <= std::max(bar.intensity, 0.02))
            return int(i);
    }
    return -1;
}

void IntensityProfileChart::showToolTip(QMouseEvent* event)
{
    const int index = barAt(event->position());
    if (index < 0) {
        QToolTip::hideText();
        return;
    }
    QToolTip::showText(event->globalPosition().toPoint(), m_bars[size_t(index)].toolTip, m_plot);
}

} // namespace paceline
