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
#include "ui/models/StepPaletteModel.h"
#include "ui/models/StepTreeModel.h"

#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMimeData>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>
#include <QTreeView>

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
        m_template = m_document->addTemplate(session);
        m_view = std::make_unique<BuilderView>(*m_document);
        m_view->resize(1200, 800);
        m_view->show();
        m_view->library()->selectTemplate(m_template);
    }

    const StepTree& steps() const { return m_document->sessionTemplate(m_template)->steps; }
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
};

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
    // Every drop and every field edit was one undo step: undo them all.
    while (m_document->undoStack()->canUndo() &&
           m_document->undoStack()->undoText() != QStringLiteral("Add athlete Ana"))
        m_document->undoStack()->undo();
    EXPECT_TRUE(m_document->sessionTemplate(m_template) == nullptr || steps().empty());
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
