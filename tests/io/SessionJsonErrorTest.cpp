// Every way a session file can be wrong is reported with the JSON path and what was
// wrong there; malformed bytes with their offset.

#include "StepTrees.h"
#include "core/io/SessionJson.h"

#include <QJsonDocument>

#include <gtest/gtest.h>

using namespace paceline;

namespace {

/// A session file whose steps are `steps` (JSON text for the array's contents).
QByteArray withSteps(const char* steps)
{
    return QByteArray(R"({"format": "paceline-session", "version": 1, "name": "x",
        "sport": "run", "steps": [)") +
           steps + "]}";
}

/// A session file with one step whose extra fields are `fields` ("\"target\": ...").
QByteArray withStep(const char* fields)
{
    return withSteps(
        (QByteArray(R"({"type": "step", "kind": "work", )") + fields + "}").constData());
}

/// A session file with the top-level fields in `fields` (no steps unless given).
QByteArray withTop(const char* fields)
{
    return QByteArray("{") + fields + "}";
}

void expectError(const QByteArray& bytes, const char* message)
{
    const auto result = sessionFromJsonBytes(bytes);
    ASSERT_FALSE(result.ok()) << "accepted:\n" << bytes.constData();
    EXPECT_EQ(str(result.errorMessage()), message) << bytes.constData();
}

constexpr char kHead[] = R"("format": "paceline-session", "version": 1, )";

QByteArray top(const char* rest)
{
    return withTop((QByteArray(kHead) + rest).constData());
}

} // namespace

TEST(SessionJsonErrors, FormatAndVersion)
{
    expectError(withTop(R"("version": 1, "name": "x")"),
                "format: this is not a Paceline session (expected \"paceline-session\")");
    expectError(withTop(R"("format": "gpx", "version": 1)"),
                "format: this is not a Paceline session (expected \"paceline-session\")");
    expectError(withTop(R"("format": "paceline-session", "version": 2, "name": "x")"),
                "version: 2 is newer than this Paceline reads (1); update Paceline to open it");
    expectError(withTop(R"("format": "paceline-session", "version": "1")"), "version: must be 1");
    expectError(withTop(R"("format": "paceline-session")"), "version: must be 1");
    expectError(withTop(R"("format": "paceline-session", "version": 1.5)"), "version: must be 1");
    expectError(withTop(R"("format": "paceline-session", "version": 0)"), "version: must be 1");
}

TEST(SessionJsonErrors, TopLevelFields)
{
    expectError(top(R"("name": "x", "sport": "run", "steps": [], "colour": "red")"),
                "colour: unknown key; expected format, version, name, sport, purpose, notes, "
                "notation, steps");
    expectError(top(R"("sport": "run", "steps": [])"), "name: missing; expected a string");
    expectError(top(R"("name": 5, "sport": "run", "steps": [])"), "name: must be a string");
    expectError(top(R"("name": "  ", "sport": "run", "steps": [])"), "name: must not be empty");
    expectError(top(R"("name": "x", "steps": [])"),
                "sport: missing; expected one of run, bike, swim, brick, strength, cross");
    expectError(top(R"("name": "x", "sport": "ski", "steps": [])"),
                "sport: must be one of run, bike, swim, brick, strength, cross");
    expectError(top(R"("name": "x", "sport": "run", "purpose": "fun", "steps": [])"),
                "purpose: must be one of turnover, neuromuscular, fatigue-tolerance, threshold, "
                "aerobic, recovery, race-specific");
    expectError(top(R"("name": "x", "sport": "run", "notes": 3, "steps": [])"),
                "notes: must be a string");
    expectError(top(R"("name": "x", "sport": "run", "notation": 3, "steps": [])"),
                "notation: must be a string");
    expectError(top(R"("name": "x", "sport": "run")"),
                "steps: missing, and there is no notation to read instead");
    expectError(top(R"("name": "x", "sport": "run", "steps": {})"),
                "steps: must be an array of steps");
    expectError(top(R"("name": "x", "sport": "run", "notation": "wu 15min @X")"),
                "notation: column 11: unknown intensity 'X': expected a zone (E, M, T, I, R, "
                "race, surge, easy), a pace such as 3:55/km or 3:50-3:55/km, a heart rate such "
                "as hr150-160, or an effort such as rpe7");
}

TEST(SessionJsonErrors, Steps)
{
    expectError(withSteps("3"), "steps[0]: must be an object");
    expectError(withSteps(R"({"kind": "work"})"), "steps[0].type: must be \"step\" or \"repeat\"");
    expectError(withSteps(R"({"type": "loop"})"), "steps[0].type: must be \"step\" or \"repeat\"");
    expectError(withSteps(R"({"type": "step"})"),
                "steps[0].kind: missing; expected one of warmup, work, recovery, cooldown, "
                "strides, drills, mobility, rest");
    expectError(withSteps(R"({"type": "step", "kind": "sprint"})"),
                "steps[0].kind: must be one of warmup, work, recovery, cooldown, strides, drills, "
                "mobility, rest");
    expectError(withStep(R"("intensty": {"zone": "E"})"),
                "steps[0].intensty: unknown key; expected type, kind, target, intensity, "
                "recovery, sport, notes");
    expectError(withStep(R"("recovery": "crawl")"),
                "steps[0].recovery: must be one of jog, walk, stand");
    expectError(withStep(R"("sport": "ski")"),
                "steps[0].sport: must be one of run, bike, swim, brick, strength, cross");
    expectError(withStep(R"("notes": 5)"), "steps[0].notes: must be a string");
}

TEST(SessionJsonErrors, Targets)
{
    const char* shape =
        "steps[0].target: must be {\"distance_m\": metres}, {\"duration_s\": seconds} or null";
    expectError(withStep(R"("target": "400m")"), shape);
    expectError(withStep(R"("target": {})"), shape);
    expectError(withStep(R"("target": {"distance_m": 400, "duration_s": 90})"), shape);
    expectError(withStep(R"("target": {"metres": 400})"), shape);
    expectError(withStep(R"("target": {"distance_m": -1})"),
                "steps[0].target.distance_m: must be a positive number of metres, at most 1000000");
    expectError(withStep(R"("target": {"distance_m": "400"})"),
                "steps[0].target.distance_m: must be a positive number of metres, at most 1000000");
    expectError(withStep(R"("target": {"distance_m": 2000000})"),
                "steps[0].target.distance_m: must be a positive number of metres, at most 1000000");
    expectError(withStep(R"("target": {"duration_s": 0})"),
                "steps[0].target.duration_s: must be a positive number of seconds, at most 172800");
}

TEST(SessionJsonErrors, Intensities)
{
    expectError(withStep(R"("intensity": "E")"),
                "steps[0].intensity: must be an object with one of zone, pace_s_per_km, hr or "
                "rpe, or null");
    expectError(withStep(R"("intensity": {"zone": "E", "rpe": 5})"),
                "steps[0].intensity: must be an object with one of zone, pace_s_per_km, hr or "
                "rpe, or null");
    expectError(withStep(R"("intensity": {"watts": 200})"),
                "steps[0].intensity.watts: unknown intensity; expected zone, pace_s_per_km, hr "
                "or rpe");
    expectError(withStep(R"("intensity": {"zone": "Z"})"),
                "steps[0].intensity.zone: must be one of E, M, T, I, R, race, surge, easy");
    expectError(withStep(R"("intensity": {"pace_s_per_km": [235]})"),
                "steps[0].intensity.pace_s_per_km: must be a pair [slowest, fastest] in seconds "
                "per km");
    expectError(withStep(R"("intensity": {"pace_s_per_km": [235, "x"]})"),
                "steps[0].intensity.pace_s_per_km[1]: must be a pace from 30 to 3600 seconds "
                "per km");
    expectError(withStep(R"("intensity": {"pace_s_per_km": [4000, 235]})"),
                "steps[0].intensity.pace_s_per_km[0]: must be a pace from 30 to 3600 seconds "
                "per km");
    expectError(withStep(R"("intensity": {"pace_s_per_km": [230, 235]})"),
                "steps[0].intensity.pace_s_per_km: the slowest pace comes first, so the first "
                "number must not be smaller than the second");
    expectError(withStep(R"("intensity": {"hr": [160, 150]})"),
                "steps[0].intensity.hr: the low heart rate comes first");
    expectError(withStep(R"("intensity": {"hr": [150, 300]})"),
                "steps[0].intensity.hr[1]: must be a whole number from 25 to 250");
    expectError(withStep(R"("intensity": {"hr": [150.5, 160]})"),
                "steps[0].intensity.hr[0]: must be a whole number from 25 to 250");
    expectError(withStep(R"("intensity": {"hr": 150})"),
                "steps[0].intensity.hr: must be a pair [low, high] in beats per minute");
    expectError(withStep(R"("intensity": {"rpe": 11})"),
                "steps[0].intensity.rpe: must be a number from 0 to 10");
    expectError(withStep(R"("intensity": {"rpe": -1})"),
                "steps[0].intensity.rpe: must be a number from 0 to 10");
}

TEST(SessionJsonErrors, Repeats)
{
    const char* ok = R"({"type": "step", "kind": "work", "target": {"distance_m": 400}})";
    const auto group = [ok](const char* fields) {
        return withSteps((QByteArray(ok) + R"(, {"type": "repeat", )" + fields + "}").constData());
    };
    const char* children = R"("children": [{"type": "step", "kind": "work"}])";
    expectError(group(children), "steps[1].count: must be a whole number from 1 to 100");
    expectError(group((QByteArray(R"("count": 0, )") + children).constData()),
                "steps[1].count: must be a whole number from 1 to 100");
    expectError(group((QByteArray(R"("count": 2.5, )") + children).constData()),
                "steps[1].count: must be a whole number from 1 to 100");
    expectError(group((QByteArray(R"("count": 101, )") + children).constData()),
                "steps[1].count: must be a whole number from 1 to 100");
    expectError(group(R"("count": 2)"), "steps[1].children: must be an array of steps");
    expectError(group(R"("count": 2, "children": [])"),
                "steps[1].children: a repeat needs at least one step");
    expectError(group((QByteArray(R"("count": 2, "times": 3, )") + children).constData()),
                "steps[1].times: unknown key; expected type, count, children, between_sets");
    expectError(group((QByteArray(R"("count": 2, "between_sets": {"type": "repeat"}, )") + children)
                          .constData()),
                "steps[1].between_sets.type: must be \"step\"");
    expectError(group((QByteArray(R"("count": 2, "between_sets": {"type": "step", "kind": 3}, )") +
                       children)
                          .constData()),
                "steps[1].between_sets.kind: must be one of warmup, work, recovery, cooldown, "
                "strides, drills, mobility, rest");
}

TEST(SessionJsonErrors, PathsReachIntoNestedRepeats)
{
    const char* ok = R"({"type": "step", "kind": "work", "target": {"distance_m": 400}})";
    expectError(withSteps((QByteArray(ok) + ", " + ok + R"(, {"type": "repeat", "count": 2,
        "children": [{"type": "step", "kind": "work", "target": {"distance_m": 0}}]})")
                              .constData()),
                "steps[2].children[0].target.distance_m: must be a positive number of metres, at "
                "most 1000000");
    expectError(withSteps(R"({"type": "repeat", "count": 2, "children": [
        {"type": "repeat", "count": 3, "children": [
            {"type": "step", "kind": "work"},
            {"type": "step", "kind": "recovery", "recovery": "run"}]}]})"),
                "steps[0].children[0].children[1].recovery: must be one of jog, walk, stand");
}

