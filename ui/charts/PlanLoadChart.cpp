#include "PlanLoadChart.h"

#include "ChartTools.h"

#include <QLabel>
#include <QLocale>
#include <QToolTip>
#include <QVBoxLayout>
#include <qcustomplot.h>

#include <algorithm>
#include <cmath>

namespace paceline {

namespace {

const QColor kPlannedColor(0x2f, 0x6f, 0xb5);
const QColor kLoggedColor(0x8a, 0x95, 0xa3);
constexpr double kBarWidth = 0.65;
constexpr int kPlotMinimumHeight = 170;
constexpr double kHoverHalfWidth = 0.45;

/// The 0-based bar under `pixel` in `rect`, or -1.
int barAt(const QCPAxisRect* rect, const QPointF& pixel, int count)
{
    if (!rect->rect().contains(pixel.toPoint()))
        return -1;
    const double key = rect->axis(QCPAxis::atBottom)->pixelToCoord(pixel.x());
    const int bar = int(std::lround(key));
    if (bar < 1 || bar > count || std::abs(key - bar) > kHoverHalfWidth)
        return -1;
    return bar - 1;
}

QString loadText(double load)
{
    return QLocale().toString(qRound64(load));
}

void styleBars(QCPBars* bars, const QColor& color, const QString& name)
{
    bars->setName(name);
    bars->setBrush(color);
    bars->setPen(QPen(color.darker(120)));
    bars->setWidth(kBarWidth);
}

void styleValueAxis(QCPAxis* axis, const QString& label)
{
    axis->setLabel(label);
    axis->grid()->setPen(QPen(QColor(0, 0, 0, 30), 1, Qt::DotLine));
    axis->setRangeLower(0.0);
}

/// Room above the tallest bar, and a sensible scale for an empty week.
double axisTop(double highest)
{
    return std::max(highest * 1.15, 100.0);
}

QSharedPointer<QCPAxisTickerText> textTicker(const QStringList& labels)
{
    auto ticker = QSharedPointer<QCPAxisTickerText>::create();
    for (int i = 0; i < labels.size(); ++i)
        ticker->addTick(i + 1, labels[i]);
    return ticker;
}

} // namespace

PlanLoadChart::PlanLoadChart(QWidget* parent)
    : QWidget(parent), m_summary(new QLabel), m_plot(new QCustomPlot)
{
    m_summary->setObjectName(QStringLiteral("planLoadSummary"));
    m_summary->setWordWrap(true);
    m_plot->setObjectName(QStringLiteral("planLoadPlot"));
    m_plot->setMinimumHeight(kPlotMinimumHeight);
    m_plot->setFocusPolicy(Qt::NoFocus);
    charts::paintWithWindow(*m_plot);
    setToolTip(tr("Load is session-RPE load (RPE × minutes): planned from each session's "
                  "content, actual from the logged sessions."));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(m_plot, 1);
    setUpPlot();
    setData({});
    m_plot->setMouseTracking(true);
    connect(m_plot, &QCustomPlot::mouseMove, this, &PlanLoadChart::showToolTip);
}

void PlanLoadChart::setUpPlot()
{
    m_plot->setBackground(palette().base());
    m_plot->setAutoAddPlottableToLegend(false); // setUpLegend names each colour once
    QCPAxisRect* dayRect = m_plot->axisRect();
    dayRect->axis(QCPAxis::atBottom)->grid()->setVisible(false);
    styleValueAxis(dayRect->axis(QCPAxis::atLeft), tr("Load per day"));
    m_dayBars = new QCPBars(dayRect->axis(QCPAxis::atBottom), dayRect->axis(QCPAxis::atLeft));
    styleBars(m_dayBars, kPlannedColor, tr("Planned"));

    m_weekRect = addWeekRect();
    QCPAxis* weekKeys = m_weekRect->axis(QCPAxis::atBottom);
    QCPAxis* weekValues = m_weekRect->axis(QCPAxis::atLeft);
    m_loggedWeekBars = new QCPBars(weekKeys, weekValues);
    styleBars(m_loggedWeekBars, kLoggedColor, tr("Actual (logged)"));
    m_plannedWeekBars = new QCPBars(weekKeys, weekValues);
    styleBars(m_plannedWeekBars, kPlannedColor, tr("Planned"));
    setUpLegend();
}

QCPAxisRect* PlanLoadChart::addWeekRect()
{
    auto* rect = new QCPAxisRect(m_plot, false);
    rect->addAxes(QCPAxis::atBottom | QCPAxis::atLeft);
    rect->axis(QCPAxis::atBottom)->grid()->setVisible(false);
    styleValueAxis(rect->axis(QCPAxis::atLeft), tr("Load per week"));
    m_plot->plotLayout()->addElement(0, 1, rect);
    // Seven day bars beside five week bars: give each bar about the same width.
    m_plot->plotLayout()->setColumnStretchFactors({7.0, 6.0});
    // Five week labels share less room than seven day labels: a size smaller.
    QFont small = rect->axis(QCPAxis::atBottom)->tickLabelFont();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    rect->axis(QCPAxis::atBottom)->setTickLabelFont(small);
    return rect;
}

void PlanLoadChart::setUpLegend()
{
    // Under the plot, one row: it never covers a bar. The day bars and the planned week
    // bars share a colour and a name, so only one of them gets an entry.
    m_plot->axisRect()->insetLayout()->take(m_plot->legend);
    m_plot->plotLayout()->addElement(1, 0, m_plot->legend);
    m_plot->plotLayout()->setRowStretchFactor(1, 0.001);
    m_plot->legend->setFillOrder(QCPLegend::foColumnsFirst);
    m_plot->legend->setBorderPen(Qt::NoPen);
    m_plot->legend->setBrush(Qt::NoBrush);
    m_plot->legend->setMargins(QMargins(0, 0, 0, 2));
    m_plot->legend->addItem(new QCPPlottableLegendItem(m_plot->legend, m_dayBars));
    m_plot->legend->addItem(new QCPPlottableLegendItem(m_plot->legend, m_loggedWeekBars));
    m_plot->legend->setVisible(true);
}

void PlanLoadChart::setData(PlanLoadData data)
{
    m_data = std::move(data);
    m_summary->setText(QStringLiteral("<b>%1</b>").arg(planLoadSummary(m_data).toHtmlEscaped()));
    drawDays();
    drawWeeks();
    m_plot->replot();
}

QString PlanLoadChart::summaryText() const
{
    return planLoadSummary(m_data);
}

void PlanLoadChart::drawDays()
{
    QVector<double> keys;
    QVector<double> values;
    QStringList labels;
    double highest = 0.0;
    for (size_t i = 0; i < m_data.plannedPerDay.size(); ++i) {
        keys << double(i + 1);
        values << m_data.plannedPerDay[i];
        highest = std::max(highest, m_data.plannedPerDay[i]);
        const QDate day = m_data.first.addDays(qint64(i));
        // Two lines, so seven labels fit under a narrow chart.
        labels << QStringLiteral("%1\n%2")
                      .arg(QLocale().dayName(day.dayOfWeek(), QLocale::ShortFormat))
                      .arg(day.day());
    }
    m_dayBars->setData(keys, values, true);
    QCPAxis* keyAxis = m_dayBars->keyAxis();
    keyAxis->setTicker(textTicker(labels));
    keyAxis->setRange(0.4, std::max<double>(double(labels.size()), 7.0) + 0.6);
    m_dayBars->valueAxis()->setRange(0.0, axisTop(highest));
}

void PlanLoadChart::drawWeeks()
{
    QVector<double> loggedKeys;
    QVector<double> loggedValues;
    QStringList labels;
    double highest = m_data.plannedTotal;
    for (size_t i = 0; i < m_data.previousWeeks.size(); ++i) {
        const WeekLoad& week = m_data.previousWeeks[i];
        loggedKeys << double(i + 1);
        loggedValues << week.load;
        highest = std::max(highest, week.load);
        labels << QLocale().toString(week.weekStart, QStringLiteral("d\nMMM"));
    }
    // The shown week is not always the current one: name it by its date, as the others.
    labels << tr("%1\nplan").arg(QLocale().toString(m_data.first, QStringLiteral("d MMM")));
    m_loggedWeekBars->setData(loggedKeys, loggedValues, true);
    m_plannedWeekBars->setData({double(labels.size())}, {m_data.plannedTotal}, true);
    QCPAxis* keyAxis = m_weekRect->axis(QCPAxis::atBottom);
    keyAxis->setTicker(textTicker(labels));
    keyAxis->setRange(0.4, double(labels.size()) + 0.6);
    m_weekRect->axis(QCPAxis::atLeft)->setRange(0.0, axisTop(highest));
}

QString PlanLoadChart::toolTipAt(const QPointF& pixel) const
{
    const int day = barAt(m_plot->axisRect(), pixel, int(m_data.plannedPerDay.size()));
    if (day >= 0) {
        const QDate date = m_data.first.addDays(day);
        return tr("%1: planned load %2")
            .arg(QLocale().toString(date, QStringLiteral("ddd d MMM")),
                 loadText(m_data.plannedPerDay[size_t(day)]));
    }
    const int weeks = int(m_data.previousWeeks.size());
    const int week = barAt(m_weekRect, pixel, weeks + 1);
    if (week < 0)
        return {};
    if (week == weeks)
        return tr("Week of %1: planned load %2")
            .arg(QLocale().toString(m_data.first, QStringLiteral("d MMM")),
                 loadText(m_data.plannedTotal));
    const WeekLoad& logged = m_data.previousWeeks[size_t(week)];
    return tr("Week of %1: logged load %2")
        .arg(QLocale().toString(logged.weekStart, QStringLiteral("d MMM")), loadText(logged.load));
}

void PlanLoadChart::showToolTip(QMouseEvent* event)
{
    const QString text = toolTipAt(event->position());
    if (text.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(event->globalPosition().toPoint(), text, m_plot);
}

} // namespace paceline
