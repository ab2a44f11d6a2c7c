// One row per bad value a person may pass to paceline-cli: each is refused with exit
// status 2, a message naming the option, the value and what is accepted, and nothing
// logged. docs/reliability.md's table of inputs points at these rows.

#include "LogTestSupport.h"

#include <QRegularExpression>

#include <gtest/gtest.h>

using namespace paceline::test;

namespace {

struct BadArguments {
    const char* name;
    QStringList arguments; ///< "DB" stands for a log holding one athlete
    const char* message;   ///< a part of the error the person reads
};

void PrintTo(const BadArguments& row, std::ostream* out)
{
    *out << row.name;
}

class BadArgument : public testing::TestWithParam<BadArguments> {};

TEST_P(BadArgument, IsRefusedWithItsValueNamedAndNothingLogged)
{
    const AthleteLog log;
    QStringList arguments = GetParam().arguments;
    arguments.replaceInStrings(QRegularExpression(QStringLiteral("^DB$")), log.path());
    const CliRun run = runCli(arguments);
    EXPECT_EQ(run.exitCode, 2) << run.out.toStdString();
    EXPECT_TRUE(run.err.startsWith(QStringLiteral("paceline-cli ") + arguments.first() + ": "))
        << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(QString::fromUtf8(GetParam().message))) << run.err.toStdString();
    EXPECT_EQ(sessionCount(log), 0);
}

QStringList args(std::initializer_list<const char*> texts)
{
    QStringList list;
    for (const char* text : texts)
        list << QString::fromUtf8(text);
    return list;
}

/// `log --db DB` with the workout, then `extra` (later options of the same name
/// would be repeats, so the rows give the whole command where they change one).
QStringList logWith(std::initializer_list<const char*> extra, const char* splits = nullptr,
                    const char* date = "2026-02-10")
{
    QStringList list = args({"log", "--db", "DB", "--date", date, "--text", "4x400m @I / 90s jog",
                             "--splits", splits ? splits : "80,81,82,83"});
    for (const char* text : extra)
        list << QString::fromUtf8(text);
    return list;
}

const QString kDigits400(400, QLatin1Char('9'));

