// The Sessions screen driven as a coach would: blocks dropped from the palette and
// edited in the properties panel, sessions typed as notation, findings followed and
// fixed, and everything undoable.

#include "ui/builder/BuilderView.h"

#include "UiTestSupport.h"
#include "core/io/SessionNotation.h"
#include "ui/builder/FindingsPanel.h"
#include "ui/builder/LibraryPanel.h"
#include "ui/charts/IntensityProfileChart.h"
#include "ui/document/LogDocument.h"
#include "ui/document/TemplateLibrary.h"
#include "ui/models/StepPaletteModel.h"
#include "ui/models/StepTreeModel.h"
#include "ui/models/TemplateLibraryModel.h"

#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMimeData>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>
#include <QToolButton>
#include <QTreeView>
#include <qcustomplot.h>

#include <gtest/gtest.h>

using namespace paceline;
using namespace paceline::test;

namespace {

const char* const kIssueExamples[] = {
    "wu 15min @E; 4x100m strides / 60s walk; 8x400m @I / 90s jog; 2x200m @E; cd 10min @E",
    "wu 20min @E; 3x(6min @race / 2min @easy; 1min @surge / 2min @easy); 5min @race; cd 15min",
    "wu 2km @E; 5x1km @T / 60s jog; cd 2km @E",
    "10min @E; 6x(200m @R / 200m jog); 10min @E",
    "bike 60min @rpe5; run 20min @M",
};

class BuilderViewTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        m_document = m_temp.openDocument();
        m_document->addAthlete(runnerWithRace(QStringLiteral("Ana")));
        SessionTemplate session;
        session.name = QStringLiteral("Cruise");
        m_template = m_document->library().addTemplate(session);
        m_view = std::make_unique<BuilderView>(*m_document);
        m_view->resize(1200, 800);
        m_view->show();
        m_view->library()->selectTemplate(m_template);
        m_commandsAtStart = m_document->undoStack()->count();
    }

    const StepTree& steps() const
    {
        return m_document->library().sessionTemplate(m_template)->steps;
    }
    QString notation() const { return formatSessionNotation(steps()); }

    void dropPaletteBlock(StepPaletteModel::Block block, const QModelIndex& parent = {})
    {
        QAbstractItemModel* palette = m_view->palette()->model();
        std::unique_ptr<QMimeData> mime(palette->mimeData({palette->index(block, 0)}));
        ASSERT_TRUE(m_view->stepModel()->dropMimeData(mime.get(), Qt::CopyAction, -1, 0, parent));
    }

    void select(const StepPath& path)
    {
        m_view->timeline()->setCurrentIndex(m_view->stepModel()->indexOf(path));
    }

    void typeInto(const char* field, const QString& text)
    {
        auto* edit = m_view->findChild<QLineEdit*>(QLatin1String(field));
        ASSERT_NE(edit, nullptr) << field;
        edit->setFocus();
        edit->selectAll();
        QTest::keyClicks(edit, text);
        QTest::keyClick(edit, Qt::Key_Return);
    }

    void typeNotation(const QString& text)
    {
        m_view->notation()->setFocus();
        m_view->notation()->selectAll();
        QTest::keyClicks(m_view->notation(), text);
        QTest::keyClick(m_view->notation(), Qt::Key_Return);
    }

    TempStore m_temp;
    std::unique_ptr<LogDocument> m_document;
    TemplateId m_template;
    std::unique_ptr<BuilderView> m_view;
    int m_commandsAtStart = 0;
};

/// A read-only log holding Ana and one session, "8x400m @I / 90s jog" (no warm-up, so
/// the advisor has a finding with a fix).
std::unique_ptr<LogDocument> readOnlyLogWithASession(const TempStore& temp)
{
    {
        auto document = temp.openDocument();
        document->addAthlete(runnerWithRace(QStringLiteral("Ana")));
        SessionTemplate session;
        session.name = QStringLiteral("Reps");
        session.steps = *parseSessionNotation(QStringLiteral("8x400m @I / 90s jog"));
        document->library().addTemplate(session);
    }
    return temp.openDocument(/*readOnly=*/true);
}

} // namespace

