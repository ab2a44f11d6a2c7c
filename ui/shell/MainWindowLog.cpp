// The main window's log actions: logging, editing and deleting workouts, and the
// entry form's example for screenshots.

#include "MainWindow.h"
#include "core/model/EntryText.h"
#include "core/science/Stability.h"
#include "core/store/LogStore.h"
#include "core/store/PlanStore.h"
#include "ui/document/LogDocument.h"
#include "ui/document/LoggedSessions.h"
#include "ui/log/EntryDraftJson.h"
#include "ui/log/LogEntryDialog.h"
#include "ui/log/LogView.h"

#include <QLocale>
#include <QMessageBox>
#include <QPushButton>

#include <cmath>

namespace paceline {

namespace {

/// Work reps a little either side of their target, getting slightly faster, as a
/// well-paced session goes: enough variation for the form to look like a real entry.
constexpr double kSplitVariation[] = {0.012,  0.004,  -0.003, 0.006,  -0.004, 0.001,
                                      -0.006, -0.002, -0.009, -0.012, 0.002,  -0.015};

/// A time as a watch shows it, to the tenth: the example is typed, not computed.
QString watchTimeText(double seconds)
{
    return timeEntryText(Duration{std::round(seconds * 10.0) / 10.0});
}

/// The planned duration of the step `id`, if it is given as a time.
std::optional<Duration> plannedTime(const StepTree& steps, StepId id)
{
    for (const StepNode& node : steps) {
        if (node.isStep() && node.step().id == id) {
            const auto* time = std::get_if<Duration>(&node.step().target);
            return time ? std::optional<Duration>(*time) : std::nullopt;
        }
        if (node.isGroup()) {
            const RepeatGroup& group = node.group();
            if (group.recoveryBetweenSets && group.recoveryBetweenSets->id == id)
                return plannedTime({StepNode{*group.recoveryBetweenSets}}, id);
            if (auto found = plannedTime(group.children, id))
                return found;
        }
    }
    return std::nullopt;
}

/// A realistic entry for screenshots: the athlete's latest planned session with work
/// reps, "run" at its targets, or 8 × 400 m when nothing is planned.
EntryFormState exampleEntry(LogDocument& document, const Athlete& athlete, QDateTime now)
{
    EntryFormState state = newEntryState(now);
    state.time = QTime(18, 30);
    auto plans = document.store().plans().inRange(athlete.id, now.date().addYears(-3),
                                                  now.date().addDays(14));
    const std::vector<PlannedSession> planned = plans.ok() ? *plans : std::vector<PlannedSession>{};
    // Interval sessions show the form best: reps with distances, as run on a track.
    const auto withReps = std::find_if(planned.rbegin(), planned.rend(), [&](const auto& plan) {
        const std::vector<RepEntry> rows = rowsFromPlan(plan, athlete.units);
        const auto measured = std::count_if(rows.begin(), rows.end(), [](const RepEntry& row) {
            return row.kind == RepKind::Work && !row.distance.isEmpty();
        });
        return plan.date <= now.date() && measured >= 4;
    });
    LoggedSession asRun;
    StepTree steps;
    if (withReps != planned.rend()) {
        state.date = withReps->date;
        state.title = withReps->name;
        state.sport = withReps->sport;
        state.plannedSessionId = withReps->id;
        state.reps = rowsFromPlan(*withReps, athlete.units);
        steps = withReps->steps;
    } else {
        state.title = QObject::tr("8 × 400 m on the track");
        state.reps.clear();
        for (int i = 0; i < 8; ++i) {
            RepEntry work;
            work.distance = QStringLiteral("400");
            state.reps.push_back(work);
            RepEntry recovery;
            recovery.kind = RepKind::Recovery;
            if (i < 7)
                state.reps.push_back(recovery);
        }
    }
    for (const RepEntry& row : state.reps) {
        Rep rep;
        rep.kind = row.kind;
        rep.plannedStepId = row.plannedStepId;
        if (auto distance = parseDistance(row.distance); distance.ok())
            rep.distance = *distance;
        asRun.reps.push_back(rep);
    }
    const auto paces = athletePaces(athlete);
    const auto bands = targetBands(asRun.reps, steps, paces);
    int work = 0;
    for (size_t i = 0; i < state.reps.size(); ++i) {
        RepEntry& row = state.reps[i];
        const std::optional<Distance> distance = asRun.reps[i].distance;
        if (row.kind == RepKind::Recovery) {
            const auto planned =
                row.plannedStepId ? plannedTime(steps, *row.plannedStepId) : std::nullopt;
            row.time = distance ? watchTimeText(distance->metres / 2.7)
                                : watchTimeText(planned.value_or(Duration{90.0}).seconds);
            continue;
        }
        const double speed =
            bands[i] ? (bands[i]->slowest.metresPerSecond + bands[i]->fastest.metresPerSecond) / 2
            : paces  ? paces->interval.metresPerSecond
                     : 4.4;
        const double variation = kSplitVariation[size_t(work) % std::size(kSplitVariation)];
        if (distance)
            row.time = watchTimeText(distance->metres / speed * (1.0 + variation));
        row.rpe = QString::number(std::min(9, 6 + work / 3));
        ++work;
    }
    state.sessionRpe = QStringLiteral("7");
    state.avgHeartRate = QStringLiteral("158");
    state.maxHeartRate = QStringLiteral("181");
    state.wellness = {4, 3, 4, 4, 3, 0};
    state.formNotes = QObject::tr("Relaxed shoulders; cadence held up on the last reps.");
    state.notes = QObject::tr("Track, light headwind on the back straight.");
    return state;
}

} // namespace

std::unique_ptr<QDialog> MainWindow::createLogEntryExample()
{
    const auto athlete = m_document->currentAthlete();
    const EntryFormState state =
        athlete ? exampleEntry(*m_document, *athlete, QDateTime::currentDateTime())
                : newEntryState(QDateTime::currentDateTime());
    return std::make_unique<LogEntryDialog>(*m_document, athlete ? athlete->id : AthleteId{}, state,
                                            std::nullopt, false, this);
}

void MainWindow::logWorkout()
{
    openEntryForm(std::nullopt);
}

void MainWindow::editSelectedSession()
{
    if (m_logView) {
        if (const auto selected = m_logView->selectedSession())
            openEntryForm(*selected);
    }
}

void MainWindow::removeSelectedSession()
{
    if (!m_logView || m_document->isReadOnly())
        return;
    // Undoable, so no question first: Ctrl+Z brings it back.
    if (const auto selected = m_logView->selectedSession())
        m_document->loggedSessions().removeSession(*selected);
}

bool MainWindow::offerDraft(const EntryDraft& draft)
{
    QMessageBox box(
        QMessageBox::Question, tr("Log Workout"),
        tr("Resume the workout you were entering on %1?")
            .arg(QLocale().toString(draft.savedUtc.toLocalTime(), QLocale::ShortFormat)),
        QMessageBox::NoButton, this);
    box.setInformativeText(draft.editing ? tr("It was an edit of a logged workout, not saved yet.")
                                         : tr("It was not saved yet."));
    QPushButton* resume = box.addButton(tr("&Resume"), QMessageBox::AcceptRole);
    box.addButton(tr("&Discard"), QMessageBox::DestructiveRole);
    box.setDefaultButton(resume);
    box.exec();
    return box.clickedButton() == resume;
}

void MainWindow::openEntryForm(std::optional<LoggedSessionId> editing)
{
    const auto athlete = m_document->currentAthlete();
    if (!athlete || m_document->isReadOnly())
        return;
    LoggedSessions& sessions = m_document->loggedSessions();
    std::optional<EntryFormState> state;
    bool fromDraft = false;
    if (const auto draft = sessions.draft(athlete->id)) {
        const auto drafted = entryStateFromDraft(draft->content);
        if (drafted && offerDraft(*draft)) {
            state = drafted;
            editing = draft->editing;
            fromDraft = true;
        } else {
            sessions.discardDraft(athlete->id);
        }
    }
    if (!state && editing) {
        const auto session = sessions.session(*editing);
        if (!session)
            return;
        state = entryStateOf(*session);
    }
    if (!state)
        state = newEntryState(QDateTime::currentDateTime());
    LogEntryDialog dialog(*m_document, athlete->id, *state, editing, fromDraft, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    // Selected in the Log screen even when logged from another one that was shown first.
    ensureView(int(viewNames().indexOf(QStringLiteral("log"))));
    m_logView->selectSession(dialog.savedSession());
}

} // namespace paceline
