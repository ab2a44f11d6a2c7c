// The standard races and the names people type for them.

#include "core/science/RaceDistances.h"

#include <gtest/gtest.h>

#include <ostream>
#include <string>

using namespace paceline;

TEST(RaceDistances, StandardRacesShortestFirst)
{
    // A mile is 1609.344 m exactly (international yard, 1959); the marathon is
    // 42.195 km (IAAF, since 1921) and the half is exactly half of it.
    const auto races = standardRaces();
    ASSERT_EQ(races.size(), 8u);
    const std::pair<std::string, double> expected[] = {
        {"1500m", 1500.0}, {"mile", 1609.344}, {"3k", 3000.0},    {"5k", 5000.0},
        {"10k", 10000.0},  {"15k", 15000.0},   {"half", 21097.5}, {"marathon", 42195.0},
    };
    for (std::size_t i = 0; i < races.size(); ++i) {
        EXPECT_EQ(races[i].name, expected[i].first);
        EXPECT_EQ(races[i].distance.metres, expected[i].second) << races[i].name;
    }
}

TEST(RaceDistances, CanonicalNamesGiveTheirDistance)
{
    for (const StandardRace& race : standardRaces()) {
        const auto distance = standardRaceDistance(QString::fromLatin1(race.name));
        ASSERT_TRUE(distance.has_value()) << race.name;
        // Exact: the CLI compares a parsed distance with standardRaces() by ==.
        EXPECT_EQ(*distance, race.distance) << race.name;
    }
}

struct Spelling {
    const char* text;
    double metres;
};

void PrintTo(const Spelling& spelling, std::ostream* out)
{
    *out << '"' << spelling.text << '"';
}

class RaceSpellings : public ::testing::TestWithParam<Spelling> {};

TEST_P(RaceSpellings, AreUnderstood)
{
    const auto distance = standardRaceDistance(QString::fromUtf8(GetParam().text));
    ASSERT_TRUE(distance.has_value()) << GetParam().text;
    EXPECT_EQ(distance->metres, GetParam().metres) << GetParam().text;
}

INSTANTIATE_TEST_SUITE_P(
    RaceDistances, RaceSpellings,
    ::testing::Values(Spelling{"5K", 5000.0}, Spelling{"5km", 5000.0}, Spelling{"5 km", 5000.0},
                      Spelling{"5000m", 5000.0}, Spelling{"  10k  ", 10000.0},
                      Spelling{"10KM", 10000.0}, Spelling{"1500", 1500.0}, Spelling{"1.5k", 1500.0},
                      Spelling{"Mile", 1609.344}, Spelling{"1mi", 1609.344},
                      Spelling{"3000m", 3000.0}, Spelling{"15k", 15000.0},
                      Spelling{"HALF", 21097.5}, Spelling{"half-marathon", 21097.5},
                      Spelling{"Half Marathon", 21097.5}, Spelling{"half_marathon", 21097.5},
                      Spelling{"HM", 21097.5}, Spelling{"21.1k", 21097.5},
                      Spelling{"21.1km", 21097.5}, Spelling{"Marathon", 42195.0},
                      Spelling{"full marathon", 42195.0}, Spelling{"42.195k", 42195.0},
                      Spelling{"42.2km", 42195.0}));

class NotRaces : public ::testing::TestWithParam<const char*> {};

TEST_P(NotRaces, AreRejected)
{
    EXPECT_FALSE(standardRaceDistance(QString::fromUtf8(GetParam())).has_value())
        << "'" << GetParam() << "'";
}

INSTANTIATE_TEST_SUITE_P(
    RaceDistances, NotRaces,
    // Distances the tables do not have, near misses, and text that only looks like a
    // race once non-ASCII letters are dropped ("5ｋ" is a full-width k).
    ::testing::Values("", "   ", "-", "6k", "8k", "1600m", "2 mile", "10 miles", "k5", "5kk",
                      "1500mm", "marathon2", "ultra", "halfmarathonx", "21k", "42k",
                      "half marathon!", "5ｋ", "mara thon x"));
