// readWeekFile: the documented example reads into plan days with provisional ids, and
// every kind of error names its JSON path (and the notation's column).

#include "core/io/WeekFile.h"

#include "core/io/SessionNotation.h"

#include <QSet>

#include <gtest/gtest.h>

using namespace paceline;

namespace {

// The example of docs/week-json.md.
const char kGoodWeek[] = R"({
  "format": "paceline-week",
  "version": 1,
  "start": "2026-11-23",
  "athlete": {"race": {"distance_m": 5000, "time_s": 1200}, "max_hard_sessions": 2},
  "days": [
    {"rest": true},
    {"sessions": ["wu 15min @E; 8x400m @I / 90s jog; cd 10min @E"]},
    {"sessions": ["run 40min @E"]},
    {"sessions": [{"name": "Cruise intervals", "sport": "run", "purpose": "threshold",
                   "notes": "Controlled.", "notation": "wu 2km @E; 5x1km @T / 60s jog; cd 2km @E"}]},
    {},
    {"sessions": [{"name": "Brick", "sport": "brick", "notation": "bike 60min @rpe5; run 20min @M"},
                  "swim 30min @rpe4"]},
    {"sessions": ["90min @E"]}
  ]
})";

QByteArray withDays(const char* days)
{
    return QByteArray(
               R"({"format": "paceline-week", "version": 1, "start": "2026-11-23", "days": )") +
           days + "}";
}

void collectIds(const StepTree& tree, std::vector<qint64>& ids)
{
    for (const StepNode& node : tree) {
        if (node.isStep()) {
            ids.push_back(node.step().id.value);
            continue;
        }
        ids.push_back(node.group().id.value);
        collectIds(node.group().children, ids);
        if (node.group().recoveryBetweenSets)
            ids.push_back(node.group().recoveryBetweenSets->id.value);
    }
}

} // namespace

TEST(WeekFile, ReadsTheDocumentedExample)
{
    auto week = readWeekFile(kGoodWeek);
    ASSERT_TRUE(week.ok()) << week.errorMessage().toStdString();
    ASSERT_EQ(week->days.size(), 7u);
    ASSERT_TRUE(week->race.has_value());
    EXPECT_EQ(week->race->distance.metres, 5000.0);
    EXPECT_EQ(week->race->time.seconds, 1200.0);
    EXPECT_EQ(week->maxHardSessionsPerWeek, 2);

    for (size_t i = 0; i < week->days.size(); ++i)
        EXPECT_EQ(week->days[i].date, QDate(2026, 11, 23).addDays(qint64(i)));
    EXPECT_TRUE(week->days[0].rest);
    EXPECT_TRUE(week->days[0].sessions.empty());
    EXPECT_FALSE(week->days[4].rest);
    EXPECT_TRUE(week->days[4].sessions.empty());

    const PlannedSession& intervals = week->days[1].sessions.at(0);
    EXPECT_EQ(intervals.id.value, 1);
    EXPECT_EQ(intervals.sport, Sport::Run);
    EXPECT_EQ(intervals.name, QStringLiteral("wu 15min @E; 8x400m @I / 90s jog; …"));
    EXPECT_EQ(formatSessionNotation(intervals.steps),
              QStringLiteral("wu 15min @E; 8x400m @I / 90s jog; cd 10min @E"));

    const PlannedSession& cruise = week->days[3].sessions.at(0);
    EXPECT_EQ(cruise.name, QStringLiteral("Cruise intervals"));
    EXPECT_EQ(cruise.purpose, Purpose::Threshold);
    EXPECT_EQ(cruise.notes, QStringLiteral("Controlled."));

    const auto& saturday = week->days[5].sessions;
    ASSERT_EQ(saturday.size(), 2u);
    EXPECT_EQ(saturday[0].sport, Sport::Brick);
    EXPECT_EQ(saturday[1].sport, Sport::Swim); // from the notation's sport word
    EXPECT_EQ(saturday[1].orderInDay, 1);
    EXPECT_EQ(saturday[1].date, QDate(2026, 11, 28));
    EXPECT_EQ(week->days[6].sessions.at(0).id.value, 6);
}

TEST(WeekFile, StepIdsAreUniqueAcrossTheFile)
{
    auto week = readWeekFile(kGoodWeek);
    ASSERT_TRUE(week.ok());
    std::vector<qint64> ids;
    for (const PlanDay& day : week->days)
        for (const PlannedSession& session : day.sessions)
            collectIds(session.steps, ids);
    QSet<qint64> distinct(ids.begin(), ids.end());
    EXPECT_EQ(qsizetype(ids.size()), distinct.size());
    EXPECT_FALSE(distinct.contains(0));
}