TEST_F(BuilderViewTest, BuildsCruiseIntervalsByDragAndDropAlone)
{
    dropPaletteBlock(StepPaletteModel::WarmUp);
    select({0});
    typeInto("stepAmount", QStringLiteral("2km"));

    dropPaletteBlock(StepPaletteModel::Repeat);
    select({1});
    m_view->findChild<QSpinBox*>(QStringLiteral("repeatCount"))->setValue(5);
    select({1, 0});
    typeInto("stepAmount", QStringLiteral("1km"));
    typeInto("stepIntensity", QStringLiteral("T"));
    select({1, 1});
    typeInto("stepAmount", QStringLiteral("60s"));

    dropPaletteBlock(StepPaletteModel::CoolDown);
    select({2});
    typeInto("stepAmount", QStringLiteral("2km"));

    EXPECT_EQ(notation(), QStringLiteral("wu 2km @E; 5x1km @T / 60s jog; cd 2km @E"));
    // Every drop and every field edit was one undo step: three drops, five typed
    // fields and one count. Undoing them all leaves the session as it was made: empty.
    QUndoStack* stack = m_document->undoStack();
    EXPECT_EQ(stack->count() - m_commandsAtStart, 9);
    for (int i = 0; i < 9; ++i)
        stack->undo();
    ASSERT_NE(m_document->library().sessionTemplate(m_template), nullptr);
    EXPECT_TRUE(steps().empty());
    EXPECT_EQ(stack->undoText(), QStringLiteral("Add session Cruise"));
}

TEST_F(BuilderViewTest, BuildsEachIssueExampleByTypingTheNotation)
{
    for (const char* example : kIssueExamples) {
        typeNotation(QString::fromUtf8(example));
        EXPECT_EQ(notation(), QString::fromUtf8(example));
        EXPECT_EQ(m_view->notation()->text(), QString::fromUtf8(example));
    }
}

TEST_F(BuilderViewTest, AMalformedLineIsExplainedAndChangesNothing)
{
    typeNotation(QStringLiteral("wu 15min @E; 8x400m @I / 90s jog"));
    const QString before = notation();
    typeNotation(QStringLiteral("wu 15min @E; 8x400q @I"));
    auto* problem = m_view->findChild<QLabel*>(QStringLiteral("notationProblem"));
    ASSERT_NE(problem, nullptr);
    EXPECT_TRUE(problem->isVisible());
    EXPECT_TRUE(problem->text().contains(QStringLiteral("column")))
        << problem->text().toStdString();
    EXPECT_EQ(notation(), before);
}

TEST_F(BuilderViewTest, TheProfileFollowsEveryEdit)
{
    typeNotation(QStringLiteral("10min @E; 6x(200m @R / 200m jog); 10min @E"));
    // 10 min, 6 x (rep + jog), 10 min: one bar per step as run.
    EXPECT_EQ(m_view->chart()->bars().size(), 14u);
    typeNotation(QStringLiteral("10min @E; 4x(200m @R / 200m jog); 10min @E"));
    EXPECT_EQ(m_view->chart()->bars().size(), 10u);
    select({1});
    for (const ProfileBar& bar : m_view->chart()->bars()) {
        const bool insideGroup = bar.path.size() > 1 && bar.path.front() == 1;
        EXPECT_EQ(bar.selected, insideGroup);
    }
}

TEST_F(BuilderViewTest, AFindingSelectsItsStepsAndItsFixIsUndoable)
{
    typeNotation(QStringLiteral("8x400m @I / 90s jog; cd 10min @E"));
    const QString before = notation();
    FindingsPanel* findings = m_view->findings();
    int warmUp = -1;
    for (size_t i = 0; i < findings->findings().size(); ++i) {
        if (findings->findings()[i].rule == QStringLiteral("warmup.missing"))
            warmUp = int(i);
    }
    ASSERT_GE(warmUp, 0);
    findings->selectFinding(warmUp);
    EXPECT_FALSE(m_view->timeline()->selectionModel()->selectedRows().isEmpty());

    auto* apply = findings->findChildren<QPushButton*>().value(0);
    ASSERT_NE(apply, nullptr);
    ASSERT_TRUE(apply->isEnabled());
    QTest::mouseClick(apply, Qt::LeftButton);
    ASSERT_TRUE(steps().front().isStep());
    EXPECT_EQ(steps().front().step().kind, StepKind::WarmUp);
    for (const Finding& finding : findings->findings())
        EXPECT_NE(finding.rule, QStringLiteral("warmup.missing"));

    m_document->undoStack()->undo();
    EXPECT_EQ(notation(), before);
}