const BadArguments kRows[] = {
    // zones (and advise, which shares the race options)
    {"ZonesTimeSecondsOver59", args({"zones", "--race", "5k", "--time", "5:70"}),
     "--time: '5:70' is not a time"},
    {"ZonesTimeHoursForA5k", args({"zones", "--race", "5k", "--time", "25:00:00"}),
     "slower than 20:00/km"},
    {"ZonesTimeFasterThanHumans", args({"zones", "--distance", "5000", "--time", "0:01"}),
     "faster than any human"},
    {"ZonesTimeNotANumber", args({"zones", "--race", "5k", "--time", "nan"}),
     "'nan' is not a time"},
    {"ZonesDistanceOverflows", args({"zones", "--distance", "1e400", "--time", "20:00"}),
     "--distance '1e400' is not a race distance in metres (400 to 300000)"},
    {"ZonesDistanceTrailingJunk", args({"zones", "--distance", "12km3", "--time", "20:00"}),
     "--distance '12km3'"},
    {"ZonesDistanceNegative", args({"zones", "--distance", "-5", "--time", "20:00"}),
     "--distance '-5'"},
    {"ZonesUnknownRace", args({"zones", "--race", "6k", "--time", "20:00"}), "unknown race '6k'"},
    {"ZonesUnits", args({"zones", "--race", "5k", "--time", "20:00", "--units", "furlong"}),
     "--units 'furlong' is not km or mi"},
    {"RepeatedOption", args({"zones", "--race", "5k", "--time", "20:00", "--time", "30:00"}),
     "--time is given 2 times ('20:00', '30:00'); give it once"},
    {"AdviseWeeklyKmOverflows", args({"advise", "--text", "8x400m @I", "--weekly-km", "1e400"}),
     "--weekly-km '1e400' is not a distance from 0 to 500 km"},
    // add-athlete
    {"AthleteMaxHeartRate400",
     args({"add-athlete", "--db", "DB", "--name", "Bo", "--max-hr", "400"}),
     "--max-hr '400' is not a whole number from 25 to 250"},
    {"AthleteRestingHeartRate0",
     args({"add-athlete", "--db", "DB", "--name", "Bo", "--resting-hr", "0"}),
     "--resting-hr '0' is not a whole number from 25 to 250"},
    {"AthleteHeartRateDecimal",
     args({"add-athlete", "--db", "DB", "--name", "Bo", "--max-hr", "180.5"}), "--max-hr '180.5'"},
    {"AthleteRestingNotBelowMax",
     args({"add-athlete", "--db", "DB", "--name", "Bo", "--max-hr", "150", "--resting-hr", "160"}),
     "resting heart rate 160 bpm must be below the maximum 150 bpm"},
    {"AthleteBlankName", args({"add-athlete", "--db", "DB", "--name", "   "}),
     "the athlete needs a name"},
    {"AthleteNameWithTab", args({"add-athlete", "--db", "DB", "--name", "Bo\tB"}),
     "type it on one line"},
    {"AthleteNameTooLong",
     {QStringLiteral("add-athlete"), QStringLiteral("--db"), QStringLiteral("DB"),
      QStringLiteral("--name"), QString(101, QLatin1Char('a'))},
     "the name has 101 characters; at most 100 fit"},
    {"AthleteDuplicateName", args({"add-athlete", "--db", "DB", "--name", "Ana"}),
     "already has an athlete named 'Ana'"},
    {"AthleteRaceTime",
     args({"add-athlete", "--db", "DB", "--name", "Bo", "--race", "5k", "--race-time", "5:70"}),
     "--race-time: '5:70' is not a time"},
    {"AthleteSex", args({"add-athlete", "--db", "DB", "--name", "Bo", "--sex", "x"}),
     "--sex 'x' is not one of"},
    {"AthleteSports", args({"add-athlete", "--db", "DB", "--name", "Bo", "--sports", "run,golf"}),
     "--sports: 'golf' is not one of"},
    // log: the day and time
    {"LogDateFebruary30", logWith({}, nullptr, "2026-02-30"),
     "--date '2026-02-30' is not a date (YYYY-MM-DD)"},
    {"LogDateYearOne", logWith({}, nullptr, "0001-02-10"),
     "--date '0001-02-10' is outside the years 1900-2100"},
    {"LogDateWithBlank", logWith({}, nullptr, " 2026-02-10"), "is not a date (YYYY-MM-DD)"},
    {"LogTimeOfDay25", logWith({"--time", "25:00"}), "--time '25:00' is not a time of day"},
    // log: the splits
    {"LogSplitsTooFew", logWith({}, "80,80,80"), "--splits has 3 times but"},
    {"LogSplitSecondsOver59", logWith({}, "80,80,80,1:75"), "split 4 '1:75' is not a time"},
    {"LogSplitOverflows", logWith({}, "80,80,80,1e400"), "split 4 '1e400' is not a time"},
    {"LogSplitOver48Hours", logWith({}, "80,80,80,99999999999"),
     "--splits value 4: Rep 7 time: 27777777:46:39 is longer than 48 hours"},
    {"LogSplitSlowerThanAWalk", logWith({}, "80,80,80,8000"),
     "--splits value 4: Rep 7 time: 400 m in 2:13:20.0 is 5:33:20/km, slower than a walk"},
    {"LogSplitFasterThanAnyone", logWith({}, "8,80,80,80"),
     "--splits value 1: Rep 1 time: 400 m in 0:08.0 is 0:20.0/km, faster than anyone runs"},
    {"LogSplitZero", logWith({}, "0,80,80,80"), "--splits value 1: Rep 1 time: 0:00.0 must be"},
    // log: efforts
    {"LogRpe11", logWith({"--rpe", "6,6,6,11"}), "--rpe value 4: Rep 7 RPE: 11 is outside 0-10"},
    {"LogRpeMinus1", logWith({"--rpe", "-1,6,6,6"}), "Rep 1 RPE: -1 is outside 0-10"},
    {"LogRpeNotANumber", logWith({"--rpe", "6,6,6,nan"}), "--rpe value 4 'nan' is not a number"},
    {"LogRpeTooFew", logWith({"--rpe", "6,6,6"}), "--rpe has 3 values but --splits has 4 times"},
    {"LogHeartRate400", logWith({"--hr", "150,150,150,400"}),
     "--hr value 4: Rep 7 average heart rate: 400 bpm is outside 25-250 bpm"},
    {"LogHeartRate0", logWith({"--hr", "0,150,150,150"}), "0 bpm is outside 25-250 bpm"},
    {"LogHeartRateHuge", logWith({"--hr", "150,150,150,99999999999"}),
     "--hr value 4 '99999999999' is not a whole number"},
    {"LogSessionRpeInfinite", logWith({"--session-rpe", "inf"}),
     "--session-rpe 'inf' is not a number"},
    {"LogSessionRpe11", logWith({"--session-rpe", "11"}),
     "--session-rpe: Session RPE: 11 is outside 0-10"},
    {"LogSport", logWith({"--sport", "golf"}), "--sport 'golf' is not one of"},
    {"LogTextRepeated",
     logWith({}, "80", "2026-02-10")
         << QStringLiteral("--text") << QStringLiteral("4x400m @RPE 11"),
     "--text is given 2 times"},
    {"LogEmptyAthlete", logWith({"--athlete", ""}), "--athlete is empty"},
    {"LogUnknownAthlete", logWith({"--athlete", "Nobody"}), "no athlete named 'Nobody'"},
    {"LogNoLogThere",
     args({"log", "--db", "/nonexistent/paceline/log.sqlite", "--date", "2026-02-10", "--text",
           "4x400m", "--splits", "80,80,80,80"}),
     "there is no log at '/nonexistent/paceline/log.sqlite'"},
    // session (the notation's own bounds)
    {"NotationCount1000", args({"session", "--text", "1000x400m"}),
     "a count must be a whole number from 1 to 100, found '1000'"},
    {"NotationHeartRate400", args({"session", "--text", "8x400m @HR 400"}),
     "from 25 to 250, found '400'"},
    {"NotationRpe11", args({"session", "--text", "8x400m @RPE 11"}),
     "an RPE goes from 0 to 10, found '11'"},
    {"NotationPaceTooFast", args({"session", "--text", "8x400m @ 0:01/km"}),
     "a pace must be between 0:30/km and 60:00/km"},
    // ranges and dates of the reading commands
    {"SessionsFromYearOne", args({"sessions", "--db", "DB", "--from", "0001-01-01"}),
     "--from '0001-01-01' is outside the years 1900-2100"},
    {"SessionsFromAfterTo",
     args({"sessions", "--db", "DB", "--from", "2026-03-01", "--to", "2026-01-01"}),
     "--from 2026-03-01 is after --to 2026-01-01"},
    {"PlanWeekMonth13", args({"plan", "--db", "DB", "--week", "2026-13-01"}),
     "--week '2026-13-01' is not a date (YYYY-MM-DD)"},
    {"LoadMeasure", args({"load", "--db", "DB", "--measure", "bogus"}),
     "--measure 'bogus' is not one of srpe, trimp, tss"},
    {"TrendsPaceTooFast", args({"trends", "--db", "DB", "--pace", "0:05-4:00"}),
     "--pace '0:05-4:00' is not a pace band MM:SS-MM:SS per km from 0:30 to 1:00:00"},
    {"TrendsHeartRateBelow25", args({"trends", "--db", "DB", "--hr", "20-30"}), "from 25 to 250"},
    {"TrendsRpeReversed", args({"trends", "--db", "DB", "--rpe", "8-7"}),
     "--rpe '8-7' is not an RPE band LOW-HIGH from 0 to 10"},
    {"ExportIcsShortOptionRepeated",
     args({"export-ics", "--db", "DB", "--from", "2026-01-01", "--to", "2026-01-07", "-o",
           "/tmp/a.ics", "-o", "/tmp/b.ics"}),
     "-o is given 2 times"},
    // counts and seeds
    {"DemoWeeks", args({"demo", "--db", "DB", "--weeks", "100000"}),
     "--weeks '100000' is not a whole number from 1 to 1040"},
    {"DemoAthletes0", args({"demo", "--db", "DB", "--athletes", "0"}),
     "--athletes '0' is not a whole number from 1 to 100"},
    {"DemoSeedNegative", args({"demo", "--db", "DB", "--seed", "-1"}),
     "--seed '-1' is not a whole number >= 0"},
    {"DemoEndYear3000", args({"demo", "--db", "DB", "--end", "3000-01-01"}),
     "--end '3000-01-01' is outside the years 1900-2100"},
    {"ImportSplitKm0", args({"import", "--db", "DB", "--split-km", "0", "/tmp"}),
     "--split-km '0' is not a distance from 0.1 to 100 km"},
    {"ImportMissingFile", args({"import", "--db", "DB", "/nonexistent/run.fit"}),
     "there is no file or folder '/nonexistent/run.fit'"},
};

