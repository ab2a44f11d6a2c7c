// Writing a tree and reading it back gives the same tree; reading a line and writing it
// gives a line that reads back the same; and no input crashes or hangs the parser.

#include "RandomTrees.h"
#include "StepTrees.h"
#include "core/io/SessionNotation.h"

#include <gtest/gtest.h>

using namespace paceline;
using namespace paceline::trees;

namespace {

constexpr int kGeneratedTrees = 3000;

void expectTreeRoundTrip(const StepTree& tree)
{
    const QString text = formatSessionNotation(tree);
    const auto parsed = parseSessionNotation(text);
    ASSERT_TRUE(parsed.ok()) << str(text) << "\n" << str(parsed.errorMessage());
    EXPECT_EQ(*parsed, tree) << str(text);
}

/// parse(format(parse(t))) == parse(t), for any line that parses.
void expectLineRoundTrip(const QString& line)
{
    const auto first = parseSessionNotation(line);
    if (!first.ok())
        return;
    const QString written = formatSessionNotation(*first);
    const auto second = parseSessionNotation(written);
    ASSERT_TRUE(second.ok()) << str(line) << " -> " << str(written) << "\n"
                             << str(second.errorMessage());
    EXPECT_EQ(*second, *first) << str(line) << " -> " << str(written);
    EXPECT_EQ(formatSessionNotation(*second), written) << "the written form is a fixed point";
}

} // namespace

TEST(NotationRoundTrip, HandWrittenTrees)
{
    const std::vector<StepTree> trees{
        {node(step(StepKind::WarmUp, minutes(15), PaceZone::Easy))},
        {node(jog(minutes(5))), node(walk(seconds(45))), node(recovery(seconds(30)))},
        {node(step(StepKind::Rest)), node(step(StepKind::Strides)), node(work({}))},
        {repeat(3, {node(work(metres(1000), pacePerKm(235))), node(jog(seconds(90)))},
                walk(minutes(3)))},
        {repeat(2, {repeat(4, {pair(work(metres(300), PaceZone::Repetition), jog(metres(300)))}),
                    node(work(metres(1600), HeartRateRange{160, 170}))})},
        {node(inSport(work(metres(1500), RpeTarget{6.5}), Sport::Swim)),
         node(inSport(step(StepKind::WarmUp, minutes(10)), Sport::Bike)),
         node(inSport(work(minutes(40), HeartRateRange{140, 140}), Sport::Bike)),
         node(inSport(work(metres(5000), PaceZone::Marathon), Sport::Run))},
        {repeat(1, {node(work(minutes(1)))}), repeat(1, {node(jog(minutes(1)))}),
         repeat(1, {node(work(minutes(1))), node(work(minutes(2)))})},
        // A group whose second child is a recovery but whose first is a group.
        {repeat(2, {repeat(2, {node(work(metres(200)))}), node(jog(metres(200)))})},
        // A between-sets step of a kind a recovery does not default to.
        {repeat(3, {node(work(minutes(3)))}, work(minutes(1), PaceZone::Easy))},
        {repeat(3, {node(work(minutes(3)))}, inSport(work({}), Sport::Bike))},
        {repeat(3, {node(work(minutes(3)))}, recovery({}))},
        {repeat(3, {node(work(minutes(3)))}, inSport(recovery({}), Sport::Bike))},
    };
    for (const StepTree& tree : trees)
        expectTreeRoundTrip(tree);
}

TEST(NotationRoundTrip, GeneratedTrees)
{
    RandomTrees random(20261127);
    for (int index = 0; index < kGeneratedTrees; ++index) {
        SCOPED_TRACE(index);
        expectTreeRoundTrip(random.tree());
        if (::testing::Test::HasFailure())
            return; // one clear failure beats thousands
    }
}

TEST(NotationRoundTrip, LinesInOtherFormsReadBackTheSame)
{
    for (const char* line : {
             "warmup 15min @e; 4 x 100 m strides/60 s walk; 8x400m @i / jog 90s; cooldown 10min",
             "2x(3x(200m @r / 200m jog)) // 4min walk; 1.5km @3:55-3:50/km",
             "1:05:00 @hr140-150; 0.5mi @rpe7.5; 2.5min rest; 12.5s @R",
             "bike wu 10min; 90min bike @rpe6; run 10km @M",
             "4xstrides / walk; 10x(30s @R / 30s stand) // 3min jog @easy",
         }) {
        expectLineRoundTrip(QString::fromUtf8(line));
    }
}

TEST(NotationRoundTrip, LongLinesReadInOnePass)
{
    const int steps = 20000;
    const QString line =
        QStringLiteral("8x400m @I / 90s jog; ").repeated(steps - 1) + QStringLiteral("cd 10min @E");
    const auto parsed = parseSessionNotation(line);
    ASSERT_TRUE(parsed.ok()) << str(parsed.errorMessage());
    EXPECT_EQ(parsed->size(), size_t(steps));
    EXPECT_EQ(formatSessionNotation(*parsed), line);
}

TEST(NotationRoundTrip, MangledLinesNeverCrashAndPointInsideTheLine)
{
    // A deterministic stand-in for the fuzzer: cut, splice and corrupt real lines.
    const QStringList seeds{
        QStringLiteral("wu 15min @E; 4x100m strides / 60s walk; 8x400m @I / 90s jog; cd 10min @E"),
        QStringLiteral("wu 20min @E; 3x(6min @race / 2min @easy; 1min @surge / 2min @easy)"),
        QStringLiteral("2x(4x300m @3:50-3:55/km / 300m jog) // 4min walk; 1:05:00 @hr150-160"),
        QStringLiteral("bike 60min @rpe5.5; run 20min @6:20/mi; 10x15s @R / 45s stand"),
    };
    const QString alphabet = QStringLiteral("0123456789:;@/()x.- mkhsirpeEMTIRjogwalk\u00d7#");
    std::uint64_t state = 99;
    const auto roll = [&state](int bound) {
        state = state * 6364136223846793005ULL + 1442695040888963407ULL;
        return int((state >> 33) % std::uint64_t(bound));
    };
    for (int round = 0; round < 20000; ++round) {
        QString line = seeds[roll(int(seeds.size()))];
        const int edits = 1 + roll(4);
        for (int edit = 0; edit < edits; ++edit) {
            const int at = roll(int(line.size()) + 1);
            switch (roll(3)) {
            case 0:
                line.insert(at, alphabet[roll(int(alphabet.size()))]);
                break;
            case 1:
                line.remove(at, 1 + roll(3));
                break;
            default:
                line.insert(at, seeds[roll(int(seeds.size()))].mid(roll(20), roll(12)));
                break;
            }
        }
        const auto result = parseSessionNotation(line);
        if (!result.ok()) {
            ASSERT_GE(result.error().column, 1) << str(line);
            ASSERT_LE(result.error().column, line.size() + 1) << str(line);
            ASSERT_FALSE(result.error().message.isEmpty()) << str(line);
        } else {
            expectLineRoundTrip(line);
            if (::testing::Test::HasFailure())
                return;
        }
    }
}
