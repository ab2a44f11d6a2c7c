// The Planner screen: the grid's days and cards, navigation, drag and drop through the
// views, the keys and the rest toggle, each undoable.

#include "ui/planner/PlannerView.h"

#include "UiTestSupport.h"
#include "core/io/SessionNotation.h"
#include "ui/builder/FindingsPanel.h"
#include "ui/document/LogDocument.h"
#include "ui/document/TemplateLibrary.h"
#include "ui/document/TrainingPlan.h"
#include "ui/models/PlanWeekModel.h"
#include "ui/models/TemplateLibraryModel.h"
#include "ui/planner/DayColumn.h"
#include "ui/planner/PlannedSessionDialog.h"
#include "ui/planner/PlannerLibrary.h"
#include "ui/planner/WeekGrid.h"

#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPushButton>
#include <QTest>
#include <QUndoStack>

#include <gtest/gtest.h>

using namespace paceline;
using namespace paceline::test;

namespace {

// Monday 16 November 2026.
const QDate kMonday(2026, 11, 16);

struct PlannerFixture {
    TempStore temp;
    std::unique_ptr<LogDocument> document = temp.openDocument();
    TemplateId intervals;
    TemplateId easy;
    std::unique_ptr<PlannerView> view;

    PlannerFixture()
    {
        document->addAthlete(runnerWithRace(QStringLiteral("Ana")));
        intervals = addTemplate(QStringLiteral("Intervals"),
                                QStringLiteral("wu 15min @E; 6x800m @I / 2min jog; cd 10min @E"));
        easy = addTemplate(QStringLiteral("Easy run"), QStringLiteral("45min @E"));
        view = std::make_unique<PlannerView>(*document);
        view->setToday(kMonday.addDays(2));
        view->resize(1200, 700);
    }

    TemplateId addTemplate(const QString& name, const QString& notation)
    {
        SessionTemplate session;
        session.name = name;
        session.steps = *parseSessionNotation(notation);
        return document->library().addTemplate(session);
    }

    PlannedSessionId plan(TemplateId id, QDate date)
    {
        return document->plan().planTemplate(document->currentAthleteId(), id, date);
    }

    DayColumn* column(QDate date) const { return view->grid()->column(date); }

    /// The names on the day's cards, in order.
    QStringList cards(QDate date) const
    {
        DayColumn* day = column(date);
        if (!day)
            return {QStringLiteral("<not shown>")};
        QStringList names;
        const QModelIndex root = day->list()->rootIndex();
        for (int row = 0; row < view->model().rowCount(root); ++row)
            names << view->model().index(row, 0, root).data().toString();
        return names;
    }

    void select(QDate date, int row) const
    {
        QListView* list = column(date)->list();
        list->setCurrentIndex(list->model()->index(row, 0, list->rootIndex()));
    }
};

/// Drags `data` (as a model encodes it) over `target` and drops it at `pos`, through
/// the view's own drag and drop handling. `action` is what the drag manager decides
/// during a real drag: a day list's drag is Move, or Copy with Ctrl; the library's is
/// Copy. (Without a real drag, Qt would always propose Copy.)
bool dropOnView(QListView* target, QMimeData* data, QPoint pos, Qt::DropAction action,
                Qt::KeyboardModifiers keys = Qt::NoModifier)
{
    QWidget* viewport = target->viewport();
    const Qt::DropActions actions = Qt::MoveAction | Qt::CopyAction;
    QDragEnterEvent enter(pos, actions, data, Qt::LeftButton, keys);
    QApplication::sendEvent(viewport, &enter);
    QDragMoveEvent move(pos, actions, data, Qt::LeftButton, keys);
    QApplication::sendEvent(viewport, &move);
    if (!move.isAccepted())
        return false;
    QDropEvent drop(QPointF(pos), actions, data, Qt::LeftButton, keys);
    drop.setDropAction(action);
    QApplication::sendEvent(viewport, &drop);
    return drop.isAccepted();
}

} // namespace

