// The builder's step tree model: what it shows, and every drag and drop going through
// mimeData/dropMimeData as exactly one command on the document's stack.

#include "ui/models/StepTreeModel.h"

#include "TemplateTestSupport.h"
#include "UiTestSupport.h"
#include "ui/document/LogDocument.h"
#include "ui/document/TemplateLibrary.h"
#include "ui/models/StepMime.h"
#include "ui/models/StepPaletteModel.h"

#include <QAbstractItemModelTester>
#include <QMimeData>
#include <QSignalSpy>

#include <gtest/gtest.h>

#include <memory>

using namespace paceline;
using namespace paceline::test;

namespace {

using Paths = std::vector<StepPath>;
using Mime = std::unique_ptr<QMimeData>;

constexpr const char* kStart = "wu 3x(rep jog | rest) cd";

class StepTreeModelTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        m_document = m_temp.openDocument();
        m_id = m_document->library().addTemplate(intervalSession());
        m_model = std::make_unique<StepTreeModel>(*m_document);
        m_tester = std::make_unique<QAbstractItemModelTester>(
            m_model.get(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        m_model->setTemplate(m_id);
        m_stack = m_document->undoStack();
        m_commandsBefore = m_stack->count();
    }

    StepTreeModel& model() { return *m_model; }
    QString shown() const { return shape(m_model->steps()); }
    QString stored() const
    {
        auto found = storedTemplate(m_temp, m_id);
        return found ? shape(found->steps) : QStringLiteral("(missing)");
    }
    int newCommands() const { return m_stack->count() - m_commandsBefore; }
    QModelIndex at(const StepPath& path, int column = 0) const
    {
        return m_model->indexOf(path, column);
    }
    Mime palette(StepPaletteModel::Block block) const
    {
        return Mime(m_palette.mimeData({m_palette.index(block)}));
    }
    Mime dragOf(const Paths& paths) const
    {
        QModelIndexList indexes;
        for (const StepPath& path : paths) {
            for (int column = 0; column < StepTreeModel::ColumnCount; ++column)
                indexes << m_model->indexOf(path, column); // a view passes every column
        }
        return Mime(m_model->mimeData(indexes));
    }
    /// One command that undoes to the start and redoes to `after`, in memory and on disk.
    void expectOneUndoStep(const QString& after)
    {
        EXPECT_EQ(newCommands(), 1);
        EXPECT_EQ(shown(), after);
        EXPECT_EQ(stored(), after);
        m_stack->undo();
        EXPECT_EQ(shown(), QString::fromLatin1(kStart));
        EXPECT_EQ(stored(), QString::fromLatin1(kStart));
        m_stack->redo();
        EXPECT_EQ(shown(), after);
        EXPECT_EQ(stored(), after);
    }

    TempStore m_temp;
    std::unique_ptr<LogDocument> m_document;
    TemplateId m_id;
    StepPaletteModel m_palette;
    std::unique_ptr<StepTreeModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    QUndoStack* m_stack = nullptr;
    int m_commandsBefore = 0;
};

} // namespace

TEST_F(StepTreeModelTest, ShowsGroupsWithTheirRecoveryBetweenSetsLast)
{
    EXPECT_EQ(shown(), QString::fromLatin1(kStart));
    ASSERT_EQ(model().rowCount(), 3);
    const QModelIndex group = at({1});
    EXPECT_EQ(group.data().toString(), QStringLiteral("3 ×"));
    EXPECT_TRUE(group.data(StepTreeModel::IsGroupRole).toBool());
    ASSERT_EQ(model().rowCount(group), 3);
    const QModelIndex between = model().index(2, 0, group);
    EXPECT_EQ(model().pathOf(between), (StepPath{1, kBetweenSets}));
    EXPECT_TRUE(between.data(StepTreeModel::IsBetweenSetsRole).toBool());
    EXPECT_EQ(between.data().toString(), QStringLiteral("Between sets: Rest"));
    EXPECT_EQ(at({1, kBetweenSets}), between);

    const QModelIndex rep = at({1, 0});
    EXPECT_EQ(rep.data().toString(), QStringLiteral("Work"));
    EXPECT_EQ(rep.siblingAtColumn(StepTreeModel::AmountColumn).data().toString(),
              QStringLiteral("400 m"));
    EXPECT_EQ(rep.siblingAtColumn(StepTreeModel::IntensityColumn).data().toString(),
              QStringLiteral("@I"));
    EXPECT_EQ(rep.data(StepTreeModel::ZoneRole).toInt(), int(PaceZone::Interval));
    EXPECT_EQ(rep.data(StepTreeModel::PathRole).value<StepPath>(), (StepPath{1, 0}));
    EXPECT_EQ(at({1, 1}).siblingAtColumn(StepTreeModel::RecoveryColumn).data().toString(),
              QStringLiteral("Jog"));
    EXPECT_EQ(at({0}).siblingAtColumn(StepTreeModel::NotesColumn).data().toString(),
              QStringLiteral("wu"));
    EXPECT_EQ(group.data(StepTreeModel::ZoneRole).toInt(), -1);
}

