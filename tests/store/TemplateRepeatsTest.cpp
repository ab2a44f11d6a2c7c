// The logged repeats of a template that the calibration reads: the athlete's last
// sessions done for plans made from it, with their reps and the plans' steps.

#include "StoreTestSupport.h"
#include "core/store/AthleteStore.h"
#include "core/store/PlanStore.h"
#include "core/store/SessionStore.h"
#include "core/store/TemplateStore.h"

using namespace paceline;
using namespace paceline::test;

namespace {

class TemplateRepeats : public StoreTest {
protected:
    void SetUp() override
    {
        StoreTest::SetUp();
        m_template = richTemplate();
        ASSERT_TRUE(store().templates().insert(m_template).ok());
        // Every other day from Monday: four repeats of the template.
        for (int i = 0; i < 4; ++i)
            m_repeats.push_back(logRepeat(athleteId(), m_template.id, m_monday.addDays(2 * i)));
    }

    /// A plan made from `templateId` on `day` and the session logged for it; the
    /// session's work reps link to the plan's first 400 m step.
    TemplateRepeat logRepeat(AthleteId athlete, std::optional<TemplateId> templateId, QDate day)
    {
        PlannedSession plan = samplePlan(athlete, day);
        plan.templateId = templateId;
        EXPECT_TRUE(store().plans().insert(plan).ok());
        LoggedSession session = sampleSession(athlete, day);
        session.plannedSessionId = plan.id;
        const StepId fast = plan.steps[1].group().children[0].group().children[0].step().id;
        for (Rep& rep : session.reps) {
            if (rep.kind == RepKind::Work)
                rep.plannedStepId = fast;
        }
        const Status inserted = store().sessions().insert(session);
        EXPECT_TRUE(inserted.ok()) << inserted.errorMessage().toStdString();
        return TemplateRepeat{session, plan.steps};
    }

    std::vector<TemplateRepeat> repeats(int limit, QDate onOrBefore)
    {
        auto found =
            store().sessions().templateRepeats(athleteId(), m_template.id, limit, onOrBefore);
        EXPECT_TRUE(found.ok()) << found.errorMessage().toStdString();
        return found.ok() ? *found : std::vector<TemplateRepeat>{};
    }

    SessionTemplate m_template;
    std::vector<TemplateRepeat> m_repeats;
    const QDate m_monday{2024, 6, 3};
};

} // namespace

TEST_F(TemplateRepeats, LastOnesOldestFirstWithRepsAndPlannedSteps)
{
    const std::vector<TemplateRepeat> expected{m_repeats[2], m_repeats[3]};
    EXPECT_EQ(repeats(2, m_monday.addDays(6)), expected);
}

TEST_F(TemplateRepeats, NothingAfterTheDayCounts)
{
    // Thursday: the repeats of Monday and Wednesday; Wednesday's is the day itself.
    EXPECT_EQ(repeats(10, m_monday.addDays(3)),
              (std::vector<TemplateRepeat>{m_repeats[0], m_repeats[1]}));
    EXPECT_EQ(repeats(10, m_monday.addDays(2)),
              (std::vector<TemplateRepeat>{m_repeats[0], m_repeats[1]}));
    EXPECT_TRUE(repeats(10, m_monday.addDays(-1)).empty());
}

TEST_F(TemplateRepeats, NoLimitMeansNoRepeats)
{
    EXPECT_TRUE(repeats(0, m_monday.addDays(6)).empty());
    EXPECT_TRUE(repeats(-1, m_monday.addDays(6)).empty());
}

TEST_F(TemplateRepeats, OtherTemplatesPlansAndAthletesDoNotCount)
{
    SessionTemplate other = richTemplate();
    other.name = QStringLiteral("Hill repeats");
    ASSERT_TRUE(store().templates().insert(other).ok());
    logRepeat(athleteId(), other.id, m_monday.addDays(7));
    logRepeat(athleteId(), std::nullopt, m_monday.addDays(8)); // a plan made from scratch
    LoggedSession unplanned = sampleSession(athleteId(), m_monday.addDays(9));
    ASSERT_TRUE(store().sessions().insert(unplanned).ok());
    Athlete someoneElse = sampleAthlete(QStringLiteral("Someone else"));
    ASSERT_TRUE(store().athletes().insert(someoneElse).ok());
    logRepeat(someoneElse.id, m_template.id, m_monday.addDays(10));

    EXPECT_EQ(repeats(1, m_monday.addDays(30)), std::vector<TemplateRepeat>{m_repeats[3]});
}

TEST_F(TemplateRepeats, TwoSessionsForOnePlanBothCount)
{
    LoggedSession again = m_repeats[3].session;
    again.id = {};
    for (Rep& rep : again.reps)
        rep.id = {};
    again.start = again.start.addSecs(3600);
    ASSERT_TRUE(store().sessions().insert(again).ok());
    const std::vector<TemplateRepeat> expected{m_repeats[3],
                                               TemplateRepeat{again, m_repeats[3].plannedSteps}};
    EXPECT_EQ(repeats(2, m_monday.addDays(6)), expected);
}
