// paceline-cli calibrate: the proposal for a template from its logged repeats, written
// through the store with hand-picked reps.

#include "AnalysisLogSupport.h"

#include <QJsonArray>

#include <gtest/gtest.h>

using namespace paceline::test;
using paceline::PaceRange;
using paceline::PlannedSession;
using paceline::SessionTemplate;
using paceline::Speed;

namespace {

QString key(const char* name)
{
    return QLatin1String(name);
}

const QString kTemplateName = QString::fromUtf8("5 × 1 km @ 3:50-4:00");

CliRun calibrate(const TempLog& log, const QString& name, const QStringList& options = {})
{
    return runCli(QStringList{key("calibrate"), key("--db"), log.path(), key("--template"), name,
                              key("--json")} +
                  options);
}

/// A log with the template 5 x (1000 m at 3:50-4:00/km, 60 s jog), planned on the given
/// Mondays and logged on each with the given reps.
class CalibrateCommand : public ::testing::Test {
protected:
    void SetUp() override
    {
        LogWriter writer(m_log, m_log.athleteId());
        const PaceRange band{Speed::fromSecondsPerKilometre(240),
                             Speed::fromSecondsPerKilometre(230)};
        m_template = writer.addTemplate(kTemplateName, kmRepeats(5, band));
    }

    void logRepeat(QDate day, const std::vector<KmRep>& reps)
    {
        LogWriter writer(m_log, m_log.athleteId());
        const PlannedSession plan = writer.planFrom(m_template, day);
        writer.addKmReps(day, reps, &plan);
    }

    /// Five even reps at 3:55/km, RPE 7: on target, steady, not too hard.
    void logGoodRepeat(QDate day) { logRepeat(day, std::vector<KmRep>(5, KmRep{235, 7})); }

    AthleteLog m_log;
    SessionTemplate m_template;
};

} // namespace

TEST_F(CalibrateCommand, SteadyRepeatsOnTargetGoALittleFaster)
{
    logGoodRepeat(QDate(2026, 2, 23));
    logGoodRepeat(QDate(2026, 3, 2));
    logGoodRepeat(QDate(2026, 3, 9));
    logGoodRepeat(QDate(2026, 3, 16));
    const CliRun run = calibrate(m_log, kTemplateName);
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QJsonObject json = run.json();
    EXPECT_EQ(json.value(key("athlete")).toString(), key("Ana"));
    EXPECT_EQ(json.value(key("template")).toString(), kTemplateName);
    EXPECT_EQ(json.value(key("verdict")).toString(), key("faster"));
    EXPECT_FALSE(json.value(key("summary")).toString().isEmpty());
    EXPECT_FALSE(json.value(key("reasons")).toArray().isEmpty());

    // The last three of the four repeats, oldest first, each as logged.
    const QJsonArray repeats = json.value(key("repeats")).toArray();
    ASSERT_EQ(repeats.size(), 3);
    EXPECT_EQ(repeats.at(0).toObject().value(key("date")).toString(), key("2026-03-02"));
    EXPECT_EQ(repeats.at(2).toObject().value(key("date")).toString(), key("2026-03-16"));
    const QJsonObject last = repeats.at(2).toObject();
    EXPECT_EQ(last.value(key("work_reps")).toInt(), 5);
    EXPECT_EQ(last.value(key("reps_with_target")).toInt(), 5);
    EXPECT_EQ(last.value(key("reps_on_or_faster_than_target")).toInt(), 5);
    EXPECT_DOUBLE_EQ(last.value(key("pace_cv_percent")).toDouble(), 0.0);
    EXPECT_DOUBLE_EQ(last.value(key("mean_work_rpe")).toDouble(), 7.0);
    EXPECT_DOUBLE_EQ(last.value(key("peak_work_rpe")).toDouble(), 7.0);

    // One change: the template's work step, by its id.
    const QJsonArray changes = json.value(key("changes")).toArray();
    ASSERT_EQ(changes.size(), 1);
    const QJsonObject change = changes.at(0).toObject();
    EXPECT_EQ(change.value(key("step_id")).toInteger(), firstWorkStep(m_template.steps).value);
    // The whole step before; after, only what changes: 240 and 230 s/km 1 % faster are
    // 237.6 and 227.7 s/km, to whole seconds 3:58 and 3:48.
    EXPECT_EQ(change.value(key("before")).toString(), QStringLiteral("1,000 m at 3:50–4:00/km"));
    EXPECT_EQ(change.value(key("after")).toString(), QStringLiteral("3:48–3:58/km, same distance"));
}

