#include "AnalysisView.h"

#include "AnalysisSummary.h"
#include "LoadAnalysis.h"
#include "LoadPanel.h"
#include "TrendsPanel.h"
#include "core/store/LogStore.h"
#include "core/store/SessionStore.h"
#include "ui/document/LogDocument.h"
#include "ui/document/LoggedSessions.h"
#include "ui/document/TrainingPlan.h"
#include "ui/shell/EmptyState.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QTabWidget>
#include <QVBoxLayout>

namespace paceline {

namespace {

const QString kLoadTab = QStringLiteral("load");
const QString kTrendsTab = QStringLiteral("trends");

/// Adds a button for `action` that is enabled only while the action is (a read-only log
/// disables Log Workout).
void addActionButton(EmptyState* state, QAction* action)
{
    state->addButton(action);
    QPushButton* button = state->findChildren<QPushButton*>().constLast();
    button->setEnabled(action->isEnabled());
    QObject::connect(action, &QAction::changed, button,
                     [button, action] { button->setEnabled(action->isEnabled()); });
}

} // namespace

AnalysisView::AnalysisView(LogDocument& document, QWidget* parent)
    : QWidget(parent), m_document(document), m_stack(new QStackedWidget),
      m_noAthlete(new EmptyState(
          tr("Nothing to analyse yet"),
          tr("Add an athlete (Athlete ▸ New Athlete), then log their workouts. Weekly load, "
             "fitness and fatigue, and pace trends appear here."))),
      m_noWorkouts(new EmptyState(tr("Nothing to analyse yet"), QString()))
{
    m_stack->addWidget(m_noAthlete);
    m_stack->addWidget(m_noWorkouts);
    m_stack->addWidget(createContent());
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
    connectDocument();
}

QStringList AnalysisView::tabNames()
{
    return {kLoadTab, kTrendsTab};
}

bool AnalysisView::showTab(const QString& name)
{
    const int index = tabNames().indexOf(name);
    if (index < 0)
        return false;
    m_tabs->setCurrentIndex(index);
    return true;
}

QWidget* AnalysisView::createContent()
{
    m_load = new LoadPanel;
    m_trends = new TrendsPanel(m_document);
    m_tabs = new QTabWidget;
    m_tabs->setObjectName(QStringLiteral("analysisTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(createLoadPage(), tr("&Load"));
    m_tabs->addTab(m_trends, tr("&Trends"));
    m_tabs->setTabToolTip(0, tr("Weekly load, acute:chronic ratio, fitness and fatigue, "
                                "monotony and strain"));
    m_tabs->setTabToolTip(1, tr("Pace stability, pace at an effort, effort at a pace, and "
                                "repeats of a session"));
    connect(m_load, &LoadPanel::weekRequested, this, &AnalysisView::openWeekRequested);
    connect(m_load, &LoadPanel::dayRequested, this, &AnalysisView::openDay);
    connect(m_trends, &TrendsPanel::openWeekRequested, this, &AnalysisView::openWeekRequested);
    connect(m_trends, &TrendsPanel::openSessionRequested, this,
            &AnalysisView::openSessionRequested);

    auto* content = new QWidget;
    auto* layout = new QVBoxLayout(content);
    layout->addWidget(createTopRow());
    layout->addWidget(m_tabs, 1);
    return content;
}

QWidget* AnalysisView::createLoadPage()
{
    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("analysisSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont larger = m_summary->font();
    larger.setPointSizeF(larger.pointSizeF() * 1.1);
    larger.setBold(true);
    m_summary->setFont(larger);

    m_measureLabel = new QLabel;
    m_measureLabel->setObjectName(QStringLiteral("analysisMeasure"));
    m_measureLabel->setText(measureText());
    m_measureLabel->setToolTip(tr("How a workout's load is counted. Change it in Edit ▸ "
                                  "Preferences."));

    // The summary and the measure speak of load only, so they sit in the Load tab, above
    // its charts and outside their scroll area: the week's reading stays in view.
    auto* page = new QWidget;
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 6, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(m_measureLabel);
    layout->addWidget(m_load, 1);
    return page;
}

QWidget* AnalysisView::createTopRow()
{
    m_rangeCombo = new QComboBox;
    m_rangeCombo->setObjectName(QStringLiteral("analysisRange"));
    for (const auto& entry : enumEntries<AnalysisRange>())
        m_rangeCombo->addItem(enumLabel(entry.value), int(entry.value));
    m_rangeCombo->setCurrentIndex(m_rangeCombo->findData(int(m_range)));
    m_rangeCombo->setToolTip(tr("How far back the charts look. Wheel over a chart to zoom, "
                                "drag to pan; right-click to show all dates again."));
    connect(m_rangeCombo, &QComboBox::activated, this, [this] {
        setRange(static_cast<AnalysisRange>(m_rangeCombo->currentData().toInt()));
        Q_EMIT rangeChosen(m_range);
    });
    auto* rangeLabel = new QLabel(tr("&Show:"));
    rangeLabel->setBuddy(m_rangeCombo);

    auto* row = new QWidget;
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(rangeLabel);
    layout->addWidget(m_rangeCombo);
    layout->addStretch(1);
    return row;
}

QString AnalysisView::measureText() const
{
    return tr("Load measure: %1").arg(enumLabel(m_measure));
}

void AnalysisView::connectDocument()
{
    const LoggedSessions& sessions = m_document.loggedSessions();
    connect(&sessions, &LoggedSessions::sessionAdded, this,
            [this](AthleteId athlete) { followAthlete(athlete); });
    connect(&sessions, &LoggedSessions::sessionChanged, this,
            [this](AthleteId athlete) { followAthlete(athlete); });
    connect(&sessions, &LoggedSessions::sessionRemoved, this,
            [this](AthleteId athlete) { followAthlete(athlete); });
    connect(&m_document, &LogDocument::sessionsReset, this, &AnalysisView::followAthlete);
    // Heart rates and the race drive TRIMP and running TSS, so an athlete edit counts.
    connect(&m_document, &LogDocument::athleteChanged, this, &AnalysisView::followAthlete);
    connect(&m_document, &LogDocument::currentAthleteChanged, this, &AnalysisView::invalidate);
    connect(&m_document, &LogDocument::athleteAdded, this, &AnalysisView::invalidate);
    connect(&m_document, &LogDocument::athleteRemoved, this, &AnalysisView::invalidate);
    // Plans only reach the charts through the projection, which starts after today.
    connect(&m_document.plan(), &TrainingPlan::planChanged, this,
            [this](AthleteId athlete, QDate, QDate last) {
                if (last >= today())
                    followAthlete(athlete);
            });
}

void AnalysisView::followAthlete(AthleteId athlete)
{
    if (athlete == m_document.currentAthleteId())
        invalidate();
}

void AnalysisView::invalidate()
{
    m_refreshPending = true;
    if (isVisible())
        refresh();
}

void AnalysisView::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_refreshPending)
        refresh();
}

void AnalysisView::setRange(AnalysisRange range)
{
    m_range = range;
    m_rangeCombo->setCurrentIndex(m_rangeCombo->findData(int(range)));
    invalidate();
}

void AnalysisView::setLoadMeasure(LoadMeasure measure)
{
    m_measure = measure;
    m_measureLabel->setText(measureText());
    invalidate();
}

void AnalysisView::setFirstDayOfWeek(Qt::DayOfWeek day)
{
    m_weekStartsOn = day;
    m_trends->setFirstDayOfWeek(day);
    invalidate();
}

void AnalysisView::setToday(QDate today)
{
    m_today = today;
    invalidate();
}

QDate AnalysisView::today() const
{
    return m_today.value_or(QDate::currentDate());
}

void AnalysisView::setEmptyStateActions(QAction* newAthlete, QAction* logWorkout)
{
    addActionButton(m_noAthlete, newAthlete);
    addActionButton(m_noWorkouts, logWorkout);
}

bool AnalysisView::isShowingEmptyState() const
{
    return m_stack->currentWidget() != m_tabs->parentWidget();
}

QString AnalysisView::summaryText() const
{
    return m_summary->text();
}

void AnalysisView::refresh()
{
    m_refreshPending = false;
    const auto athlete = m_document.currentAthlete();
    if (!athlete) {
        m_stack->setCurrentWidget(m_noAthlete);
        return;
    }
    const LoadRequest request{athlete->id, m_range, today(), m_measure, m_weekStartsOn};
    const std::optional<LoadChartData> data = readLoadChartData(m_document, request);
    if (!data) {
        showNoWorkouts(athlete->name);
        return;
    }
    m_stack->setCurrentWidget(m_tabs->parentWidget());
    m_load->setData(*data);
    m_summary->setText(loadSummary(*data, today()));
    m_trends->showRange(athlete->id, data->first, data->last);
}

void AnalysisView::showNoWorkouts(const QString& athleteName)
{
    m_stack->setCurrentWidget(m_noWorkouts);
    m_noWorkouts->setText(
        tr("%1 has no logged workouts yet. Log one with Log Workout (Ctrl+L), or record them "
           "from the command line with <i>paceline-cli log</i>. Weekly load, fitness and "
           "fatigue, and pace trends appear here from the first workout on.")
            .arg(athleteName.toHtmlEscaped()));
}

void AnalysisView::openDay(QDate day)
{
    const auto sessions = m_document.store().sessions().inRange(m_document.currentAthleteId(), day,
                                                                day, WithReps::No);
    if (sessions.ok() && sessions.value().size() == 1)
        Q_EMIT openSessionRequested(sessions.value().front().id);
    else
        Q_EMIT openWeekRequested(weekStartOf(day, m_weekStartsOn));
}

} // namespace paceline
