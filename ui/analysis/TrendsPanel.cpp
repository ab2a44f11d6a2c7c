#include "TrendsPanel.h"

#include "ChartSection.h"
#include "PaceBandEdit.h"
#include "core/model/InputLimits.h"
#include "core/science/LoadSeries.h"
#include "core/science/Stability.h"
#include "core/science/TrainingPaces.h"
#include "ui/charts/ChartTools.h"
#include "ui/charts/IntensityDistributionChart.h"
#include "ui/charts/RepeatsOverlayChart.h"
#include "ui/charts/TrendChart.h"
#include "ui/document/LogDocument.h"
#include "ui/document/TemplateLibrary.h"

#include <QAction>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QGridLayout>
#include <QLabel>
#include <QScrollArea>
#include <QSpinBox>
#include <qcustomplot.h>

#include <algorithm>
#include <cmath>
#include <functional>

namespace paceline {

namespace {

constexpr double kDefaultRpeLow = 7.0;
constexpr double kDefaultRpeHigh = 8.0;
constexpr int kDefaultRepeats = 5;
constexpr int kMostRepeats = 12;
/// The default pace band: the athlete's T pace +-2 %, as "on pace" counts in the
/// stability figures (docs/logging.md).
constexpr double kPaceBandFraction = 0.02;

/// Without the athlete's resting and maximum heart rate: a band that is threshold-ish
/// for many adult runners, and a start to edit.
constexpr int kFallbackHeartRateLow = 150;
constexpr int kFallbackHeartRateHigh = 160;
/// With them: 80-88 % of the heart-rate reserve (Karvonen), about threshold effort.
constexpr double kReserveFractionLow = 0.80;
constexpr double kReserveFractionHigh = 0.88;
// As the CLI's --hr and every heart rate in a log (InputLimits.h).
constexpr int kLowestHeartRate = limits::kMinHeartRate;
constexpr int kHighestHeartRate = limits::kMaxHeartRate;

QDoubleSpinBox* rpeSpin(const QString& name, double value)
{
    auto* spin = new QDoubleSpinBox;
    spin->setObjectName(name);
    spin->setRange(limits::kMinRpe, limits::kMaxRpe);
    spin->setDecimals(1);
    spin->setSingleStep(0.5);
    spin->setValue(value);
    return spin;
}

QSpinBox* heartRateSpin(const QString& name, int value)
{
    auto* spin = new QSpinBox;
    spin->setObjectName(name);
    spin->setRange(kLowestHeartRate, kHighestHeartRate);
    spin->setValue(value);
    return spin;
}

/// The band stays a band: moving one end past the other drags the other along.
template <typename Spin>
void linkBand(Spin* low, Spin* high, QObject* context, const std::function<void()>& edited)
{
    QObject::connect(low, &Spin::valueChanged, context, [high, edited](auto value) {
        if (high->value() < value)
            high->setValue(value);
        edited();
    });
    QObject::connect(high, &Spin::valueChanged, context, [low, edited](auto value) {
        if (low->value() > value)
            low->setValue(value);
        edited();
    });
}

/// "low – high unit" in a row that shows or hides as one.
QWidget* bandRow(QWidget* low, QWidget* high, const QString& unit)
{
    auto* row = new QWidget;
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(low);
    layout->addWidget(new QLabel(QStringLiteral("–")));
    layout->addWidget(high);
    if (!unit.isEmpty())
        layout->addWidget(new QLabel(unit));
    return row;
}

/// [low, high] bpm at the given fractions of the athlete's heart-rate reserve, when
/// both ends of it are known.
std::optional<std::pair<int, int>> reserveBand(const Athlete& athlete)
{
    if (!athlete.maxHeartRate || !athlete.restingHeartRate ||
        *athlete.maxHeartRate <= *athlete.restingHeartRate)
        return std::nullopt;
    const int resting = *athlete.restingHeartRate;
    const int reserve = *athlete.maxHeartRate - resting;
    return std::pair{resting + int(std::lround(kReserveFractionLow * reserve)),
                     resting + int(std::lround(kReserveFractionHigh * reserve))};
}

} // namespace

TrendsPanel::TrendsPanel(LogDocument& document, QWidget* parent)
    : QWidget(parent), m_document(document)
{
    buildLayout();
    connectCharts();
    syncTimeZoom();
    addShowAllDates();
    TemplateLibrary& library = m_document.library();
    connect(&library, &TemplateLibrary::templateChanged, this, &TrendsPanel::templatesEdited);
    connect(&library, &TemplateLibrary::templateRemoved, this, &TrendsPanel::templatesEdited);
    connect(&library, &TemplateLibrary::templatesReset, this, &TrendsPanel::templatesEdited);
    connect(&m_document, &LogDocument::athleteChanged, this, &TrendsPanel::athleteEdited);
}

void TrendsPanel::buildLayout()
{
    buildStabilitySection();
    buildPaceAtEffortSection();
    buildEffortAtPaceSection();
    buildRepeatsSection();
    buildIntensitySection();
    auto* content = new QWidget;
    auto* grid = new QGridLayout(content);
    grid->setVerticalSpacing(18);
    grid->setHorizontalSpacing(24);
    grid->addWidget(templateRow(), 0, 0, 1, 2);
    // The two charts the template choice changes most side by side; the weekly mix
    // of intensity across the whole width, where its many bars have room.
    grid->addWidget(m_stabilitySection, 1, 0);
    grid->addWidget(m_repeatsSection, 1, 1);
    grid->addWidget(m_paceAtEffortSection, 2, 0);
    grid->addWidget(m_effortAtPaceSection, 2, 1);
    grid->addWidget(m_intensitySection, 3, 0, 1, 2);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);
    auto* scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);
}