INSTANTIATE_TEST_SUITE_P(CliInput, BadArgument, testing::ValuesIn(kRows),
                         [](const auto& info) { return std::string(info.param.name); });

TEST(CliInput, ASplitOfHundredsOfDigitsIsNotATime)
{
    const AthleteLog log;
    QStringList arguments = logWith({}, nullptr);
    arguments.replaceInStrings(QRegularExpression(QStringLiteral("^DB$")), log.path());
    arguments[arguments.indexOf(QStringLiteral("80,81,82,83"))] =
        QStringLiteral("80,80,80,") + kDigits400;
    const CliRun run = runCli(arguments);
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.err.contains(QStringLiteral("split 4 '999"))) << run.err.toStdString();
    EXPECT_EQ(sessionCount(log), 0);
}

TEST(CliInput, TheSameWorkoutWithPlausibleValuesIsLogged)
{
    // The rows above differ from this in one value each: it is that value they refuse.
    const AthleteLog log;
    QStringList arguments = logWith({"--rpe", "6,6,7,7", "--hr", "150,155,160,165"});
    arguments.replaceInStrings(QRegularExpression(QStringLiteral("^DB$")), log.path());
    const CliRun run = runCli(arguments);
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_EQ(sessionCount(log), 1);
}

} // namespace
