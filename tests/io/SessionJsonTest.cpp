// Sessions as JSON: the documented shape, round trips, ids, and the notation fallback.

#include "core/io/SessionJson.h"

#include "RandomTrees.h"
#include "StepTrees.h"
#include "core/io/ExampleSessions.h"
#include "core/io/SessionNotation.h"
#include "core/model/StepPath.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <gtest/gtest.h>

#include <cmath>

using namespace paceline;
using namespace paceline::trees;

namespace {

QJsonObject parseObject(const char* json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(QByteArray(json), &error);
    EXPECT_EQ(error.error, QJsonParseError::NoError) << str(error.errorString()) << "\n" << json;
    return document.object();
}

SessionTemplate readBack(const SessionTemplate& session)
{
    const auto result = sessionFromJson(sessionToJson(session));
    EXPECT_TRUE(result.ok()) << str(result.errorMessage());
    return result.ok() ? *result : SessionTemplate{};
}

SessionTemplate sampleSession()
{
    SessionTemplate session;
    session.name = QStringLiteral("Cruise intervals");
    session.sport = Sport::Run;
    session.purpose = Purpose::Threshold;
    session.notes = QStringLiteral("Controlled.");
    Step warmUp = step(StepKind::WarmUp, minutes(15), PaceZone::Easy);
    warmUp.notes = QStringLiteral("easy, chatty");
    session.steps = {
        node(warmUp),
        repeat(5,
               {node(work(metres(1000), PaceRange{Speed::fromSecondsPerKilometre(235),
                                                  Speed::fromSecondsPerKilometre(230)})),
                node(jog(seconds(60)))},
               walk(minutes(3))),
        node(work(minutes(10), HeartRateRange{150, 160})),
        node(inSport(work(minutes(20), RpeTarget{6.5}), Sport::Bike)),
        node(step(StepKind::CoolDown)),
    };
    return session;
}

/// Gives every step and group an id, and every step notes: what the notation leaves
/// out, so JSON must carry the notes itself and ignore the ids.
void decorate(Step& step, qint64& nextId)
{
    step.id = StepId{nextId};
    step.notes = QStringLiteral("note %1").arg(nextId++);
}

void decorate(StepTree& tree, qint64& nextId)
{
    for (StepNode& node : tree) {
        if (node.isStep()) {
            decorate(node.step(), nextId);
            continue;
        }
        RepeatGroup& group = node.group();
        group.id = StepId{nextId++};
        decorate(group.children, nextId);
        if (group.recoveryBetweenSets)
            decorate(*group.recoveryBetweenSets, nextId);
    }
}

} // namespace

TEST(SessionJson, WritesTheDocumentedShape)
{
    const SessionTemplate session = sampleSession();
    const QJsonObject json = sessionToJson(session);
    EXPECT_EQ(json[QStringLiteral("format")].toString(), QStringLiteral("paceline-session"));
    EXPECT_EQ(json[QStringLiteral("version")].toInt(), 1);
    EXPECT_EQ(json[QStringLiteral("name")].toString(), session.name);
    EXPECT_EQ(json[QStringLiteral("sport")].toString(), QStringLiteral("run"));
    EXPECT_EQ(json[QStringLiteral("purpose")].toString(), QStringLiteral("threshold"));
    EXPECT_EQ(json[QStringLiteral("notes")].toString(), session.notes);
    EXPECT_EQ(str(json[QStringLiteral("notation")].toString()),
              "wu 15min @E; 5x1km @3:50-3:55/km / 60s jog // 3min walk; 10min @hr150-160; "
              "bike 20min @rpe6.5; cd");

    const QJsonArray steps = json[QStringLiteral("steps")].toArray();
    ASSERT_EQ(steps.size(), 5);
    EXPECT_EQ(steps[0].toObject(), parseObject(R"({"type": "step", "kind": "warmup",
        "target": {"duration_s": 900}, "intensity": {"zone": "E"}, "recovery": null,
        "sport": null, "notes": "easy, chatty"})"));
    EXPECT_EQ(steps[1].toObject(), parseObject(R"({"type": "repeat", "count": 5, "children": [
        {"type": "step", "kind": "work", "target": {"distance_m": 1000},
         "intensity": {"pace_s_per_km": [235, 230]}, "recovery": null, "sport": null, "notes": ""},
        {"type": "step", "kind": "recovery", "target": {"duration_s": 60}, "intensity": null,
         "recovery": "jog", "sport": null, "notes": ""}],
        "between_sets": {"type": "step", "kind": "recovery", "target": {"duration_s": 180},
         "intensity": null, "recovery": "walk", "sport": null, "notes": ""}})"));
    EXPECT_EQ(steps[2].toObject()[QStringLiteral("intensity")].toObject(),
              parseObject(R"({"hr": [150, 160]})"));
    EXPECT_EQ(steps[3].toObject()[QStringLiteral("intensity")].toObject(),
              parseObject(R"({"rpe": 6.5})"));
    EXPECT_EQ(steps[3].toObject()[QStringLiteral("sport")].toString(), QStringLiteral("bike"));
    EXPECT_TRUE(steps[4].toObject()[QStringLiteral("target")].isNull());
    EXPECT_TRUE(steps[4].toObject()[QStringLiteral("intensity")].isNull());
}