TEST_F(CalibrateCommand, AnAllOutLastRepeatMakesTheRepsShorter)
{
    logGoodRepeat(QDate(2026, 3, 2));
    logGoodRepeat(QDate(2026, 3, 9));
    logRepeat(QDate(2026, 3, 16), {{235, 7}, {235, 8}, {235, 8}, {235, 9}, {235, 10}});
    const QJsonObject json = calibrate(m_log, kTemplateName).json();
    EXPECT_EQ(json.value(key("verdict")).toString(), key("shorter"));
    EXPECT_DOUBLE_EQ(json.value(key("repeats"))
                         .toArray()
                         .at(2)
                         .toObject()
                         .value(key("peak_work_rpe"))
                         .toDouble(),
                     10.0);
    const QJsonArray changes = json.value(key("changes")).toArray();
    ASSERT_EQ(changes.size(), 1);
    EXPECT_EQ(changes.at(0).toObject().value(key("step_id")).toInteger(),
              firstWorkStep(m_template.steps).value);
    // 1000 m cut by a tenth: 900 m, and only that is said.
    EXPECT_EQ(changes.at(0).toObject().value(key("after")).toString(),
              QStringLiteral("900 m, same pace"));
}

TEST_F(CalibrateCommand, RepeatsWithoutRepsDoNotHideOlderOnes)
{
    // docs/advisor.md: the last 3 repeats *that have work reps*. Three good repeats, then
    // three newer ones logged by their totals only: the three good ones are still the
    // evidence, and they make the reps faster.
    logGoodRepeat(QDate(2026, 2, 23));
    logGoodRepeat(QDate(2026, 3, 2));
    logGoodRepeat(QDate(2026, 3, 9));
    {
        LogWriter writer(m_log, m_log.athleteId());
        for (const QDate day : {QDate(2026, 3, 11), QDate(2026, 3, 13), QDate(2026, 3, 16)})
            writer.addRunWithoutReps(day, writer.planFrom(m_template, day));
    }
    const CliRun run = calibrate(m_log, kTemplateName);
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QJsonObject json = run.json();
    EXPECT_EQ(json.value(key("verdict")).toString(), key("faster"));
    const QJsonArray repeats = json.value(key("repeats")).toArray();
    ASSERT_EQ(repeats.size(), 3);
    EXPECT_EQ(repeats.at(0).toObject().value(key("date")).toString(), key("2026-02-23"));
    EXPECT_EQ(repeats.at(2).toObject().value(key("date")).toString(), key("2026-03-09"));
}

TEST_F(CalibrateCommand, OneRepeatWithoutRepsLeavesThreeWithReps)
{
    // Four good repeats and a newer one without reps: the last three with reps are
    // 2 to 16 March, not just the two before the one without.
    logGoodRepeat(QDate(2026, 2, 23));
    logGoodRepeat(QDate(2026, 3, 2));
    logGoodRepeat(QDate(2026, 3, 9));
    logGoodRepeat(QDate(2026, 3, 16));
    {
        LogWriter writer(m_log, m_log.athleteId());
        writer.addRunWithoutReps(QDate(2026, 3, 23),
                                 writer.planFrom(m_template, QDate(2026, 3, 23)));
    }
    const QJsonArray repeats =
        calibrate(m_log, kTemplateName).json().value(key("repeats")).toArray();
    ASSERT_EQ(repeats.size(), 3);
    EXPECT_EQ(repeats.at(0).toObject().value(key("date")).toString(), key("2026-03-02"));
    EXPECT_EQ(repeats.at(2).toObject().value(key("date")).toString(), key("2026-03-16"));
}

