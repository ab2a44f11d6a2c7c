// Seeds for the notation, session JSON, week file and backup readers, from the example
// sessions and microcycles Paceline ships with, written by the project's writers.

#include "Seeds.h"
#include "core/io/ExampleMicrocycles.h"
#include "core/io/ExampleSessions.h"
#include "core/io/LogJson.h"
#include "core/io/SessionJson.h"
#include "core/io/SessionNotation.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace paceline::fuzz {
namespace {

const QDate kMonday(2025, 6, 2);

QString seedName(const char* prefix, std::size_t index, const char* extension)
{
    return QStringLiteral("%1-%2.%3")
        .arg(QLatin1String(prefix))
        .arg(index, 2, 10, QLatin1Char('0'))
        .arg(QLatin1String(extension));
}

QJsonObject weekSession(const MicrocycleSession& session)
{
    QJsonObject json{{QStringLiteral("name"), session.name},
                     {QStringLiteral("sport"), enumId(session.sport)},
                     {QStringLiteral("notation"), formatSessionNotation(session.steps)}};
    if (session.purpose)
        json.insert(QStringLiteral("purpose"), enumId(*session.purpose));
    if (!session.notes.isEmpty())
        json.insert(QStringLiteral("notes"), session.notes);
    return json;
}

/// A microcycle as a week file (docs/week-json.md): rest days, sessions by notation.
QByteArray weekFile(const MicrocycleTemplate& microcycle)
{
    QJsonArray days;
    for (int day = 0; day < microcycle.dayCount(); ++day) {
        QJsonArray sessions;
        for (const MicrocycleSession& session : microcycle.sessions)
            if (session.day == day)
                sessions.append(weekSession(session));
        const bool rest = std::find(microcycle.restDays.begin(), microcycle.restDays.end(), day) !=
                          microcycle.restDays.end();
        QJsonObject entry;
        if (rest)
            entry.insert(QStringLiteral("rest"), true);
        if (!sessions.isEmpty())
            entry.insert(QStringLiteral("sessions"), sessions);
        days.append(entry);
    }
    const QJsonObject race{{QStringLiteral("distance_m"), 10000}, {QStringLiteral("time_s"), 2580}};
    const QJsonObject athlete{{QStringLiteral("race"), race},
                              {QStringLiteral("max_hard_sessions"), 2}};
    const QJsonObject week{{QStringLiteral("format"), QStringLiteral("paceline-week")},
                           {QStringLiteral("version"), 1},
                           {QStringLiteral("start"), kMonday.toString(Qt::ISODate)},
                           {QStringLiteral("athlete"), athlete},
                           {QStringLiteral("days"), days}};
    return QJsonDocument(week).toJson();
}

LoggedSession loggedRun(qint64 id, const QDate& date, qint64 plannedId)
{
    LoggedSession session;
    session.id = LoggedSessionId{id};
    session.athleteId = AthleteId{1};
    session.start = QDateTime(date, QTime(7, 15), Qt::OffsetFromUTC, 3600);
    session.title = QStringLiteral("Intervals");
    session.plannedSessionId = PlannedSessionId{plannedId};
    session.duration = Duration{3100.0};
    session.distance = Distance{10400.0};
    session.sessionRpe = 7.0;
    session.avgHeartRate = 150;
    session.wellness.sleep = 4;
    session.wellness.energy = 3;
    session.notes = QStringLiteral("hot");
    for (int i = 0; i < 4; ++i) {
        Rep work;
        work.id = RepId{id * 10 + 2 * i};
        work.distance = Distance{800.0};
        work.time = Duration{160.0 + i};
        work.rpe = 8.0;
        work.avgHeartRate = 170 + i;
        Rep jog;
        jog.id = RepId{id * 10 + 2 * i + 1};
        jog.kind = RepKind::Recovery;
        jog.time = Duration{90.0};
        session.reps.push_back(work);
        session.reps.push_back(jog);
    }
    return session;
}

/// A small log: an athlete, the example templates and microcycles, two planned
/// sessions (one from a template), a rest day and two logged sessions with reps.
LogSnapshot logSnapshot()
{
    LogSnapshot log;
    Athlete athlete;
    athlete.id = AthleteId{1};
    athlete.name = QStringLiteral("Ana Novak");
    athlete.sex = Sex::Female;
    athlete.maxHeartRate = 190;
    athlete.restingHeartRate = 48;
    athlete.recentRace = RaceResult{Distance{5000.0}, Duration{1230.0}, QDate(2025, 5, 10)};
    athlete.sports = SportSet{Sport::Run, Sport::Bike, Sport::Swim};
    log.athletes = {athlete};
    log.templates = exampleSessions();
    for (std::size_t i = 0; i < log.templates.size(); ++i)
        log.templates[i].id = TemplateId{static_cast<qint64>(i + 1)};
    log.microcycles = exampleMicrocycles();
    for (std::size_t i = 0; i < log.microcycles.size(); ++i)
        log.microcycles[i].id = MicrocycleId{static_cast<qint64>(i + 1)};
    for (int i = 0; i < 2; ++i) {
        const SessionTemplate& source = log.templates[static_cast<std::size_t>(i)];
        PlannedSession planned;
        planned.id = PlannedSessionId{i + 1};
        planned.athleteId = athlete.id;
        planned.date = kMonday.addDays(i);
        if (i == 0)
            planned.templateId = source.id;
        planned.name = source.name;
        planned.sport = source.sport;
        planned.purpose = source.purpose;
        planned.steps = source.steps;
        log.planned.push_back(planned);
    }
    log.restDays = {RestDay{athlete.id, kMonday.addDays(3), QStringLiteral("travel")}};
    log.sessions = {loggedRun(1, kMonday, 1), loggedRun(2, kMonday.addDays(1), 2)};
    return log;
}

} // namespace