TEST(SessionJson, NoPurposeIsNull)
{
    SessionTemplate session = sampleSession();
    session.purpose.reset();
    EXPECT_TRUE(sessionToJson(session)[QStringLiteral("purpose")].isNull());
    EXPECT_EQ(readBack(session), session);
}

TEST(SessionJson, RoundTripsTheSampleAndTheExamples)
{
    EXPECT_EQ(readBack(sampleSession()), sampleSession());
    for (const SessionTemplate& session : exampleSessions())
        EXPECT_EQ(readBack(session), session) << str(session.name);
}

TEST(SessionJson, RoundTripsThroughBytes)
{
    for (const SessionTemplate& session : exampleSessions()) {
        const QByteArray bytes = QJsonDocument(sessionToJson(session)).toJson();
        const auto result = sessionFromJsonBytes(bytes);
        ASSERT_TRUE(result.ok()) << str(result.errorMessage());
        EXPECT_EQ(*result, session);
    }
}

TEST(SessionJson, TheDeepestLinesTheNotationReadsRoundTrip)
{
    // Every line that reads can be saved: the notation and the JSON share their
    // nesting limit, a step with its recovery ("100m / 60s jog") counting as a group.
    for (const char* line : {"2x(2x(2x(2x(2x(2x(2x(2x100m / 60s jog)))))))",
                             "2x(2x(2x(2x(2x(2x(2x(100m / 60s jog; 3x200m)))))))"}) {
        const auto steps = parseSessionNotation(QString::fromUtf8(line));
        ASSERT_TRUE(steps.ok()) << line << ": " << str(steps.errorMessage());
        SessionTemplate session;
        session.name = QStringLiteral("Deep");
        session.steps = *steps;
        EXPECT_EQ(readBack(session), session) << line;
    }
}

TEST(SessionJson, RoundTripsGeneratedSessionsAndIgnoresIds)
{
    RandomTrees random(42);
    for (int index = 0; index < 1000; ++index) {
        SessionTemplate session;
        session.id = TemplateId{index + 1};
        session.name = QStringLiteral("Session %1").arg(index);
        session.sport = enumEntries<Sport>()[size_t(index) % 6].value;
        if (index % 3 != 0)
            session.purpose = enumEntries<Purpose>()[size_t(index) % 7].value;
        session.steps = random.tree();
        qint64 nextId = 1;
        decorate(session.steps, nextId);
        SessionTemplate expected = session;
        expected.id = {};
        expected.steps = withoutIds(session.steps);
        const QByteArray bytes = QJsonDocument(sessionToJson(session)).toJson();
        const auto result = sessionFromJsonBytes(bytes);
        ASSERT_TRUE(result.ok()) << str(result.errorMessage()) << "\n" << bytes.constData();
        ASSERT_EQ(*result, expected) << index;
    }
}

