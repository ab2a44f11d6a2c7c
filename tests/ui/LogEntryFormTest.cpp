// The log form's logic without widgets: reading the typed state, its problems, the
// reps table's fill-down and paste, and the draft's JSON.

#include "UiTestSupport.h"
#include "ui/log/EntryDraftJson.h"
#include "ui/log/EntryFormState.h"
#include "ui/log/RepTableModel.h"
#include "ui/log/RpeText.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

#include <gtest/gtest.h>

using namespace paceline;

namespace {

RepEntry row(const QString& distance, const QString& time, const QString& rpe = {})
{
    RepEntry result;
    result.distance = distance;
    result.time = time;
    result.rpe = rpe;
    return result;
}

EntryFormState threeReps()
{
    EntryFormState state = newEntryState(QDateTime(QDate(2026, 11, 3), QTime(18, 32), Qt::UTC));
    state.reps = {row("400", "1:32.4", "6"), row("400", "92", "7"), row("400", "0:01:31", "7")};
    return state;
}

bool hasProblem(const EntryAssembly& assembly, EntryField field, int rep, const QString& text)
{
    return std::any_of(assembly.problems.begin(), assembly.problems.end(), [&](const auto& p) {
        return p.field == field && p.rep == rep && p.message.contains(text);
    });
}

} // namespace

TEST(LogEntryForm, AssemblesTheTypedSession)
{
    const EntryAssembly assembly = assembleEntry(threeReps(), AthleteId{3});
    EXPECT_TRUE(assembly.problems.empty()) << assembly.problems.front().message.toStdString();
    const LoggedSession& session = assembly.session;
    EXPECT_EQ(session.athleteId, AthleteId{3});
    ASSERT_EQ(session.reps.size(), 3u);
    EXPECT_DOUBLE_EQ(session.reps[0].time.seconds, 92.4);
    EXPECT_DOUBLE_EQ(session.reps[2].time.seconds, 91.0);
    EXPECT_EQ(session.reps[1].rpe, 7.0);
    EXPECT_DOUBLE_EQ(session.duration.seconds, 92.4 + 92 + 91) << "the reps' sum";
    EXPECT_EQ(session.distance, Distance{1200});
    EXPECT_EQ(session.start.date(), QDate(2026, 11, 3));
}

TEST(LogEntryForm, TypedTotalsWinOverTheReps)
{
    EntryFormState state = threeReps();
    state.duration = QStringLiteral("30:00");
    state.distance = QStringLiteral("5km");
    const LoggedSession session = assembleEntry(state, AthleteId{1}).session;
    EXPECT_EQ(session.duration, Duration{1800});
    EXPECT_EQ(session.distance, Distance{5000});
}

TEST(LogEntryForm, TextThatDoesNotParseIsAProblemNamingTheRep)
{
    EntryFormState state = threeReps();
    state.reps[1].time = QStringLiteral("1:3x");
    state.reps[2].avgHeartRate = QStringLiteral("15o");
    state.sessionRpe = QStringLiteral("hard");
    const EntryAssembly assembly = assembleEntry(state, AthleteId{1});
    EXPECT_TRUE(hasProblem(assembly, EntryField::RepTime, 1, QStringLiteral("Rep 2 time")));
    EXPECT_TRUE(hasProblem(assembly, EntryField::RepAvgHeartRate, 2, QStringLiteral("15o")));
    EXPECT_TRUE(hasProblem(assembly, EntryField::SessionRpe, -1, QStringLiteral("hard")));
    const auto repTimeProblems =
        std::count_if(assembly.problems.begin(), assembly.problems.end(),
                      [](const auto& p) { return p.field == EntryField::RepTime && p.rep == 1; });
    EXPECT_EQ(repTimeProblems, 1) << "no second 'must be more than zero' for the same cell";
}

TEST(LogEntryForm, ImpossibleValuesAreProblems)
{
    EntryFormState state = threeReps();
    state.reps[0].time = QStringLiteral("9.2"); // 400 m in 9.2 s
    state.reps[1].rpe = QStringLiteral("11");
    state.maxHeartRate = QStringLiteral("260");
    const EntryAssembly assembly = assembleEntry(state, AthleteId{1});
    EXPECT_TRUE(hasProblem(assembly, EntryField::RepTime, 0, QStringLiteral("Rep 1 time")));
    EXPECT_TRUE(hasProblem(assembly, EntryField::RepRpe, 1, QStringLiteral("outside 0-10")));
    EXPECT_TRUE(hasProblem(assembly, EntryField::MaxHeartRate, -1, QStringLiteral("250")));
}

