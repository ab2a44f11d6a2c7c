#include "PlannerView.h"

#include "DayColumn.h"
#include "PlannerCalibration.h"
#include "PlannerInsights.h"
#include "PlannerLibrary.h"
#include "WeekGrid.h"
#include "ui/document/LogDocument.h"
#include "ui/document/TrainingPlan.h"
#include "ui/models/PlanWeekModel.h"
#include "ui/shell/EmptyState.h"

#include <QAction>
#include <QDateEdit>
#include <QLabel>
#include <QLocale>
#include <QSplitter>
#include <QStackedWidget>
#include <QToolBar>
#include <QVBoxLayout>

namespace paceline {

namespace {

constexpr int kWeekDays = 7;
constexpr int kOverviewWeeks = 4;

QDate startOfWeek(QDate day, Qt::DayOfWeek firstDay)
{
    return day.addDays(-((day.dayOfWeek() - int(firstDay) + kWeekDays) % kWeekDays));
}

} // namespace

PlannerView::PlannerView(LogDocument& document, QWidget* parent)
    : QWidget(parent), m_document(document), m_model(new PlanWeekModel(document, this)),
      m_today(QDate::currentDate())
{
    createActions();
    m_noAthlete = new EmptyState(tr("Plan the week"),
                                 tr("Add an athlete first (Athlete > New Athlete): the planner "
                                    "lays out one athlete's weeks at a time."));
    m_pages = new QStackedWidget;
    m_pages->addWidget(m_noAthlete);
    m_pages->addWidget(createPlanner());
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_pages);

    // The model follows the athlete and the plan; the headers, the hint and the actions
    // follow the model.
    connect(&document, &LogDocument::currentAthleteChanged, this, [this] {
        refreshEmptyState();
        refreshActions();
    });
    const auto followModel = [this] {
        refreshEmptyState();
        refreshActions();
    };
    connect(m_model, &QAbstractItemModel::modelReset, this, followModel);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, followModel);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, followModel);
    connect(m_model, &QAbstractItemModel::rowsMoved, this, followModel);
    connect(m_model, &QAbstractItemModel::dataChanged, this, followModel);
    m_model->setToday(m_today);
    m_grid->setToday(m_today);
    m_insights->setToday(m_today);
    showWeek(m_today);
}

QWidget* PlannerView::createPlanner()
{
    m_library = new PlannerLibrary(m_document);
    m_grid = new WeekGrid(*m_model);
    m_insights = new PlannerInsights(m_document, *m_model);

    m_emptyWeekHint = new QLabel(
        tr("Nothing is planned in these days yet: drag sessions from the library onto a day, "
           "or apply a week template (Plan > Apply Template)."));
    m_emptyWeekHint->setObjectName(QStringLiteral("emptyWeekHint"));
    m_emptyWeekHint->setWordWrap(true);
    m_emptyWeekHint->setStyleSheet(
        QStringLiteral("background: #eef2f7; color: #1f2d3d; padding: 6px; border-radius: 4px;"));

    auto* gridArea = new QWidget;
    auto* gridLayout = new QVBoxLayout(gridArea);
    gridLayout->setContentsMargins(0, 0, 0, 0);
    gridLayout->setSpacing(4);
    gridLayout->addWidget(createToolBar());
    gridLayout->addWidget(m_emptyWeekHint);
    gridLayout->addWidget(m_grid, 1);

    auto* rightSplit = new QSplitter(Qt::Vertical);
    rightSplit->setChildrenCollapsible(false);
    rightSplit->addWidget(gridArea);
    rightSplit->addWidget(m_insights);
    rightSplit->setStretchFactor(0, 3);
    rightSplit->setStretchFactor(1, 2);
    // The cards come first: the grid gets the larger share, whatever the chart asks for.
    rightSplit->setSizes({600, 400});

    auto* split = new QSplitter(Qt::Horizontal);
    split->setObjectName(QStringLiteral("plannerSplitter"));
    split->addWidget(m_library);
    split->addWidget(rightSplit);
    split->setStretchFactor(1, 1);
    // Names stay readable in the library; the grid takes what a small screen has left.
    m_library->setMinimumWidth(170);
    split->setSizes({210, 900});

    connect(m_grid, &WeekGrid::headerMenuRequested, this, &PlannerView::showDayMenu);
    connect(m_grid, &WeekGrid::cardMenuRequested, this, &PlannerView::showCardMenu);
    connect(m_grid, &WeekGrid::selectionChanged, this, &PlannerView::refreshActions);
    connect(m_grid, &WeekGrid::cardActivated, this, &PlannerView::editCurrentSession);
    connect(m_insights, &PlannerInsights::daysHighlighted, m_grid, &WeekGrid::highlightDays);
    // The calibration is about the one selected card, or the card just planned.
    connect(m_grid, &WeekGrid::selectionChanged, this, [this] {
        const std::vector<PlannedSessionId> selected = m_grid->selectedSessions();
        m_insights->calibration()->setSubject(selected.size() == 1 ? selected.front()
                                                                   : PlannedSessionId{});
    });
    // Selecting takes the focus: not from another screen whose undo brought a card back.
    connect(m_insights->calibration(), &PlannerCalibration::sessionPlanned, this,
            [this](PlannedSessionId id) {
                if (isVisible())
                    m_grid->selectSession(id);
            });
    return split;
}

