// Recordings into logged sessions: laps to reps, work and recovery, legs, offsets and
// plans (docs/import.md, "From laps to reps"). Recordings are built by hand here, so
// these tests need no reader.
#include "core/import/Conversion.h"

#include "RecordingBuilders.h"
#include "core/science/Stability.h"

#include <gtest/gtest.h>

namespace paceline {
namespace {

using test::contextFor;
using test::lapOf;
using test::legOf;
using test::recordingOf;

const QDateTime kStart = test::kRecordingStart;

RecordedSample sampleAt(int second)
{
    RecordedSample sample;
    sample.utcSeconds = kStart.toSecsSinceEpoch() + second;
    return sample;
}

/// A 10 km in 40:00: paces about VDOT 52.
Athlete racedAthlete()
{
    Athlete athlete;
    athlete.name = QStringLiteral("Ana");
    athlete.recentRace = RaceResult{Distance{10000.0}, Duration{2400.0}, QDate(2026, 2, 1)};
    return athlete;
}

std::vector<RepKind> kindsOf(const LoggedSession& session)
{
    std::vector<RepKind> kinds;
    for (const Rep& rep : session.reps)
        kinds.push_back(rep.kind);
    return kinds;
}

constexpr RepKind W = RepKind::Work;
constexpr RepKind R = RepKind::Recovery;

Conversion convert(std::vector<RecordedLap> laps, const ConversionContext& context = contextFor())
{
    return sessionsFromRecording(
        recordingOf({legOf(Sport::Run, QStringLiteral("running"), std::move(laps))}), context);
}

TEST(Conversion, LapBecomesRepWithItsFigures)
{
    RecordedLap timed = lapOf(300.0, 1000.0, 150);
    timed.elapsedSeconds = 320.0; // a pause: the timer time is what was run
    timed.maxHeartRate = 162;
    timed.avgCadence = 176.0;
    RecordedLap elapsedOnly;
    elapsedOnly.elapsedSeconds = 95.0;
    elapsedOnly.distanceMetres = 400.0;
    const Conversion conversion = convert({timed, elapsedOnly});

    ASSERT_EQ(conversion.sessions.size(), 1u);
    const LoggedSession& session = conversion.sessions.front();
    ASSERT_EQ(session.reps.size(), 2u);
    const Rep& first = session.reps[0];
    ASSERT_TRUE(first.distance);
    EXPECT_DOUBLE_EQ(first.distance->metres, 1000.0);
    EXPECT_DOUBLE_EQ(first.time.seconds, 300.0);
    EXPECT_EQ(first.avgHeartRate, 150);
    EXPECT_EQ(first.maxHeartRate, 162);
    EXPECT_EQ(first.cadence, 176.0);
    EXPECT_DOUBLE_EQ(session.reps[1].time.seconds, 95.0);
    EXPECT_DOUBLE_EQ(session.reps[1].distance->metres, 400.0);
    EXPECT_EQ(session.athleteId, AthleteId{7});
    EXPECT_EQ(session.sport, Sport::Run);
    EXPECT_EQ(session.title, QStringLiteral("Run from morning.fit"));
    EXPECT_DOUBLE_EQ(session.duration.seconds, 300.0); // the leg's timer time
    EXPECT_DOUBLE_EQ(session.distance->metres, 1400.0);
    EXPECT_TRUE(session.stability.has_value());
}

TEST(Conversion, LapsWithNeitherTimeNorDistanceAreLeftOut)
{
    RecordedLap empty;
    empty.timerSeconds = 0.0;
    const Conversion conversion = convert({lapOf(300.0, 1000.0), empty});
    ASSERT_EQ(conversion.sessions.size(), 1u);
    EXPECT_EQ(conversion.sessions.front().reps.size(), 1u);
}

TEST(Conversion, LapsTheWatchMarkedRestAreRecoveries)
{
    std::vector<RecordedLap> laps{lapOf(600, 2000), lapOf(200, 800), lapOf(120, 300),
                                  lapOf(200, 800), lapOf(600, 1900)};
    laps[0].intensity = LapIntensity::WarmUp;
    laps[1].intensity = LapIntensity::Active;
    laps[2].intensity = LapIntensity::Rest;
    laps[3].intensity = LapIntensity::Interval;
    laps[4].intensity = LapIntensity::CoolDown;
    // The marks win even where pace would say otherwise (the warm-up is not slow here).
    EXPECT_EQ(kindsOf(convert(laps).sessions.front()), (std::vector<RepKind>{R, W, R, W, R}));
}

TEST(Conversion, MarksThatAreAllActiveDoNotDecide)
{
    std::vector<RecordedLap> laps{lapOf(360, 1637), lapOf(180, 399), lapOf(360, 1617)};
    for (RecordedLap& lap : laps)
        lap.intensity = LapIntensity::Active; // TCX marks every lap Active
    EXPECT_EQ(kindsOf(convert(laps).sessions.front()), (std::vector<RepKind>{W, R, W}));
}

TEST(Conversion, RunsSplitAtTheSlowEndOfMarathonPace)
{
    const Athlete athlete = racedAthlete();
    const std::optional<TrainingPaces> paces = athletePaces(athlete);
    ASSERT_TRUE(paces);
    const double marathon = paces->marathon.metresPerSecond;
    // At M pace and 5 % slower: too close for the midpoint rule, apart for the pace rule.
    const double slow = marathon / 1.05;
    const std::vector<RecordedLap> laps{lapOf(600, 600 * slow), lapOf(600, 600 * marathon),
                                        lapOf(600, 600 * slow), lapOf(600, 600 * marathon)};
    EXPECT_EQ(kindsOf(convert(laps, contextFor(athlete)).sessions.front()),
              (std::vector<RepKind>{R, W, R, W}));
    EXPECT_EQ(kindsOf(convert(laps).sessions.front()), (std::vector<RepKind>{W, W, W, W}));
}

TEST(Conversion, ARealFourBySixMinuteSessionWithPaces)
{
    // The laps of run_intervals_4x6min_ipbike.fit (its reference summary): 5 min warm-up,
    // 4 x 6 min with 3 min recoveries, a cool-down.
    const std::vector<RecordedLap> laps{
        lapOf(300, 708),  lapOf(360, 1637), lapOf(180, 399),  lapOf(360, 1617), lapOf(180, 434),
        lapOf(360, 1422), lapOf(180, 486),  lapOf(360, 1419), lapOf(180, 461),  lapOf(302, 739)};
    const std::vector<RepKind> expected{R, W, R, W, R, W, R, W, R, R};
    EXPECT_EQ(kindsOf(convert(laps, contextFor(racedAthlete())).sessions.front()), expected);
    EXPECT_EQ(kindsOf(convert(laps).sessions.front()), expected); // the widest-gap rule
}

TEST(Conversion, AutoLapsThatStartPartWayAreAllWork)
{
    // A partial first lap (the auto-lap count began at the start line), 1 km laps at
    // 3.0-3.9 m/s with a slow one, and a short last lap.
    std::vector<RecordedLap> laps{lapOf(181, 440)};
    for (double seconds : {252.0, 266.0, 394.0, 257.0, 316.0, 361.0})
        laps.push_back(lapOf(seconds, 1000.0));
    laps.push_back(lapOf(34.0, 124.0));
    EXPECT_EQ(kindsOf(convert(laps, contextFor(racedAthlete())).sessions.front()),
              std::vector<RepKind>(laps.size(), W));
}

TEST(Conversion, EasyRunsWithAutoLapsAreAllWork)
{
    // Kilometre auto-laps at an easy, uneven pace and a short last lap.
    std::vector<RecordedLap> laps;
    for (double seconds : {400.0, 330.0, 360.0, 300.0, 420.0})
        laps.push_back(lapOf(seconds, 1000.0));
    laps.push_back(lapOf(40.0, 207.0));
    const std::vector<RepKind> allWork(laps.size(), W);
    EXPECT_EQ(kindsOf(convert(laps, contextFor(racedAthlete())).sessions.front()), allWork);
    EXPECT_EQ(kindsOf(convert(laps).sessions.front()), allWork);
}

TEST(Conversion, WithoutPacesLapsSplitAtTheWidestGap)
{
    // 4.5 and 2.3 m/s: the fastest more than 25 % faster; a 5 s lap does not set speeds.
    std::vector<RecordedLap> laps{lapOf(200, 900), lapOf(100, 230), lapOf(200, 900), lapOf(5, 50)};
    EXPECT_EQ(kindsOf(convert(laps).sessions.front()), (std::vector<RepKind>{W, R, W, W}));
    // 3.0 and 3.6 m/s: closer than 25 %, one steady effort.
    EXPECT_EQ(
        kindsOf(convert({lapOf(300, 900), lapOf(300, 1080), lapOf(300, 950)}).sessions.front()),
        (std::vector<RepKind>{W, W, W}));
}

TEST(Conversion, ASlowFirstLapDoesNotSplitASteadyRun)
{
    // A walk to the start at 1.8 m/s, then 2.5-3.3 m/s: the midpoint (2.55 m/s) would
    // cut through the run; the widest gap is between the walk and the run.
    const std::vector<RecordedLap> laps{lapOf(359, 650),  lapOf(387, 1074), lapOf(421, 1053),
                                        lapOf(354, 1082), lapOf(302, 985),  lapOf(377, 1081)};
    EXPECT_EQ(kindsOf(convert(laps).sessions.front()), (std::vector<RepKind>{R, W, W, W, W, W}));
}

TEST(Conversion, AProgressionRunIsAllWork)
{
    // 2.8 to 3.6 m/s in even steps: more than 25 % apart, but no step of 15 %.
    const std::vector<RecordedLap> laps{lapOf(300, 840), lapOf(300, 900), lapOf(300, 960),
                                        lapOf(300, 1020), lapOf(300, 1080)};
    EXPECT_EQ(kindsOf(convert(laps).sessions.front()), std::vector<RepKind>(5, W));
}

TEST(Conversion, PoolRestsWithoutDistanceAreRecoveries)
{
    RecordedLap swim = lapOf(100, 100);
    RecordedLap rest = lapOf(30, 0);
    const Conversion conversion = sessionsFromRecording(
        recordingOf({legOf(Sport::Swim, QStringLiteral("swimming"), {swim, rest, swim, rest})}),
        contextFor(racedAthlete()));
    EXPECT_EQ(kindsOf(conversion.sessions.front()), (std::vector<RepKind>{W, R, W, R}));
}

TEST(Conversion, LegWithoutLapsBecomesOneRepFromItsTotals)
{
    RecordedSession leg = legOf(Sport::Run, QStringLiteral("running"), {});
    leg.timerSeconds = 1800.0;
    leg.distanceMetres = 5000.0;
    leg.avgHeartRate = 148;
    leg.maxHeartRate = 171;
    for (int i = 0; i < 4; ++i) {
        leg.samples.push_back(sampleAt(i));
        leg.samples.back().cadence = 170.0 + 2 * i;
    }
    const Conversion conversion = sessionsFromRecording(recordingOf({leg}), contextFor());
    ASSERT_EQ(conversion.sessions.size(), 1u);
    const LoggedSession& session = conversion.sessions.front();
    ASSERT_EQ(session.reps.size(), 1u);
    EXPECT_EQ(session.reps[0].kind, W);
    EXPECT_DOUBLE_EQ(session.reps[0].time.seconds, 1800.0);
    EXPECT_DOUBLE_EQ(session.reps[0].distance->metres, 5000.0);
    EXPECT_EQ(session.reps[0].avgHeartRate, 148);
    EXPECT_EQ(session.reps[0].maxHeartRate, 171);
    EXPECT_DOUBLE_EQ(*session.reps[0].cadence, 173.0);
}

TEST(Conversion, LegWithOnlySamplesTakesItsFiguresFromThem)
{
    RecordedSession leg;
    leg.sportName = QStringLiteral("running");
    leg.sport = Sport::Run;
    for (int i = 0; i <= 600; ++i) {
        leg.samples.push_back(sampleAt(i));
        leg.samples.back().distanceMetres = 100.0 + 3.0 * i;
        leg.samples.back().heartRate = i < 300 ? 140 : 160;
    }
    const Conversion conversion = sessionsFromRecording(recordingOf({leg}), contextFor());
    ASSERT_EQ(conversion.sessions.size(), 1u);
    const LoggedSession& session = conversion.sessions.front();
    EXPECT_EQ(session.start.toSecsSinceEpoch(), kStart.toSecsSinceEpoch());
    EXPECT_DOUBLE_EQ(session.duration.seconds, 600.0);
    EXPECT_DOUBLE_EQ(session.distance->metres, 1800.0);
    EXPECT_EQ(session.maxHeartRate, 160);
    ASSERT_EQ(session.reps.size(), 1u);
    EXPECT_DOUBLE_EQ(session.reps[0].distance->metres, 1800.0);
}

TEST(Conversion, MultisportGivesOneSessionPerLegAndSkipsTransitions)
{
    RecordedSession transition =
        legOf(Sport::Run, QStringLiteral("transition"), {lapOf(90, 100)}, kStart.addSecs(1800));
    transition.sport.reset();
    RecordedSession secondTransition = transition;
    secondTransition.start = kStart.addSecs(6000);
    const Recording triathlon = recordingOf(
        {legOf(Sport::Swim, QStringLiteral("swimming"), {lapOf(1800, 1500)}), transition,
         legOf(Sport::Bike, QStringLiteral("cycling"), {lapOf(4000, 40000)}, kStart.addSecs(1890)),
         secondTransition,
         legOf(Sport::Run, QStringLiteral("running"), {lapOf(2400, 10000)}, kStart.addSecs(6090))});
    const Conversion conversion = sessionsFromRecording(triathlon, contextFor());
    ASSERT_EQ(conversion.sessions.size(), 3u);
    EXPECT_EQ(conversion.sessions[0].sport, Sport::Swim);
    EXPECT_EQ(conversion.sessions[1].sport, Sport::Bike);
    EXPECT_EQ(conversion.sessions[2].sport, Sport::Run);
    EXPECT_EQ(conversion.sessions[1].start, kStart.addSecs(1890));
    EXPECT_TRUE(conversion.notes.contains(QStringLiteral("skipped the transition legs")))
        << conversion.notes.join(QLatin1Char('|')).toStdString();
}

TEST(Conversion, OnlyTransitionsGiveNoSession)
{
    RecordedSession transition = legOf(Sport::Run, QStringLiteral("transition"), {lapOf(90, 100)});
    transition.sport.reset();
    const Conversion conversion = sessionsFromRecording(recordingOf({transition}), contextFor());
    EXPECT_TRUE(conversion.sessions.empty());
    EXPECT_EQ(conversion.notes, QStringList{QStringLiteral("skipped the transition leg")});
}

TEST(Conversion, TheRecordingsOffsetGivesTheLocalDay)
{
    // 23:30 UTC at +02:00 is 01:30 the next morning where the athlete was.
    const QDateTime lateUtc(QDate(2026, 3, 14), QTime(23, 30), QTimeZone::utc());
    const Recording recording = recordingOf(
        {legOf(Sport::Run, QStringLiteral("running"), {lapOf(600, 2000)}, lateUtc)}, 7200);
    const Conversion conversion = sessionsFromRecording(recording, contextFor());
    const LoggedSession& session = conversion.sessions.front();
    EXPECT_EQ(session.start.toSecsSinceEpoch(), lateUtc.toSecsSinceEpoch());
    EXPECT_EQ(session.start.offsetFromUtc(), 7200);
    EXPECT_EQ(session.localDate(), QDate(2026, 3, 15));
}

TEST(Conversion, ALegsOwnOffsetWinsOverTheRecordings)
{
    // A CSV export spanning the autumn clock change: each row has its own offset.
    const QDateTime lateUtc(QDate(2026, 10, 24), QTime(22, 30), QTimeZone::utc());
    RecordedSession summer = legOf(Sport::Run, QStringLiteral("run"), {lapOf(600, 2000)}, lateUtc);
    summer.utcOffsetSeconds = 7200;
    RecordedSession winter =
        legOf(Sport::Run, QStringLiteral("run"), {lapOf(600, 2000)}, lateUtc.addDays(2));
    winter.utcOffsetSeconds = 3600;
    const Conversion conversion =
        sessionsFromRecording(recordingOf({summer, winter}, 7200), contextFor());
    ASSERT_EQ(conversion.sessions.size(), 2u);
    EXPECT_EQ(conversion.sessions[0].localDate(), QDate(2026, 10, 25)); // 00:30 at +02:00
    EXPECT_EQ(conversion.sessions[1].start.offsetFromUtc(), 3600);
    EXPECT_EQ(conversion.sessions[1].localDate(), QDate(2026, 10, 26)); // 23:30 at +01:00
}

TEST(Conversion, WithoutAnOffsetTheFallbackZoneDecides)
{
    const QDateTime lateUtc(QDate(2026, 7, 14), QTime(23, 30), QTimeZone::utc());
    const Recording recording = recordingOf(
        {legOf(Sport::Run, QStringLiteral("running"), {lapOf(600, 2000)}, lateUtc)}, std::nullopt);
    ConversionContext context = contextFor();
    context.fallbackZone = QTimeZone(QByteArrayLiteral("Europe/Berlin")); // +02:00 in July
    ASSERT_TRUE(context.fallbackZone.isValid());
    const LoggedSession session = sessionsFromRecording(recording, context).sessions.front();
    EXPECT_EQ(session.start.offsetFromUtc(), 7200);
    EXPECT_EQ(session.localDate(), QDate(2026, 7, 15));

    context.fallbackZone = QTimeZone(QByteArrayLiteral("America/New_York")); // -04:00
    const LoggedSession western = sessionsFromRecording(recording, context).sessions.front();
    EXPECT_EQ(western.start.offsetFromUtc(), -4 * 3600);
    EXPECT_EQ(western.localDate(), QDate(2026, 7, 14));
}

TEST(Conversion, CsvRecordingsKeepWhatTheAthleteLogged)
{
    std::vector<RecordedLap> laps{lapOf(200, 800), lapOf(200, 800)};
    laps[0].kind = RepKind::Recovery; // pace would say work: the logged kind stays
    laps[0].rpe = 7.0;
    laps[0].notes = QStringLiteral("windy");
    RecordedSession leg = legOf(Sport::Run, QStringLiteral("running"), laps);
    leg.title = QStringLiteral("Tuesday track");
    leg.sessionRpe = 8.0;
    leg.notes = QStringLiteral("felt strong");
    Recording recording = recordingOf({leg});
    recording.format = QStringLiteral("csv");
    const LoggedSession session = sessionsFromRecording(recording, contextFor()).sessions.front();
    EXPECT_EQ(session.title, QStringLiteral("Tuesday track"));
    EXPECT_EQ(session.sessionRpe, 8.0);
    EXPECT_EQ(session.notes, QStringLiteral("felt strong"));
    EXPECT_EQ(kindsOf(session), (std::vector<RepKind>{R, W}));
    EXPECT_EQ(session.reps[0].rpe, 7.0);
    EXPECT_EQ(session.reps[0].notes, QStringLiteral("windy"));
}

TEST(Conversion, KeepsOnlyWhatTheCsvAndJsonBackupReadBack)
{
    // A value the store takes but the CSV import or the JSON restore refuses would make
    // that log's backup impossible to restore: the import keeps the readers' bounds
    // (heart rate 25-250, cadence up to 400, a month, 10,000 km).
    RecordedLap slowHeart = lapOf(300.0, 1000.0, 22);
    slowHeart.maxHeartRate = 251;
    slowHeart.avgCadence = 508.0; // a per-foot 254 doubled
    RecordedLap fine = lapOf(300.0, 1000.0, 150);
    fine.maxHeartRate = 250;
    fine.avgCadence = 180.0;
    RecordedLap tooLong = lapOf(32 * 86400.0, 10'000'001.0, 140);
    RecordedSession leg = legOf(Sport::Run, QStringLiteral("running"), {slowHeart, fine, tooLong});
    leg.avgHeartRate = 24;
    leg.maxHeartRate = 260;
    const Conversion conversion = sessionsFromRecording(recordingOf({leg}), contextFor());

    ASSERT_EQ(conversion.sessions.size(), 1u);
    const LoggedSession& session = conversion.sessions.front();
    EXPECT_EQ(session.avgHeartRate, 150); // from the one lap with a heart rate that counts
    EXPECT_EQ(session.maxHeartRate, 250);
    EXPECT_DOUBLE_EQ(session.duration.seconds, 600.0);
    ASSERT_TRUE(session.distance);
    EXPECT_DOUBLE_EQ(session.distance->metres, 2000.0);
    ASSERT_EQ(session.reps.size(), 2u); // the month-long lap holds nothing usable
    EXPECT_FALSE(session.reps[0].avgHeartRate.has_value());
    EXPECT_FALSE(session.reps[0].maxHeartRate.has_value());
    EXPECT_FALSE(session.reps[0].cadence.has_value());
    EXPECT_EQ(session.reps[1].maxHeartRate, 250);
    EXPECT_EQ(session.reps[1].cadence, 180.0);
}

} // namespace
} // namespace paceline