TEST_F(BuilderViewTest, EnterOnThePaletteAddsABlockAfterTheSelection)
{
    typeNotation(QStringLiteral("wu 15min @E; cd 10min @E"));
    select({0});
    m_view->insertPaletteBlock(StepPaletteModel::Tempo);
    EXPECT_EQ(notation(), QStringLiteral("wu 15min @E; 20min @T; cd 10min @E"));
}

TEST_F(BuilderViewTest, AltArrowsMoveBlocksByKeyboard)
{
    typeNotation(QStringLiteral("wu 15min @E; 20min @T; 6x200m @R; cd 10min @E"));
    // Shortcuts reach only the active window.
    m_view->activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(m_view.get()));
    select({2});
    m_view->timeline()->setFocus();
    QTest::keyClick(m_view->timeline(), Qt::Key_Up, Qt::AltModifier);
    EXPECT_EQ(notation(), QStringLiteral("wu 15min @E; 6x200m @R; 20min @T; cd 10min @E"));
    QTest::keyClick(m_view->timeline(), Qt::Key_Down, Qt::AltModifier);
    EXPECT_EQ(notation(), QStringLiteral("wu 15min @E; 20min @T; 6x200m @R; cd 10min @E"));
    // The last block cannot go further down; nothing changes.
    select({3});
    QTest::keyClick(m_view->timeline(), Qt::Key_Down, Qt::AltModifier);
    EXPECT_EQ(notation(), QStringLiteral("wu 15min @E; 20min @T; 6x200m @R; cd 10min @E"));
}

TEST_F(BuilderViewTest, DeleteOnTheLibraryRemovesTheSessionUndoably)
{
    m_view->activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(m_view.get()));
    QTreeView* tree = m_view->library()->tree();
    tree->setFocus();
    QTest::keyClick(tree, Qt::Key_Delete);
    EXPECT_EQ(m_document->library().sessionTemplate(m_template), nullptr);
    m_document->undoStack()->undo();
    EXPECT_NE(m_document->library().sessionTemplate(m_template), nullptr);
}

TEST_F(BuilderViewTest, ANewSessionHiddenBySearchIsShownAnyway)
{
    m_view->library()->searchField()->setText(QStringLiteral("cruise"));
    m_view->library()->newSession();
    const TemplateId created = m_view->library()->currentTemplate();
    ASSERT_NE(created, m_template);
    EXPECT_TRUE(m_view->library()->searchField()->text().isEmpty());
    const QModelIndex current = m_view->library()->tree()->currentIndex();
    EXPECT_EQ(current.data(TemplateLibraryModel::TemplateIdRole).toLongLong(), created.value);
}

