// The log form's state: filling it, reading it back, checking it as the athlete types,
// the plan picker, the draft and saving.

#include "EntryDraftJson.h"
#include "LogEntryDialog.h"
#include "RepTableModel.h"
#include "RepTableView.h"
#include "SessionFieldsPanel.h"
#include "core/store/LogStore.h"
#include "core/store/PlanStore.h"
#include "core/store/SessionStore.h"
#include "ui/document/LogDocument.h"
#include "ui/document/LoggedSessions.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimeEdit>
#include <QTimer>

namespace paceline {

namespace {

/// Problems listed in words under the table; the rest are counted.
constexpr int kListedProblems = 6;

const QString kProblemStyle = QStringLiteral("background: #f8d7da;");

std::optional<PlannedSession> findPlan(LogDocument& document, PlannedSessionId id)
{
    auto plan = document.store().plans().find(id);
    return plan.ok() ? std::optional<PlannedSession>(*plan) : std::nullopt;
}

/// The plan's rows, keeping what was typed in the rows already there (by position), so
/// choosing a plan after typing the times loses nothing.
std::vector<RepEntry> mergedWithPlan(const std::vector<RepEntry>& typed,
                                     std::vector<RepEntry> planned)
{
    for (size_t i = 0; i < typed.size(); ++i) {
        if (!typed[i].hasResult())
            continue;
        if (i >= planned.size()) {
            RepEntry extra = typed[i];
            extra.plannedStepId.reset();
            extra.target.clear();
            planned.push_back(extra);
            continue;
        }
        RepEntry& row = planned[i];
        row.time = typed[i].time;
        row.rpe = typed[i].rpe;
        row.avgHeartRate = typed[i].avgHeartRate;
        row.maxHeartRate = typed[i].maxHeartRate;
        row.cadence = typed[i].cadence;
        row.notes = typed[i].notes;
        if (!typed[i].distance.trimmed().isEmpty())
            row.distance = typed[i].distance;
    }
    return planned;
}

} // namespace

UnitSystem LogEntryDialog::units() const
{
    const auto athlete = m_document.athlete(m_athlete);
    return athlete ? athlete->units : UnitSystem::Metric;
}

EntryFormState LogEntryDialog::state() const
{
    EntryFormState state;
    state.date = m_date->date();
    state.time = m_time->time();
    // An edit keeps the offset it was logged with; a new entry takes this computer's
    // offset on that day (summer time included).
    state.utcOffsetSeconds = m_editing
                                 ? m_utcOffsetSeconds
                                 : QDateTime(state.date, state.time, Qt::LocalTime).offsetFromUtc();
    state.sport = Sport(m_sport->currentData().toInt());
    state.title = m_title->text();
    state.plannedSessionId = m_plannedSession;
    state.reps = m_model->rows();
    m_fields->writeTo(state);
    return state;
}

void LogEntryDialog::setState(const EntryFormState& state)
{
    m_loading = true;
    m_date->setDate(state.date.isValid() ? state.date : QDate::currentDate());
    m_time->setTime(state.time.isValid() ? state.time : QTime(12, 0));
    m_utcOffsetSeconds = state.utcOffsetSeconds;
    m_sport->setCurrentIndex(std::max(0, m_sport->findData(int(state.sport))));
    m_title->setText(state.title);
    m_plannedSession = state.plannedSessionId;
    m_model->setRows(state.reps.empty() ? std::vector<RepEntry>{RepEntry{}} : state.reps);
    refreshTargets();
    m_fields->setState(state);
    reloadPlans();
    m_loading = false;
    refreshValidation();
    // Where typing starts: the time when the distance is known (a plan, an edit).
    const bool distanceKnown = !m_model->rows().front().distance.isEmpty();
    m_table->setCurrentIndex(
        m_model->index(0, distanceKnown ? RepTableModel::Time : RepTableModel::Distance));
}

void LogEntryDialog::refreshTargets()
{
    if (m_plannedSession) {
        if (const auto plan = findPlan(m_document, *m_plannedSession)) {
            std::vector<RepEntry> rows = m_model->rows();
            addTargets(rows, plan->steps, units());
            if (rows != m_model->rows())
                m_model->setRows(std::move(rows));
        }
    }
    m_table->setColumnHidden(RepTableModel::Target, !m_model->hasTargets());
    QHeaderView* header = m_table->horizontalHeader();
    const int unit = fontMetrics().horizontalAdvance(QLatin1Char('0'));
    const std::pair<int, int> widths[] = {
        {RepTableModel::Kind, 11},        {RepTableModel::Target, 15},
        {RepTableModel::Distance, 9},     {RepTableModel::Time, 9},
        {RepTableModel::Pace, 9},         {RepTableModel::Rpe, 15},
        {RepTableModel::AvgHeartRate, 8}, {RepTableModel::MaxHeartRate, 8},
        {RepTableModel::Cadence, 8},
    };
    for (const auto& [column, characters] : widths)
        header->resizeSection(column, unit * characters + 16);
    header->setSectionResizeMode(RepTableModel::Notes, QHeaderView::Stretch);
}

void LogEntryDialog::reloadPlans()
{
    const bool wasLoading = std::exchange(m_loading, true);
    m_plan->clear();
    m_plan->addItem(tr("Freeform"), QVariant::fromValue(qint64(0)));
    auto plans = m_document.store().plans().inRange(m_athlete, m_date->date(), m_date->date());
    std::vector<PlannedSession> listed = plans.ok() ? *plans : std::vector<PlannedSession>{};
    // A session linked to a plan of another day (the date was changed) keeps its plan.
    if (m_plannedSession &&
        std::none_of(listed.begin(), listed.end(),
                     [this](const PlannedSession& plan) { return plan.id == *m_plannedSession; })) {
        if (auto linked = findPlan(m_document, *m_plannedSession))
            listed.push_back(*linked);
    }
    for (const PlannedSession& plan : listed) {
        const QString text =
            plan.date == m_date->date()
                ? plan.name
                : tr("%1 (planned %2)")
                      .arg(plan.name, QLocale().toString(plan.date, QLocale::ShortFormat));
        m_plan->addItem(text, QVariant::fromValue(plan.id.value));
        if (m_plannedSession && plan.id == *m_plannedSession)
            m_plan->setCurrentIndex(m_plan->count() - 1);
    }
    m_loading = wasLoading;
}

void LogEntryDialog::choosePlan(int index)
{
    const qint64 id = m_plan->itemData(index).toLongLong();
    if (id <= 0) {
        // Freeform: the typed rows stay, only their links to the plan go.
        std::vector<RepEntry> rows = m_model->rows();
        for (RepEntry& row : rows) {
            row.plannedStepId.reset();
            row.target.clear();
        }
        m_plannedSession.reset();
        m_model->setRows(std::move(rows));
    } else {
        const auto plan = findPlan(m_document, PlannedSessionId{id});
        if (!plan)
            return;
        m_plannedSession = plan->id;
        m_model->setRows(mergedWithPlan(m_model->rows(), rowsFromPlan(*plan, units())));
        m_title->setText(plan->name);
        m_sport->setCurrentIndex(std::max(0, m_sport->findData(int(plan->sport))));
    }
    refreshTargets();
    m_table->setCurrentIndex(m_model->index(0, RepTableModel::Time));
    markEdited();
}

void LogEntryDialog::markEdited()
{
    if (m_loading)
        return;
    m_unsaved = true;
    m_draftTimer->start();
    refreshValidation();
}

void LogEntryDialog::refreshValidation()
{
    const EntryFormState current = state();
    EntryAssembly assembly = assembleEntry(current, m_athlete);
    // An untouched form is not wrong, only not finished: say what to do instead.
    const bool nothingRecorded =
        assembly.session.reps.empty() && current.duration.trimmed().isEmpty();
    if (nothingRecorded) {
        std::erase_if(assembly.problems, [](const EntryProblem& problem) {
            return problem.field == EntryField::Duration;
        });
    }
    m_problems = assembly.problems;
    m_model->setProblems(m_problems);
    m_fields->markProblems(m_problems);
    m_fields->showTotals(repsDuration(current.reps), repsDistance(current.reps), units());
    const bool badStart =
        std::any_of(m_problems.begin(), m_problems.end(),
                    [](const auto& problem) { return problem.field == EntryField::Start; });
    m_date->setStyleSheet(badStart ? kProblemStyle : QString());

    QStringList lines;
    for (int i = 0; i < int(m_problems.size()) && i < kListedProblems; ++i)
        lines << QStringLiteral("<span style='color:#a4262c'>⚠ %1</span>")
                     .arg(m_problems[size_t(i)].message.toHtmlEscaped());
    if (int(m_problems.size()) > kListedProblems)
        lines << tr("<span style='color:#a4262c'>... and %n more</span>", nullptr,
                    int(m_problems.size()) - kListedProblems);
    if (m_problems.empty() && nothingRecorded)
        lines << tr("<span style='color:#5a6675'>Type the reps (or the session's duration) to "
                    "save.</span>");
    // Only planned rows are worth a word: a trailing empty row is just where Enter went.
    const auto plannedNotRun =
        std::count_if(current.reps.begin(), current.reps.end(),
                      [](const RepEntry& row) { return row.plannedStepId && !row.hasResult(); });
    if (plannedNotRun > 0 && !nothingRecorded) {
        lines << QStringLiteral("<span style='color:#5a6675'>%1</span>")
                     .arg(plannedNotRun == 1
                              ? tr("1 planned row without a time will be saved as not run.")
                              : tr("%1 planned rows without a time will be saved as not run.")
                                    .arg(plannedNotRun));
    }
    m_problemsLabel->setText(lines.join(QStringLiteral("<br>")));
    m_problemsLabel->setVisible(!lines.isEmpty());
    m_save->setEnabled(m_problems.empty() && !nothingRecorded && !m_document.isReadOnly());
}

QString LogEntryDialog::problemsText() const
{
    QStringList messages;
    for (const EntryProblem& problem : m_problems)
        messages << problem.message;
    return messages.join(QLatin1Char('\n'));
}

void LogEntryDialog::saveDraftNow()
{
    m_draftTimer->stop();
    if (!m_unsaved || m_document.isReadOnly())
        return;
    EntryDraft draft;
    draft.athlete = m_athlete;
    draft.editing = m_editing;
    draft.content = entryDraftJson(state());
    draft.savedUtc = QDateTime::currentDateTimeUtc();
    m_document.loggedSessions().saveDraft(draft);
}

void LogEntryDialog::accept()
{
    // Ctrl+S or Ctrl+Enter while a cell is being typed: that text is part of the entry.
    m_table->commitEditor();
    refreshValidation();
    if (!m_save->isEnabled())
        return;
    LoggedSession session = assembleEntry(state(), m_athlete).session;
    LoggedSessions& sessions = m_document.loggedSessions();
    // A draft may outlive the session it was editing (deleted since): it is logged anew
    // rather than refused, so what was typed still lands.
    if (m_editing && !m_document.store().sessions().find(*m_editing).ok())
        m_editing.reset();
    if (m_editing) {
        session.id = *m_editing;
        if (!sessions.editSession(session))
            return; // the store said why (storeError); the form keeps everything
        m_saved = *m_editing;
    } else {
        m_saved = sessions.logSession(session);
        if (!m_saved.isValid())
            return;
    }
    m_draftTimer->stop();
    m_unsaved = false;
    sessions.discardDraft(m_athlete);
    QDialog::accept();
}

void LogEntryDialog::reject()
{
    m_table->commitEditor(); // the cell being typed goes into the draft too
    saveDraftNow();
    QDialog::reject();
}

void LogEntryDialog::discard()
{
    m_draftTimer->stop();
    m_unsaved = false;
    if (!m_document.isReadOnly())
        m_document.loggedSessions().discardDraft(m_athlete);
    QDialog::reject();
}

} // namespace paceline