QWidget* TrendsPanel::templateRow()
{
    m_template = new QComboBox;
    m_template->setObjectName(QStringLiteral("trendTemplate"));
    m_template->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_template->addItem(tr("All sessions"));
    m_template->setToolTip(tr("Which sessions the pace charts count: all of them, or the "
                              "logged repeats of one template from the library."));
    auto* row = new QWidget;
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    // Alt+I: S is the range's (Show), E the Edit menu's.
    auto* label = new QLabel(tr("Sess&ions:"));
    label->setBuddy(m_template);
    layout->addWidget(label);
    layout->addWidget(m_template);
    layout->addStretch(1);
    connect(m_template, &QComboBox::currentIndexChanged, this, [this] {
        drawStability();
        drawPaceAtEffort();
        drawEffortAtPace();
        readAndDrawRepeats();
    });
    return row;
}

void TrendsPanel::buildStabilitySection()
{
    m_stabilityChart = new TrendChart;
    m_stabilityChart->setObjectName(QStringLiteral("stabilityTrend"));
    m_stabilityChart->setExportName(QStringLiteral("pace-stability"));
    m_stabilitySection = new ChartSection(tr("Pace stability"), m_stabilityChart);
    m_stabilitySection->setExplanation(tr("The median pace CV of each week's sessions: how much "
                                          "the work reps' paces vary. Lower is steadier."));
}

void TrendsPanel::buildPaceAtEffortSection()
{
    m_paceAtEffortChart = new TrendChart;
    m_paceAtEffortChart->setObjectName(QStringLiteral("paceAtEffortTrend"));
    m_paceAtEffortChart->setExportName(QStringLiteral("pace-at-effort"));
    m_paceAtEffortSection = new ChartSection(tr("Pace at a fixed effort"), m_paceAtEffortChart);
    m_effortKind = new QComboBox;
    m_effortKind->setObjectName(QStringLiteral("effortKind"));
    m_effortKind->addItem(tr("RPE"));
    m_effortKind->addItem(tr("Heart rate"));
    m_effortKind->setToolTip(tr("Count the work reps by their RPE, or by their average heart "
                                "rate (for athletes who log it per rep)."));
    // Alt+O: E is the Edit menu's, I the Sessions choice's.
    auto* label = new QLabel(tr("Eff&ort:"));
    label->setBuddy(m_effortKind);
    m_paceAtEffortSection->addControl(label);
    m_paceAtEffortSection->addControl(m_effortKind);
    m_paceAtEffortSection->addControl(rpeBandControls());
    m_paceAtEffortSection->addControl(heartRateBandControls());
    // The choice lasts while the panel does: the reps are read already, so it redraws.
    connect(m_effortKind, &QComboBox::currentIndexChanged, this, &TrendsPanel::effortKindChosen);
    effortKindChosen();
}