TEST_F(StepTreeModelTest, FlagsAllowDropsOnGroupsAndTheRootOnly)
{
    EXPECT_TRUE(model().flags({}) & Qt::ItemIsDropEnabled);
    EXPECT_TRUE(model().flags(at({1})) & Qt::ItemIsDropEnabled);
    EXPECT_FALSE(model().flags(at({0})) & Qt::ItemIsDropEnabled);
    EXPECT_TRUE(model().flags(at({0})) & Qt::ItemIsDragEnabled);
    EXPECT_FALSE(model().flags(at({1, kBetweenSets})) & Qt::ItemIsDragEnabled);
    EXPECT_EQ(model().supportedDropActions(), Qt::MoveAction | Qt::CopyAction);
}

TEST_F(StepTreeModelTest, PaletteDropAtTheTop)
{
    QSignalSpy select(&model(), &StepTreeModel::selectPaths);
    Mime mime = palette(StepPaletteModel::Easy);
    EXPECT_TRUE(model().canDropMimeData(mime.get(), Qt::CopyAction, 0, 0, {}));
    ASSERT_TRUE(model().dropMimeData(mime.get(), Qt::CopyAction, 0, 0, {}));
    EXPECT_EQ(m_stack->undoText(), QStringLiteral("Add work"));
    ASSERT_EQ(select.count(), 1);
    EXPECT_EQ(model().pathsAfterLastEdit(), (Paths{{0}}));
    expectOneUndoStep(QStringLiteral("work wu 3x(rep jog | rest) cd"));
}

TEST_F(StepTreeModelTest, PaletteDropBetweenRowsInsideAGroup)
{
    Mime mime = palette(StepPaletteModel::Surge);
    ASSERT_TRUE(model().dropMimeData(mime.get(), Qt::CopyAction, 1, 0, at({1})));
    expectOneUndoStep(QStringLiteral("wu 3x(rep work jog | rest) cd"));
}

TEST_F(StepTreeModelTest, DropOnAGroupNestsAtItsEnd)
{
    Mime mime = palette(StepPaletteModel::Repeat);
    ASSERT_TRUE(model().dropMimeData(mime.get(), Qt::CopyAction, -1, -1, at({1})));
    EXPECT_EQ(m_stack->undoText(), QStringLiteral("Add 4 × 400 m"));
    EXPECT_EQ(model().pathsAfterLastEdit(), (Paths{{1, 2}}));
    expectOneUndoStep(QStringLiteral("wu 3x(rep jog 4x(work recovery) | rest) cd"));
}

TEST_F(StepTreeModelTest, DropOnAStepGoesAfterIt)
{
    Mime mime = palette(StepPaletteModel::Drills);
    EXPECT_TRUE(model().dropMimeData(mime.get(), Qt::CopyAction, -1, -1, at({0})));
    expectOneUndoStep(QStringLiteral("wu drills 3x(rep jog | rest) cd"));
}

TEST_F(StepTreeModelTest, MoveWithinTheTreeIsOneUndoStepAndLeavesOneCopy)
{
    Mime mime = dragOf({{2}});
    ASSERT_TRUE(mime);
    ASSERT_TRUE(model().dropMimeData(mime.get(), Qt::MoveAction, 0, 0, {}));
    // What QAbstractItemView does after a MoveAction drop: it must change nothing.
    EXPECT_FALSE(model().removeRows(2, 1, {}));
    EXPECT_EQ(m_stack->undoText(), QStringLiteral("Move cool-down"));
    EXPECT_EQ(model().pathsAfterLastEdit(), (Paths{{0}}));
    expectOneUndoStep(QStringLiteral("cd wu 3x(rep jog | rest)"));
}

