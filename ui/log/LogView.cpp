#include "LogView.h"

#include "SessionDetailPanel.h"
#include "SessionFilterBar.h"
#include "ui/document/LogDocument.h"
#include "ui/document/LoggedSessions.h"
#include "ui/models/SessionListModel.h"
#include "ui/shell/EmptyState.h"
#include "ui/shell/TrainingPacesText.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace paceline {

namespace {

enum Page { NoAthletePage, NoSessionsPage, ContentPage };

/// How many rows the list's column widths are measured on (rows in view first).
constexpr int kMeasuredRows = 40;

} // namespace

LogView::LogView(LogDocument& document, const LogViewActions& actions, QWidget* parent)
    : QWidget(parent), m_document(document), m_model(new SessionListModel(document, this)),
      m_athleteName(new QLabel), m_paces(new QLabel), m_count(new QLabel),
      m_filterBar(new SessionFilterBar), m_table(new QTableView),
      m_noAthlete(new EmptyState(tr("No athlete yet"),
                                 tr("Add the athlete whose training this log keeps: a name, and "
                                    "a recent race to derive their training paces."))),
      m_noSessions(new EmptyState(tr("Log your first workout"), QString())),
      m_noMatch(new EmptyState(tr("No sessions match these filters"),
                               tr("Choose another sport or widen the days, or clear the filters "
                                  "to list every session."))),
      m_listStack(new QStackedWidget), m_detail(new SessionDetailPanel(document, actions)),
      m_splitter(new QSplitter(Qt::Horizontal)), m_stack(new QStackedWidget),
      m_clearFilters(new QAction(tr("Clear filters"), this))
{
    if (actions.newAthlete)
        m_noAthlete->addButton(actions.newAthlete);
    if (actions.logWorkout)
        m_noSessions->addButton(actions.logWorkout);
    m_clearFilters->setToolTip(tr("List every session again"));
    m_noMatch->addButton(m_clearFilters);
    m_noMatch->setObjectName(QStringLiteral("noMatchingSessions"));
    m_detail->setObjectName(QStringLiteral("sessionDetail"));

    m_strip = createStrip(actions);

    m_splitter->setObjectName(QStringLiteral("logSplitter"));
    m_splitter->addWidget(createListPage());
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 5);
    m_splitter->setStretchFactor(1, 4);
    // As proportions until the splitter is shown: the list's long names would otherwise
    // claim most of the width and squeeze the chart.
    m_splitter->setSizes({560, 480});
    m_splitter->setChildrenCollapsible(false);

    m_stack->addWidget(m_noAthlete);
    m_stack->addWidget(m_noSessions);
    m_stack->addWidget(m_splitter);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_strip);
    layout->addWidget(m_stack, 1);

    connectSignals();
    refreshAthlete();
    keepASelection();
    suggestFilterDays();
}

QWidget* LogView::createStrip(const LogViewActions& actions)
{
    m_athleteName->setObjectName(QStringLiteral("athleteName"));
    QFont nameFont = m_athleteName->font();
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.3);
    nameFont.setBold(true);
    m_athleteName->setFont(nameFont);
    m_paces->setObjectName(QStringLiteral("athletePaces"));
    m_paces->setTextFormat(Qt::RichText);
    auto* edit = new QToolButton;
    edit->setDefaultAction(actions.editAthlete);

    auto* strip = new QWidget;
    strip->setObjectName(QStringLiteral("athleteStrip"));
    auto* stripLayout = new QHBoxLayout(strip);
    stripLayout->addWidget(m_athleteName);
    stripLayout->addSpacing(16);
    stripLayout->addWidget(m_paces, 1);
    stripLayout->addWidget(edit);
    return strip;
}

void LogView::connectSignals()
{
    connect(&m_document, &LogDocument::currentAthleteChanged, this, &LogView::refreshAthlete);
    connect(&m_document, &LogDocument::athleteChanged, this, &LogView::refreshAthlete);
    // After a bulk change (a big import, its undo) the model has re-read (it connected
    // first); the totals and the empty state follow.
    connect(&m_document, &LogDocument::sessionsReset, this, &LogView::refreshContent);
    connect(m_filterBar, &SessionFilterBar::filterChanged, m_model, &SessionListModel::setFilter);
    connect(m_clearFilters, &QAction::triggered, m_filterBar, &SessionFilterBar::clear);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_selectedRow = 0; // a new list: the newest session unless the selected one is in it
        keepASelection();
        suggestFilterDays();
    });
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_model, signal, this, &LogView::keepASelection);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &LogView::onSelectionChanged);
    connect(m_table, &QAbstractItemView::activated, this, [this](const QModelIndex& index) {
        Q_EMIT sessionActivated(LoggedSessionId{
            index.siblingAtColumn(0).data(SessionListModel::SessionIdRole).toLongLong()});
    });
    // The model has handled these first (it connected first); the totals and empty
    // states follow, and a newly logged session is shown at once.
    const LoggedSessions& logged = m_document.loggedSessions();
    connect(&logged, &LoggedSessions::sessionAdded, this,
            [this](AthleteId athlete, LoggedSessionId id) {
                refreshContent();
                if (athlete == m_document.currentAthleteId())
                    selectSession(id);
            });
    connect(&logged, &LoggedSessions::sessionRemoved, this, &LogView::refreshContent);
}

