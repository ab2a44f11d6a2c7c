// The examples from the issue, with the trees they mean built by hand, and the
// example library: every line reads and writes back exactly as typed.

#include "StepTrees.h"
#include "core/io/ExampleSessions.h"
#include "core/io/SessionNotation.h"

#include <gtest/gtest.h>

using namespace paceline;
using namespace paceline::trees;

namespace {

struct Example {
    const char* text;
    StepTree tree;
};

std::vector<Example> issueExamples()
{
    const PaceZone E = PaceZone::Easy;
    return {
        {"wu 15min @E; 4x100m strides / 60s walk; 8x400m @I / 90s jog; 2x200m @E; cd 10min @E",
         {
             node(step(StepKind::WarmUp, minutes(15), E)),
             repeat(4, {node(step(StepKind::Strides, metres(100))), node(walk(seconds(60)))}),
             repeat(8, {node(work(metres(400), PaceZone::Interval)), node(jog(seconds(90)))}),
             repeat(2, {node(work(metres(200), E))}),
             node(step(StepKind::CoolDown, minutes(10), E)),
         }},
        {"wu 20min @E; 3x(6min @race / 2min @easy; 1min @surge / 2min @easy); 5min @race; "
         "cd 15min",
         {
             node(step(StepKind::WarmUp, minutes(20), E)),
             repeat(3, {pair(work(minutes(6), PaceZone::RotationRace),
                             recovery(minutes(2), {}, PaceZone::RotationEasy)),
                        pair(work(minutes(1), PaceZone::RotationSurge),
                             recovery(minutes(2), {}, PaceZone::RotationEasy))}),
             node(work(minutes(5), PaceZone::RotationRace)),
             node(step(StepKind::CoolDown, minutes(15))),
         }},
        {"wu 2km @E; 5x1km @T / 60s jog; cd 2km @E",
         {
             node(step(StepKind::WarmUp, metres(2000), E)),
             repeat(5, {node(work(metres(1000), PaceZone::Threshold)), node(jog(seconds(60)))}),
             node(step(StepKind::CoolDown, metres(2000), E)),
         }},
        {"10min @E; 6x(200m @R / 200m jog); 10min @E",
         {
             node(work(minutes(10), E)),
             repeat(6, {pair(work(metres(200), PaceZone::Repetition), jog(metres(200)))}),
             node(work(minutes(10), E)),
         }},
        {"bike 60min @rpe5; run 20min @M",
         {
             node(inSport(work(minutes(60), RpeTarget{5.0}), Sport::Bike)),
             node(inSport(work(minutes(20), PaceZone::Marathon), Sport::Run)),
         }},
    };
}

// A copy of the lines in core/io/ExampleSessions.cpp, in order. The copy is checked
// against exampleSessions() below, so it cannot drift from the real list unnoticed.
const char* const kLibraryNotations[] = {
    "wu 15min @E; drills 5min; 4x100m strides / 60s walk; 8x400m @I / 90s jog; "
    "2x200m @E / 200m jog; cd 10min @E",
    "wu 20min @E; 4x100m strides / 60s walk; 3x(6min @race / 2min @easy; 1min @surge / "
    "2min @easy); 5min @race; jog 5min; cd 10min @E",
    "wu 15min @E; 4x100m strides / 60s walk; 400m @T / 90s jog; 800m @T / 2min jog; "
    "1200m @I / 3min jog; 800m @I / 2min jog; 2x200m @E / 200m jog; cd 10min @E",
    "wu 2km @E; 5x1km @T / 60s jog; jog 5min; cd 2km @E",
    "wu 15min @E; drills 5min; 8x15s @R / 90s walk; jog 5min @E; cd 10min @E",
    "10min @E; 6x(200m @R / 200m jog); 10min @E",
    "bike 60min @rpe5; run 20min @M",
    "run 30min @E",
    "wu 10min @E; 70min @E; 15min @M; cd 5min @E",
};

} // namespace

TEST(NotationExamples, IssueExamplesReadAsTheTreesTheyDescribe)
{
    for (const Example& example : issueExamples()) {
        const auto parsed = parseSessionNotation(QString::fromUtf8(example.text));
        ASSERT_TRUE(parsed.ok()) << example.text << ": " << str(parsed.errorMessage());
        EXPECT_EQ(*parsed, example.tree) << example.text;
    }
}

TEST(NotationExamples, IssueExamplesWriteBackExactly)
{
    for (const Example& example : issueExamples())
        EXPECT_EQ(str(formatSessionNotation(example.tree)), example.text);
}

TEST(NotationExamples, LibraryLinesReadAndWriteBackExactly)
{
    for (const char* text : kLibraryNotations) {
        const auto parsed = parseSessionNotation(QString::fromUtf8(text));
        ASSERT_TRUE(parsed.ok()) << text << ": " << str(parsed.errorMessage());
        EXPECT_EQ(str(formatSessionNotation(*parsed)), text);
    }
}

TEST(NotationExamples, LibraryCopyMatchesExampleSessions)
{
    const auto sessions = exampleSessions();
    ASSERT_EQ(sessions.size(), std::size(kLibraryNotations))
        << "an example failed to parse and was skipped, or the copy above is out of date";
    for (size_t index = 0; index < sessions.size(); ++index) {
        EXPECT_EQ(str(formatSessionNotation(sessions[index].steps)), kLibraryNotations[index])
            << str(sessions[index].name);
    }
}

TEST(NotationExamples, ProgressiveLadderKeepsEachRecoveryWithItsRep)
{
    // "400m @T / 90s jog; ...; jog 5min": a recovery typed after '/' belongs to its rep,
    // one typed on its own is a step of its own, and both write back as typed.
    const auto parsed =
        parseSessionNotation(QStringLiteral("400m @T / 90s jog; 800m @T / 2min jog; jog 5min"));
    ASSERT_TRUE(parsed.ok()) << str(parsed.errorMessage());
    const StepTree expected{
        pair(work(metres(400), PaceZone::Threshold), jog(seconds(90))),
        pair(work(metres(800), PaceZone::Threshold), jog(minutes(2))),
        node(jog(minutes(5))),
    };
    EXPECT_EQ(*parsed, expected);
}