TEST_F(StepTreeModelTest, MoveIntoAGroupAndOutOfOne)
{
    Mime in = dragOf({{0}, {2}});
    ASSERT_TRUE(model().dropMimeData(in.get(), Qt::MoveAction, 1, 0, at({1})));
    EXPECT_EQ(m_stack->undoText(), QStringLiteral("Move 2 blocks"));
    expectOneUndoStep(QStringLiteral("3x(rep wu cd jog | rest)"));

    Mime out = dragOf({{0, 1}});
    ASSERT_TRUE(model().dropMimeData(out.get(), Qt::MoveAction, -1, 0, {}));
    EXPECT_EQ(shown(), QStringLiteral("3x(rep cd jog | rest) wu"));
    EXPECT_EQ(stored(), shown());
    EXPECT_EQ(newCommands(), 2);
}

TEST_F(StepTreeModelTest, MovingAGroupIntoItselfIsRefused)
{
    ASSERT_TRUE(model().dropMimeData(palette(StepPaletteModel::Repeat).get(), Qt::CopyAction, -1,
                                     -1, at({1})));
    const int commands = m_stack->count();
    Mime mime = dragOf({{1}});
    EXPECT_FALSE(model().canDropMimeData(mime.get(), Qt::MoveAction, 0, 0, at({1, 2})));
    EXPECT_FALSE(model().dropMimeData(mime.get(), Qt::MoveAction, 0, 0, at({1, 2})));
    EXPECT_FALSE(model().dropMimeData(mime.get(), Qt::MoveAction, -1, 0, at({1})));
    EXPECT_EQ(m_stack->count(), commands);
}

TEST_F(StepTreeModelTest, CopyDropDuplicatesAsNewRows)
{
    Mime mime = dragOf({{1}});
    ASSERT_TRUE(model().dropMimeData(mime.get(), Qt::CopyAction, 3, 0, {}));
    EXPECT_EQ(m_stack->undoText(), QStringLiteral("Add 3 × 400 m"));
    const StepTree& steps = model().steps();
    EXPECT_NE(steps[3].group().id, steps[1].group().id);
    EXPECT_NE(steps[3].group().recoveryBetweenSets->id, steps[1].group().recoveryBetweenSets->id);
    expectOneUndoStep(QStringLiteral("wu 3x(rep jog | rest) cd 3x(rep jog | rest)"));
}

TEST_F(StepTreeModelTest, MalformedMimeDataIsRefusedAndChangesNothing)
{
    const QString type = QString::fromLatin1(kStepMimeType);
    const QByteArray payloads[] = {
        "garbage", "{}", R"({"version":1,"nodes":[{"kind":"work","m":"far"}]})",
        // A "move" whose paths do not lead anywhere becomes a copy only if it is valid.
        R"({"version":1,"nodes":[{"repeat":0,"children":[]}]})"};
    for (const QByteArray& payload : payloads) {
        QMimeData mime;
        mime.setData(type, payload);
        EXPECT_FALSE(model().canDropMimeData(&mime, Qt::CopyAction, 0, 0, {}));
        EXPECT_FALSE(model().dropMimeData(&mime, Qt::CopyAction, 0, 0, {}));
        EXPECT_FALSE(model().dropMimeData(&mime, Qt::MoveAction, 0, 0, {}));
    }
    QMimeData text;
    text.setText(QStringLiteral("wu 15min"));
    EXPECT_FALSE(model().dropMimeData(&text, Qt::CopyAction, 0, 0, {}));
    EXPECT_FALSE(model().dropMimeData(nullptr, Qt::CopyAction, 0, 0, {}));
    EXPECT_FALSE(model().pasteMimeData(&text, {}, 0));
    EXPECT_FALSE(
        model().dropMimeData(palette(StepPaletteModel::Easy).get(), Qt::CopyAction, 9, 0, {}));
    EXPECT_EQ(newCommands(), 0);
    EXPECT_EQ(shown(), QString::fromLatin1(kStart));
    EXPECT_EQ(stored(), QString::fromLatin1(kStart));
}