void LogView::suggestFilterDays()
{
    // The last three months of what is listed: switching a date on starts from there.
    if (m_model->rowCount() == 0 || m_model->filter().isActive())
        return;
    const QDate newest = m_model->sessionAt(0).localDate();
    m_filterBar->setSuggestedDays(newest.addMonths(-3), newest);
}

QWidget* LogView::createListPage()
{
    m_table->setModel(m_model);
    m_table->setObjectName(QStringLiteral("sessionTable"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setSortingEnabled(false);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // Measured on the rows in view and a few more, not on all the half-year read: each
    // column holds figures of one form, and measuring every row was a third of the
    // time an athlete switch took.
    m_table->horizontalHeader()->setResizeContentsPrecision(kMeasuredRows);
    m_table->horizontalHeader()->setSectionResizeMode(SessionListModel::TitleColumn,
                                                      QHeaderView::Stretch);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // The sport is in the filter and the detail; its column would squeeze the names.
    m_table->setColumnHidden(SessionListModel::SportColumn, true);
    m_table->setToolTip(tr("Double-click a session (or press Enter) to edit it"));

    m_listStack->addWidget(m_table);
    m_listStack->addWidget(m_noMatch);

    auto* page = new QWidget;
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_filterBar);
    layout->addWidget(m_listStack, 1);
    layout->addWidget(m_count);
    return page;
}

void LogView::refreshAthlete()
{
    const auto athlete = m_document.currentAthlete();
    m_strip->setVisible(athlete.has_value());
    m_athleteName->setText(athlete ? athlete->name : QString());
    m_paces->setText(athlete ? trainingPacesHtml(*athlete) : QString());
    if (athlete) {
        m_noSessions->setText(
            tr("Nothing is logged for %1 yet. After a workout, log its reps here: distance, "
               "time, effort and heart rate for each, and Paceline shows how steady they were.")
                .arg(athlete->name.toHtmlEscaped()));
    }
    refreshContent();
}

void LogView::refreshContent()
{
    const bool hasAthlete = m_document.currentAthlete().has_value();
    const int total = m_model->totalSessions();
    m_stack->setCurrentIndex(!hasAthlete  ? NoAthletePage
                             : total == 0 ? NoSessionsPage
                                          : ContentPage);
    const bool nothingListed = m_model->rowCount() == 0 && !m_model->canFetchMore({});
    m_listStack->setCurrentWidget(nothingListed ? static_cast<QWidget*>(m_noMatch) : m_table);
    m_count->setText(total == 1 ? tr("1 session logged") : tr("%1 sessions logged").arg(total));
}

std::optional<LoggedSessionId> LogView::selectedSession() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return std::nullopt;
    return LoggedSessionId{rows.first().data(SessionListModel::SessionIdRole).toLongLong()};
}

bool LogView::selectSession(LoggedSessionId id)
{
    int row = m_model->rowOf(id);
    // An older session than those read yet: read back until it turns up.
    while (row < 0 && m_model->canFetchMore({})) {
        m_model->fetchMore({});
        row = m_model->rowOf(id);
    }
    if (row < 0)
        return false;
    selectRow(row);
    return true;
}

void LogView::selectRow(int row)
{
    const QModelIndex index = m_model->index(row, 0);
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                          QItemSelectionModel::Rows);
    m_table->scrollTo(index);
}

void LogView::keepASelection()
{
    refreshContent();
    const int rows = m_model->rowCount();
    if (rows == 0) {
        onSelectionChanged();
        return;
    }
    if (selectedSession()) {
        onSelectionChanged(); // its row may have moved
        return;
    }
    if (m_selected && m_model->rowOf(*m_selected) >= 0) {
        selectRow(m_model->rowOf(*m_selected));
        return;
    }
    // The selected session went (removed, or filtered out): its neighbour takes over.
    selectRow(std::clamp(m_selectedRow, 0, rows - 1));
}

void LogView::onSelectionChanged()
{
    const std::optional<LoggedSessionId> id = selectedSession();
    if (id)
        m_selectedRow = m_model->rowOf(*id);
    if (id == m_selected)
        return;
    m_selected = id;
    showSelectedDetail();
    Q_EMIT selectedSessionChanged();
}

void LogView::showSelectedDetail()
{
    m_detailStale = m_hiddenByParent;
    if (!m_detailStale)
        m_detail->showSession(m_selected);
}

bool LogView::event(QEvent* event)
{
    // The main window's stack hides the screens not shown; the detail (its splits chart
    // above all) is then filled once when this one is shown, not at each athlete switch.
    if (event->type() == QEvent::HideToParent) {
        m_hiddenByParent = true;
    } else if (event->type() == QEvent::ShowToParent) {
        m_hiddenByParent = false;
        if (m_detailStale)
            showSelectedDetail();
    }
    return QWidget::event(event);
}

} // namespace paceline
