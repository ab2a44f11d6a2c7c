// The planner's insights: the findings panel and the fatigue box on their own, then
// PlannerInsights over a real log (findings of a back-to-back week, Fix and undo, the
// fatigue proposal). Parts that need the plan store and TrainingPlan skip with a
// message while those are still stubs.

#include "ui/planner/PlannerInsights.h"

#include "PlannerTestSupport.h"
#include "UiTestSupport.h"
#include "core/io/SessionNotation.h"
#include "core/store/LogStore.h"
#include "core/store/SessionStore.h"
#include "ui/charts/PlanLoadChart.h"
#include "ui/document/LogDocument.h"
#include "ui/document/TrainingPlan.h"
#include "ui/models/PlanWeekModel.h"
#include "ui/planner/FatigueProposalBox.h"
#include "ui/planner/WeekFindingsPanel.h"

#include <QLabel>
#include <QPushButton>
#include <QTest>

#include <gtest/gtest.h>

using namespace paceline;
using namespace paceline::test;

namespace {

// The rule ids are stable (docs/planner.md): tests name them as users of the log would.
const QString kHardBackToBack = QStringLiteral("week.hard-back-to-back");
const QString kTooManyHard = QStringLiteral("week.too-many-hard");

WeekFix moveFix()
{
    PlanChange change;
    change.session = PlannedSessionId{7};
    change.moveTo = kWeekStart.addDays(3);
    return WeekFix{QStringLiteral("Move Wednesday's tempo to Thursday"), {change}};
}

std::vector<WeekFinding> twoFindings()
{
    WeekFinding spacing;
    spacing.rule = kHardBackToBack;
    spacing.severity = Severity::Problem;
    spacing.days = {kWeekStart.addDays(1), kWeekStart.addDays(2)};
    spacing.message = QStringLiteral("Intervals on Tuesday and tempo on Wednesday: two hard days "
                                     "in a row.");
    spacing.fix = moveFix();
    WeekFinding count;
    count.rule = kTooManyHard;
    count.severity = Severity::Warning;
    count.days = {kWeekStart};
    count.message = QStringLiteral("Four hard sessions; the pattern allows three.");
    return {spacing, count};
}

/// Each session as "date name: notation", in plan order.
QStringList contentOf(const std::vector<PlanDay>& days)
{
    QStringList content;
    for (const PlanDay& day : days) {
        for (const PlannedSession& session : day.sessions)
            content << QStringLiteral("%1 %2: %3")
                           .arg(session.date.toString(Qt::ISODate), session.name,
                                formatSessionNotation(session.steps));
    }
    return content;
}

/// PlannerInsights gathers the model's signals and refreshes once, from the event
/// loop: let that happen.
void settle()
{
    QCoreApplication::sendPostedEvents();
}

QPushButton* fixButton(const WeekFindingsPanel& panel, int row)
{
    auto* frame = panel.findChild<QWidget*>(QStringLiteral("weekFinding%1").arg(row));
    return frame ? frame->findChild<QPushButton*>(QStringLiteral("fixButton")) : nullptr;
}

} // namespace

TEST(WeekFindingsPanel, SaysSoWhenThereAreNoFindings)
{
    WeekFindingsPanel panel;
    panel.setFindings({});
    const auto* empty = panel.findChild<QLabel*>(QStringLiteral("weekFindingsEmpty"));
    ASSERT_NE(empty, nullptr);
    EXPECT_FALSE(empty->isHidden());
    EXPECT_EQ(empty->text(), QStringLiteral("No findings: hard days are well spaced."));
}

