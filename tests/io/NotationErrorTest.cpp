// Every kind of mistake is reported at the column of the offending character, saying
// what was expected there.

#include "StepTrees.h"
#include "core/io/SessionNotation.h"

#include <gtest/gtest.h>

using namespace paceline;

namespace {

struct BadLine {
    const char* text;
    int column;
    const char* says;
};

void expectError(const BadLine& line)
{
    const auto result = parseSessionNotation(QString::fromUtf8(line.text));
    ASSERT_FALSE(result.ok()) << "'" << line.text << "' was accepted";
    const NotationError& error = result.error();
    EXPECT_EQ(error.column, line.column) << line.text << ": " << str(error.message);
    EXPECT_TRUE(error.message.startsWith(QStringLiteral("column %1: ").arg(line.column)))
        << str(error.message);
    EXPECT_TRUE(error.message.contains(QString::fromUtf8(line.says)))
        << line.text << ": " << str(error.message) << "\n  should say: " << line.says;
}

void expectErrors(std::initializer_list<BadLine> lines)
{
    for (const BadLine& line : lines)
        expectError(line);
}

} // namespace

TEST(NotationErrors, EmptyLinesAndSteps)
{
    expectErrors({
        {"", 1, "the line is empty"},
        {"   ", 1, "the line is empty"},
        {"wu 15min;; cd 10min", 10, "expected a step: an amount such as 400m"},
        {"wu 15min; ; cd 10min", 11, "found ';'"},
        {"wu 15min;", 10,
         "expected a step: an amount such as 400m, 2km, 1mi, 90s, 15min or 1:30, "
         "or a kind such as wu or strides, found the end of the line"},
        {"3x()", 4, "expected a step"},
    });
}

TEST(NotationErrors, KindsAndWords)
{
    expectErrors({
        {"warm 15min", 1, "unknown kind 'warm': expected one of wu, work, rec, cd, strides"},
        {"15min easy", 7, "unknown kind 'easy'"},
        {"wu cd 10min", 4, "a step has one kind, found a second one, 'cd'"},
        {"jog 5min walk", 10, "a step has one recovery mode"},
        {"bike swim 5min", 6, "a step has one sport"},
    });
}

TEST(NotationErrors, Amounts)
{
    expectErrors({
        {"8x @I", 4, "expected a step: an amount such as 400m"},
        {"wu 15min; @T", 11, "expected a step"},
        {"wu 15min @E; x400m", 14,
         "expected a step: an amount such as 400m, 2km, 1mi, 90s, "
         "15min or 1:30, or a kind such as wu or strides, found 'x'"},
        {"400 @I", 5, "expected a unit after '400' (m, km, mi, s, min or h), found '@'"},
        {"400yd", 4, "unknown unit 'yd': expected m, km, mi, s, min or h"},
        {"wu 4x400m", 4, "a count goes before the step's words, as in 4x bike 5min"},
        {"swim 10x100m", 6, "a count goes before the step's words"},
        {"400m / 4x60s jog", 8, "a recovery has no count of its own"},
        {"1:75", 3, "minutes and seconds after ':' go up to 59, found '75'"},
        {"1:5", 3, "expected two digits after ':'"},
        {"1:", 3, "expected two digits after ':'"},
        {"1:00:00:00", 8, "a time has at most two ':'"},
        {"1.5:30", 1, "only the seconds may have a fraction"},
        {"0m", 1, "a distance must be more than zero"},
        {"0:00", 1, "a duration must be more than zero"},
        {"2000km", 1, "a distance must be at most 1000km"},
        {"49h", 1, "a duration must be at most 48h"},
        {"99999999999999999999999999999999999999m", 1, "at most 1000km"},
        {"400m 200m", 6, "expected ';' between steps or the end of the line, found '200'"},
        {"1.km", 2, "found '.'"},
    });
}

