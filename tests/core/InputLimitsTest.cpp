// Bad values at the edges of what a person may type, one row each: the logged
// session's checks (log form and paceline-cli log), the race of an athlete or of
// zones/advise, and the text readers. docs/reliability.md's table names these rows.

#include "core/model/AthleteValidation.h"
#include "core/model/EntryText.h"
#include "core/model/EntryValidation.h"
#include "core/model/TimeText.h"

#include <gtest/gtest.h>

#include <functional>
#include <limits>

using namespace paceline;

namespace {

/// 4 x 400 m in 92 s with a recovery: nothing wrong with it.
LoggedSession plausibleSession()
{
    LoggedSession session;
    session.start = QDateTime(QDate(2026, 3, 2), QTime(7, 30), Qt::OffsetFromUTC, 3600);
    session.duration = Duration{2400.0};
    session.distance = Distance{6000.0};
    for (int index = 0; index < 4; ++index) {
        Rep rep;
        rep.distance = Distance{400.0};
        rep.time = Duration{92.0};
        rep.cadence = 180.0;
        session.reps.push_back(rep);
    }
    return session;
}

struct SessionCase {
    const char* name;
    std::function<void(LoggedSession&)> spoil;
    EntryField field;
    int rep;
    const char* message; ///< the whole message the person reads
};

void PrintTo(const SessionCase& row, std::ostream* out)
{
    *out << row.name;
}

class BadSessionValue : public testing::TestWithParam<SessionCase> {};

TEST_P(BadSessionValue, IsNamedWithItsValueAndBound)
{
    LoggedSession session = plausibleSession();
    ASSERT_TRUE(validateLoggedSession(session).empty());
    GetParam().spoil(session);
    const std::vector<EntryProblem> problems = validateLoggedSession(session);
    ASSERT_EQ(problems.size(), 1u)
        << (problems.empty() ? "none" : problems.back().message.toStdString());
    EXPECT_EQ(problems.front().field, GetParam().field);
    EXPECT_EQ(problems.front().rep, GetParam().rep);
    EXPECT_EQ(problems.front().message, QString::fromUtf8(GetParam().message));
}

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr double kInfinity = std::numeric_limits<double>::infinity();

const SessionCase kBadSessionValues[] = {
    {"YearOne", [](LoggedSession& s) { s.start.setDate(QDate(1, 3, 2)); }, EntryField::Start, -1,
     "Date: 0001-03-02 is outside the years 1900-2100"},
    {"YearTooFar", [](LoggedSession& s) { s.start.setDate(QDate(2206, 3, 2)); }, EntryField::Start,
     -1, "Date: 2206-03-02 is outside the years 1900-2100"},
    {"DurationOver48Hours", [](LoggedSession& s) { s.duration = Duration::fromHours(49); },
     EntryField::Duration, -1, "Duration: 49:00:00 is longer than 48 hours"},
    {"DurationInfinite", [](LoggedSession& s) { s.duration = Duration{kInfinity}; },
     EntryField::Duration, -1, "Duration: must be a time"},
    {"DistanceOver1000Km", [](LoggedSession& s) { s.distance = Distance{1e12}; },
     EntryField::Distance, -1, "Distance: 1e+09 km is more than 1000 km"},
    {"DistanceNotANumber", [](LoggedSession& s) { s.distance = Distance{kNaN}; },
     EntryField::Distance, -1, "Distance: must be a number of metres"},
    {"RepTimeOver48Hours", [](LoggedSession& s) { s.reps[1].time = Duration{99999999999.0}; },
     EntryField::RepTime, 1, "Rep 2 time: 27777777:46:39 is longer than 48 hours"},
    {"RepSlowerThanAWalk", [](LoggedSession& s) { s.reps[2].time = Duration{8000.0}; },
     EntryField::RepTime, 2,
     "Rep 3 time: 400 m in 2:13:20.0 is 5:33:20/km, slower than a walk (1:00:00/km)"},
    {"RepDistanceOver1000Km", [](LoggedSession& s) { s.reps[0].distance = Distance{2e6}; },
     EntryField::RepDistance, 0, "Rep 1 distance: 2000 km is more than 1000 km"},
    {"RepCadenceOver400", [](LoggedSession& s) { s.reps[3].cadence = 1800.0; },
     EntryField::RepCadence, 3, "Rep 4 cadence: 1800 per minute is more than 400"},
    {"RepCadenceNotANumber", [](LoggedSession& s) { s.reps[3].cadence = kNaN; },
     EntryField::RepCadence, 3, "Rep 4 cadence: must be a number"},
    {"MoreRepsThanASessionHolds", [](LoggedSession& s) { s.reps.resize(100000, s.reps.front()); },
     EntryField::RepCount, -1, "Reps: 100000 is more than a session holds (1000)"},
};

INSTANTIATE_TEST_SUITE_P(InputLimits, BadSessionValue, testing::ValuesIn(kBadSessionValues),
                         [](const auto& info) { return std::string(info.param.name); });

TEST(InputLimits, SessionBoundsAreInclusive)
{
    LoggedSession session = plausibleSession();
    session.start.setDate(QDate(limits::kEarliestYear, 1, 1));
    session.duration = limits::kMaxStepDuration;
    session.distance = limits::kMaxStepDistance;
    session.reps.resize(size_t(limits::kMaxLoggedReps), session.reps.front());
    session.reps[0].cadence = limits::kMaxCadence;
    // 1 km in exactly 1:00:00, the slowest pace a rep may have.
    session.reps[1].distance = Distance{1000.0};
    session.reps[1].time = Duration{limits::kSlowestPaceSecondsPerKm};
    const std::vector<EntryProblem> problems = validateLoggedSession(session);
    EXPECT_TRUE(problems.empty()) << problems.front().message.toStdString();
}

TEST(InputLimits, ASlowSessionIsNotAProblemOnlyASlowRep)
{
    // 2 km of reps typed as the distance of a 2-hour session with long breaks.
    LoggedSession session = plausibleSession();
    session.distance = Distance{2000.0};
    session.duration = Duration::fromHours(2.5);
    EXPECT_TRUE(validateLoggedSession(session).empty());
}

struct RaceCase {
    const char* name;
    RaceResult race;
    const char* message;
};

void PrintTo(const RaceCase& row, std::ostream* out)
{
    *out << row.name;
}

class BadRace : public testing::TestWithParam<RaceCase> {};

TEST_P(BadRace, IsRefusedWithAReason)
{
    const Status status = validateRaceResult(GetParam().race);
    ASSERT_FALSE(status.ok());
    EXPECT_EQ(status.errorMessage(), QString::fromUtf8(GetParam().message));
}

const RaceCase kBadRaces[] = {
    {"SlowerThanAWalk",
     {Distance{5000.0}, Duration::fromHours(25), {}},
     "race of 5000 m in 25:00:00 is 5:00:00/km, slower than 20:00/km: too slow to derive "
     "training paces from"},
    {"DistanceNotANumber",
     {Distance{kNaN}, Duration{1200.0}, {}},
     "race distance must be more than 0 m and at most 1000 km"},
    {"TimeInfinite",
     {Distance{5000.0}, Duration{kInfinity}, {}},
     "race time must be more than 0 s and at most 48 hours"},
    {"YearOne",
     {Distance{5000.0}, Duration{1200.0}, QDate(1, 5, 1)},
     "race date 0001-05-01 is outside the years 1900-2100"},
};

INSTANTIATE_TEST_SUITE_P(InputLimits, BadRace, testing::ValuesIn(kBadRaces),
                         [](const auto& info) { return std::string(info.param.name); });

TEST(InputLimits, ARaceAtTheSlowestPaceIsAccepted)
{
    const Distance fiveK{5000.0};
    const Duration slowest{5.0 * limits::kSlowestRacePaceSecondsPerKm};
    EXPECT_TRUE(validateRaceResult({fiveK, slowest, {}}).ok());
}

TEST(InputLimits, AthleteNamesAreOneLineOfAtMost100Characters)
{
    Athlete athlete;
    athlete.name = QString(limits::kMaxNameLength, QLatin1Char('a'));
    EXPECT_TRUE(validateAthlete(athlete).ok());
    athlete.name += QLatin1Char('a');
    EXPECT_EQ(validateAthlete(athlete).errorMessage(),
              QStringLiteral("the name has 101 characters; at most 100 fit"));
    for (const char* name : {"Zo\tB", "Ann\nBob", "A\x01"}) {
        athlete.name = QString::fromLatin1(name);
        const QString message = validateAthlete(athlete).errorMessage();
        EXPECT_TRUE(message.contains(QLatin1String("on one line"))) << message.toStdString();
    }
    athlete.name = QStringLiteral("  Zoë Ødegård  "); // letters of any language are fine
    EXPECT_TRUE(validateAthlete(athlete).ok());
}

TEST(InputLimits, TextThatOverflowsIsNotATimeOrADistance)
{
    const QString digits(400, QLatin1Char('9'));
    EXPECT_FALSE(parseDuration(digits).ok());
    EXPECT_FALSE(parseDuration(QStringLiteral("1:") + digits.left(2)).ok());
    EXPECT_FALSE(parseDistance(digits).ok());
    for (const char* text : {"nan", "inf", "1e400", "-5", "12km3", "5:70", "1:75:00", ""}) {
        EXPECT_FALSE(parseDuration(QString::fromLatin1(text)).ok()) << text;
        EXPECT_FALSE(parseDistance(QString::fromLatin1(text)).ok()) << text;
    }
}

} // namespace