TEST_F(StepTreeModelTest, AMoveFromElsewhereIsACopy)
{
    // Same paths, but written by another process: nothing here may be removed.
    StepMimeContent foreign{
        {withoutIds({model().steps()[2]})},
        StepMimeSource{QStringLiteral("another-process"), m_temp.path(), m_id, {{2}}}};
    Mime mime(makeStepMimeData(foreign));
    ASSERT_TRUE(model().dropMimeData(mime.get(), Qt::MoveAction, 0, 0, {}));
    EXPECT_EQ(shown(), QStringLiteral("cd wu 3x(rep jog | rest) cd"));

    // From another template of the same log.
    const TemplateId otherId =
        m_document->library().addTemplate(intervalSession(QStringLiteral("Other")));
    StepTreeModel other(*m_document);
    other.setTemplate(otherId);
    Mime fromOther(other.mimeData({other.indexOf({0})}));
    ASSERT_TRUE(model().dropMimeData(fromOther.get(), Qt::MoveAction, 0, 0, {}));
    EXPECT_EQ(shape(other.steps()), QString::fromLatin1(kStart));
    EXPECT_EQ(shown(), QStringLiteral("wu cd wu 3x(rep jog | rest) cd"));
}

TEST_F(StepTreeModelTest, MimeDataTakesTopMostNodesOnly)
{
    Mime mime = dragOf({{1, 0}, {1}, {1, kBetweenSets}});
    auto content = stepsFromMimeData(mime.get());
    ASSERT_TRUE(content.ok());
    ASSERT_EQ(content->nodes.size(), 1u);
    EXPECT_EQ(content->source->paths, (Paths{{1}}));
}

TEST_F(StepTreeModelTest, CopyAndPasteThroughTheClipboardFormat)
{
    Mime copied(model().mimeDataForPaths({{0}, {1, kBetweenSets}}));
    ASSERT_TRUE(copied);
    ASSERT_TRUE(model().pasteMimeData(copied.get(), {1}, 0));
    EXPECT_EQ(m_stack->undoText(), QStringLiteral("Paste 2 blocks"));
    EXPECT_EQ(model().pathsAfterLastEdit(), (Paths{{1, 0}, {1, 1}}));
    expectOneUndoStep(QStringLiteral("wu 3x(wu rest rep jog | rest) cd"));
}

TEST_F(StepTreeModelTest, DeletePathsIsOneCommand)
{
    ASSERT_TRUE(model().deletePaths({{2}, {1, kBetweenSets}, {0}}));
    EXPECT_EQ(m_stack->undoText(), QStringLiteral("Delete 3 blocks"));
    EXPECT_EQ(model().pathsAfterLastEdit(), (Paths{{0}}));
    expectOneUndoStep(QStringLiteral("3x(rep jog)"));
    ASSERT_TRUE(model().deletePaths({{0, 0}}));
    EXPECT_EQ(m_stack->undoText(), QStringLiteral("Delete work"));
}

TEST_F(StepTreeModelTest, PropertyEditsOfOneFieldMergeIntoOneUndoStep)
{
    const int key = StepTreeModel::mergeKeyFor({1, 0}, 2);
    EXPECT_NE(key, StepTreeModel::mergeKeyFor({1, 1}, 2));
    EXPECT_GE(key, 0);
    Step rep = model().steps()[1].group().children[0].step();
    for (const char* notes : {"f", "fa", "fast"}) {
        rep.notes = QString::fromLatin1(notes);
        ASSERT_TRUE(model().replaceStep({1, 0}, rep, key));
    }
    ASSERT_TRUE(model().setRepeatCount({1}, 5, StepTreeModel::mergeKeyFor({1}, 6)));
    ASSERT_TRUE(model().setRepeatCount({1}, 6, StepTreeModel::mergeKeyFor({1}, 6)));
    EXPECT_EQ(newCommands(), 2);
    EXPECT_EQ(stored(), QStringLiteral("wu 6x(fast jog | rest) cd"));
    m_stack->undo();
    m_stack->undo();
    EXPECT_EQ(stored(), QString::fromLatin1(kStart));
    EXPECT_EQ(shown(), QString::fromLatin1(kStart));
}