TEST(LogEntryForm, RowsWithoutAResultAreLeftOutAndRowsKeepTheirNumbers)
{
    EntryFormState state = threeReps();
    state.reps.insert(state.reps.begin(), row("400", "")); // planned, not run
    state.reps[3].time = QStringLiteral("0:00");
    const EntryAssembly assembly = assembleEntry(state, AthleteId{1});
    EXPECT_EQ(assembly.rowsLeftOut, 1);
    EXPECT_EQ(assembly.session.reps.size(), 3u);
    EXPECT_EQ(assembly.rowOfRep, (std::vector<int>{1, 2, 3}));
    EXPECT_TRUE(hasProblem(assembly, EntryField::RepTime, 3, QStringLiteral("Rep 4 time")))
        << "the form's row 4, though it is the session's third rep";
}

TEST(LogEntryForm, ARowWithAResultButNoTimeSaysTheTimeIsMissing)
{
    EntryFormState state = threeReps();
    state.reps[2].time.clear();
    const EntryAssembly assembly = assembleEntry(state, AthleteId{1});
    EXPECT_TRUE(hasProblem(assembly, EntryField::RepTime, 2, QStringLiteral("missing")));
}

TEST(LogEntryForm, AStoredSessionReadsBackTheSame)
{
    EntryFormState state = threeReps();
    state.reps[0].notes = QStringLiteral("windy");
    state.reps[1].kind = RepKind::Recovery;
    state.sessionRpe = QStringLiteral("7");
    state.wellness = {4, 0, 3, 0, 2, 5};
    LoggedSession session = assembleEntry(state, AthleteId{1}).session;
    const EntryFormState back = entryStateOf(session);
    EXPECT_EQ(assembleEntry(back, AthleteId{1}).session, session);
    EXPECT_EQ(back.reps[0].time, QStringLiteral("1:32.4"));
    EXPECT_EQ(back.duration, QString()) << "the reps' sum stays automatic";
}

TEST(LogEntryForm, DraftJsonKeepsEverythingAsTyped)
{
    EntryFormState state = threeReps();
    state.plannedSessionId = PlannedSessionId{12};
    state.reps[1].time = QStringLiteral("1:3x");
    state.reps[1].plannedStepId = StepId{40};
    state.reps[2].kind = RepKind::Recovery;
    state.title = QStringLiteral("Track \"8 × 400\"");
    state.wellness = {1, 2, 0, 4, 5, 3};
    state.formNotes = QStringLiteral("arms\nrelaxed");
    const auto back = entryStateFromDraft(entryDraftJson(state));
    ASSERT_TRUE(back);
    EXPECT_EQ(*back, state);
}

TEST(LogEntryForm, DraftJsonRefusesOtherContent)
{
    EXPECT_FALSE(entryStateFromDraft("not json"));
    EXPECT_FALSE(entryStateFromDraft(R"({"reps":[]})"));
}

TEST(LogEntryForm, RpeLabels)
{
    EXPECT_EQ(rpeLabel(0), QStringLiteral("rest"));
    EXPECT_EQ(rpeLabel(4), QStringLiteral("somewhat hard"));
    EXPECT_EQ(rpeLabel(6), QStringLiteral("hard"));
    EXPECT_EQ(rpeLabel(8), QStringLiteral("very hard"));
    EXPECT_EQ(rpeLabel(10), QStringLiteral("max"));
    EXPECT_EQ(rpeLabel(11), QString());
    EXPECT_EQ(rpeWithLabel(7), QStringLiteral("7 · very hard"));
}

TEST(RepTableModel, ADistanceFillsDownEmptyRowsOfTheSameKind)
{
    RepTableModel model;
    std::vector<RepEntry> rows(5);
    rows[1].kind = RepKind::Recovery;
    rows[4].distance = QStringLiteral("200");
    model.setRows(rows);
    QSignalSpy edited(&model, &RepTableModel::edited);
    ASSERT_TRUE(model.setData(model.index(0, RepTableModel::Distance), QStringLiteral("400")));
    EXPECT_EQ(edited.count(), 1);
    EXPECT_EQ(model.rows()[1].distance, QString()) << "a recovery is not filled";
    EXPECT_EQ(model.rows()[2].distance, QStringLiteral("400"));
    EXPECT_EQ(model.rows()[3].distance, QStringLiteral("400"));
    EXPECT_EQ(model.rows()[4].distance, QStringLiteral("200")) << "typed distances stay";
    EXPECT_EQ(model.data(model.index(2, RepTableModel::Distance)).toString(),
              QStringLiteral("400 m"));
}

