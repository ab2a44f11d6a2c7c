// Figures a damaged file carries that the log cannot hold (the store's CHECK
// constraints) are dropped one by one, never the whole file; empty legs are skipped.
// Recordings are built by hand, so these tests need no reader.
#include "RecordingBuilders.h"
#include "core/import/Conversion.h"

#include <gtest/gtest.h>

#include <cmath>

namespace paceline {
namespace {

using test::contextFor;
using test::lapOf;
using test::legOf;

const QDateTime kStart = test::kRecordingStart;

Recording damagedRecording(std::vector<RecordedSession> legs)
{
    return test::recordingOf(std::move(legs), 0, QStringLiteral("damaged.fit"));
}

/// What the store's CHECK constraints allow (core/store/Migration1BaseSchema.cpp).
void expectStorable(const LoggedSession& session)
{
    const auto heartRateFits = [](const std::optional<int>& bpm) {
        return !bpm || (*bpm >= 1 && *bpm <= 300);
    };
    EXPECT_TRUE(std::isfinite(session.duration.seconds) && session.duration.seconds >= 0.0)
        << session.duration.seconds;
    const auto metresFit = [](const std::optional<Distance>& distance) {
        return !distance || (std::isfinite(distance->metres) && distance->metres >= 0.0);
    };
    EXPECT_TRUE(metresFit(session.distance));
    EXPECT_TRUE(!session.sessionRpe || (*session.sessionRpe >= 0.0 && *session.sessionRpe <= 10.0));
    EXPECT_TRUE(heartRateFits(session.avgHeartRate)) << session.avgHeartRate.value_or(-1);
    EXPECT_TRUE(heartRateFits(session.maxHeartRate)) << session.maxHeartRate.value_or(-1);
    for (const Rep& rep : session.reps) {
        EXPECT_TRUE(std::isfinite(rep.time.seconds) && rep.time.seconds >= 0.0) << rep.time.seconds;
        EXPECT_TRUE(metresFit(rep.distance));
        EXPECT_TRUE(heartRateFits(rep.avgHeartRate));
        EXPECT_TRUE(heartRateFits(rep.maxHeartRate));
    }
}

TEST(Conversion, ALegStartedAndStoppedAtOnceIsSkippedWithANote)
{
    RecordedSession run = legOf(Sport::Run, QStringLiteral("running"), {lapOf(300.0, 1000.0)});
    RecordedSession nothing =
        legOf(Sport::Swim, QStringLiteral("swimming"), {}, kStart.addSecs(400));
    ASSERT_TRUE(nothing.distanceMetres && *nothing.distanceMetres == 0.0);
    const Conversion conversion =
        sessionsFromRecording(damagedRecording({run, nothing}), contextFor());
    ASSERT_EQ(conversion.sessions.size(), 1u);
    EXPECT_EQ(conversion.sessions.front().sport, Sport::Run);
    EXPECT_TRUE(conversion.notes.join(QLatin1Char('|')).contains(QStringLiteral("empty swim leg")))
        << conversion.notes.join(QLatin1Char('|')).toStdString();
}

TEST(Conversion, ValuesTheStoreWouldRefuseAreDroppedNotTheFile)
{
    // A damaged file the reader let through: each bad figure is dropped, the rest kept.
    RecordedLap zeroHeartRate = lapOf(300.0, 1000.0, 0);
    zeroHeartRate.maxHeartRate = 255 * 4;
    RecordedLap negativeTimer = lapOf(-30.0, 400.0, 150);
    negativeTimer.elapsedSeconds = 95.0;
    RecordedLap notANumber = lapOf(120.0, std::nan(""), 140);
    notANumber.rpe = std::nan("");
    // Absurd but finite: their sum overflows to infinity, and infinity over infinity is
    // not a heart rate.
    RecordedLap absurd = lapOf(1e308, 1e308, 150);
    RecordedLap absurdToo = lapOf(1e308, 1e308, 160);
    RecordedSession leg = legOf(Sport::Run, QStringLiteral("running"),
                                {zeroHeartRate, negativeTimer, notANumber, absurd, absurdToo});
    leg.timerSeconds.reset(); // the totals come from the laps
    leg.elapsedSeconds.reset();
    leg.distanceMetres.reset();
    leg.sessionRpe = 11.0;
    const Conversion conversion = sessionsFromRecording(damagedRecording({leg}), contextFor());

    ASSERT_EQ(conversion.sessions.size(), 1u);
    const LoggedSession& session = conversion.sessions.front();
    expectStorable(session);
    EXPECT_FALSE(session.sessionRpe.has_value());
    EXPECT_DOUBLE_EQ(session.duration.seconds, 300.0 + 95.0 + 120.0);
    ASSERT_TRUE(session.distance);
    EXPECT_DOUBLE_EQ(session.distance->metres, 1400.0);
    ASSERT_EQ(session.reps.size(), 3u); // the absurd laps hold nothing usable
    EXPECT_FALSE(session.reps[0].avgHeartRate.has_value());
    EXPECT_FALSE(session.reps[0].maxHeartRate.has_value());
    EXPECT_DOUBLE_EQ(session.reps[1].time.seconds, 95.0);
    EXPECT_FALSE(session.reps[2].distance.has_value());
    EXPECT_FALSE(session.reps[2].rpe.has_value());

    leg.sessionRpe = std::nan("");
    expectStorable(sessionsFromRecording(damagedRecording({leg}), contextFor()).sessions.front());
}

} // namespace
} // namespace paceline
