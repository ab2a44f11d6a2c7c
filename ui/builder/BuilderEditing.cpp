// The builder's edits and its follow-up: keyboard and clipboard editing, the notation
// line, and refreshing the profile, totals, findings and properties after each change.

#include "BuilderView.h"
#include "CalibrationBox.h"
#include "FindingsPanel.h"
#include "LibraryPanel.h"
#include "ProfileBars.h"
#include "StepPropertiesPanel.h"
#include "core/io/SessionNotation.h"
#include "core/model/StepTreeEdit.h"
#include "core/science/Vdot.h"
#include "core/science/WeeklyVolume.h"
#include "core/store/LogStore.h"
#include "core/store/SessionStore.h"
#include "ui/charts/IntensityProfileChart.h"
#include "ui/document/Calibrations.h"
#include "ui/document/LogDocument.h"
#include "ui/document/TemplateLibrary.h"
#include "ui/models/StepPaletteModel.h"
#include "ui/models/StepTreeModel.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMimeData>
#include <QTreeView>

#include <algorithm>

namespace paceline {

namespace {

/// Where Enter on the palette and Paste put blocks: after the last selected block, among
/// its siblings; at the end of the session when nothing (or only a recovery between
/// sets, which has no "after") is selected.
std::pair<StepPath, int> insertionPointAfter(const std::vector<StepPath>& selected)
{
    if (selected.empty() || selected.back().back() == kBetweenSets)
        return {StepPath{}, -1};
    const StepPath& last = selected.back();
    return {StepPath(last.begin(), last.end() - 1), last.back() + 1};
}

QAction* addShortcut(QWidget* owner, const QString& text, const QKeySequence& keys)
{
    auto* action = new QAction(text, owner);
    action->setShortcut(keys);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    owner->addAction(action);
    return action;
}

} // namespace

void BuilderView::createActions()
{
    // On a read-only log the edits are not offered at all: each would only fail with a
    // message. Copying blocks out still works.
    const bool writable = !m_document.isReadOnly();
    const auto edit = [&](const QString& text, const QKeySequence& keys, auto slot) {
        QAction* action = addShortcut(m_timeline, text, keys);
        action->setEnabled(writable);
        connect(action, &QAction::triggered, this, slot);
    };
    edit(tr("Delete blocks"), QKeySequence::Delete, &BuilderView::deleteSelection);
    edit(tr("Cut blocks"), QKeySequence::Cut, &BuilderView::cutSelection);
    edit(tr("Paste blocks"), QKeySequence::Paste, &BuilderView::paste);
    edit(tr("Group into a repeat"), QKeySequence(Qt::CTRL | Qt::Key_G),
         &BuilderView::groupSelection);
    edit(tr("Move blocks up"), QKeySequence(Qt::ALT | Qt::Key_Up), [this] { moveSelection(-1); });
    edit(tr("Move blocks down"), QKeySequence(Qt::ALT | Qt::Key_Down),
         [this] { moveSelection(+1); });
    connect(addShortcut(m_timeline, tr("Copy blocks"), QKeySequence::Copy), &QAction::triggered,
            this, &BuilderView::copySelection);
    connect(addShortcut(this, tr("Search sessions"), QKeySequence::Find), &QAction::triggered, this,
            [this] { m_library->searchField()->setFocus(); });
    m_findings->setFixesAllowed(writable);
    m_calibration->setAcceptAllowed(writable);
}

std::vector<StepPath> BuilderView::selectedPaths() const
{
    std::vector<StepPath> paths;
    for (const QModelIndex& index : m_timeline->selectionModel()->selectedRows())
        paths.push_back(m_steps->pathOf(index));
    return topMostPaths(std::move(paths));
}

void BuilderView::selectPaths(const std::vector<StepPath>& paths)
{
    QItemSelection selection;
    for (const StepPath& path : paths) {
        const QModelIndex index = m_steps->indexOf(path);
        if (index.isValid())
            selection.select(index, m_steps->indexOf(path, StepTreeModel::ColumnCount - 1));
    }
    auto* model = m_timeline->selectionModel();
    model->select(selection, QItemSelectionModel::ClearAndSelect);
    if (!paths.empty()) {
        const QModelIndex first = m_steps->indexOf(paths.front());
        model->setCurrentIndex(first, QItemSelectionModel::NoUpdate);
        m_timeline->scrollTo(first);
    }
}

AdviceContext BuilderView::adviceContext() const
{
    AdviceContext context;
    const SessionTemplate* session = m_document.library().sessionTemplate(m_template);
    if (session) {
        context.estimate.sport = session->sport;
        context.purpose = session->purpose;
    }
    const auto athlete = m_document.currentAthlete();
    if (!athlete)
        return context;
    context.units = athlete->units;
    if (athlete->recentRace) {
        const RaceResult& race = *athlete->recentRace;
        context.estimate.paces = trainingPaces(vdotFromRace(race.distance, race.time));
    }
    // The athlete's running over the last four weeks, from the kept daily totals.
    const QDate today = QDate::currentDate();
    const SessionStore& sessions = m_document.store().sessions();
    auto range = sessions.dayRange(athlete->id);
    auto loads =
        sessions.dailyLoads(athlete->id, today.addDays(-kWeeklyVolumeWindowDays + 1), today);
    if (range && *range && loads)
        context.weeklyDistance = weeklyRunningDistance(*loads, (*range)->first, today);
    return context;
}

bool BuilderView::event(QEvent* event)
{
    // The main window's stack hides the screens not shown: the calibration's reading of
    // the log (the slow part of an athlete switch) waits until this one is shown.
    if (event->type() == QEvent::HideToParent) {
        m_hiddenByParent = true;
    } else if (event->type() == QEvent::ShowToParent) {
        m_hiddenByParent = false;
        if (m_analysisStale)
            refreshAnalysis();
        else if (m_calibrationStale)
            refreshCalibration();
    }
    return QWidget::event(event);
}

void BuilderView::refreshAnalysisWhenShown()
{
    if (m_hiddenByParent)
        m_analysisStale = true;
    else
        refreshAnalysis();
}

void BuilderView::refreshCalibrationWhenShown()
{
    if (m_hiddenByParent)
        m_calibrationStale = true;
    else
        refreshCalibration();
}

void BuilderView::refreshAnalysis()
{
    m_analysisStale = false;
    refreshCalibration();
    const SessionTemplate* session = m_document.library().sessionTemplate(m_template);
    if (!session) {
        m_estimate = {};
        m_chart->setBars({});
        m_totals->clear();
        m_findings->clearFindings(tr("The advisor checks the session you pick."));
        return;
    }
    const AdviceContext context = adviceContext();
    m_estimate = estimateSession(session->steps, context.estimate);
    m_totals->setText(totalsText(m_estimate, context.units));
    m_findings->setFindings(adviseSession(session->steps, context));
    refreshHighlight();
}

void BuilderView::refreshCalibration()
{
    m_calibrationStale = false;
    m_calibration->setProposal(templateCalibration(m_document, m_document.currentAthleteId(),
                                                   m_template, QDate::currentDate()));
}

void BuilderView::refreshHighlight()
{
    const SessionTemplate* session = m_document.library().sessionTemplate(m_template);
    const auto athlete = m_document.currentAthlete();
    const UnitSystem units = athlete ? athlete->units : UnitSystem::Metric;
    m_chart->setBars(session ? profileBars(m_estimate, session->steps, selectedPaths(), units)
                             : std::vector<ProfileBar>{});
}

void BuilderView::refreshProperties()
{
    const std::vector<StepPath> paths = selectedPaths();
    if (!m_document.library().sessionTemplate(m_template)) {
        m_properties->showNothing(tr("Pick a session to edit its blocks."));
        return;
    }
    if (paths.size() != 1) {
        m_properties->showNothing(paths.empty()
                                      ? tr("Select a block in the timeline to edit it.")
                                      : tr("%1 blocks selected. Ctrl+G makes them a repeat "
                                           "group; Delete removes them.")
                                            .arg(paths.size()));
        return;
    }
    const StepTree& steps = m_steps->steps();
    if (const Step* step = stepAt(steps, paths.front()))
        m_properties->showStep(*step);
    else if (const StepNode* node = nodeAt(steps, paths.front()); node && node->isGroup())
        m_properties->showGroup(node->group().count);
    m_properties->setEnabled(!m_document.isReadOnly());
}

void BuilderView::applyNotation()
{
    auto steps = parseSessionNotation(m_notation->text());
    if (!steps) {
        m_notationProblem->setText(steps.errorMessage());
        m_notationProblem->show();
        m_notation->setCursorPosition(std::max(0, steps.error().column - 1));
        return;
    }
    m_notationProblem->hide();
    const SessionTemplate* session = m_document.library().sessionTemplate(m_template);
    if (session && *steps != withoutIds(session->steps))
        m_document.library().editTemplateSteps(m_template, *steps, tr("Edit as text"));
}

void BuilderView::insertPaletteBlock(int row)
{
    if (row < 0 || row >= StepPaletteModel::BlockCount || m_document.isReadOnly())
        return;
    const StepNode node = StepPaletteModel::defaultNode(static_cast<StepPaletteModel::Block>(row));
    const auto [parent, position] = insertionPointAfter(selectedPaths());
    m_steps->insertNodes(parent, position, {node});
}

void BuilderView::deleteSelection()
{
    m_steps->deletePaths(selectedPaths());
}

void BuilderView::copySelection()
{
    const std::vector<StepPath> paths = selectedPaths();
    if (!paths.empty())
        QApplication::clipboard()->setMimeData(m_steps->mimeDataForPaths(paths));
}

void BuilderView::cutSelection()
{
    copySelection();
    deleteSelection();
}

void BuilderView::paste()
{
    const auto [parent, row] = insertionPointAfter(selectedPaths());
    m_steps->pasteMimeData(QApplication::clipboard()->mimeData(), parent, row);
}

void BuilderView::moveSelection(int direction)
{
    const std::vector<StepPath> paths = selectedPaths();
    if (paths.empty() || paths.front().back() == kBetweenSets)
        return;
    // Keyboard moves stay among siblings: the first selected block's parent.
    const StepPath parent(paths.front().begin(), paths.front().end() - 1);
    int first = paths.front().back();
    int last = first;
    for (const StepPath& path : paths) {
        if (StepPath(path.begin(), path.end() - 1) != parent || path.back() == kBetweenSets)
            return;
        first = std::min(first, path.back());
        last = std::max(last, path.back());
    }
    const StepTree* siblings = parent.empty() ? &m_steps->steps() : nullptr;
    if (!siblings) {
        const StepNode* group = nodeAt(m_steps->steps(), parent);
        siblings = group && group->isGroup() ? &group->group().children : nullptr;
    }
    if (!siblings)
        return;
    // moveNodes counts the destination row as the rows were shown before the move.
    const int row = direction < 0 ? first - 1 : last + 2;
    if (row < 0 || row > int(siblings->size()))
        return;
    m_steps->applyEdit(moveNodes(m_steps->steps(), paths, parent, row),
                       direction < 0 ? tr("Move blocks up") : tr("Move blocks down"));
}

void BuilderView::groupSelection()
{
    m_steps->wrapInRepeat(selectedPaths(), 2);
}

} // namespace paceline
