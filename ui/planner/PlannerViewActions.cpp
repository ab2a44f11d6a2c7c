// The Planner screen's actions: navigation, the cards' and days' context menus and keys,
// and the whole-week dialogs.

#include "DayColumn.h"
#include "PlannedSessionDialog.h"
#include "PlannerDialogs.h"
#include "PlannerView.h"
#include "WeekGrid.h"
#include "core/model/PlanDay.h"
#include "core/science/TrainingPaces.h"
#include "core/science/Vdot.h"
#include "ui/document/LogDocument.h"
#include "ui/document/TrainingPlan.h"
#include "ui/models/PlanWeekModel.h"

#include <QAction>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QUndoStack>

namespace paceline {

namespace {

QAction* newAction(QObject* parent, const QString& text, const QString& toolTip,
                   const QList<QKeySequence>& keys = {})
{
    auto* action = new QAction(text, parent);
    action->setShortcuts(keys);
    QString tip = toolTip;
    if (!keys.isEmpty())
        tip += QStringLiteral(" (%1)").arg(keys.front().toString(QKeySequence::NativeText));
    action->setToolTip(tip);
    return action;
}

AdviceContext adviceContextFor(const PlannedSession& session, const LogDocument& document)
{
    AdviceContext context;
    context.estimate.sport = session.sport;
    context.purpose = session.purpose;
    if (const auto athlete = document.athlete(session.athleteId)) {
        context.units = athlete->units;
        if (athlete->recentRace) {
            context.estimate.paces = trainingPaces(
                vdotFromRace(athlete->recentRace->distance, athlete->recentRace->time));
        }
    }
    return context;
}

} // namespace

void PlannerView::createActions()
{
    PlannerActions& a = m_actions;
    a.previousWeek =
        newAction(this, tr("&Previous Week"), tr("Show the week before"),
                  {QKeySequence(Qt::ALT | Qt::Key_Left), QKeySequence(Qt::CTRL | Qt::Key_PageUp)});
    a.previousWeek->setIconText(tr("◀", "previous week"));
    a.nextWeek = newAction(
        this, tr("&Next Week"), tr("Show the week after"),
        {QKeySequence(Qt::ALT | Qt::Key_Right), QKeySequence(Qt::CTRL | Qt::Key_PageDown)});
    a.nextWeek->setIconText(tr("▶", "next week"));
    a.today = newAction(this, tr("&This Week"), tr("Show the week with today"),
                        {QKeySequence(Qt::CTRL | Qt::Key_T)});
    a.today->setIconText(tr("Today"));
    a.goToDate = newAction(this, tr("&Go to Date..."), tr("Type or pick a date to show its week"),
                           {QKeySequence(Qt::CTRL | Qt::Key_G)});
    a.overview = newAction(this, tr("&Four-Week Overview"),
                           tr("Switch between one week of full cards and four weeks of "
                              "compact ones"),
                           {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O)});
    a.overview->setIconText(tr("4 weeks"));
    a.overview->setCheckable(true);