TEST(WeekFindingsPanel, ShowsEachFindingWithItsFix)
{
    WeekFindingsPanel panel;
    panel.setFindings(twoFindings());
    EXPECT_TRUE(panel.findChild<QLabel*>(QStringLiteral("weekFindingsEmpty"))->isHidden());
    QPushButton* fix = fixButton(panel, 0);
    ASSERT_NE(fix, nullptr);
    EXPECT_EQ(fix->text(), QStringLiteral("Fix: Move Wednesday's tempo to Thursday"));
    EXPECT_EQ(fixButton(panel, 1), nullptr); // no fix, no button

    std::vector<WeekFix> requested;
    QObject::connect(&panel, &WeekFindingsPanel::fixRequested,
                     [&requested](const WeekFix& fix) { requested.push_back(fix); });
    QTest::mouseClick(fix, Qt::LeftButton);
    ASSERT_EQ(requested.size(), 1u);
    EXPECT_EQ(requested[0], moveFix());
}

TEST(WeekFindingsPanel, ClickingAFindingHighlightsItsDays)
{
    WeekFindingsPanel panel;
    panel.setFindings(twoFindings());
    QList<QDate> highlighted;
    QObject::connect(&panel, &WeekFindingsPanel::daysHighlighted,
                     [&highlighted](const QList<QDate>& days) { highlighted = days; });
    auto* row = panel.findChild<QWidget*>(QStringLiteral("weekFinding0"));
    ASSERT_NE(row, nullptr);
    QTest::mouseClick(row, Qt::LeftButton, {}, QPoint(2, 2));
    EXPECT_EQ(panel.selectedRow(), 0);
    EXPECT_EQ(highlighted, (QList<QDate>{kWeekStart.addDays(1), kWeekStart.addDays(2)}));

    panel.selectFinding(1);
    EXPECT_EQ(highlighted, QList<QDate>{kWeekStart});
    panel.selectFinding(-1);
    EXPECT_TRUE(highlighted.isEmpty());
}

TEST(WeekFindingsPanel, TheSelectionFollowsItsFindingThroughChanges)
{
    WeekFindingsPanel panel;
    panel.setFindings(twoFindings());
    panel.selectFinding(1);
    QWidget* row = panel.findChild<QWidget*>(QStringLiteral("weekFinding1"));
    panel.setFindings(twoFindings()); // nothing new: the rows stay as they are
    EXPECT_EQ(panel.findChild<QWidget*>(QStringLiteral("weekFinding1")), row);
    EXPECT_EQ(panel.selectedRow(), 1);

    std::vector<WeekFinding> reordered = twoFindings();
    std::swap(reordered[0], reordered[1]);
    panel.setFindings(reordered);
    EXPECT_EQ(panel.selectedRow(), 0) << "still the too-many-hard finding";
    QList<QDate> highlighted{kWeekStart};
    QObject::connect(&panel, &WeekFindingsPanel::daysHighlighted,
                     [&highlighted](const QList<QDate>& days) { highlighted = days; });
    panel.setFindings({});
    EXPECT_EQ(panel.selectedRow(), -1);
    EXPECT_TRUE(highlighted.isEmpty()) << "the grid drops the highlight of a finding gone";
}

TEST(WeekFindingsPanel, OffersNoFixOnAReadOnlyLog)
{
    WeekFindingsPanel panel;
    panel.setFindings(twoFindings());
    panel.setFixesAllowed(false);
    QPushButton* fix = fixButton(panel, 0);
    ASSERT_NE(fix, nullptr);
    EXPECT_FALSE(fix->isEnabled());
}

TEST(FatigueProposalBox, HiddenWithoutAProposal)
{
    QWidget window;
    auto* box = new FatigueProposalBox(&window);
    box->setProposal(std::nullopt);
    EXPECT_FALSE(box->isVisibleTo(&window));
    EXPECT_TRUE(box->optionButtons().empty());
}