TEST(PlannerView, ColumnsStartOnTheChosenFirstDayWithEachDaysSessions)
{
    PlannerFixture f;
    f.plan(f.intervals, kMonday.addDays(1)); // Tuesday
    f.plan(f.easy, kMonday.addDays(6));      // Sunday 22nd
    f.plan(f.easy, kMonday.addDays(1));      // Tuesday, second session
    f.view->setFirstDayOfWeek(Qt::Sunday);
    f.view->showWeek(kMonday.addDays(2));

    const auto& columns = f.view->grid()->columns();
    ASSERT_EQ(columns.size(), 7u);
    EXPECT_EQ(columns.front()->date(), QDate(2026, 11, 15)); // a Sunday
    EXPECT_EQ(columns.back()->date(), QDate(2026, 11, 21));
    EXPECT_EQ(f.view->weekStart(), QDate(2026, 11, 15));
    EXPECT_EQ(f.cards(kMonday.addDays(1)),
              (QStringList{QStringLiteral("Intervals"), QStringLiteral("Easy run")}));
    EXPECT_TRUE(f.cards(kMonday).isEmpty());
    // Sunday the 22nd belongs to the next Sunday-first week.
    EXPECT_EQ(f.view->grid()->column(kMonday.addDays(6)), nullptr);

    f.view->setFirstDayOfWeek(Qt::Monday);
    EXPECT_EQ(f.view->grid()->columns().front()->date(), kMonday);
    EXPECT_EQ(f.cards(kMonday.addDays(6)), QStringList{QStringLiteral("Easy run")});
}

TEST(PlannerView, HeaderNamesTheDayAndMarksToday)
{
    PlannerFixture f;
    f.plan(f.intervals, kMonday.addDays(2));
    f.view->showWeek(kMonday);
    const QString today = f.column(kMonday.addDays(2))->headerText();
    EXPECT_TRUE(today.contains(QStringLiteral("Today"))) << today.toStdString();
    EXPECT_TRUE(today.contains(QStringLiteral("min"))) << today.toStdString();
    const QString empty = f.column(kMonday)->headerText();
    EXPECT_FALSE(empty.contains(QStringLiteral("Today")));
    EXPECT_TRUE(empty.contains(QStringLiteral("Nothing planned"))) << empty.toStdString();
}

TEST(PlannerView, NavigationMovesTheShownRange)
{
    PlannerFixture f;
    f.view->showWeek(kMonday.addDays(3));
    EXPECT_EQ(f.view->model().firstDay(), kMonday);
    EXPECT_EQ(f.view->model().dayCount(), 7);

    f.view->nextWeek();
    EXPECT_EQ(f.view->model().firstDay(), kMonday.addDays(7));
    f.view->previousWeek();
    f.view->previousWeek();
    EXPECT_EQ(f.view->model().firstDay(), kMonday.addDays(-7));
    EXPECT_EQ(f.view->grid()->columns().front()->date(), kMonday.addDays(-7));
    f.view->goToToday();
    EXPECT_EQ(f.view->weekStart(), kMonday);

    f.view->setOverview(true);
    EXPECT_EQ(f.view->model().dayCount(), 28);
    EXPECT_EQ(f.view->grid()->columns().size(), 28u);
    EXPECT_EQ(f.view->grid()->columns().back()->date(), kMonday.addDays(27));
    f.view->setOverview(false);
    EXPECT_EQ(f.view->grid()->columns().size(), 7u);
}

TEST(PlannerView, WeekChangedIsAnnouncedOnlyOnChange)
{
    PlannerFixture f;
    f.view->showWeek(kMonday);
    QList<QDate> announced;
    QObject::connect(f.view.get(), &PlannerView::weekChanged,
                     [&](QDate start) { announced << start; });
    f.view->showWeek(kMonday.addDays(4));
    f.view->nextWeek();
    EXPECT_EQ(announced, QList<QDate>{kMonday.addDays(7)});
}

TEST(PlannerView, DroppingACardOnAnotherDayMovesItAndUndoRestoresIt)
{
    PlannerFixture f;
    f.plan(f.intervals, kMonday);
    f.plan(f.easy, kMonday.addDays(2));
    f.view->showWeek(kMonday);
    f.view->show();

    const int before = f.document->undoStack()->count();
    QListView* monday = f.column(kMonday)->list();
    const QModelIndex card = f.view->model().index(0, 0, monday->rootIndex());
    std::unique_ptr<QMimeData> data(f.view->model().mimeData({card}));
    ASSERT_NE(data, nullptr);
    // On the lower edge of Wednesday's one card: between it and the (absent) next one.
    QListView* wednesday = f.column(kMonday.addDays(2))->list();
    const QRect easyCard =
        wednesday->visualRect(f.view->model().index(0, 0, wednesday->rootIndex()));
    ASSERT_TRUE(easyCard.isValid());
    const QPoint below = QPoint(easyCard.center().x(), easyCard.bottom() - 1);
    ASSERT_TRUE(dropOnView(wednesday, data.get(), below, Qt::MoveAction));

    EXPECT_TRUE(f.cards(kMonday).isEmpty());
    EXPECT_EQ(f.cards(kMonday.addDays(2)),
              (QStringList{QStringLiteral("Easy run"), QStringLiteral("Intervals")}));
    EXPECT_EQ(f.document->undoStack()->count(), before + 1);

    f.document->undoStack()->undo();
    EXPECT_EQ(f.cards(kMonday), QStringList{QStringLiteral("Intervals")});
    EXPECT_EQ(f.cards(kMonday.addDays(2)), QStringList{QStringLiteral("Easy run")});
}

