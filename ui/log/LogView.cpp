#include "LogView.h"

#include "ui/document/LogDocument.h"
#include "ui/models/SessionListModel.h"
#include "ui/shell/EmptyState.h"
#include "ui/shell/TrainingPacesText.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QStackedWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace paceline {

LogView::LogView(LogDocument& document, const LogViewActions& actions, QWidget* parent)
    : QWidget(parent), m_document(document), m_model(new SessionListModel(document, this)),
      m_athleteName(new QLabel), m_paces(new QLabel), m_count(new QLabel), m_table(new QTableView),
      m_noAthlete(new EmptyState(tr("No athlete yet"),
                                 tr("Add the athlete whose training this log keeps: a name, and "
                                    "a recent race to derive their training paces."))),
      m_noSessions(new EmptyState(tr("No workouts logged yet"), QString())),
      m_stack(new QStackedWidget)
{
    m_noAthlete->addButton(actions.newAthlete);

    m_athleteName->setObjectName(QStringLiteral("athleteName"));
    QFont nameFont = m_athleteName->font();
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.3);
    nameFont.setBold(true);
    m_athleteName->setFont(nameFont);
    m_paces->setObjectName(QStringLiteral("athletePaces"));
    m_paces->setTextFormat(Qt::RichText);
    auto* edit = new QToolButton;
    edit->setDefaultAction(actions.editAthlete);

    m_strip = new QWidget;
    m_strip->setObjectName(QStringLiteral("athleteStrip"));
    auto* stripLayout = new QHBoxLayout(m_strip);
    stripLayout->addWidget(m_athleteName);
    stripLayout->addSpacing(16);
    stripLayout->addWidget(m_paces, 1);
    stripLayout->addWidget(edit);

    m_table->setModel(m_model);
    m_table->setObjectName(QStringLiteral("sessionTable"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->setSortingEnabled(false);
    m_table->setShowGrid(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(SessionListModel::TitleColumn,
                                                      QHeaderView::Stretch);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);

    auto* tablePage = new QWidget;
    auto* tableLayout = new QVBoxLayout(tablePage);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    tableLayout->addWidget(m_table);
    tableLayout->addWidget(m_count);

    m_stack->addWidget(m_noAthlete);
    m_stack->addWidget(m_noSessions);
    m_stack->addWidget(tablePage);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_strip);
    layout->addWidget(m_stack, 1);

    connect(&document, &LogDocument::currentAthleteChanged, this, &LogView::refreshAthlete);
    connect(&document, &LogDocument::athleteChanged, this, &LogView::refreshAthlete);
    connect(m_model, &QAbstractItemModel::modelReset, this, &LogView::refreshContent);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &LogView::refreshContent);
    refreshAthlete();
    refreshContent();
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
    m_stack->setCurrentIndex(!hasAthlete ? 0 : total == 0 ? 1 : 2);
    m_count->setText(total == 1 ? tr("1 session logged") : tr("%1 sessions logged").arg(total));
}

// STUB: selection and details come with the session detail panel (issue 4).
std::optional<LoggedSessionId> LogView::selectedSession() const
{
    return std::nullopt;
}

bool LogView::selectSession(LoggedSessionId)
{
    return false;
}

} // namespace paceline
