// The planner's model: days with their sessions, following the plan, and drag and
// drop through mimeData/dropMimeData making exactly one undoable edit per drop.

#include "ui/models/PlanWeekModel.h"

#include "PlanTestSupport.h"
#include "ui/document/LogDocument.h"
#include "ui/document/LoggedSessions.h"
#include "ui/document/TrainingPlan.h"
#include "ui/models/PlanMime.h"
#include "ui/models/TemplateLibraryModel.h"

#include <QAbstractItemModelTester>
#include <QMimeData>
#include <QPersistentModelIndex>

using namespace paceline;
using namespace paceline::test;

namespace {

const QDate kMonday = kTuesday.addDays(-1);

class PlanWeekModelTest : public PlanFixture {
protected:
    void SetUp() override
    {
        PlanFixture::SetUp();
        m_model = std::make_unique<PlanWeekModel>(document());
        m_tester = std::make_unique<QAbstractItemModelTester>(
            m_model.get(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        m_model->setToday(kMonday);
        m_model->setRange(kMonday, 7);
    }

    PlanWeekModel& model() { return *m_model; }
    QModelIndex sessionIndex(QDate date, int row)
    {
        return model().index(row, 0, model().dayIndex(date));
    }
    /// Drops what `indexes` drag on `date` at `row`, as a view would.
    bool drop(const QModelIndexList& indexes, QDate date, int row, Qt::DropAction action)
    {
        std::unique_ptr<QMimeData> data(model().mimeData(indexes));
        EXPECT_TRUE(data);
        return data && model().dropMimeData(data.get(), action, row, 0, model().dayIndex(date));
    }

    std::unique_ptr<PlanWeekModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

} // namespace

TEST_F(PlanWeekModelTest, ShowsDaysAndTheirSessions)
{
    const PlannedSessionId tempo = plan(m_tempo, kTuesday);
    plan(m_intervals, kTuesday);
    ASSERT_EQ(model().rowCount(), 7);
    const QModelIndex tuesday = model().dayIndex(kTuesday);
    EXPECT_EQ(tuesday.row(), 1);
    EXPECT_EQ(tuesday.data().toString(), QStringLiteral("Tue 24"));
    EXPECT_EQ(tuesday.data(PlanWeekModel::DateRole).toDate(), kTuesday);
    ASSERT_EQ(model().rowCount(tuesday), 2);
    const QModelIndex card = sessionIndex(kTuesday, 0);
    EXPECT_EQ(card.parent(), tuesday);
    EXPECT_EQ(card.data().toString(), QStringLiteral("Tempo"));
    EXPECT_EQ(card.data(PlanWeekModel::SessionIdRole).toLongLong(), tempo.value);
    EXPECT_EQ(card.data(PlanWeekModel::StatusRole).toInt(), int(PlanStatus::Planned));
    EXPECT_EQ(card.data(PlanWeekModel::SportRole).toInt(), int(Sport::Run));
    EXPECT_TRUE(card.data(Qt::ToolTipRole).toString().startsWith(QStringLiteral("Tempo\n")));
    EXPECT_FALSE(card.data(PlanWeekModel::NotationRole).toString().isEmpty());
    EXPECT_EQ(model().loads().size(), 2u);
    EXPECT_FALSE(model().dayIndex(kMonday.addDays(7)).isValid());
    EXPECT_TRUE(model().flags(card) & Qt::ItemIsDragEnabled);
    EXPECT_TRUE(model().flags(tuesday) & Qt::ItemIsDropEnabled);
}

TEST_F(PlanWeekModelTest, FollowsThePlanWithoutLosingDayIndexes)
{
    const QPersistentModelIndex thursday = model().dayIndex(kTuesday.addDays(2));
    plan(m_tempo, kTuesday.addDays(2));
    ASSERT_TRUE(thursday.isValid());
    EXPECT_EQ(model().rowCount(thursday), 1);
    plan(m_tempo, kMonday.addDays(10)); // another week: nothing shown changes
    EXPECT_EQ(model().rowCount(thursday), 1);
    stack().undo();
    stack().undo();
    EXPECT_EQ(model().rowCount(thursday), 0);
    EXPECT_TRUE(thursday.isValid());

    ASSERT_TRUE(document().plan().setRestDay(m_ana, kTuesday, true));
    EXPECT_TRUE(model().dayIndex(kTuesday).data(PlanWeekModel::RestRole).toBool());
    // Another athlete's plan is not shown.
    plan(m_tempo, kTuesday.addDays(2), m_ben);
    EXPECT_EQ(model().rowCount(thursday), 0);
    document().setCurrentAthlete(m_ben);
    EXPECT_EQ(model().rowCount(thursday), 1);
}

TEST_F(PlanWeekModelTest, MissedSessionsBeforeToday)
{
    plan(m_tempo, kMonday);
    model().setToday(kTuesday);
    EXPECT_EQ(sessionIndex(kMonday, 0).data(PlanWeekModel::StatusRole).toInt(),
              int(PlanStatus::Missed));
}

TEST_F(PlanWeekModelTest, ASessionLoggedAgainstAPlanMarksItDone)
{
    const PlannedSessionId tempo = plan(m_tempo, kMonday);
    model().setToday(kTuesday);
    const QModelIndex card = sessionIndex(kMonday, 0);
    LoggedSession run = easyRun(m_ana, kMonday, 10.0, 60.0, 6.0);
    run.plannedSessionId = tempo;
    ASSERT_TRUE(document().loggedSessions().logSession(run).isValid());
    EXPECT_EQ(card.data(PlanWeekModel::StatusRole).toInt(), int(PlanStatus::Done));
    EXPECT_TRUE(card.data(Qt::ToolTipRole).toString().contains(QStringLiteral("Done")));
}

TEST_F(PlanWeekModelTest, DraggingACardToAnotherDayMovesItAsOneCommand)
{
    const PlannedSessionId tempo = plan(m_tempo, kTuesday);
    plan(m_intervals, kTuesday.addDays(3));
    const int commands = stack().count();
    ASSERT_TRUE(drop({sessionIndex(kTuesday, 0)}, kTuesday.addDays(3), 0, Qt::MoveAction));
    EXPECT_EQ(stack().count(), commands + 1);
    EXPECT_TRUE(stored(m_ana, kTuesday).empty());
    EXPECT_EQ(storedNames(m_ana, kTuesday.addDays(3)), QStringLiteral("Tempo, Intervals"));
    EXPECT_EQ(stored(m_ana, kTuesday.addDays(3)).front().id, tempo);
    EXPECT_EQ(model().rowCount(model().dayIndex(kTuesday.addDays(3))), 2);

    stack().undo();
    EXPECT_EQ(storedNames(m_ana, kTuesday), QStringLiteral("Tempo"));
    EXPECT_EQ(storedNames(m_ana, kTuesday.addDays(3)), QStringLiteral("Intervals"));
    EXPECT_EQ(model().rowCount(model().dayIndex(kTuesday)), 1);
}

TEST_F(PlanWeekModelTest, CopyDropKeepsTheOriginal)
{
    plan(m_tempo, kTuesday);
    ASSERT_TRUE(drop({sessionIndex(kTuesday, 0)}, kTuesday.addDays(1), -1, Qt::CopyAction));
    EXPECT_EQ(storedNames(m_ana, kTuesday), QStringLiteral("Tempo"));
    EXPECT_EQ(storedNames(m_ana, kTuesday.addDays(1)), QStringLiteral("Tempo"));
    EXPECT_NE(stored(m_ana, kTuesday).front().id, stored(m_ana, kTuesday.addDays(1)).front().id);
    stack().undo();
    EXPECT_TRUE(stored(m_ana, kTuesday.addDays(1)).empty());
}

TEST_F(PlanWeekModelTest, SeveralCardsMoveAsOneUndoStep)
{
    plan(m_tempo, kTuesday);
    plan(m_intervals, kMonday);
    plan(m_tempo, kTuesday.addDays(4));
    const int commands = stack().count();
    ASSERT_TRUE(drop({sessionIndex(kMonday, 0), sessionIndex(kTuesday, 0)}, kTuesday.addDays(4), 1,
                     Qt::MoveAction));
    EXPECT_EQ(stack().count(), commands + 1);
    EXPECT_EQ(storedNames(m_ana, kTuesday.addDays(4)), QStringLiteral("Tempo, Intervals, Tempo"));
    EXPECT_TRUE(ordersAreDense(m_ana, kTuesday.addDays(4)));
    stack().undo();
    EXPECT_EQ(storedNames(m_ana, kMonday), QStringLiteral("Intervals"));
    EXPECT_EQ(storedNames(m_ana, kTuesday.addDays(4)), QStringLiteral("Tempo"));
}

TEST_F(PlanWeekModelTest, SeveralCardsKeepTheirOrderWhateverOrderTheyWereSelectedIn)
{
    // A view hands mimeData its selection in the order it was made (Ctrl+click the
    // second card, then the first); the cards must still land in their day's order.
    plan(m_intervals, kTuesday);
    plan(m_tempo, kTuesday);
    plan(m_intervals, kTuesday.addDays(4));
    ASSERT_TRUE(drop({sessionIndex(kTuesday, 1), sessionIndex(kTuesday, 0)}, kTuesday.addDays(4),
                     -1, Qt::MoveAction));
    EXPECT_EQ(storedNames(m_ana, kTuesday.addDays(4)),
              QStringLiteral("Intervals, Intervals, Tempo"));

    // Across days (a selection the model is given directly), earlier days first.
    plan(m_tempo, kMonday);
    ASSERT_TRUE(drop({sessionIndex(kTuesday.addDays(4), 0), sessionIndex(kMonday, 0)}, kTuesday, -1,
                     Qt::CopyAction));
    EXPECT_EQ(storedNames(m_ana, kTuesday), QStringLiteral("Tempo, Intervals"));
}

TEST_F(PlanWeekModelTest, DroppingWithinADayReorders)
{
    plan(m_intervals, kTuesday);
    plan(m_tempo, kTuesday);
    plan(m_intervals, kTuesday);
    // The first card dropped below the second: the view's row counts it still there.
    ASSERT_TRUE(drop({sessionIndex(kTuesday, 0)}, kTuesday, 2, Qt::MoveAction));
    EXPECT_EQ(storedNames(m_ana, kTuesday), QStringLiteral("Tempo, Intervals, Intervals"));
    EXPECT_EQ(model().index(0, 0, model().dayIndex(kTuesday)).data().toString(),
              QStringLiteral("Tempo"));
}

TEST_F(PlanWeekModelTest, ATemplateFromTheLibraryIsPlanned)
{
    TemplateLibraryModel library(document());
    std::unique_ptr<QMimeData> data(library.mimeData({library.indexOf(m_intervals)}));
    ASSERT_TRUE(data);
    EXPECT_TRUE(library.flags(library.indexOf(m_intervals)) & Qt::ItemIsDragEnabled);
    EXPECT_EQ(library.supportedDragActions(), Qt::CopyAction);
    const QModelIndex wednesday = model().dayIndex(kTuesday.addDays(1));
    EXPECT_TRUE(model().canDropMimeData(data.get(), Qt::CopyAction, -1, 0, wednesday));
    ASSERT_TRUE(model().dropMimeData(data.get(), Qt::CopyAction, -1, 0, wednesday));
    EXPECT_EQ(stack().count(), 1);
    EXPECT_EQ(stack().text(0), QStringLiteral("Plan Intervals on Wed 25 Nov"));
    ASSERT_EQ(stored(m_ana, kTuesday.addDays(1)).size(), 1u);
    EXPECT_EQ(stored(m_ana, kTuesday.addDays(1)).front().templateId, m_intervals);
    EXPECT_EQ(model().rowCount(wednesday), 1);
}

TEST_F(PlanWeekModelTest, RefusesForeignDataAndBadIds)
{
    plan(m_tempo, kTuesday);
    const QModelIndex friday = model().dayIndex(kTuesday.addDays(3));
    QMimeData text;
    text.setText(QStringLiteral("8x400m"));
    EXPECT_FALSE(model().canDropMimeData(&text, Qt::CopyAction, -1, 0, friday));
    EXPECT_FALSE(model().dropMimeData(&text, Qt::CopyAction, -1, 0, friday));
    QMimeData damaged;
    damaged.setData(PlanWeekModel::plannedSessionMimeType(), "12,abc");
    EXPECT_FALSE(model().dropMimeData(&damaged, Qt::MoveAction, -1, 0, friday));
    QMimeData missing;
    missing.setData(PlanWeekModel::plannedSessionMimeType(), encodeIds({9999}));
    EXPECT_FALSE(model().dropMimeData(&missing, Qt::MoveAction, -1, 0, friday));
    // Between days is no day at all.
    std::unique_ptr<QMimeData> data(model().mimeData({sessionIndex(kTuesday, 0)}));
    EXPECT_FALSE(model().canDropMimeData(data.get(), Qt::MoveAction, 2, 0, QModelIndex()));
    EXPECT_EQ(stack().count(), 1);
    EXPECT_EQ(model().mimeData({model().dayIndex(kTuesday)}), nullptr);
}

TEST(PlanWeekModelReadOnly, RefusesDrops)
{
    TempStore temp;
    PlannedSessionId planned;
    {
        auto document = temp.openDocument();
        document->addAthlete(runnerWithRace(QStringLiteral("Ana")));
        planned =
            document->plan().planTemplate(document->currentAthleteId(), TemplateId{}, kTuesday);
    }
    auto document = temp.openDocument(/*readOnly=*/true);
    PlanWeekModel model(*document);
    model.setRange(kMonday, 7);
    QMimeData data;
    data.setData(PlanWeekModel::plannedSessionMimeType(), encodeIds({1}));
    EXPECT_FALSE(model.canDropMimeData(&data, Qt::MoveAction, -1, 0, model.dayIndex(kTuesday)));
    EXPECT_FALSE(model.flags(model.dayIndex(kTuesday)) & Qt::ItemIsDropEnabled);
    EXPECT_FALSE(planned.isValid()); // no such template
}

TEST(PlanMime, IdsRoundTripAndDamagedDataIsRefusedWhole)
{
    EXPECT_EQ(decodeIds(encodeIds({12, 7, 40})), (std::vector<qint64>{12, 7, 40}));
    EXPECT_EQ(decodeIds("3, 3,4"), (std::vector<qint64>{3, 4}));
    EXPECT_TRUE(decodeIds("").empty());
    EXPECT_TRUE(decodeIds("5,-2").empty());
    EXPECT_TRUE(decodeIds("5,,6").empty());
    EXPECT_TRUE(decodeIds("99999999999999999999").empty());
}