QWidget* TrendsPanel::rpeBandControls()
{
    m_rpeLow = rpeSpin(QStringLiteral("rpeLow"), kDefaultRpeLow);
    m_rpeHigh = rpeSpin(QStringLiteral("rpeHigh"), kDefaultRpeHigh);
    linkBand(m_rpeLow, m_rpeHigh, this, [this] { drawPaceAtEffort(); });
    m_rpeBand = bandRow(m_rpeLow, m_rpeHigh, {});
    return m_rpeBand;
}

QWidget* TrendsPanel::heartRateBandControls()
{
    m_heartRateLow = heartRateSpin(QStringLiteral("heartRateLow"), kFallbackHeartRateLow);
    m_heartRateHigh = heartRateSpin(QStringLiteral("heartRateHigh"), kFallbackHeartRateHigh);
    linkBand(m_heartRateLow, m_heartRateHigh, this, [this] { drawPaceAtEffort(); });
    m_heartRateBand = bandRow(m_heartRateLow, m_heartRateHigh, tr("bpm"));
    return m_heartRateBand;
}

void TrendsPanel::effortKindChosen()
{
    m_rpeBand->setVisible(!byHeartRate());
    m_heartRateBand->setVisible(byHeartRate());
    m_paceAtEffortSection->setExplanation(
        byHeartRate() ? tr("The median pace of each week's work reps whose average heart rate "
                           "is in this band. Faster (higher) is better.")
                      : tr("The median pace of each week's work reps run at this RPE. Faster "
                           "(higher) is better."));
    if (m_athlete && !m_readPending)
        drawPaceAtEffort();
}

void TrendsPanel::buildEffortAtPaceSection()
{
    m_effortAtPaceChart = new TrendChart;
    m_effortAtPaceChart->setObjectName(QStringLiteral("effortAtPaceTrend"));
    m_effortAtPaceChart->setExportName(QStringLiteral("effort-at-pace"));
    m_effortAtPaceSection = new ChartSection(tr("Effort at a fixed pace"), m_effortAtPaceChart);
    m_effortAtPaceSection->setExplanation(tr("The median RPE of each week's work reps run in this "
                                             "pace band. Lower means the same pace feels easier."));
    m_paceBand = new PaceBandEdit;
    m_effortAtPaceSection->addCaption(tr("Pace"));
    m_effortAtPaceSection->addControl(m_paceBand);
    connect(m_paceBand, &PaceBandEdit::bandEdited, this, &TrendsPanel::drawEffortAtPace);
}

void TrendsPanel::buildRepeatsSection()
{
    m_repeatsChart = new RepeatsOverlayChart;
    m_repeatsChart->setObjectName(QStringLiteral("repeatsOverlay"));
    m_repeatsChart->setExportName(QStringLiteral("template-repeats"));
    m_repeatsSection = new ChartSection(tr("Repeats rep by rep"), m_repeatsChart);
    m_repeatsSection->setExplanation(tr("The last repeats of the chosen template on top of each "
                                        "other: each work rep's pace, the newest strongest."));
    m_repeatCount = new QSpinBox;
    m_repeatCount->setObjectName(QStringLiteral("repeatCount"));
    m_repeatCount->setRange(1, kMostRepeats);
    m_repeatCount->setValue(kDefaultRepeats);
    m_repeatsSection->addCaption(tr("Last"));
    m_repeatsSection->addControl(m_repeatCount);
    connect(m_repeatCount, &QSpinBox::valueChanged, this, &TrendsPanel::readAndDrawRepeats);
}

void TrendsPanel::buildIntensitySection()
{
    m_intensityChart = new IntensityDistributionChart;
    m_intensityChart->setObjectName(QStringLiteral("intensityDistribution"));
    m_intensityChart->setExportName(QStringLiteral("intensity-distribution"));
    m_intensitySection = new ChartSection(tr("Intensity distribution"), m_intensityChart);
    m_intensitySection->setExplanation(tr("Each week's time in the five zones, from the pace (or "
                                          "else the RPE) of what was logged."));
    m_intensityMode = new QComboBox;
    m_intensityMode->setObjectName(QStringLiteral("intensityMode"));
    m_intensityMode->addItem(tr("Hours"));
    m_intensityMode->addItem(tr("Share of the week (100 %)"));
    m_intensitySection->addControl(m_intensityMode);
    connect(m_intensityMode, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_intensityChart->setMode(index == 1 ? IntensityDistributionChart::Mode::Share
                                             : IntensityDistributionChart::Mode::Hours);
    });
}