TEST(PlannerView, DroppingWithCtrlCopies)
{
    PlannerFixture f;
    f.plan(f.intervals, kMonday);
    f.view->showWeek(kMonday);
    f.view->show();

    QListView* monday = f.column(kMonday)->list();
    std::unique_ptr<QMimeData> data(
        f.view->model().mimeData({f.view->model().index(0, 0, monday->rootIndex())}));
    QListView* friday = f.column(kMonday.addDays(4))->list();
    ASSERT_TRUE(
        dropOnView(friday, data.get(), QPoint(20, 20), Qt::CopyAction, Qt::ControlModifier));

    EXPECT_EQ(f.cards(kMonday), QStringList{QStringLiteral("Intervals")});
    EXPECT_EQ(f.cards(kMonday.addDays(4)), QStringList{QStringLiteral("Intervals")});
    f.document->undoStack()->undo();
    EXPECT_TRUE(f.cards(kMonday.addDays(4)).isEmpty());
}

TEST(PlannerView, DeleteKeyRemovesTheSelectedCardUndoably)
{
    PlannerFixture f;
    f.plan(f.intervals, kMonday.addDays(1));
    f.plan(f.easy, kMonday.addDays(1));
    f.view->showWeek(kMonday);
    f.view->show();
    f.view->activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(f.view.get()));

    f.select(kMonday.addDays(1), 1);
    f.column(kMonday.addDays(1))->list()->setFocus();
    ASSERT_TRUE(f.view->plannerActions().deleteSessions->isEnabled());
    QTest::keyClick(f.column(kMonday.addDays(1))->list(), Qt::Key_Delete);

    EXPECT_EQ(f.cards(kMonday.addDays(1)), QStringList{QStringLiteral("Intervals")});
    f.document->undoStack()->undo();
    EXPECT_EQ(f.cards(kMonday.addDays(1)),
              (QStringList{QStringLiteral("Intervals"), QStringLiteral("Easy run")}));
}

TEST(PlannerView, RestToggleMarksTheDayAndUndoUnmarksIt)
{
    PlannerFixture f;
    f.view->showWeek(kMonday);
    const QDate friday = kMonday.addDays(4);
    EXPECT_FALSE(f.column(friday)->headerText().contains(QStringLiteral("Rest")));

    f.view->toggleRestDay(friday);
    EXPECT_TRUE(f.view->model().dayIndex(friday).data(PlanWeekModel::RestRole).toBool());
    EXPECT_TRUE(f.column(friday)->headerText().contains(QStringLiteral("Rest")));

    f.view->toggleRestDay(friday);
    EXPECT_FALSE(f.column(friday)->headerText().contains(QStringLiteral("Rest")));
    f.document->undoStack()->undo();
    EXPECT_TRUE(f.column(friday)->headerText().contains(QStringLiteral("Rest")));
    f.document->undoStack()->undo();
    EXPECT_FALSE(f.view->model().dayIndex(friday).data(PlanWeekModel::RestRole).toBool());
}

TEST(PlannerView, MoveToAnotherDayIsOneUndoStep)
{
    PlannerFixture f;
    f.plan(f.intervals, kMonday);
    f.view->showWeek(kMonday);
    f.select(kMonday, 0);
    const int before = f.document->undoStack()->count();
    f.view->moveSelectedSessionTo(kMonday.addDays(3));
    EXPECT_EQ(f.cards(kMonday.addDays(3)), QStringList{QStringLiteral("Intervals")});
    EXPECT_EQ(f.document->undoStack()->count(), before + 1);
    f.document->undoStack()->undo();
    EXPECT_EQ(f.cards(kMonday), QStringList{QStringLiteral("Intervals")});
}

TEST(PlannerView, EmptyWeekSaysWhatToDoAndNoAthleteSaysSo)
{
    TempStore temp;
    auto document = temp.openDocument();
    PlannerView noAthlete(*document);
    EXPECT_FALSE(noAthlete.grid()->isVisibleTo(&noAthlete));

    PlannerFixture f;
    f.view->showWeek(kMonday);
    auto* hint = f.view->findChild<QLabel*>(QStringLiteral("emptyWeekHint"));
    ASSERT_NE(hint, nullptr);
    EXPECT_TRUE(hint->isVisibleTo(f.view.get()));
    f.plan(f.easy, kMonday);
    EXPECT_FALSE(hint->isVisibleTo(f.view.get()));
}