TEST(RepTableModel, PaceIsComputedAndNotEditable)
{
    RepTableModel model;
    model.setRows({row("400", "1:32")});
    const QModelIndex pace = model.index(0, RepTableModel::Pace);
    EXPECT_EQ(model.data(pace).toString(), QStringLiteral("3:50/km"));
    EXPECT_FALSE(model.flags(pace) & Qt::ItemIsEditable);
    EXPECT_FALSE(model.setData(pace, QStringLiteral("3:00/km")));
}

TEST(RepTableModel, PastingSplitsFillsTheTimesAndAddsRows)
{
    RepTableModel model;
    model.setRows({row("400", ""), row("400", "")});
    EXPECT_EQ(model.pasteColumn(0, RepTableModel::Time, QStringLiteral("92.1\n91.4\n1:30.8\n")), 3);
    ASSERT_EQ(model.rowCount(), 3);
    EXPECT_EQ(model.rows()[0].time, QStringLiteral("1:32.1"));
    EXPECT_EQ(model.rows()[2].time, QStringLiteral("1:30.8"));
    EXPECT_EQ(model.rows()[2].distance, QStringLiteral("400")) << "the added row is alike";
    EXPECT_EQ(model.pasteColumn(1, RepTableModel::Time, QStringLiteral("90.2, 89.9")), 2);
    EXPECT_EQ(model.rows()[1].time, QStringLiteral("1:30.2"));
}

TEST(RepTableModel, PastedTextThatIsNotSplitsIsKeptAsTyped)
{
    RepTableModel model;
    model.setRows({RepEntry{}});
    EXPECT_EQ(model.pasteColumn(0, RepTableModel::Time, QStringLiteral("92.1\nlap\n91.0")), 3);
    EXPECT_EQ(model.rows()[1].time, QStringLiteral("lap"));
}

TEST(RepTableModel, KindIsTypedAsALetterAndRowsMove)
{
    RepTableModel model;
    model.setRows({row("400", "92"), row("200", "60")});
    EXPECT_TRUE(model.setData(model.index(1, RepTableModel::Kind), QStringLiteral("r")));
    EXPECT_EQ(model.rows()[1].kind, RepKind::Recovery);
    EXPECT_FALSE(model.setData(model.index(1, RepTableModel::Kind), QStringLiteral("x")));
    EXPECT_TRUE(model.moveRep(1, -1));
    EXPECT_EQ(model.rows()[0].distance, QStringLiteral("200"));
    EXPECT_FALSE(model.moveRep(0, -1));
    EXPECT_EQ(model.insertRep(0), 1);
    EXPECT_EQ(model.rows()[1].kind, RepKind::Recovery) << "like the row above";
    EXPECT_TRUE(model.removeRep(1));
    EXPECT_EQ(model.rowCount(), 2);
}

TEST(RepTableModel, ProblemsMarkTheirCells)
{
    RepTableModel model;
    model.setRows({row("400", "9.2"), row("400", "92")});
    model.setProblems({{EntryField::RepTime, 0, QStringLiteral("Rep 1 time: too fast")},
                       {EntryField::Duration, -1, QStringLiteral("Duration: no")}});
    const QModelIndex bad = model.index(0, RepTableModel::Time);
    EXPECT_EQ(model.data(bad, Qt::ToolTipRole).toString(), QStringLiteral("Rep 1 time: too fast"));
    EXPECT_TRUE(model.data(bad, Qt::BackgroundRole).isValid());
    EXPECT_EQ(model.problemAt(1, RepTableModel::Time), QString());
}

TEST(LogEntryForm, ProblemsAreListedRowByRowThenTheSessionFields)
{
    EntryFormState state = threeReps();
    state.maxHeartRate = QStringLiteral("300");
    state.reps[2].time = QStringLiteral("1:3x");
    state.reps[0].rpe = QStringLiteral("12");
    const EntryAssembly assembly = assembleEntry(state, AthleteId{1});
    ASSERT_EQ(assembly.problems.size(), 3u);
    EXPECT_EQ(assembly.problems[0].rep, 0);
    EXPECT_EQ(assembly.problems[1].rep, 2);
    EXPECT_EQ(assembly.problems[2].field, EntryField::MaxHeartRate);
}