TEST(NotationErrors, Intensities)
{
    expectErrors({
        {"400m @X", 7,
         "unknown intensity 'X': expected a zone (E, M, T, I, R, race, surge, "
         "easy), a pace such as 3:55/km or 3:50-3:55/km, a heart rate such as "
         "hr150-160, or an effort such as rpe7"},
        {"400m @x", 7, "unknown intensity 'x'"},
        {"400m @Z2", 7, "unknown intensity 'Z'"},
        {"400m @", 7, "expected an intensity: a zone (E, M"},
        {"400m @@E", 7, "expected an intensity"},
        {"1km @3:75/km", 8, "go up to 59"},
        {"1km @3:55", 10, "expected /km or /mi after the pace, found the end of the line"},
        {"1km @3:55/yd", 11, "expected km or mi after the pace's '/', found 'yd'"},
        {"1km @4/km", 6, "expected a pace written m:ss per km or mile, such as 3:55/km, found '4'"},
        {"1km @3:55-/km", 11, "expected a pace written m:ss"},
        {"1km @0:20/km", 6, "a pace must be between 0:30/km and 60:00/km"},
        {"1km @3:50-61:00/km", 11, "a pace must be between"},
        {"1km @3:55:10/km", 10, "a pace has one ':'"},
        {"10min @hr300", 10,
         "a heart rate must be a whole number of beats per minute from 25 to "
         "250, found '300'"},
        {"10min @hr20-150", 10, "from 25 to 250, found '20'"},
        {"10min @hr150.5", 10, "a heart rate must be a whole number"},
        {"10min @hr160-150", 10,
         "a heart-rate range goes from low to high, as in hr150-160, "
         "found hr160-150"},
        {"10min @hr", 10, "expected a heart rate such as hr150-160, found the end of the line"},
        {"10min @hr150-", 14, "expected a heart rate"},
        {"10min @rpe11", 11, "an RPE goes from 0 to 10, found '11'"},
        {"10min @rpe10.5", 11, "an RPE goes from 0 to 10"},
        {"10min @rpe", 11, "expected an effort from 0 to 10 such as rpe7"},
    });
}

TEST(NotationErrors, Counts)
{
    expectErrors({
        {"0x400m", 1, "a count must be a whole number from 1 to 100, found '0'"},
        {"101x400m", 1, "a count must be a whole number from 1 to 100, found '101'"},
        {"99999999999999999999999x400m", 1, "a count must be a whole number"},
        {"2.5x400m", 1, "a count must be a whole number"},
        {"wu 10min; 4x3x400m", 13, "a repeat inside a repeat goes in parentheses"},
    });
}

TEST(NotationErrors, ParenthesesRecoveriesAndTrailingText)
{
    expectErrors({
        {"3x(400m / 200m jog", 19,
         "expected ';' or ')' to close the '(' at column 3, found the "
         "end of the line"},
        {"3x(400m / 200m jog 5", 20, "expected ';' or ')' to close the '(' at column 3, found '5'"},
        {"400m)", 5, "')' without a matching '('"},
        {"3x(400m))", 9, "')' without a matching '('"},
        {"(400m)", 1, "expected a step"},
        {"wu 15min @E xyz", 13, "expected ';' between steps or the end of the line, found 'xyz'"},
        {"wu 15min @E #", 13, "found '#'"},
        {"wu 15min @E; cd 10min @E;;", 26, "expected a step"},
        {"8x400m @I /", 12,
         "expected a recovery such as 90s jog, 60s walk, 2min rest or 2min "
         "@easy, found the end of the line"},
        {"8x400m @I / ; cd 10min", 13, "expected a recovery"},
        {"8x400m @I / @easy", 13, "expected a recovery"},
        {"400m / 90s jog / 60s walk", 16, "expected ';' between steps"},
        {"400m // 90s jog", 6, "'//' puts a recovery between the sets of a repeat"},
        {"400m / 90s jog // 90s jog", 16, "'//' puts a recovery between the sets"},
        {"3x(400m) / 90s jog", 10, "a recovery after ')' goes inside the parentheses"},
        {"3x400m //", 10, "expected a recovery"},
    });
}

TEST(NotationErrors, NestingIsBounded)
{
    expectError({"2x(2x(2x(2x(2x(2x(2x(2x(2x100m))))))))", 25, "repeats nest at most 8 deep"});
    // A step with its recovery is a group too: eight groups around it would make nine,
    // which the session JSON (and so a saved session) could not hold.
    expectError({"2x(2x(2x(2x(2x(2x(2x(2x(100m / 60s jog))))))))", 25,
                 "repeats nest at most 8 deep, and a step with its recovery"});
    EXPECT_TRUE(parseSessionNotation(u"2x(2x(2x(2x(2x(2x(2x(2x100m / 60s jog)))))))").ok());
    // Far deeper than the limit: refused at the limit, without recursing further.
    const QString deep = QStringLiteral("2x(").repeated(100000) + QStringLiteral("100m") +
                         QStringLiteral(")").repeated(100000);
    const auto result = parseSessionNotation(deep);
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().column, 25);
}

TEST(NotationErrors, CharactersBeyondTheBasicPlaneAreQuotedWhole)
{
    // An emoji is two UTF-16 code units; quoting only the first would put half a
    // character (shown as '?') in the message.
    expectError({"wu 15min \xF0\x9F\x98\x80", 10, "found '\xF0\x9F\x98\x80'"});
}