TEST_F(CalibrateCommand, NoRepeatsIsNotEnoughHistory)
{
    const CliRun run = calibrate(m_log, kTemplateName);
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_EQ(run.json().value(key("verdict")).toString(), key("not-enough-history"));
    EXPECT_TRUE(run.json().value(key("repeats")).toArray().isEmpty());
    EXPECT_TRUE(run.json().value(key("changes")).toArray().isEmpty());
}

TEST_F(CalibrateCommand, ToLeavesOutLaterRepeats)
{
    logGoodRepeat(QDate(2026, 3, 2));
    logGoodRepeat(QDate(2026, 3, 9));
    const QJsonArray repeats = calibrate(m_log, kTemplateName, {key("--to"), key("2026-03-08")})
                                   .json()
                                   .value(key("repeats"))
                                   .toArray();
    ASSERT_EQ(repeats.size(), 1);
    EXPECT_EQ(repeats.at(0).toObject().value(key("date")).toString(), key("2026-03-02"));
}

TEST_F(CalibrateCommand, ANameTypedWithXAndOtherCaseIsFound)
{
    const CliRun run = calibrate(m_log, key("5 x 1 KM @ 3:50-4:00"));
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_EQ(run.json().value(key("template")).toString(), kTemplateName);
}

TEST_F(CalibrateCommand, PrintsTheProposalWithoutJson)
{
    logGoodRepeat(QDate(2026, 3, 2));
    logGoodRepeat(QDate(2026, 3, 9));
    const CliRun run =
        runCli({key("calibrate"), key("--db"), m_log.path(), key("--template"), kTemplateName});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.contains(key("(faster)"))) << run.out.toStdString();
    EXPECT_TRUE(run.out.contains(key("2026-03-09  5 work reps, 5 of 5 on target or faster")))
        << run.out.toStdString();
    EXPECT_TRUE(
        run.out.contains(QStringLiteral("step %1: ").arg(firstWorkStep(m_template.steps).value)))
        << run.out.toStdString();
}

TEST_F(CalibrateCommand, AnUnknownTemplateIsNamedWithTheNearOnes)
{
    const CliRun run = calibrate(m_log, key("5 x 1km @ 3:50-4:01"));
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.errIsOneLine()) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(key("'5 x 1km @ 3:50-4:01'"))) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(QStringLiteral("did you mean '%1'").arg(kTemplateName)))
        << run.err.toStdString();
}

TEST_F(CalibrateCommand, BadInputIsNamed)
{
    const CliRun missing = runCli({key("calibrate"), key("--db"), m_log.path()});
    EXPECT_EQ(missing.exitCode, 2);
    EXPECT_TRUE(missing.err.contains(key("--template"))) << missing.err.toStdString();
    const CliRun athlete = calibrate(m_log, kTemplateName, {key("--athlete"), key("Bob")});
    EXPECT_EQ(athlete.exitCode, 2);
    EXPECT_TRUE(athlete.err.contains(key("'Bob'"))) << athlete.err.toStdString();
    const CliRun day = calibrate(m_log, kTemplateName, {key("--to"), key("soon")});
    EXPECT_EQ(day.exitCode, 2);
    EXPECT_TRUE(day.err.contains(key("'soon'"))) << day.err.toStdString();
}

TEST(CalibrateCommandDemo, ADemoTemplateGetsAProposal)
{
    const CliRun run = calibrate(demoLog(), QString::fromUtf8("5 × 1 km @ T"));
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QJsonObject json = run.json();
    EXPECT_TRUE(QStringList({key("faster"), key("keep"), key("shorter")})
                    .contains(json.value(key("verdict")).toString()))
        << json.value(key("verdict")).toString().toStdString();
    const QJsonArray repeats = json.value(key("repeats")).toArray();
    EXPECT_EQ(repeats.size(), 3) << "two years of a runner repeat a threshold session often";
    for (const QJsonValue& repeat : repeats)
        EXPECT_GT(repeat.toObject().value(key("work_reps")).toInt(), 0);
}