std::vector<Seed> notationSeeds()
{
    std::vector<Seed> seeds{
        {QStringLiteral("documented.txt"),
         "wu 15min @E; 4x100m strides / 60s walk; 8x400m @I / 90s jog; cd 10min @E"},
        {QStringLiteral("nested.txt"),
         "2x(4x300m @R / 300m jog) // 4min walk; 3x(1km @3:50-3:55/km; 400m @hr150-160 / "
         "1:30 jog); bike 60min @rpe6.5; run 1.5mi @6:20/mi"},
    };
    for (const SessionTemplate& session : exampleSessions())
        seeds.push_back({seedName("example", seeds.size(), "txt"),
                         formatSessionNotation(session.steps).toUtf8()});
    for (const MicrocycleTemplate& microcycle : exampleMicrocycles())
        for (const MicrocycleSession& session : microcycle.sessions)
            seeds.push_back({seedName("microcycle", seeds.size(), "txt"),
                             formatSessionNotation(session.steps).toUtf8()});
    return seeds;
}

std::vector<Seed> sessionJsonSeeds()
{
    std::vector<Seed> seeds;
    for (const SessionTemplate& session : exampleSessions())
        seeds.push_back({seedName("session", seeds.size(), "json"),
                         QJsonDocument(sessionToJson(session)).toJson()});
    return seeds;
}

std::vector<Seed> weekFileSeeds()
{
    std::vector<Seed> seeds;
    for (const MicrocycleTemplate& microcycle : exampleMicrocycles())
        seeds.push_back({seedName("week", seeds.size(), "json"), weekFile(microcycle)});
    return seeds;
}

std::vector<Seed> logJsonSeeds()
{
    // Kept small (under 40 KiB): the fuzzer reads at most 64 KiB per input.
    LogSnapshot log = logSnapshot();
    log.templates.resize(std::min<std::size_t>(log.templates.size(), 3));
    log.microcycles.resize(std::min<std::size_t>(log.microcycles.size(), 1));
    std::vector<Seed> seeds{{QStringLiteral("log.json"), logToJson(log)}};
    log.templates.resize(1);
    log.microcycles.clear();
    seeds.push_back({QStringLiteral("small-log.json"), logToJson(log)});
    return seeds;
}

} // namespace paceline::fuzz