QToolBar* PlannerView::createToolBar()
{
    auto* bar = new QToolBar(tr("Planner"));
    bar->setObjectName(QStringLiteral("plannerToolBar"));
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_dateEdit = new QDateEdit;
    m_dateEdit->setObjectName(QStringLiteral("plannerDate"));
    m_dateEdit->setCalendarPopup(true);
    m_dateEdit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_dateEdit->setToolTip(tr("Jump to the week of this date (Ctrl+G)"));
    m_weekLabel = new QLabel;
    m_weekLabel->setObjectName(QStringLiteral("plannerWeekLabel"));
    m_weekLabel->setStyleSheet(QStringLiteral("font-weight: bold; padding: 0 8px;"));

    bar->addAction(m_actions.previousWeek);
    bar->addAction(m_actions.today);
    bar->addAction(m_actions.nextWeek);
    bar->addWidget(m_dateEdit);
    bar->addWidget(m_weekLabel);
    bar->addAction(m_actions.overview);
    auto* spacer = new QWidget;
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    bar->addWidget(spacer);
    bar->addAction(m_actions.applyTemplate);
    bar->addAction(m_actions.saveTemplate);
    bar->addAction(m_actions.copyWeek);
    bar->addAction(m_actions.exportCalendar);
    bar->addAction(m_actions.printWeek);

    connect(m_dateEdit, &QDateEdit::dateChanged, this, [this](QDate date) {
        if (startOfWeek(date, m_firstDay) != m_weekStart)
            showWeek(date);
    });
    return bar;
}

void PlannerView::setFirstDayOfWeek(Qt::DayOfWeek day)
{
    m_firstDay = day;
    // Keep the middle of the shown week in view: the new week overlaps it most.
    showWeek(m_weekStart.isValid() ? m_weekStart.addDays(kWeekDays / 2) : m_today);
}

void PlannerView::setToday(QDate today)
{
    m_today = today;
    m_model->setToday(today);
    m_grid->setToday(today);
    m_insights->setToday(today);
}

void PlannerView::showWeek(QDate day)
{
    const QDate start = startOfWeek(day, m_firstDay);
    const bool changed = start != m_weekStart;
    m_weekStart = start;
    applyRange();
    if (changed)
        Q_EMIT weekChanged(m_weekStart);
}

void PlannerView::setOverview(bool fourWeeks)
{
    m_overview = fourWeeks;
    m_actions.overview->setChecked(fourWeeks);
    applyRange();
}

void PlannerView::applyRange()
{
    const int days = m_overview ? kOverviewWeeks * kWeekDays : kWeekDays;
    m_model->setRange(m_weekStart, days);
    m_grid->followRange();
    {
        const QSignalBlocker quiet(m_dateEdit);
        m_dateEdit->setDate(m_weekStart);
    }
    refreshWeekLabel();
    refreshEmptyState();
    refreshActions();
}

void PlannerView::previousWeek()
{
    showWeek(m_weekStart.addDays(-kWeekDays));
}

void PlannerView::nextWeek()
{
    showWeek(m_weekStart.addDays(kWeekDays));
}

void PlannerView::goToToday()
{
    showWeek(m_today);
}

void PlannerView::refreshWeekLabel()
{
    const QLocale locale;
    const QDate last = m_weekStart.addDays((m_overview ? kOverviewWeeks : 1) * kWeekDays - 1);
    // "16 – 22 Nov 2026", "30 Nov – 6 Dec 2026", "28 Dec 2026 – 3 Jan 2027".
    const QString full = tr("d MMM yyyy", "last day of the planner's range");
    QString firstFormat = tr("d", "first day of a range within one month");
    if (m_weekStart.year() != last.year())
        firstFormat = full;
    else if (m_weekStart.month() != last.month())
        firstFormat = tr("d MMM", "first day of a range within one year");
    QString text =
        tr("%1 – %2").arg(locale.toString(m_weekStart, firstFormat), locale.toString(last, full));
    // The overview marks today's column instead: its label is long enough already.
    if (!m_overview && m_today >= m_weekStart && m_today <= last)
        text += QStringLiteral(" · ") + tr("this week");
    m_weekLabel->setText(text);
}

void PlannerView::refreshEmptyState()
{
    const bool athlete = m_document.currentAthlete().has_value();
    m_pages->setCurrentIndex(athlete ? 1 : 0);
    bool anything = false;
    for (const PlanDay& day : m_model->days())
        anything = anything || day.rest || !day.sessions.empty();
    m_emptyWeekHint->setVisible(athlete && !anything);
}

bool PlannerView::event(QEvent* event)
{
    // Hidden by the main window's stack (another screen shown), the week is not read
    // again at each athlete switch or plan edit; shown again, it is read once.
    if (event->type() == QEvent::HideToParent)
        m_model->setHeld(true);
    else if (event->type() == QEvent::ShowToParent)
        m_model->setHeld(false);
    return QWidget::event(event);
}

void PlannerView::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    refreshActions();
}

void PlannerView::hideEvent(QHideEvent* event)
{
    QWidget::hideEvent(event);
    refreshActions();
}

} // namespace paceline