    a.deleteSessions = newAction(this, tr("&Delete Session"),
                                 tr("Delete the selected sessions from the plan (undoable)"),
                                 {QKeySequence(QKeySequence::Delete)});
    a.copyTo = newAction(this, tr("&Copy Session To..."),
                         tr("Plan a copy of the selected session on another day"));
    a.moveTo =
        newAction(this, tr("&Move Session To..."), tr("Move the selected session to another day"));
    a.editSession = newAction(this, tr("&Edit Planned Session..."),
                              tr("Change this planned copy's steps and notes (Enter or "
                                 "double-click)"));
    a.openLogged = newAction(this, tr("Open &Logged Session"),
                             tr("Show the workout logged for this session in the Log"));
    a.restDay =
        newAction(this, tr("Mark Day as &Rest"), tr("A rest day: nothing is planned on purpose"),
                  {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R)});
    a.restDay->setCheckable(true);

    a.saveTemplate = newAction(this, tr("&Save Week as Template..."),
                               tr("Keep this week's sessions and rest days as a named template"));
    a.saveTemplate->setIconText(tr("Save as template"));
    a.applyTemplate = newAction(this, tr("&Apply Template..."),
                                tr("Plan a week template from a date, for one or more athletes"));
    a.applyTemplate->setIconText(tr("Apply template"));
    a.copyWeek = newAction(this, tr("Cop&y Week To..."),
                           tr("Copy this week to other athletes or another week"));
    a.copyWeek->setIconText(tr("Copy week"));
    a.exportCalendar = newAction(this, tr("E&xport Calendar..."),
                                 tr("Write the shown days as an iCalendar (.ics) file"));
    a.exportCalendar->setIconText(tr("Export"));
    a.printWeek = newAction(this, tr("Pr&int Week..."),
                            tr("Print the week for the athlete, or save it as PDF"),
                            {QKeySequence(QKeySequence::Print)});
    a.printWeek->setIconText(tr("Print"));

    connect(a.previousWeek, &QAction::triggered, this, &PlannerView::previousWeek);
    connect(a.nextWeek, &QAction::triggered, this, &PlannerView::nextWeek);
    connect(a.today, &QAction::triggered, this, &PlannerView::goToToday);
    connect(a.goToDate, &QAction::triggered, this, [this] {
        m_dateEdit->setFocus(Qt::ShortcutFocusReason);
        m_dateEdit->setSelectedSection(QDateTimeEdit::DaySection);
    });
    connect(a.overview, &QAction::toggled, this, &PlannerView::setOverview);
    connect(a.deleteSessions, &QAction::triggered, this, &PlannerView::deleteSelectedSessions);
    connect(a.copyTo, &QAction::triggered, this, [this] { copyOrMoveSelected(false); });
    connect(a.moveTo, &QAction::triggered, this, [this] { copyOrMoveSelected(true); });
    connect(a.editSession, &QAction::triggered, this, &PlannerView::editCurrentSession);
    connect(a.openLogged, &QAction::triggered, this, [this] {
        const QModelIndex card = m_grid->currentCard();
        if (card.isValid())
            Q_EMIT loggedSessionRequested(card.data(PlanWeekModel::DateRole).toDate());
    });
    connect(a.restDay, &QAction::triggered, this, [this] { toggleRestDay(currentDay()); });

    const auto shownLast = [this] { return m_weekStart.addDays(m_model->dayCount() - 1); };
    connect(a.saveTemplate, &QAction::triggered, this, [this] {
        planner::saveAsMicrocycle(this, m_document, m_document.currentAthleteId(), m_weekStart);
    });
    connect(a.applyTemplate, &QAction::triggered, this,
            [this] { planner::applyMicrocycle(this, m_document, m_weekStart); });
    connect(a.copyWeek, &QAction::triggered, this, [this] {
        planner::copyWeeks(this, m_document, m_document.currentAthleteId(), m_weekStart);
    });
    connect(a.exportCalendar, &QAction::triggered, this, [this, shownLast] {
        planner::exportCalendar(this, m_document, m_document.currentAthleteId(), m_weekStart,
                                shownLast());
    });
    connect(a.printWeek, &QAction::triggered, this, [this] {
        planner::printWeek(this, m_document, m_document.currentAthleteId(), m_weekStart);
    });

    // The keys work while the Planner screen is shown (its actions are disabled when it
    // is hidden, so Delete on the Log screen stays the Log's).
    for (QAction* action : menuActions()) {
        if (action) {
            action->setShortcutContext(Qt::WindowShortcut);
            addAction(action);
        }
    }
    // Delete, like the Log's, only while the focus is on this screen (the text fields
    // here still take the key for themselves through ShortcutOverride).
    a.deleteSessions->setShortcutContext(Qt::WidgetWithChildrenShortcut);
}

QList<QAction*> PlannerView::menuActions() const
{
    const PlannerActions& a = m_actions;
    return {a.previousWeek, a.nextWeek,       a.today,    a.goToDate,      a.overview,
            nullptr,        a.editSession,    a.copyTo,   a.moveTo,        a.deleteSessions,
            a.openLogged,   a.restDay,        nullptr,    a.applyTemplate, a.saveTemplate,
            a.copyWeek,     a.exportCalendar, a.printWeek};
}

void PlannerView::refreshActions()
{
    if (!m_grid)
        return;
    const PlannerActions& a = m_actions;
    // Hidden, the screen gives its keys back to the others (Delete, Ctrl+T, Alt+arrows).
    const bool shown = isVisible();
    const bool athlete = m_document.currentAthlete().has_value();
    const bool writable = athlete && !m_document.isReadOnly();
    for (QAction* navigation : {a.previousWeek, a.nextWeek, a.today, a.goToDate, a.overview})
        navigation->setEnabled(shown && athlete);
    const bool selected = !m_grid->selectedSessions().empty();
    const QModelIndex card = m_grid->currentCard();
    a.deleteSessions->setEnabled(shown && writable && selected);
    a.copyTo->setEnabled(shown && writable && selected);
    a.moveTo->setEnabled(shown && writable && selected);
    a.editSession->setEnabled(shown && writable && card.isValid());
    a.openLogged->setEnabled(shown && card.isValid() &&
                             PlanStatus(card.data(PlanWeekModel::StatusRole).toInt()) ==
                                 PlanStatus::Done);
    a.restDay->setEnabled(shown && writable);
    a.restDay->setChecked(m_model->dayIndex(currentDay()).data(PlanWeekModel::RestRole).toBool());
    for (QAction* week : {a.saveTemplate, a.copyWeek})
        week->setEnabled(shown && writable);
    a.applyTemplate->setEnabled(shown && !m_document.isReadOnly() && athlete);
    a.exportCalendar->setEnabled(shown && athlete);
    a.printWeek->setEnabled(shown && athlete);
}