TEST(RepTableModel, EditsAnnounceValidRangesToAModelTester)
{
    RepTableModel model;
    model.setRows({row("400", "92"), row("400", "91")});
    QAbstractItemModelTester tester(&model,
                                    QAbstractItemModelTester::FailureReportingMode::Warning);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    // Columns right of the pace (RPE, heart rates, cadence, notes) as well as left of it.
    for (int column : {int(RepTableModel::Distance), int(RepTableModel::Time),
                       int(RepTableModel::Rpe), int(RepTableModel::AvgHeartRate),
                       int(RepTableModel::Cadence), int(RepTableModel::Notes)}) {
        changed.clear();
        ASSERT_TRUE(model.setData(model.index(1, column), QStringLiteral("7")));
        ASSERT_FALSE(changed.isEmpty());
        const auto topLeft = changed.front().at(0).value<QModelIndex>();
        const auto bottomRight = changed.front().at(1).value<QModelIndex>();
        EXPECT_LE(topLeft.column(), column);
        EXPECT_GE(bottomRight.column(), column);
        EXPECT_LE(topLeft.column(), bottomRight.column()) << "column " << column;
    }
}

TEST(RepTableModel, PastedLinesThatAreNotSplitsKeepTheirCommas)
{
    RepTableModel model;
    model.setRows({RepEntry{}});
    // A column of notes, or RPEs with decimal commas: one piece per line, commas kept.
    EXPECT_EQ(model.pasteColumn(0, RepTableModel::Notes, QStringLiteral("easy, windy\nhard\n")), 2);
    EXPECT_EQ(model.rows()[0].notes, QStringLiteral("easy, windy"));
    EXPECT_EQ(model.rows()[1].notes, QStringLiteral("hard"));
    EXPECT_EQ(model.pasteColumn(0, RepTableModel::Rpe, QStringLiteral("6,5\r\n7\r\n")), 2);
    EXPECT_EQ(model.rows()[0].rpe, QStringLiteral("6,5"));
    EXPECT_EQ(model.rows()[1].rpe, QStringLiteral("7"));
    EXPECT_EQ(model.pasteColumn(0, RepTableModel::Time, QStringLiteral("1:32,4\nlap")), 2);
    EXPECT_EQ(model.rows()[0].time, QStringLiteral("1:32,4")) << "kept as typed, to be marked";
    EXPECT_EQ(model.rows()[1].time, QStringLiteral("lap"));
}

TEST(LogEntryForm, AnEditKeepsHundredthsAndMillimetres)
{
    // A session logged from the CLI (--splits "92.13") or pasted from a watch app.
    LoggedSession session = assembleEntry(threeReps(), AthleteId{1}).session;
    session.reps[0].time = Duration{92.13};
    session.reps[1].distance = Distance{1609.344};
    session.duration = Duration{1234.56};
    const EntryFormState back = entryStateOf(session);
    const LoggedSession resaved = assembleEntry(back, AthleteId{1}).session;
    EXPECT_DOUBLE_EQ(resaved.reps[0].time.seconds, 92.13);
    EXPECT_DOUBLE_EQ(resaved.reps[1].distance->metres, 1609.344);
    EXPECT_DOUBLE_EQ(resaved.duration.seconds, 1234.56);
    EXPECT_EQ(back.reps[0].time, QStringLiteral("1:32.13"));
    EXPECT_EQ(back.reps[2].time, QStringLiteral("1:31")) << "whole seconds stay short";

    RepTableModel model;
    model.setRows({RepEntry{}});
    EXPECT_EQ(model.pasteColumn(0, RepTableModel::Time, QStringLiteral("1:32.45\n1:31.0")), 2);
    EXPECT_EQ(model.rows()[0].time, QStringLiteral("1:32.45")) << "a pasted split keeps its digits";

    // Hundredths read back a rounding error away ("1:08.04" is 60 + 8.04): the session's
    // duration, their sum, still follows the reps rather than becoming a typed total.
    EntryFormState typed = threeReps();
    typed.reps[0].time = QStringLiteral("68.04");
    typed.reps[1].time = QStringLiteral("88.04");
    const LoggedSession logged = assembleEntry(typed, AthleteId{1}).session;
    EXPECT_EQ(entryStateOf(logged).duration, QString());
    EXPECT_EQ(entryStateOf(logged).distance, QString());
}