TEST(WeekFile, BrickFromBareNotation)
{
    auto week = readWeekFile(withDays(R"([{"sessions": ["bike 60min @rpe5; run 20min @M"]}])"));
    ASSERT_TRUE(week.ok()) << week.errorMessage().toStdString();
    EXPECT_EQ(week->days[0].sessions[0].sport, Sport::Brick);
    EXPECT_FALSE(week->race.has_value());
    EXPECT_EQ(week->maxHardSessionsPerWeek, 3);
}

struct BadWeek {
    QByteArray json;
    const char* expected; ///< the start of the message
};

class WeekFileError : public ::testing::TestWithParam<BadWeek> {};

TEST_P(WeekFileError, NamesWhereAndWhat)
{
    auto week = readWeekFile(GetParam().json);
    ASSERT_FALSE(week.ok()) << GetParam().json.toStdString();
    EXPECT_TRUE(week.errorMessage().startsWith(QString::fromUtf8(GetParam().expected)))
        << week.errorMessage().toStdString();
}

INSTANTIATE_TEST_SUITE_P(
    EveryError, WeekFileError,
    ::testing::Values(
        BadWeek{"{\"format\": ", "malformed JSON at byte"},
        BadWeek{"[1, 2]", "the JSON is not an object"},
        BadWeek{R"({"format": "paceline-session", "version": 1})",
                "format: this is not a Paceline week"},
        BadWeek{R"({"format": "paceline-week", "version": 2})", "version: 2 is newer"},
        BadWeek{R"({"format": "paceline-week", "version": "1"})", "version: must be 1"},
        BadWeek{R"({"format": "paceline-week", "version": 1, "strat": "2026-11-23"})",
                "strat: unknown key"},
        BadWeek{R"({"format": "paceline-week", "version": 1, "days": []})", "start: missing"},
        BadWeek{R"({"format": "paceline-week", "version": 1, "start": "2026-02-30", "days": []})",
                "start: '2026-02-30' is not a date"},
        BadWeek{R"({"format": "paceline-week", "version": 1, "start": "2026-11-23"})",
                "days: missing"},
        BadWeek{withDays("[]"), "days: must be an array of 1 to 84 days"},
        BadWeek{withDays("{}"), "days: must be an array"},
        BadWeek{withDays("[{}, 3]"), "days[1]: must be an object"},
        BadWeek{withDays(R"([{"rest": "yes"}])"), "days[0].rest: must be true or false"},
        BadWeek{withDays(R"([{"rest": true, "sessions": ["30min @E"]}])"),
                "days[0]: a rest day has no sessions"},
        BadWeek{withDays(R"([{"sesions": []}])"), "days[0].sesions: unknown key"},
        BadWeek{withDays(R"([{"sessions": "30min @E"}])"), "days[0].sessions: must be an array"},
        BadWeek{withDays(R"([{}, {}, {}, {"sessions": ["30min @E", "8x400m @X"]}])"),
                "days[3].sessions[1]: column 9: unknown intensity 'X'"},
        BadWeek{withDays(R"([{"sessions": [42]}])"), "days[0].sessions[0]: must be a session"},
        BadWeek{withDays(R"([{"sessions": [{"name": "A"}]}])"),
                "days[0].sessions[0].notation: missing"},
        BadWeek{withDays(R"([{"sessions": [{"notation": "30min @E", "sport": "ski"}]}])"),
                "days[0].sessions[0].sport: must be one of"},
        BadWeek{withDays(R"([{"sessions": [{"notation": "30min @E", "purpose": "fun"}]}])"),
                "days[0].sessions[0].purpose: must be one of"},
        BadWeek{withDays(R"([{"sessions": [{"notation": "30min @Q"}]}])"),
                "days[0].sessions[0].notation: column 8: unknown intensity 'Q'"},
        BadWeek{withDays(R"([{"sessions": [{"notation": "30min", "colour": "red"}]}])"),
                "days[0].sessions[0].colour: unknown key"},
        BadWeek{R"({"format": "paceline-week", "version": 1, "start": "2026-11-23",
                    "athlete": {"race": {"distance_m": -5, "time_s": 1200}}, "days": [{}]})",
                "athlete.race.distance_m: must be a positive number"},
        BadWeek{R"({"format": "paceline-week", "version": 1, "start": "2026-11-23",
                    "athlete": {"race": {"distance_m": 5000}}, "days": [{}]})",
                "athlete.race.time_s: must be a positive number"},
        BadWeek{R"({"format": "paceline-week", "version": 1, "start": "2026-11-23",
                    "athlete": {"max_hard_sessions": 9}, "days": [{}]})",
                "athlete.max_hard_sessions: must be"},
        BadWeek{R"({"format": "paceline-week", "version": 1, "start": "2026-11-23",
                    "athlete": {"vdot": 50}, "days": [{}]})",
                "athlete.vdot: unknown key"}));
