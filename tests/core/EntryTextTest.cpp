#include "core/model/EntryText.h"

#include "core/model/TimeText.h"

#include <gtest/gtest.h>

using namespace paceline;

namespace {

double metres(const char* text)
{
    const auto result = parseDistance(QString::fromUtf8(text));
    EXPECT_TRUE(result.ok()) << text << ": " << result.errorMessage().toStdString();
    return result.ok() ? result.value().metres : -1.0;
}

/// Splits read from text match `expected` seconds (to rounding: "1:32.4" is 60 + 32.4).
void expectSplits(const char* text, const std::vector<double>& expected)
{
    const auto result = parseSplits(QString::fromUtf8(text));
    ASSERT_TRUE(result.ok()) << text << ": " << result.errorMessage().toStdString();
    const std::vector<Duration>& splits = result.value();
    ASSERT_EQ(splits.size(), expected.size()) << text;
    for (size_t index = 0; index < splits.size(); ++index)
        EXPECT_NEAR(splits[index].seconds, expected[index], 1e-9) << text << " split " << index;
}

QString splitsError(const char* text)
{
    const auto result = parseSplits(QString::fromUtf8(text));
    EXPECT_FALSE(result.ok()) << text;
    return result.ok() ? QString() : result.errorMessage();
}

} // namespace

// The rep table reads times with parseDuration: the issue names these four forms.
TEST(EntryTimes, TheFormsTheIssueNames)
{
    for (const auto& [text, seconds] : std::vector<std::pair<const char*, double>>{
             {"92.4", 92.4}, {"1:32", 92.0}, {"1:32.4", 92.4}, {"0:01:32", 92.0}}) {
        const auto result = parseDuration(QString::fromUtf8(text));
        ASSERT_TRUE(result.ok()) << text;
        EXPECT_DOUBLE_EQ(result.value().seconds, seconds) << text;
    }
}

TEST(ParseDistance, PlainNumbersAreMetres)
{
    EXPECT_DOUBLE_EQ(metres("400"), 400.0);
    EXPECT_DOUBLE_EQ(metres("1609.3"), 1609.3);
    EXPECT_DOUBLE_EQ(metres(" 200 "), 200.0);
    EXPECT_DOUBLE_EQ(metres("0"), 0.0);
}

TEST(ParseDistance, UnitsInAnyCase)
{
    EXPECT_DOUBLE_EQ(metres("400m"), 400.0);
    EXPECT_DOUBLE_EQ(metres("400 m"), 400.0);
    EXPECT_DOUBLE_EQ(metres("1.2km"), 1200.0);
    EXPECT_DOUBLE_EQ(metres("1.2 KM"), 1200.0);
    EXPECT_DOUBLE_EQ(metres("1mi"), 1609.344);
    EXPECT_DOUBLE_EQ(metres("0.5Mi"), 804.672); // 0.5 x 1609.344
    EXPECT_DOUBLE_EQ(metres("1,5km"), 1500.0);  // decimal comma with a unit
}

TEST(ParseDistance, RejectsWithTheTextNamed)
{
    // "1,200" could be 1200 m or 1.2 m: refused rather than guessed.
    for (const char* bad : {"", "abc", "-400", "400 yd", "1,200", "1,2m", "4 00", "1e3", "km"}) {
        const auto result = parseDistance(QString::fromUtf8(bad));
        ASSERT_FALSE(result.ok()) << bad;
        EXPECT_TRUE(result.errorMessage().startsWith(
            QStringLiteral("'%1' is not a distance").arg(QString::fromUtf8(bad))))
            << result.errorMessage().toStdString();
    }
}

TEST(ParseDistance, AHugeNumberIsAnErrorNotInfinity)
{
    const QString digits(400, QLatin1Char('9'));
    EXPECT_FALSE(parseDistance(digits).ok());
}

TEST(ParseSplits, CommaSeparatedOnOneLine)
{
    expectSplits("92.1,91.4,90.8", {92.1, 91.4, 90.8});
    expectSplits("92.1, 91.4, 90.8,", {92.1, 91.4, 90.8});
    expectSplits("1:32,1:31.5", {92.0, 91.5});
}

TEST(ParseSplits, OnePerLineAsAWatchAppCopiesThem)
{
    expectSplits("1:32.4\n1:31.0\n1:30.2\n", {92.4, 91.0, 90.2});
    // Windows line endings and blank lines between.
    expectSplits("92.1\r\n\r\n91.4\r\n  \r\n90.8\r\n", {92.1, 91.4, 90.8});
    // On several lines a comma is a decimal comma.
    expectSplits("1:32,4\n1:31,6", {92.4, 91.6});
}

TEST(ParseSplits, SemicolonsTabsAndBlanks)
{
    expectSplits("92.1;91.4;90.8", {92.1, 91.4, 90.8});
    expectSplits("92.1\t91.4\t90.8", {92.1, 91.4, 90.8});
    expectSplits("92.1 91.4  90.8", {92.1, 91.4, 90.8});
    // With semicolons on one line, commas are decimal (a spreadsheet row in a
    // decimal-comma locale): 92,1 is 92.1 s, not two splits 92 and 1.
    expectSplits("92,1;91,4", {92.1, 91.4});
}

TEST(ParseSplits, TheErrorNamesTheSplitAndItsPosition)
{
    EXPECT_TRUE(splitsError("92.1,91.4,90.8,1:7x").startsWith(QStringLiteral("split 4 '1:7x'")));
    // Positions count splits, not lines: blank lines are not counted.
    EXPECT_TRUE(splitsError("92.1\n\nabc\n").startsWith(QStringLiteral("split 2 'abc'")));
    EXPECT_TRUE(splitsError("1:75").startsWith(QStringLiteral("split 1 '1:75'")));
}

TEST(ParseSplits, NothingToReadIsAnError)
{
    for (const char* empty : {"", "   ", "\n\r\n", ", ,"})
        EXPECT_TRUE(splitsError(empty).startsWith(QStringLiteral("no splits"))) << empty;
}
