#include "SessionDetailPanel.h"

#include "SessionDetailText.h"
#include "core/science/Stability.h"
#include "core/store/LogStore.h"
#include "core/store/PlanStore.h"
#include "core/store/SessionStore.h"
#include "ui/charts/SplitsChart.h"
#include "ui/document/LogDocument.h"
#include "ui/document/LoggedSessions.h"
#include "ui/models/StabilityText.h"

#include <QAction>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace paceline {

namespace {

constexpr int kFigureCount = 5;

QLabel* sectionHeading(const QString& text)
{
    auto* label = new QLabel(text);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

QLabel* wrappingLabel(const QString& objectName)
{
    auto* label = new QLabel;
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

/// A short button for one of the window's actions: "Edit" rather than the menu's
/// longer text, which stays in the tooltip, so the session title keeps the room.
QPushButton* actionButton(QAction* action, const QString& text)
{
    auto* button = new QPushButton(text);
    if (!action) {
        button->hide(); // a screen built without the window's actions (tests)
        return button;
    }
    const auto follow = [button, action] {
        button->setEnabled(action->isEnabled());
        const QString shortcut = action->shortcut().toString(QKeySequence::NativeText);
        const QString name = action->text().remove(QLatin1Char('&'));
        button->setToolTip(shortcut.isEmpty() ? name
                                              : QStringLiteral("%1 (%2)").arg(name, shortcut));
    };
    follow();
    QObject::connect(action, &QAction::changed, button, follow);
    QObject::connect(button, &QPushButton::clicked, action, &QAction::trigger);
    return button;
}

} // namespace

SessionDetailPanel::SessionDetailPanel(LogDocument& document, const LogViewActions& actions,
                                       QWidget* parent)
    : QWidget(parent), m_document(document), m_stack(new QStackedWidget),
      m_title(wrappingLabel(QStringLiteral("sessionTitle"))),
      m_when(wrappingLabel(QStringLiteral("sessionWhen"))),
      m_facts(wrappingLabel(QStringLiteral("sessionFacts"))),
      m_wellness(wrappingLabel(QStringLiteral("sessionWellness"))),
      m_notes(wrappingLabel(QStringLiteral("sessionNotes"))), m_chart(new SplitsChart),
      m_planStatus(wrappingLabel(QStringLiteral("planStatus"))), m_planList(new QListWidget)
{
    auto* placeholder = new QLabel(tr("Select a session in the list to see its reps, its splits "
                                      "against the plan and how steady they were."));
    placeholder->setObjectName(QStringLiteral("detailPlaceholder"));
    placeholder->setAlignment(Qt::AlignCenter);
    placeholder->setWordWrap(true);

    m_chart->setObjectName(QStringLiteral("splitsChart"));
    m_planList->setObjectName(QStringLiteral("planList"));
    m_planList->setSelectionMode(QAbstractItemView::NoSelection);
    m_planList->setFocusPolicy(Qt::NoFocus);
    m_planList->setMinimumHeight(90);

    auto* content = new QWidget;
    auto* layout = new QVBoxLayout(content);
    layout->addWidget(createHeader(actions));
    layout->addWidget(createFigures());
    layout->addWidget(m_chart, 3);
    layout->addWidget(sectionHeading(tr("Planned versus done")));
    layout->addWidget(m_planStatus);
    layout->addWidget(m_planList, 1);
    layout->addStretch(0); // takes the room when there is neither a chart nor a plan list

    auto* scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    // Only ever scroll down: the labels wrap and the chart shrinks to the width.
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setWidget(content);
    m_stack->addWidget(placeholder);
    m_stack->addWidget(scroll);
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_stack);

    const LoggedSessions& logged = document.loggedSessions();
    connect(&logged, &LoggedSessions::sessionChanged, this, [this](AthleteId, LoggedSessionId id) {
        if (id == m_sessionId)
            refresh();
    });
    connect(&logged, &LoggedSessions::sessionRemoved, this, [this](AthleteId, LoggedSessionId id) {
        if (id == m_sessionId)
            showSession(std::nullopt);
    });
    // Units and training paces (hence the target bands) are the athlete's.
    connect(&document, &LogDocument::athleteChanged, this, &SessionDetailPanel::refresh);
    showSession(std::nullopt);
}

QWidget* SessionDetailPanel::createHeader(const LogViewActions& actions)
{
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_when->setForegroundRole(QPalette::PlaceholderText);
    m_wellness->setToolTip(tr("How the athlete felt, each from 1 (poor) to 5 (very good)."));

    auto* titleRow = new QHBoxLayout;
    titleRow->addWidget(m_title, 1);
    titleRow->addWidget(actionButton(actions.editSession, tr("Edit…")), 0, Qt::AlignTop);
    titleRow->addWidget(actionButton(actions.removeSession, tr("Delete")), 0, Qt::AlignTop);

    auto* header = new QWidget;
    auto* layout = new QVBoxLayout(header);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(titleRow);
    layout->addWidget(m_when);
    layout->addWidget(m_facts);
    layout->addWidget(m_wellness);
    layout->addWidget(m_notes);
    return header;
}

QWidget* SessionDetailPanel::createFigures()
{
    m_figuresBox = new QWidget;
    m_figuresBox->setObjectName(QStringLiteral("stabilityFigures"));
    auto* grid = new QGridLayout(m_figuresBox);
    grid->setContentsMargins(0, 6, 0, 6);
    grid->setHorizontalSpacing(18);
    grid->setVerticalSpacing(0);
    for (int column = 0; column < kFigureCount; ++column) {
        auto* value = new QLabel;
        value->setObjectName(QStringLiteral("figureValue%1").arg(column));
        QFont font = value->font();
        font.setPointSizeF(font.pointSizeF() * 1.2);
        font.setBold(true);
        value->setFont(font);
        auto* label = new QLabel;
        label->setForegroundRole(QPalette::PlaceholderText);
        grid->addWidget(value, 0, column);
        grid->addWidget(label, 1, column);
        m_figureValues.push_back(value);
        m_figureLabels.push_back(label);
    }
    grid->setColumnStretch(kFigureCount, 1);
    return m_figuresBox;
}

void SessionDetailPanel::showSession(std::optional<LoggedSessionId> id)
{
    m_sessionId = id;
    refresh();
}

void SessionDetailPanel::refresh()
{
    std::optional<LoggedSession> session;
    if (m_sessionId) {
        // The store, not a cache: LoggedSessions keeps none, and this read has the reps.
        if (auto found = m_document.store().sessions().find(*m_sessionId); found.ok())
            session = std::move(found).value();
    }
    m_stack->setCurrentIndex(session ? 1 : 0);
    if (!session) {
        m_chart->setSplits({}, UnitSystem::Metric);
        return;
    }
    const std::optional<Athlete> athlete = m_document.athlete(session->athleteId);
    const UnitSystem units = athlete ? athlete->units : UnitSystem::Metric;
    const std::optional<StepTree> plannedSteps = readPlannedSteps(*session);
    fillHeader(*session, units);
    fillFigures(session->stability ? *session->stability
                                   : m_document.loggedSessions().stabilityOf(*session),
                units);
    const auto paces = athlete ? athletePaces(*athlete) : std::nullopt;
    const StepTree steps = plannedSteps.value_or(StepTree{});
    std::vector<SplitPoint> splits =
        workSplits(session->reps, targetBands(session->reps, steps, paces));
    assignZones(splits, session->reps, steps);
    m_chart->setSplits(std::move(splits), units);
    fillPlan(*session, plannedSteps, units);
}

std::optional<StepTree> SessionDetailPanel::readPlannedSteps(const LoggedSession& session) const
{
    if (!session.plannedSessionId)
        return std::nullopt;
    auto plan = m_document.store().plans().find(*session.plannedSessionId);
    if (!plan.ok())
        return std::nullopt;
    return std::move(plan).value().steps;
}

void SessionDetailPanel::fillHeader(const LoggedSession& session, UnitSystem units)
{
    m_title->setText(session.title.isEmpty() ? enumLabel(session.sport) : session.title);
    m_when->setText(sessionWhenText(session));
    m_facts->setText(sessionFactsText(session, units));
    const QString wellness = wellnessText(session.wellness);
    m_wellness->setText(wellness);
    m_wellness->setVisible(!wellness.isEmpty());
    QStringList notes;
    if (!session.formNotes.isEmpty())
        notes << tr("Form: %1").arg(session.formNotes);
    if (!session.notes.isEmpty())
        notes << session.notes;
    m_notes->setText(notes.join(QLatin1Char('\n')));
    m_notes->setVisible(!notes.isEmpty());
}

void SessionDetailPanel::fillFigures(const PaceStability& stability, UnitSystem units)
{
    const std::vector<StabilityFigure> figures = stabilityFigures(stability, units);
    bool anyValue = false;
    for (size_t i = 0; i < m_figureValues.size() && i < figures.size(); ++i) {
        const StabilityFigure& figure = figures[i];
        m_figureValues[i]->setText(figure.value.isEmpty() ? QStringLiteral("–") : figure.value);
        m_figureLabels[i]->setText(figure.label);
        m_figureValues[i]->setToolTip(figure.explanation);
        m_figureLabels[i]->setToolTip(figure.explanation);
        anyValue = anyValue || !figure.value.isEmpty();
    }
    m_figuresBox->setVisible(anyValue);
}

void SessionDetailPanel::fillPlan(const LoggedSession& session,
                                  const std::optional<StepTree>& plannedSteps, UnitSystem units)
{
    m_planList->clear();
    if (!session.plannedSessionId) {
        m_planStatus->setText(tr("Not linked to a planned session: nothing to compare. Link it to "
                                 "the day's plan in the entry form (Edit)."));
    } else if (session.reps.empty()) {
        // Without reps every step would read "skipped", which is not what happened.
        m_planStatus->setText(tr("Linked to a planned session, but no reps were logged to "
                                 "match against its steps."));
    } else if (!plannedSteps) {
        m_planStatus->setText(tr("The planned session it was linked to is no longer on the "
                                 "calendar."));
    } else {
        const std::vector<PlannedStepResult> results =
            comparePlanToLog(*plannedSteps, session.reps);
        m_planStatus->setText(results.empty() ? tr("The plan has no reps or recoveries to compare.")
                                              : planSummaryText(results));
        for (const PlannedStepResult& result : results) {
            auto* item = new QListWidgetItem(plannedStepText(result, *plannedSteps, units));
            item->setForeground(outcomeStyle(result).color);
            item->setToolTip(result.rep >= 0 ? tr("Run as rep %1 of the log").arg(result.rep + 1)
                                             : tr("No logged rep ran this step"));
            m_planList->addItem(item);
        }
    }
    m_planStatus->setVisible(!m_planStatus->text().isEmpty());
    m_planList->setVisible(m_planList->count() > 0);
}

} // namespace paceline