void TrendsPanel::connectCharts()
{
    for (TrendChart* chart : {m_stabilityChart, m_paceAtEffortChart, m_effortAtPaceChart})
        connect(chart, &TrendChart::weekClicked, this, &TrendsPanel::openWeekRequested);
    connect(m_intensityChart, &IntensityDistributionChart::weekClicked, this,
            &TrendsPanel::openWeekRequested);
    connect(m_repeatsChart, &RepeatsOverlayChart::sessionClicked, this,
            &TrendsPanel::openSessionRequested);
}

void TrendsPanel::syncTimeZoom()
{
    // The weekly charts share their dates: zooming into a block in one shows the same
    // weeks in all, so a change in steadiness can be read against that block's mix.
    const std::vector<ChartFrame*> weekly{m_stabilityChart, m_paceAtEffortChart,
                                          m_effortAtPaceChart, m_intensityChart};
    for (ChartFrame* source : weekly) {
        connect(source->plot()->xAxis, qOverload<const QCPRange&>(&QCPAxis::rangeChanged), this,
                [this, source, weekly](const QCPRange& range) {
                    if (m_syncingZoom)
                        return;
                    m_syncingZoom = true;
                    for (ChartFrame* other : weekly) {
                        if (other != source) {
                            other->plot()->xAxis->setRange(range);
                            other->plot()->replot(QCustomPlot::rpQueuedReplot);
                        }
                    }
                    m_syncingZoom = false;
                });
    }
}

void TrendsPanel::addShowAllDates()
{
    for (ChartFrame* chart : std::initializer_list<ChartFrame*>{
             m_stabilityChart, m_paceAtEffortChart, m_effortAtPaceChart, m_intensityChart}) {
        auto* action = new QAction(tr("Show All Dates"), chart->plot());
        connect(action, &QAction::triggered, this, &TrendsPanel::showAllDates);
        chart->plot()->insertAction(chart->exportAction(), action);
    }
}

void TrendsPanel::showAllDates()
{
    if (!m_firstWeek.isValid())
        return;
    // Half a day either side of the first and last days' noon keys, as ChartFrame spans;
    // one chart is enough, the others follow it (syncTimeZoom).
    constexpr double kHalfDay = 12.0 * 60.0 * 60.0;
    QCustomPlot* plot = m_stabilityChart->plot();
    plot->xAxis->setRange(charts::dayKey(m_firstWeek) - kHalfDay,
                          charts::dayKey(m_lastDay) + kHalfDay);
    plot->replot(QCustomPlot::rpQueuedReplot);
}

void TrendsPanel::setFirstDayOfWeek(Qt::DayOfWeek day)
{
    if (m_weekStartsOn == int(day))
        return;
    m_weekStartsOn = int(day);
    if (m_athlete)
        showRange(m_athlete->id, m_first, m_last);
}

void TrendsPanel::showRange(AthleteId athlete, QDate first, QDate last)
{
    const bool newAthlete = !m_athlete || m_athlete->id != athlete;
    m_athlete = m_document.athlete(athlete);
    m_first = first;
    m_last = last;
    m_firstWeek = weekStartOf(first, m_weekStartsOn);
    m_lastDay = weekStartOf(last, m_weekStartsOn).addDays(6);
    // Another athlete's threshold pace, not the last one's band.
    if (newAthlete) {
        setDefaultPaceBand();
        setDefaultHeartRateBand();
    }
    m_readPending = true;
    if (isVisible())
        readAndDraw();
}

void TrendsPanel::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_readPending)
        readAndDraw();
}

void TrendsPanel::setDefaultPaceBand()
{
    const std::optional<TrainingPaces> paces = m_athlete ? athletePaces(*m_athlete) : std::nullopt;
    if (!paces || !(paces->threshold.metresPerSecond > 0.0)) {
        m_paceBand->setBand(std::nullopt, units());
        return;
    }
    const double threshold = paces->threshold.metresPerSecond;
    m_paceBand->setBand(PaceRange{Speed{threshold / (1.0 + kPaceBandFraction)},
                                  Speed{threshold / (1.0 - kPaceBandFraction)}},
                        units());
}

