// The light rows the trend charts read: work reps with their session's day, sport and
// template, and the stored pace CV of sessions.

#include "StoreTestSupport.h"
#include "core/store/AthleteStore.h"
#include "core/store/PlanStore.h"
#include "core/store/SessionStore.h"
#include "core/store/TemplateStore.h"

using namespace paceline;
using namespace paceline::test;

namespace {

Rep rep(RepKind kind, std::optional<double> metres, double seconds, std::optional<double> rpe,
        std::optional<int> avgHeartRate)
{
    Rep made;
    made.kind = kind;
    if (metres)
        made.distance = Distance{*metres};
    made.time = Duration{seconds};
    made.rpe = rpe;
    made.avgHeartRate = avgHeartRate;
    return made;
}

PaceStability stabilityWithCv(std::optional<double> paceCvPercent)
{
    PaceStability stability;
    stability.workReps = 2;
    stability.paceCvPercent = paceCvPercent;
    return stability;
}

class SessionSamples : public StoreTest {
protected:
    void SetUp() override
    {
        StoreTest::SetUp();
        m_template = richTemplate();
        ASSERT_TRUE(store().templates().insert(m_template).ok());
        m_plan = samplePlan(athleteId(), m_monday);
        m_plan.templateId = m_template.id;
        ASSERT_TRUE(store().plans().insert(m_plan).ok());
    }

    LoggedSession add(LoggedSession session)
    {
        const Status inserted = store().sessions().insert(session);
        EXPECT_TRUE(inserted.ok()) << inserted.errorMessage().toStdString();
        return session;
    }

    /// Monday's track session, done for the plan made from the template: two 400s that
    /// count, and a work rep without a distance, a recovery and a 0 s rep that do not.
    LoggedSession trackSession()
    {
        LoggedSession session = simpleSession(athleteId(), m_monday, Sport::Run, 50, 7, 8000);
        session.plannedSessionId = m_plan.id;
        session.reps = {rep(RepKind::Work, 400, 80, 7, 170),
                        rep(RepKind::Recovery, 200, 60, 2, 140),
                        rep(RepKind::Work, 400, 78, 8, std::nullopt),
                        rep(RepKind::Work, std::nullopt, 60, 6, 165),
                        rep(RepKind::Work, 400, 0, std::nullopt, std::nullopt)};
        return session;
    }

    SessionTemplate m_template;
    PlannedSession m_plan;
    const QDate m_monday{2024, 6, 3};
};

WorkRepSample sample(QDate day, const LoggedSession& session, std::optional<TemplateId> templateId,
                     double metres, double seconds, std::optional<double> rpe,
                     std::optional<int> avgHeartRate)
{
    return WorkRepSample{day,           session.id,       templateId,
                         session.sport, Distance{metres}, Duration{seconds},
                         rpe,           avgHeartRate};
}

} // namespace

TEST_F(SessionSamples, WorkRepsWithDistanceAndTimeOldestFirst)
{
    // Inserted out of order: the ride is later in the week than the track session.
    LoggedSession ride = simpleSession(athleteId(), m_monday.addDays(2), Sport::Bike, 60, 5);
    ride.reps = {rep(RepKind::Work, 5000, 480, 6, 150)};
    ride = add(ride);
    const LoggedSession track = add(trackSession());

    const std::vector<WorkRepSample> expected{
        sample(m_monday, track, m_template.id, 400, 80, 7, 170),
        sample(m_monday, track, m_template.id, 400, 78, 8, std::nullopt),
        sample(m_monday.addDays(2), ride, std::nullopt, 5000, 480, 6, 150),
    };
    EXPECT_EQ(*store().sessions().workRepSamples(athleteId(), m_monday, m_monday.addDays(6)),
              expected);
}

TEST_F(SessionSamples, WorkRepsKeepToTheAthleteAndTheDays)
{
    LoggedSession before = trackSession();
    before.start = before.start.addDays(-1);
    before.plannedSessionId.reset();
    add(before);
    Athlete other = sampleAthlete(QStringLiteral("Other"));
    ASSERT_TRUE(store().athletes().insert(other).ok());
    LoggedSession theirs = trackSession();
    theirs.athleteId = other.id;
    theirs.plannedSessionId.reset();
    add(theirs);
    EXPECT_TRUE(store().sessions().workRepSamples(athleteId(), m_monday, m_monday)->empty());
    EXPECT_EQ(store().sessions().workRepSamples(other.id, m_monday, m_monday)->size(), 2u);
}

TEST_F(SessionSamples, PlanMadeFromScratchHasNoTemplate)
{
    PlannedSession scratch = samplePlan(athleteId(), m_monday);
    ASSERT_TRUE(store().plans().insert(scratch).ok());
    LoggedSession session = trackSession();
    session.plannedSessionId = scratch.id;
    session = add(session);
    auto samples = store().sessions().workRepSamples(athleteId(), m_monday, m_monday);
    ASSERT_EQ(samples->size(), 2u);
    EXPECT_EQ(samples->front().session, session.id);
    EXPECT_FALSE(samples->front().templateId.has_value());
}

TEST_F(SessionSamples, StabilityOfSessionsWithAPaceCv)
{
    LoggedSession friday = trackSession();
    friday.start = friday.start.addDays(4);
    friday.stability = stabilityWithCv(2.5);
    friday = add(friday);
    LoggedSession monday = trackSession();
    monday.stability = stabilityWithCv(1.25);
    monday = add(monday);
    LoggedSession noCv = simpleSession(athleteId(), m_monday.addDays(1), Sport::Run, 40, 4);
    noCv.stability = stabilityWithCv(std::nullopt);
    add(noCv);
    add(simpleSession(athleteId(), m_monday.addDays(2), Sport::Run, 40, 4)); // no figures
    LoggedSession nextWeek = trackSession();
    nextWeek.start = nextWeek.start.addDays(7);
    nextWeek.stability = stabilityWithCv(3.0);
    add(nextWeek);

    const std::vector<StabilitySample> expected{
        {m_monday, monday.id, m_template.id, Sport::Run, 1.25},
        {m_monday.addDays(4), friday.id, m_template.id, Sport::Run, 2.5},
    };
    EXPECT_EQ(*store().sessions().stabilitySamples(athleteId(), m_monday, m_monday.addDays(6)),
              expected);
}
