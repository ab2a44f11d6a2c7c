// Logged sessions as JSON (docs/logging.md, "Logged sessions in JSON"): every field,
// null for what is not known, and the stability figures.

#include "core/io/LoggedSessionJson.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <gtest/gtest.h>

using namespace paceline;

namespace {

std::string str(const QJsonValue& value)
{
    if (value.isObject())
        return QJsonDocument(value.toObject()).toJson().toStdString();
    if (value.isArray())
        return QJsonDocument(value.toArray()).toJson().toStdString();
    return QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact).toStdString();
}

QJsonObject parseObject(const char* json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(QByteArray(json), &error);
    EXPECT_EQ(error.error, QJsonParseError::NoError) << error.errorString().toStdString();
    return document.object();
}

/// Two reps of 400 m in 92.1 and 90.9 s with a recovery, everything filled in.
LoggedSession fullSession()
{
    LoggedSession session;
    session.id = LoggedSessionId{12};
    session.athleteId = AthleteId{3};
    // 23:30 at UTC-5 is already the next day in UTC: localDate must stay the 2nd.
    session.start = QDateTime(QDate(2026, 3, 2), QTime(23, 30), Qt::OffsetFromUTC, -5 * 3600);
    session.sport = Sport::Run;
    session.title = QStringLiteral("8x400m @I");
    session.plannedSessionId = PlannedSessionId{40};
    session.duration = Duration{2700.0};
    session.distance = Distance{8000.0};
    session.sessionRpe = 7.0;
    session.avgHeartRate = 148;
    session.maxHeartRate = 181;
    session.wellness.sleep = 4;
    session.wellness.legStiffness = 2;
    session.formNotes = QStringLiteral("tall");
    session.notes = QStringLiteral("windy");

    Rep first;
    first.id = RepId{100};
    first.plannedStepId = StepId{21};
    first.distance = Distance{400.0};
    first.time = Duration{92.1};
    first.rpe = 6.5;
    first.avgHeartRate = 160;
    first.maxHeartRate = 172;
    first.cadence = 182.0;
    first.notes = QStringLiteral("easy start");
    Rep jog;
    jog.kind = RepKind::Recovery;
    jog.time = Duration{90.0};
    Rep second;
    second.distance = Distance{400.0};
    second.time = Duration{90.9};
    session.reps = {first, jog, second};

    session.stability = PaceStability{.workReps = 2,
                                      .paceCvPercent = 0.9292,
                                      .fadePercent = -1.302931596,
                                      .spreadPerKm = Duration{3.0},
                                      .repsWithTarget = 2,
                                      .repsWithinTarget = 1,
                                      .rpeDrift = std::nullopt};
    return session;
}

} // namespace

TEST(LoggedSessionJson, EveryFieldOfAFullSession)
{
    // Paces are time / distance in km, rounded to hundredths: the session 2700 / 8 =
    // 337.5 s/km, the reps 92.1 / 0.4 = 230.25 and 90.9 / 0.4 = 227.25 s/km. The
    // stability figures are rounded to hundredths too (0.9292 -> 0.93, -1.3029 -> -1.3).
    const QJsonObject expected = parseObject(R"({
        "id": 12, "athlete_id": 3,
        "start": "2026-03-02T23:30:00-05:00", "local_date": "2026-03-02",
        "sport": "run", "title": "8x400m @I", "planned_session_id": 40,
        "duration_s": 2700, "distance_m": 8000, "pace_s_per_km": 337.5,
        "session_rpe": 7, "avg_hr": 148, "max_hr": 181,
        "wellness": {"sleep": 4, "soreness": null, "energy": null, "mood": null,
                     "leg_stiffness": 2, "breathing": null},
        "form_notes": "tall", "notes": "windy",
        "stability": {"work_reps": 2, "pace_cv_percent": 0.93, "fade_percent": -1.3,
                      "spread_s_per_km": 3, "reps_with_target": 2, "reps_within_target": 1,
                      "rpe_drift": null},
        "reps": [
            {"kind": "work", "distance_m": 400, "time_s": 92.1,
             "pace_s_per_km": 230.25, "rpe": 6.5, "avg_hr": 160,
             "max_hr": 172, "cadence": 182, "notes": "easy start", "planned_step_id": 21},
            {"kind": "recovery", "distance_m": null, "time_s": 90,
             "pace_s_per_km": null, "rpe": null, "avg_hr": null,
             "max_hr": null, "cadence": null, "notes": "", "planned_step_id": null},
            {"kind": "work", "distance_m": 400, "time_s": 90.9,
             "pace_s_per_km": 227.25, "rpe": null, "avg_hr": null,
             "max_hr": null, "cadence": null, "notes": "", "planned_step_id": null}
        ]
    })");
    const QJsonObject json = loggedSessionToJson(fullSession());
    EXPECT_EQ(json, expected) << str(json);
}

TEST(LoggedSessionJson, WithoutRepsLeavesThemOut)
{
    const QJsonObject json = loggedSessionToJson(fullSession(), false);
    EXPECT_FALSE(json.contains(QStringLiteral("reps")));
    EXPECT_EQ(json.value(QStringLiteral("id")).toInteger(), 12);
}

TEST(LoggedSessionJson, AnEmptySessionIsAllNulls)
{
    // Not stored yet (ids 0), no start, no distance, no stability computed.
    const QJsonObject json = loggedSessionToJson(LoggedSession{});
    for (const char* key :
         {"id", "athlete_id", "start", "local_date", "planned_session_id", "distance_m",
          "pace_s_per_km", "session_rpe", "avg_hr", "max_hr", "stability"}) {
        EXPECT_TRUE(json.value(QLatin1String(key)).isNull()) << key << ": " << str(json);
    }
    EXPECT_EQ(json.value(QStringLiteral("duration_s")).toDouble(), 0.0);
    EXPECT_EQ(json.value(QStringLiteral("reps")).toArray().size(), 0);
}

TEST(LoggedSessionJson, FiguresThatCouldNotBeComputedAreNull)
{
    LoggedSession session = fullSession();
    session.stability = PaceStability{};
    session.stability->workReps = 1;
    const QJsonObject stability = loggedSessionToJson(session).value("stability").toObject();
    EXPECT_EQ(stability.value(QStringLiteral("work_reps")).toInt(), 1);
    for (const char* key : {"pace_cv_percent", "fade_percent", "spread_s_per_km", "rpe_drift"})
        EXPECT_TRUE(stability.value(QLatin1String(key)).isNull()) << key;
}

TEST(LoggedSessionJson, AUtcStartEndsInZ)
{
    LoggedSession session;
    session.start = QDateTime(QDate(2026, 3, 2), QTime(6, 0), Qt::UTC);
    EXPECT_EQ(loggedSessionToJson(session).value("start").toString(),
              QStringLiteral("2026-03-02T06:00:00Z"));
}