TEST(FatigueProposalBox, NamesItsTriggersAndOffersEachOption)
{
    QWidget window;
    auto* box = new FatigueProposalBox(&window);
    FatigueProposal proposal;
    proposal.session = PlannedSessionId{7};
    proposal.day = kWeekStart.addDays(2);
    proposal.triggers = {{QStringLiteral("fatigue.acwr"),
                          QStringLiteral("Acute:chronic load 1.62 (above 1.5)"), 1.62, 1.5}};
    proposal.message = QStringLiteral("The tempo run is the next hard session.");
    proposal.options = {WeekFix{QStringLiteral("Swap for a steady run"), {}}, moveFix()};
    box->setProposal(proposal);

    EXPECT_TRUE(box->isVisibleTo(&window));
    const auto* triggers = box->findChild<QLabel*>(QStringLiteral("fatigueTriggers"));
    ASSERT_NE(triggers, nullptr);
    EXPECT_TRUE(triggers->text().contains(QStringLiteral("Acute:chronic load 1.62 (above 1.5)")));
    ASSERT_EQ(box->optionButtons().size(), 2u);
    EXPECT_EQ(box->optionButtons()[0]->text(), QStringLiteral("Swap for a steady run"));

    std::vector<WeekFix> requested;
    QObject::connect(box, &FatigueProposalBox::fixRequested,
                     [&requested](const WeekFix& fix) { requested.push_back(fix); });
    QTest::mouseClick(box->optionButtons()[1], Qt::LeftButton);
    ASSERT_EQ(requested.size(), 1u);
    EXPECT_EQ(requested[0], moveFix());
}

class PlannerInsightsTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        m_document = m_store.openDocument();
        ASSERT_TRUE(m_document);
        ASSERT_TRUE(m_document->addAthlete(runnerWithRace(QStringLiteral("Ana Runner"))));
        m_athlete = m_document->currentAthleteId();
        m_model = std::make_unique<PlanWeekModel>(*m_document);
        m_model->setToday(kWeekStart);
        m_model->setRange(kWeekStart, 7);
        m_insights = std::make_unique<PlannerInsights>(*m_document, *m_model);
        m_insights->setToday(kWeekStart);
    }

    /// Plans a session through the store and has the model re-read the week.
    bool plan(QDate date, const QString& name, const QString& notation)
    {
        PlannedSession session = plannedSession(m_athlete, date, name, notation);
        if (!storePlanned(*m_document, session))
            return false;
        m_model->setRange(kWeekStart, 7);
        settle();
        return true;
    }

    std::vector<PlanDay> week() const
    {
        return m_document->plan().days(m_athlete, kWeekStart, kWeekStart.addDays(6));
    }

    bool planReadsWork() const
    {
        for (const PlanDay& day : week()) {
            if (!day.sessions.empty())
                return true;
        }
        return false;
    }

    TempStore m_store;
    std::unique_ptr<LogDocument> m_document;
    AthleteId m_athlete;
    std::unique_ptr<PlanWeekModel> m_model;
    std::unique_ptr<PlannerInsights> m_insights;
};

TEST_F(PlannerInsightsTest, AnEmptyWeekHasNoFindingsAndNoFatigue)
{
    const WeekFindingsPanel* panel = m_insights->findingsPanel();
    EXPECT_TRUE(panel->findings().empty());
    EXPECT_FALSE(panel->findChild<QLabel*>(QStringLiteral("weekFindingsEmpty"))->isHidden());
    EXPECT_FALSE(m_insights->fatigueBox()->proposal().has_value());
    EXPECT_DOUBLE_EQ(m_insights->loadChart()->data().plannedTotal, 0.0);
    EXPECT_EQ(m_insights->loadChart()->data().first, kWeekStart);
}