TEST(BuilderViewReadOnly, OffersNoEditsAndReportsNoErrors)
{
    TempStore temp;
    auto document = readOnlyLogWithASession(temp);
    ASSERT_TRUE(document->isReadOnly());
    QSignalSpy errors(document.get(), &LogDocument::storeError);
    BuilderView view(*document);
    view.resize(1200, 800);
    view.show();
    view.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&view));
    const QString before = formatSessionNotation(document->library().templates().front().steps);
    ASSERT_EQ(view.stepModel()->templateId(), document->library().templates().front().id);

    // Nothing lands in the timeline, and nothing there is edited in place.
    EXPECT_FALSE(view.stepModel()->flags({}) & Qt::ItemIsDropEnabled);
    const QModelIndex group = view.stepModel()->indexOf({0});
    EXPECT_FALSE(view.stepModel()->flags(group) & (Qt::ItemIsDropEnabled | Qt::ItemIsEditable));
    EXPECT_TRUE(view.stepModel()->flags(group) & Qt::ItemIsDragEnabled); // copying out is fine
    QAbstractItemModel* palette = view.palette()->model();
    std::unique_ptr<QMimeData> mime(palette->mimeData({palette->index(0, 0)}));
    EXPECT_FALSE(view.stepModel()->canDropMimeData(mime.get(), Qt::CopyAction, -1, 0, {}));
    EXPECT_FALSE(view.stepModel()->dropMimeData(mime.get(), Qt::CopyAction, -1, 0, {}));

    // The keyboard edits, the palette's Enter and the fix are not offered.
    view.timeline()->setCurrentIndex(group);
    view.timeline()->setFocus();
    QTest::keyClick(view.timeline(), Qt::Key_Delete);
    QTest::keyClick(view.timeline(), Qt::Key_G, Qt::ControlModifier);
    view.insertPaletteBlock(StepPaletteModel::WarmUp);
    FindingsPanel* findings = view.findings();
    for (size_t i = 0; i < findings->findings().size(); ++i) {
        if (findings->findings()[i].fix)
            findings->selectFinding(int(i));
    }
    auto* apply = findings->findChildren<QPushButton*>().value(0);
    ASSERT_NE(apply, nullptr);
    EXPECT_FALSE(apply->isEnabled());
    for (QToolButton* button : view.library()->findChildren<QToolButton*>()) {
        const QString text = button->text().remove(QLatin1Char('&'));
        if (!text.isEmpty() && text != QStringLiteral("More")) { // not the search's clear
            EXPECT_FALSE(button->isEnabled()) << button->text().toStdString();
        }
    }
    EXPECT_FALSE(view.library()->tree()->model()->flags(view.library()->tree()->currentIndex()) &
                 Qt::ItemIsEditable);

    EXPECT_EQ(formatSessionNotation(document->library().templates().front().steps), before);
    EXPECT_EQ(errors.count(), 0);
    EXPECT_EQ(document->undoStack()->count(), 0);
}

TEST_F(BuilderViewTest, WithoutASessionTheSideSaysSoRatherThanWellSequenced)
{
    ASSERT_TRUE(m_document->library().removeTemplate(m_template));
    auto* summary = m_view->findChild<QLabel*>(QStringLiteral("findingsSummary"));
    ASSERT_NE(summary, nullptr);
    EXPECT_FALSE(summary->text().contains(QStringLiteral("Well sequenced")))
        << summary->text().toStdString();
    auto* hint = m_view->findChild<QLabel*>(QStringLiteral("propertiesHint"));
    ASSERT_NE(hint, nullptr);
    EXPECT_FALSE(hint->text().contains(QStringLiteral("timeline"))) << hint->text().toStdString();
}

TEST_F(BuilderViewTest, ALongNotationLineShowsItsStart)
{
    typeNotation(QString::fromUtf8(kIssueExamples[1]));
    m_view->timeline()->setFocus();
    m_view->library()->selectTemplate(m_view->library()->currentTemplate());
    m_document->library().renameTemplate(m_template, QStringLiteral("Rotations"));
    EXPECT_EQ(m_view->notation()->cursorPosition(), 0);
}

TEST_F(BuilderViewTest, ClickingABarFocusesTheTimelineAndKeepsWhatWasTyped)
{
    typeNotation(QStringLiteral("wu 15min @E; 20min @T; cd 10min @E"));
    m_view->activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(m_view.get()));
    select({1});
    auto* amount = m_view->findChild<QLineEdit*>(QStringLiteral("stepAmount"));
    ASSERT_NE(amount, nullptr);
    amount->setFocus();
    amount->selectAll();
    QTest::keyClicks(amount, QStringLiteral("25min")); // no Enter: the coach clicks on
    QCustomPlot* plot = m_view->chart()->plot();
    plot->replot();
    const ProfileBar& coolDown = m_view->chart()->bars().back();
    const QPoint centre(
        int(plot->xAxis->coordToPixel(coolDown.startMinutes + coolDown.minutes / 2)),
        int(plot->yAxis->coordToPixel(coolDown.intensity / 2)));
    QTest::mouseClick(plot, Qt::LeftButton, {}, centre);
    EXPECT_EQ(notation(), QStringLiteral("wu 15min @E; 25min @T; cd 10min @E"));
    EXPECT_EQ(m_view->stepModel()->pathOf(m_view->timeline()->currentIndex()), (StepPath{2}));
    EXPECT_TRUE(m_view->timeline()->hasFocus());
}

