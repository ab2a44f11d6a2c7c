// Drops through a real QTreeView, so Qt's own rules (on an item or between rows, and
// the view removing source rows after a move) meet the model as they will in the
// builder.

#include "TemplateTestSupport.h"
#include "UiTestSupport.h"
#include "ui/document/LogDocument.h"
#include "ui/document/TemplateLibrary.h"
#include "ui/models/StepPaletteModel.h"
#include "ui/models/StepTreeModel.h"

#include <QDropEvent>
#include <QMimeData>
#include <QSignalSpy>
#include <QTest>
#include <QTreeView>

#include <gtest/gtest.h>

#include <memory>

using namespace paceline;
using namespace paceline::test;

namespace {

class StepTreeViewDrop : public ::testing::Test {
protected:
    void SetUp() override
    {
        m_document = m_temp.openDocument();
        m_id = m_document->library().addTemplate(intervalSession());
        m_model = std::make_unique<StepTreeModel>(*m_document);
        m_model->setTemplate(m_id);
        m_view.setModel(m_model.get());
        m_view.setDragDropMode(QAbstractItemView::DragDrop);
        m_view.setDefaultDropAction(Qt::MoveAction);
        m_view.resize(600, 400);
        m_view.expandAll();
        m_view.show();
    }

    /// Sends enter, move and drop at `point` of the viewport, as a drag would.
    bool drop(QMimeData* mime, QPoint point, Qt::DropAction action)
    {
        QWidget* viewport = m_view.viewport();
        QDragEnterEvent enter(point, action, mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(viewport, &enter);
        QDragMoveEvent move(point, action, mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(viewport, &move);
        QDropEvent dropped(QPointF(point), action, mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(viewport, &dropped);
        return dropped.isAccepted();
    }
    QRect rowRect(const StepPath& path) const { return m_view.visualRect(m_model->indexOf(path)); }
    QString shown() const { return shape(m_model->steps()); }

    TempStore m_temp;
    std::unique_ptr<LogDocument> m_document;
    TemplateId m_id;
    std::unique_ptr<StepTreeModel> m_model;
    QTreeView m_view;
    StepPaletteModel m_palette;
};

} // namespace

TEST_F(StepTreeViewDrop, OnAGroupNestsAndOnAStepGoesBesideIt)
{
    std::unique_ptr<QMimeData> drills(
        m_palette.mimeData({m_palette.index(StepPaletteModel::Drills)}));
    ASSERT_TRUE(drop(drills.get(), rowRect({1}).center(), Qt::CopyAction));
    EXPECT_EQ(shown(), QStringLiteral("wu 3x(rep jog drills | rest) cd"));

    m_view.expandAll();
    std::unique_ptr<QMimeData> easy(m_palette.mimeData({m_palette.index(StepPaletteModel::Easy)}));
    // The middle of a plain step is not a target: the lower half means "below it".
    const QRect coolDown = rowRect({2});
    ASSERT_TRUE(
        drop(easy.get(), QPoint(coolDown.center().x(), coolDown.bottom() - 2), Qt::CopyAction));
    EXPECT_EQ(shown(), QStringLiteral("wu 3x(rep jog drills | rest) cd work"));
    EXPECT_EQ(m_document->undoStack()->count(), 3);
}

TEST_F(StepTreeViewDrop, AMoveThroughTheViewIsOneStepAndOneCopy)
{
    const QModelIndexList dragged{m_model->indexOf({2})};
    std::unique_ptr<QMimeData> mime(m_model->mimeData(dragged));
    const QRect warmUp = rowRect({0});
    ASSERT_TRUE(drop(mime.get(), QPoint(warmUp.center().x(), warmUp.top() + 1), Qt::MoveAction));
    EXPECT_EQ(shown(), QStringLiteral("cd wu 3x(rep jog | rest)"));
    // After exec() returns MoveAction the source view removes the selected rows; with
    // the moved block selected again, that must change nothing.
    EXPECT_FALSE(m_model->removeRows(0, 1));
    EXPECT_EQ(m_document->undoStack()->count(), 2);
    m_document->undoStack()->undo();
    EXPECT_EQ(shown(), QStringLiteral("wu 3x(rep jog | rest) cd"));
}

namespace {

QStringList g_warnings;

void recordWarning(QtMsgType type, const QMessageLogContext&, const QString& message)
{
    if (type != QtDebugMsg && type != QtInfoMsg)
        g_warnings << message;
}

} // namespace

TEST_F(StepTreeViewDrop, NotesTypedInPlaceKeepTheViewAsItWas)
{
    // An edit that changes no rows must not reset the model under the view: the open
    // editor, the current row and the expanded group all stay.
    m_view.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&m_view));
    ASSERT_TRUE(m_view.isExpanded(m_model->indexOf({1})));
    const QModelIndex notes = m_model->indexOf({2}, StepTreeModel::NotesColumn);
    m_view.setCurrentIndex(notes);
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    g_warnings.clear();
    const QtMessageHandler previous = qInstallMessageHandler(recordWarning);
    m_view.edit(notes);
    QWidget* editor = m_view.indexWidget(notes);
    ASSERT_NE(editor, nullptr);
    QTest::keyClicks(editor, QStringLiteral("easy"));
    QTest::keyClick(editor, Qt::Key_Return);
    QCoreApplication::processEvents();
    qInstallMessageHandler(previous);

    EXPECT_EQ(shown(), QStringLiteral("wu 3x(rep jog | rest) easy"));
    EXPECT_EQ(reset.count(), 0);
    EXPECT_TRUE(g_warnings.isEmpty()) << g_warnings.join(QLatin1Char('\n')).toStdString();
    EXPECT_TRUE(m_view.isExpanded(m_model->indexOf({1})));
    EXPECT_EQ(m_view.currentIndex(), notes);
}