TEST(SessionJsonErrors, NestingIsBounded)
{
    QByteArray steps = R"({"type": "step", "kind": "work"})";
    for (int level = 0; level < 9; ++level)
        steps = R"({"type": "repeat", "count": 2, "children": [)" + steps + "]}";
    expectError(withSteps(steps.constData()),
                "steps[0].children[0].children[0].children[0].children[0].children[0].children[0]."
                "children[0].children[0]: repeats nest at most 8 deep");
}

TEST(SessionJsonErrors, MalformedBytesNameTheOffset)
{
    for (const QByteArray& bytes :
         {QByteArray(), QByteArray("{"), QByteArray(R"({"format": "paceline-session",, })"),
          QByteArray(R"({"name": "x" "sport": "run"})"), QByteArray("\xff\xfe")}) {
        QJsonParseError parseError;
        QJsonDocument::fromJson(bytes, &parseError);
        ASSERT_NE(parseError.error, QJsonParseError::NoError);
        const auto result = sessionFromJsonBytes(bytes);
        ASSERT_FALSE(result.ok());
        EXPECT_TRUE(result.errorMessage().startsWith(
            QStringLiteral("malformed JSON at byte %1: ").arg(parseError.offset)))
            << str(result.errorMessage());
    }
    // The offset is where the parser gave up: after the second comma here.
    const auto result = sessionFromJsonBytes(R"({"format": "paceline-session",, })");
    EXPECT_TRUE(result.errorMessage().startsWith(QStringLiteral("malformed JSON at byte 31")))
        << str(result.errorMessage());
}

TEST(SessionJsonErrors, TheDocumentMustBeAnObject)
{
    expectError("[1, 2]", "the JSON is not an object: a session is one JSON object");
}