namespace {

QStringList g_warnings;

void recordWarning(QtMsgType type, const QMessageLogContext&, const QString& message)
{
    if (type != QtDebugMsg && type != QtInfoMsg)
        g_warnings << message;
}

} // namespace

TEST_F(BuilderViewTest, RenamingInTheLibraryKeepsItSelectedAndQuiet)
{
    // A rename that moves the session in the list (Cruise -> Zone 2, after Tempo) must
    // not reset the library under the editor that made it.
    SessionTemplate tempo;
    tempo.name = QStringLiteral("Tempo");
    m_document->library().addTemplate(tempo);
    m_view->library()->selectTemplate(m_template);
    m_view->activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(m_view.get()));
    QTreeView* tree = m_view->library()->tree();
    tree->setFocus();
    g_warnings.clear();
    const QtMessageHandler previous = qInstallMessageHandler(recordWarning);
    QTest::keyClick(tree, Qt::Key_F2);
    QWidget* editor = tree->indexWidget(tree->currentIndex());
    ASSERT_NE(editor, nullptr);
    QTest::keyClicks(editor, QStringLiteral("Zone 2"));
    QTest::keyClick(editor, Qt::Key_Return);
    QCoreApplication::processEvents();
    qInstallMessageHandler(previous);

    EXPECT_EQ(m_document->library().sessionTemplate(m_template)->name, QStringLiteral("Zone 2"));
    EXPECT_TRUE(g_warnings.isEmpty()) << g_warnings.join(QLatin1Char('\n')).toStdString();
    EXPECT_EQ(tree->currentIndex().data(TemplateLibraryModel::TemplateIdRole).toLongLong(),
              m_template.value);
    EXPECT_EQ(m_view->library()->currentTemplate(), m_template);
}

TEST_F(BuilderViewTest, ClosingWithACellEditorOpenCallsNoSlotOfTheDyingView)
{
    // QWidget's destructor hides the screen after ~BuilderView has run: the open editor
    // commits then, and the model's selectPaths must not reach BuilderView::selectPaths
    // (UBSan: member call on an object that is no longer a BuilderView).
    typeNotation(QStringLiteral("wu 15min @E; 20min @T"));
    m_view->activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(m_view.get()));
    const QModelIndex notes = m_view->stepModel()->indexOf({1}, StepTreeModel::NotesColumn);
    m_view->timeline()->setCurrentIndex(notes);
    m_view->timeline()->setFocus();
    QTest::keyClick(m_view->timeline(), Qt::Key_F2);
    ASSERT_NE(m_view->timeline()->indexWidget(notes), nullptr);
    // selectPaths is the only thing that makes a block current while the view closes.
    int selectedWhileDying = 0;
    QObject::connect(m_view->timeline()->selectionModel(), &QItemSelectionModel::currentChanged,
                     [&](const QModelIndex& current) {
                         if (current.isValid())
                             ++selectedWhileDying;
                     });

    m_view.reset();

    EXPECT_EQ(selectedWhileDying, 0);
}

TEST_F(BuilderViewTest, F2OnTheTimelineEditsTheBlockNotTheSessionName)
{
    typeNotation(QStringLiteral("wu 15min @E; 20min @T"));
    m_view->activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(m_view.get()));
    const QModelIndex notes = m_view->stepModel()->indexOf({1}, StepTreeModel::NotesColumn);
    m_view->timeline()->setCurrentIndex(notes);
    m_view->timeline()->setFocus();
    QTest::keyClick(m_view->timeline(), Qt::Key_F2);
    EXPECT_NE(m_view->timeline()->indexWidget(notes), nullptr);
    QTreeView* library = m_view->library()->tree();
    EXPECT_EQ(library->indexWidget(library->currentIndex()), nullptr);
}