QDate PlannerView::currentDay() const
{
    const QModelIndex card = m_grid->currentCard();
    if (card.isValid())
        return card.data(PlanWeekModel::DateRole).toDate();
    for (DayColumn* column : m_grid->columns()) {
        if (column->list()->hasFocus())
            return column->date();
    }
    return m_weekStart;
}

void PlannerView::showCardMenu(QDate date, const QPoint& globalPos)
{
    refreshActions();
    QMenu menu(this);
    if (!m_grid->selectedSessions().empty()) {
        menu.addAction(m_actions.editSession);
        menu.addAction(m_actions.openLogged);
        menu.addSeparator();
        menu.addAction(m_actions.copyTo);
        menu.addAction(m_actions.moveTo);
        menu.addAction(m_actions.deleteSessions);
        menu.addSeparator();
    }
    addDayActions(menu, date);
    menu.exec(globalPos);
}

void PlannerView::showDayMenu(QDate date, const QPoint& globalPos)
{
    QMenu menu(this);
    addDayActions(menu, date);
    menu.exec(globalPos);
}

void PlannerView::addDayActions(QMenu& menu, QDate date)
{
    const bool rest = m_model->dayIndex(date).data(PlanWeekModel::RestRole).toBool();
    const QString day = QLocale().dayName(date.dayOfWeek());
    QAction* toggle =
        menu.addAction(rest ? tr("Mark %1 as &Not Rest").arg(day) : tr("Mark %1 as &Rest").arg(day),
                       this, [this, date] { toggleRestDay(date); });
    toggle->setEnabled(m_document.currentAthlete() && !m_document.isReadOnly());
}

void PlannerView::deleteSelectedSessions()
{
    const auto ids = m_grid->selectedSessions();
    if (!ids.empty() && !m_document.isReadOnly())
        m_document.plan().removeSessions(ids);
}

void PlannerView::toggleRestDay(QDate date)
{
    if (!date.isValid() || !m_document.currentAthlete() || m_document.isReadOnly())
        return;
    const bool rest = m_model->dayIndex(date).data(PlanWeekModel::RestRole).toBool();
    m_document.plan().setRestDay(m_document.currentAthleteId(), date, !rest);
}

void PlannerView::copySelectedSessionTo(QDate date)
{
    const auto ids = m_grid->selectedSessions();
    // Several cards are one undo step, as a drag of several cards is.
    QUndoStack* stack = m_document.undoStack();
    stack->beginMacro(tr("Copy %n session(s)", nullptr, int(ids.size())));
    for (PlannedSessionId id : ids)
        m_document.plan().copySession(id, date);
    stack->endMacro();
}

void PlannerView::moveSelectedSessionTo(QDate date)
{
    const auto ids = m_grid->selectedSessions();
    QUndoStack* stack = m_document.undoStack();
    stack->beginMacro(tr("Move %n session(s)", nullptr, int(ids.size())));
    for (PlannedSessionId id : ids)
        m_document.plan().moveSession(id, date);
    stack->endMacro();
}

void PlannerView::copyOrMoveSelected(bool move)
{
    if (m_grid->selectedSessions().empty() || m_document.isReadOnly())
        return;
    const auto date = askDate(move ? tr("Move Session") : tr("Copy Session"),
                              move ? tr("Move to:") : tr("Copy to:"));
    if (!date)
        return;
    if (move)
        moveSelectedSessionTo(*date);
    else
        copySelectedSessionTo(*date);
    // Follow the session to the week it went to, so the result is visible.
    showWeek(*date);
}

std::optional<QDate> PlannerView::askDate(const QString& title, const QString& label)
{
    QDialog dialog(this);
    dialog.setWindowTitle(title);
    auto* date = new QDateEdit(currentDay().addDays(7));
    date->setCalendarPopup(true);
    date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    auto* form = new QFormLayout(&dialog);
    form->addRow(label, date);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return date->date();
}

void PlannerView::editCurrentSession()
{
    const QModelIndex card = m_grid->currentCard();
    if (!card.isValid() || m_document.isReadOnly())
        return;
    const auto session = m_document.plan().session(
        PlannedSessionId{card.data(PlanWeekModel::SessionIdRole).toLongLong()});
    if (!session)
        return;
    PlannedSessionDialog dialog(*session, adviceContextFor(*session, m_document), this);
    if (dialog.exec() == QDialog::Accepted && dialog.steps())
        m_document.plan().editSessionSteps(session->id, *dialog.steps(),
                                           tr("Edit %1").arg(session->name));
}

} // namespace paceline