TEST_F(PlannerInsightsTest, BackToBackHardDaysAreFoundAndFixedUndoably)
{
    if (!plan(kWeekStart.addDays(1), QStringLiteral("Intervals"), kIntervals) ||
        !plan(kWeekStart.addDays(2), QStringLiteral("Tempo"), kTempo) || !planReadsWork())
        GTEST_SKIP() << "the plan store or TrainingPlan reads are not implemented yet";

    const std::vector<WeekFinding>& findings = m_insights->findingsPanel()->findings();
    const auto spacing = std::find_if(findings.begin(), findings.end(), [](const WeekFinding& f) {
        return f.rule == kHardBackToBack;
    });
    ASSERT_NE(spacing, findings.end()) << "no back-to-back finding for Tuesday and Wednesday";
    ASSERT_TRUE(spacing->fix.has_value());
    // The chart follows the same week: both sessions carry planned load.
    EXPECT_GT(m_insights->loadChart()->data().plannedPerDay[1], 0.0);
    EXPECT_GT(m_insights->loadChart()->data().plannedPerDay[2], 0.0);

    const std::vector<PlanDay> before = week();
    const int undoCount = m_document->undoStack()->count();
    QPushButton* fix = fixButton(*m_insights->findingsPanel(), int(spacing - findings.begin()));
    ASSERT_NE(fix, nullptr);
    QTest::mouseClick(fix, Qt::LeftButton);
    settle();

    EXPECT_EQ(m_document->undoStack()->count(), undoCount + 1);
    EXPECT_NE(week(), before);
    for (const WeekFinding& finding : m_insights->findingsPanel()->findings())
        EXPECT_NE(finding.rule, kHardBackToBack) << "the fix left it";

    m_document->undoStack()->undo();
    settle();
    EXPECT_EQ(week(), before);
    const std::vector<WeekFinding>& again = m_insights->findingsPanel()->findings();
    EXPECT_TRUE(std::any_of(again.begin(), again.end(),
                            [](const WeekFinding& f) { return f.rule == kHardBackToBack; }));
}

TEST_F(PlannerInsightsTest, AYoungLogIsNotReadAsFatigue)
{
    // A log that began ten days ago, an easy run on two days of three: the days before
    // it are not weeks of rest, so its acute:chronic ratio is not known (it needs 28
    // days), and the rest days keep the monotony low.
    for (int daysBack = 9; daysBack >= 0; --daysBack) {
        if (daysBack % 3 == 1)
            continue;
        LoggedSession run = easyRun(m_athlete, kWeekStart.addDays(-daysBack), 6, 30, 3);
        ASSERT_TRUE(m_document->store().sessions().insert(run).ok());
    }
    if (!plan(kWeekStart.addDays(2), QStringLiteral("Intervals"), kIntervals) || !planReadsWork())
        GTEST_SKIP() << "the plan store or TrainingPlan reads are not implemented yet";
    m_insights->setToday(kWeekStart);

    const std::optional<FatigueProposal>& proposal = m_insights->fatigueBox()->proposal();
    EXPECT_FALSE(proposal.has_value())
        << (proposal ? proposal->message.toStdString() : std::string());
}

TEST_F(PlannerInsightsTest, FatigueInTheLogProposesEasingTheNextHardDay)
{
    // Three easy weeks, then a week four times as heavy: the acute:chronic ratio is ~2.8.
    for (int daysBack = 27; daysBack >= 0; --daysBack) {
        const bool heavy = daysBack < 7;
        LoggedSession run = easyRun(m_athlete, kWeekStart.addDays(-daysBack), heavy ? 16 : 6,
                                    heavy ? 90 : 30, heavy ? 7 : 3);
        ASSERT_TRUE(m_document->store().sessions().insert(run).ok());
    }
    if (!plan(kWeekStart.addDays(2), QStringLiteral("Intervals"), kIntervals) || !planReadsWork())
        GTEST_SKIP() << "the plan store or TrainingPlan reads are not implemented yet";
    m_insights->setToday(kWeekStart);

    const std::optional<FatigueProposal>& proposal = m_insights->fatigueBox()->proposal();
    if (!proposal)
        GTEST_SKIP() << "the fatigue signals or the proposal are not implemented yet";
    EXPECT_EQ(proposal->day, kWeekStart.addDays(2));
    EXPECT_FALSE(proposal->triggers.empty());
    ASSERT_FALSE(m_insights->fatigueBox()->optionButtons().empty());

    const std::vector<PlanDay> before = week();
    QTest::mouseClick(m_insights->fatigueBox()->optionButtons().front(), Qt::LeftButton);
    EXPECT_NE(contentOf(week()), contentOf(before));
    m_document->undoStack()->undo();
    // The content comes back; step ids are the store's business (rewritten steps may
    // get new ones), so the days are compared as the athlete would read them.
    EXPECT_EQ(contentOf(week()), contentOf(before));
}