void TrendsPanel::setDefaultHeartRateBand()
{
    const std::optional<std::pair<int, int>> band =
        m_athlete ? reserveBand(*m_athlete) : std::nullopt;
    // Quietly: the caller redraws once, not once per end.
    const QSignalBlocker quietLow(m_heartRateLow);
    const QSignalBlocker quietHigh(m_heartRateHigh);
    m_heartRateLow->setValue(band ? band->first : kFallbackHeartRateLow);
    m_heartRateHigh->setValue(band ? band->second : kFallbackHeartRateHigh);
    const QString why =
        band ? tr("Starts at %1–%2 bpm: 80–88 % of the athlete's heart-rate reserve (resting + "
                  "80–88 % of maximum − resting, Karvonen), about threshold effort.")
                   .arg(band->first)
                   .arg(band->second)
             : tr("Starts at %1–%2 bpm, about threshold effort for many runners. Give the "
                  "athlete a maximum and a resting heart rate and it starts at 80–88 % of their "
                  "heart-rate reserve (Karvonen) instead.")
                   .arg(kFallbackHeartRateLow)
                   .arg(kFallbackHeartRateHigh);
    const QString tip = tr("Work reps whose average heart rate is in this band count. %1").arg(why);
    m_heartRateLow->setToolTip(tip);
    m_heartRateHigh->setToolTip(tip);
}

void TrendsPanel::athleteEdited(AthleteId id)
{
    if (!m_athlete || m_athlete->id != id)
        return;
    const UnitSystem before = units();
    const Athlete old = *m_athlete;
    m_athlete = m_document.athlete(id);
    // A new race moves T pace, new units the band's unit: show the athlete's band again.
    setDefaultPaceBand();
    // Only new heart rates move the bpm band: a renamed athlete keeps the one typed.
    const bool newHeartRates = !m_athlete || m_athlete->maxHeartRate != old.maxHeartRate ||
                               m_athlete->restingHeartRate != old.restingHeartRate;
    if (newHeartRates)
        setDefaultHeartRateBand();
    if (m_readPending)
        return;
    if (units() != before) {
        drawAll();
        return;
    }
    drawEffortAtPace();
    if (newHeartRates)
        drawPaceAtEffort();
}

void TrendsPanel::refreshTemplateChoices()
{
    // Only the templates this athlete has repeats of in the range: a coach's library
    // may hold a hundred sessions, most never run by this athlete.
    std::vector<TemplateId> used;
    const auto note = [&used](const std::optional<TemplateId>& id) {
        if (id && std::find(used.begin(), used.end(), *id) == used.end())
            used.push_back(*id);
    };
    for (const StabilitySample& sample : m_stability)
        note(sample.templateId);
    for (const WorkRepSample& sample : m_workReps)
        note(sample.templateId);
    const std::optional<TemplateId> chosen = chosenTemplate();
    note(chosen); // the choice survives a range without it, to say there is nothing
    const QSignalBlocker quiet(m_template);
    m_template->clear();
    m_template->addItem(tr("All sessions"));
    for (const SessionTemplate& sessionTemplate : m_document.library().templates()) {
        if (std::find(used.begin(), used.end(), sessionTemplate.id) != used.end())
            m_template->addItem(sessionTemplate.name,
                                QVariant::fromValue(sessionTemplate.id.value));
    }
    const int index = chosen ? m_template->findData(QVariant::fromValue(chosen->value)) : 0;
    m_template->setCurrentIndex(std::max(index, 0));
}

void TrendsPanel::templatesEdited()
{
    const std::optional<TemplateId> before = chosenTemplate();
    const QString name = chosenTemplateName();
    refreshTemplateChoices();
    // A removed template falls back to all sessions; a renamed one names the empty
    // states anew. Either way the charts follow the combo.
    if (!m_readPending && (chosenTemplate() != before || chosenTemplateName() != name)) {
        drawAll();
        readAndDrawRepeats();
    }
}

std::optional<TemplateId> TrendsPanel::chosenTemplate() const
{
    const QVariant data = m_template->currentData();
    if (!data.isValid())
        return std::nullopt;
    return TemplateId{data.toLongLong()};
}

QString TrendsPanel::chosenTemplateName() const
{
    return m_template->currentText();
}

UnitSystem TrendsPanel::units() const
{
    return m_athlete ? m_athlete->units : UnitSystem::Metric;
}

} // namespace paceline