TEST(PlannerView, DroppingALibrarySessionOnADayPlansACopy)
{
    PlannerFixture f;
    f.view->showWeek(kMonday);
    f.view->show();
    TemplateLibraryModel* library = f.view->library()->model();
    const QModelIndex intervals = library->indexOf(f.intervals);
    ASSERT_TRUE(library->flags(intervals) & Qt::ItemIsDragEnabled);
    std::unique_ptr<QMimeData> data(library->mimeData({intervals}));
    ASSERT_NE(data, nullptr);

    const int before = f.document->undoStack()->count();
    QListView* thursday = f.column(kMonday.addDays(3))->list();
    ASSERT_TRUE(dropOnView(thursday, data.get(), QPoint(20, 20), Qt::CopyAction));
    EXPECT_EQ(f.cards(kMonday.addDays(3)), QStringList{QStringLiteral("Intervals")});
    EXPECT_EQ(f.document->undoStack()->count(), before + 1);
    EXPECT_TRUE(f.document->library().sessionTemplate(f.intervals)); // the library keeps it
}

TEST(PlannedSessionDialog, SavesOnlyStepsThatParseAndShowsTheAdvice)
{
    PlannedSession session;
    session.name = QStringLiteral("Intervals");
    session.steps = *parseSessionNotation(QStringLiteral("wu 15min @E; 6x800m @I / 2min jog"));
    PlannedSessionDialog dialog(session, AdviceContext{});
    auto* save = dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save);
    EXPECT_TRUE(save->isEnabled());
    ASSERT_TRUE(dialog.steps().has_value());
    // No cool-down: the advisor has something to say.
    EXPECT_FALSE(dialog.findings()->findings().empty());

    dialog.notationField()->setText(QStringLiteral("6x800m @"));
    EXPECT_FALSE(save->isEnabled());
    EXPECT_FALSE(dialog.steps().has_value());

    dialog.notationField()->setText(
        QStringLiteral("wu 15min @E; 6x800m @I / 2min jog; cd 10min @E"));
    EXPECT_TRUE(save->isEnabled());
    ASSERT_TRUE(dialog.steps().has_value());
    EXPECT_EQ(dialog.steps()->size(), 3u);
}

TEST(PlannerView, DroppingOnTheUpperEdgeOfTheFirstCardReordersTheDay)
{
    PlannerFixture f;
    f.plan(f.intervals, kMonday);
    f.plan(f.easy, kMonday);
    f.view->showWeek(kMonday);
    f.view->show();

    QListView* monday = f.column(kMonday)->list();
    const QModelIndex first = f.view->model().index(0, 0, monday->rootIndex());
    const QModelIndex second = f.view->model().index(1, 0, monday->rootIndex());
    std::unique_ptr<QMimeData> data(f.view->model().mimeData({second}));
    const QRect top = monday->visualRect(first);
    ASSERT_TRUE(
        dropOnView(monday, data.get(), QPoint(top.center().x(), top.top() + 1), Qt::MoveAction));
    EXPECT_EQ(f.cards(kMonday),
              (QStringList{QStringLiteral("Easy run"), QStringLiteral("Intervals")}));
    f.document->undoStack()->undo();
    EXPECT_EQ(f.cards(kMonday),
              (QStringList{QStringLiteral("Intervals"), QStringLiteral("Easy run")}));
}

TEST(PlannerView, SwitchingAthleteShowsTheirPlan)
{
    PlannerFixture f;
    f.plan(f.intervals, kMonday);
    const AthleteId ana = f.document->currentAthleteId();
    f.document->addAthlete(runnerWithRace(QStringLiteral("Ben")));
    f.document->setCurrentAthlete(ana);
    f.view->showWeek(kMonday);
    EXPECT_EQ(f.cards(kMonday), QStringList{QStringLiteral("Intervals")});

    for (const Athlete& athlete : f.document->athletes()) {
        if (athlete.id != ana)
            f.document->setCurrentAthlete(athlete.id);
    }
    ASSERT_NE(f.document->currentAthleteId(), ana);
    EXPECT_TRUE(f.cards(kMonday).isEmpty());
    EXPECT_TRUE(f.column(kMonday)->headerText().contains(QStringLiteral("Nothing planned")));
    f.document->setCurrentAthlete(ana);
    EXPECT_EQ(f.cards(kMonday), QStringList{QStringLiteral("Intervals")});
}

TEST(PlannerView, BackFromTheOverviewTheWeekFillsTheGrid)
{
    PlannerFixture f;
    f.view->showWeek(kMonday);
    f.view->show();
    const int weekHeight = f.column(kMonday)->height();
    f.view->setOverview(true);
    f.view->setOverview(false);
    QApplication::processEvents(); // the layout settles on the posted LayoutRequest
    EXPECT_EQ(f.column(kMonday)->height(), weekHeight);
}