TEST(SessionJson, AnySpeedSurvivesToWithinRounding)
{
    // Seconds per km cannot name every speed exactly; paces the notation can write
    // come back exactly (above), any other to within a few units in the last place.
    for (double metresPerSecond : {2.9876543210987654, 4.123456789, 5.55555555555, 1.0 / 3.0}) {
        SessionTemplate session = sampleSession();
        const Speed speed{metresPerSecond};
        session.steps = {node(work(metres(400), PaceRange{speed, speed}))};
        // Kept: a reference into the temporary read-back session would dangle.
        const SessionTemplate back = readBack(session);
        const auto& pace = std::get<PaceRange>(back.steps[0].step().intensity);
        EXPECT_NEAR(pace.slowest.metresPerSecond, metresPerSecond, 1e-14);
    }
}

TEST(SessionJson, IdsInTheFileAreIgnored)
{
    const auto result = sessionFromJson(parseObject(R"({"format": "paceline-session",
        "version": 1, "id": 12, "name": "Strides", "sport": "run", "steps": [
        {"type": "repeat", "id": 7, "count": 4, "children": [
            {"type": "step", "id": 8, "kind": "strides", "target": {"distance_m": 100}}]}]})"));
    ASSERT_TRUE(result.ok()) << str(result.errorMessage());
    EXPECT_FALSE(result->id.isValid());
    EXPECT_EQ(result->steps, (StepTree{repeat(4, {node(step(StepKind::Strides, metres(100)))})}));
}

TEST(SessionJson, OptionalFieldsMayBeLeftOut)
{
    const auto result = sessionFromJson(parseObject(R"({"format": "paceline-session",
        "version": 1, "name": "Easy", "sport": "Run", "steps": [
        {"type": "step", "kind": "work", "target": {"duration_s": 1800}}]})"));
    ASSERT_TRUE(result.ok()) << str(result.errorMessage());
    EXPECT_FALSE(result->purpose.has_value());
    EXPECT_TRUE(result->notes.isEmpty());
    EXPECT_EQ(result->steps, StepTree{node(work(minutes(30)))});
}

TEST(SessionJson, AnEmptySessionIsFine)
{
    SessionTemplate session = sampleSession();
    session.steps.clear();
    EXPECT_EQ(readBack(session), session);
}

TEST(SessionJson, ReadsTheNotationWhenThereAreNoSteps)
{
    const auto result = sessionFromJson(parseObject(R"({"format": "paceline-session",
        "version": 1, "name": "5 x 1 km", "sport": "run", "purpose": "threshold",
        "notation": "wu 2km @E; 5x1km @T / 60s jog; cd 2km @E"})"));
    ASSERT_TRUE(result.ok()) << str(result.errorMessage());
    EXPECT_EQ(str(formatSessionNotation(result->steps)),
              "wu 2km @E; 5x1km @T / 60s jog; cd 2km @E");
    EXPECT_EQ(result->purpose, Purpose::Threshold);

    const auto withNullSteps = sessionFromJson(parseObject(R"({"format": "paceline-session",
        "version": 1, "name": "x", "sport": "run", "steps": null, "notation": "10min @E"})"));
    ASSERT_TRUE(withNullSteps.ok()) << str(withNullSteps.errorMessage());
    EXPECT_EQ(withNullSteps->steps, StepTree{node(work(minutes(10), PaceZone::Easy))});
}

TEST(SessionJson, StepsWinOverTheNotation)
{
    // The notation is for people reading the file; the tree is the session.
    const auto result = sessionFromJson(parseObject(R"({"format": "paceline-session",
        "version": 1, "name": "x", "sport": "run", "notation": "10min @E",
        "steps": [{"type": "step", "kind": "work", "target": {"duration_s": 1200}}]})"));
    ASSERT_TRUE(result.ok()) << str(result.errorMessage());
    EXPECT_EQ(result->steps, StepTree{node(work(minutes(20)))});
}