TEST_F(StepTreeModelTest, WrapAndSetDataAreCommandsToo)
{
    ASSERT_TRUE(model().wrapInRepeat({{0}, {1}}, 2));
    EXPECT_EQ(shown(), QStringLiteral("2x(wu 3x(rep jog | rest)) cd"));
    EXPECT_TRUE(model().setData(at({0}), 4));
    EXPECT_TRUE(model().setData(at({1}, StepTreeModel::NotesColumn), QStringLiteral("easy")));
    EXPECT_FALSE(model().setData(at({1}, StepTreeModel::AmountColumn), QStringLiteral("5km")));
    EXPECT_EQ(stored(), QStringLiteral("4x(wu 3x(rep jog | rest)) easy"));
    EXPECT_EQ(newCommands(), 3);
}

TEST_F(StepTreeModelTest, FollowsUndoRemovalAndRestore)
{
    QSignalSpy reset(&model(), &QAbstractItemModel::modelReset);
    ASSERT_TRUE(m_document->library().renameTemplate(m_id, QStringLiteral("Renamed")));
    EXPECT_EQ(reset.count(), 0); // the steps did not change
    ASSERT_TRUE(m_document->library().removeTemplate(m_id));
    EXPECT_EQ(model().rowCount(), 0);
    EXPECT_FALSE(model().flags({}) & Qt::ItemIsDropEnabled);
    m_stack->undo();
    EXPECT_EQ(shown(), QString::fromLatin1(kStart));
    model().setTemplate({});
    EXPECT_EQ(model().rowCount(), 0);
}

TEST_F(StepTreeModelTest, UnitsChangeHowPacesRead)
{
    Step rep = model().steps()[1].group().children[0].step();
    const Speed speed = Speed::fromSecondsPerKilometre(240);
    rep.intensity = PaceRange{speed, speed};
    ASSERT_TRUE(model().replaceStep({1, 0}, rep));
    const auto intensity = [&] {
        return at({1, 0}, StepTreeModel::IntensityColumn).data().toString();
    };
    EXPECT_EQ(intensity(), QStringLiteral("4:00/km"));
    QSignalSpy changed(&model(), &QAbstractItemModel::dataChanged);
    model().setUnits(UnitSystem::Imperial);
    EXPECT_GE(changed.count(), 2); // the top level and the group's rows
    EXPECT_EQ(intensity(), QStringLiteral("6:26/mi"));
}

TEST_F(StepTreeModelTest, AnEditThatKeepsEveryRowOnlyAnnouncesDataChanged)
{
    QSignalSpy reset(&model(), &QAbstractItemModel::modelReset);
    QSignalSpy changed(&model(), &QAbstractItemModel::dataChanged);
    Step rep = model().steps()[1].group().children[0].step();
    rep.notes = QStringLiteral("fast");
    ASSERT_TRUE(model().replaceStep({1, 0}, rep));
    ASSERT_TRUE(model().setRepeatCount({1}, 5));
    EXPECT_EQ(reset.count(), 0);
    EXPECT_GE(changed.count(), 2);
    EXPECT_EQ(at({1, 0}, StepTreeModel::NotesColumn).data().toString(), QStringLiteral("fast"));
    EXPECT_EQ(at({1}).data().toString(), QStringLiteral("5 ×"));

    // Rows added or removed, and undo of them, reset as before.
    ASSERT_TRUE(model().deletePaths({{2}}));
    EXPECT_EQ(reset.count(), 1);
    m_stack->undo();
    EXPECT_EQ(reset.count(), 2);
    EXPECT_EQ(shown(), QStringLiteral("wu 5x(fast jog | rest) cd"));
}

TEST_F(StepTreeModelTest, AnotherSessionOfTheSameShapeIsAReset)
{
    const TemplateId twin =
        m_document->library().addTemplate(intervalSession(QStringLiteral("Twin")));
    QSignalSpy reset(&model(), &QAbstractItemModel::modelReset);
    model().setTemplate(twin);
    EXPECT_EQ(reset.count(), 1);
    EXPECT_EQ(model().templateId(), twin);
}
