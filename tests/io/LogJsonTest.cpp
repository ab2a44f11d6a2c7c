// The whole-log JSON backup: every part survives logToJson -> logFromJson with its ids,
// and every kind of bad value is reported with the file name and its JSON path.

#include "core/io/LogJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

using namespace paceline;

namespace {

std::string str(const QString& text)
{
    return text.toStdString();
}

Step step(qint64 id, StepKind kind, Target target, Intensity intensity)
{
    Step made;
    made.id = StepId{id};
    made.kind = kind;
    made.target = target;
    made.intensity = intensity;
    return made;
}

/// Warm-up, 2 x (3 x (400 m, jog) then 200 m) with a rest between sets, cool-down:
/// step ids 11..17 in tree order (group ids are not kept by the backup).
StepTree planSteps()
{
    Step fast = step(
        12, StepKind::Work, Distance{400.0},
        PaceRange{Speed::fromSecondsPerKilometre(200.125), Speed::fromSecondsPerKilometre(190)});
    Step jog = step(13, StepKind::Recovery, Duration{60.0}, HeartRateRange{120, 140});
    jog.recoveryMode = RecoveryMode::Jog;
    RepeatGroup inner{StepId{}, 3, {StepNode{fast}, StepNode{jog}}, std::nullopt};
    Step surge = step(14, StepKind::Work, Distance{200.0}, RpeTarget{8.5});
    Step rest = step(15, StepKind::Rest, Duration{180.0}, std::monostate{});
    RepeatGroup outer{StepId{}, 2, {StepNode{inner}, StepNode{surge}}, rest};
    return {StepNode{step(11, StepKind::WarmUp, Duration::fromMinutes(15), PaceZone::Easy)},
            StepNode{outer},
            StepNode{step(16, StepKind::Strides, std::monostate{}, std::monostate{})},
            StepNode{step(17, StepKind::CoolDown, Distance{2000.0}, PaceZone::Easy)}};
}

StepTree withoutIds(StepTree tree)
{
    for (StepNode& node : tree) {
        if (node.isStep())
            node.step().id = StepId{};
        else
            node.group().children = withoutIds(node.group().children);
        if (node.isGroup() && node.group().recoveryBetweenSets)
            node.group().recoveryBetweenSets->id = StepId{};
    }
    return tree;
}

LogSnapshot sampleSnapshot()
{
    LogSnapshot snapshot;
    Athlete ana;
    ana.id = AthleteId{4};
    ana.name = QStringLiteral("Ana \"AL\" Lopes");
    ana.sex = Sex::Female;
    ana.maxHeartRate = 191;
    ana.restingHeartRate = 44;
    ana.recentRace = RaceResult{Distance{10000.0}, Duration{2352.5}, QDate(2026, 4, 21)};
    ana.units = UnitSystem::Imperial;
    ana.sports = {Sport::Run, Sport::Swim};
    Athlete bo;
    bo.id = AthleteId{9};
    bo.name = QStringLiteral("Bo");
    bo.sports = {};
    snapshot.athletes = {ana, bo};

    SessionTemplate ladders;
    ladders.id = TemplateId{3};
    ladders.name = QStringLiteral("Ladders");
    ladders.purpose = Purpose::Threshold;
    ladders.notes = QStringLiteral("keep it honest");
    ladders.steps = withoutIds(planSteps());
    snapshot.templates = {ladders};

    MicrocycleTemplate week;
    week.id = MicrocycleId{2};
    week.name = QStringLiteral("Two hard");
    week.description = QStringLiteral("Tuesday and Saturday");
    week.weeks = 2;
    MicrocycleSession tuesday;
    tuesday.day = 1;
    tuesday.orderInDay = 1;
    tuesday.name = QStringLiteral("Ladders");
    tuesday.purpose = Purpose::Threshold;
    tuesday.steps = withoutIds(planSteps());
    week.sessions = {tuesday};
    week.restDays = {0, 13};
    snapshot.microcycles = {week};

    PlannedSession plan;
    plan.id = PlannedSessionId{21};
    plan.athleteId = ana.id;
    plan.date = QDate(2026, 3, 2);
    plan.orderInDay = 1;
    plan.templateId = ladders.id;
    plan.name = QStringLiteral("Tuesday ladders");
    plan.notes = QStringLiteral("track");
    plan.steps = planSteps();
    PlannedSession swim;
    swim.id = PlannedSessionId{22};
    swim.athleteId = bo.id;
    swim.date = QDate(2026, 3, 4);
    swim.sport = Sport::Swim;
    snapshot.planned = {plan, swim};
    snapshot.restDays = {RestDay{ana.id, QDate(2026, 3, 1), QStringLiteral("travel")}};

    LoggedSession session;
    session.id = LoggedSessionId{31};
    session.athleteId = ana.id;
    session.start = QDateTime(QDate(2026, 3, 2), QTime(0, 30, 5), Qt::OffsetFromUTC, 2 * 3600);
    session.title = QStringLiteral("Ladders, done");
    session.plannedSessionId = plan.id;
    session.duration = Duration{3725.25};
    session.distance = Distance{11250.5};
    session.sessionRpe = 7.5;
    session.avgHeartRate = 152;
    session.maxHeartRate = 181;
    session.wellness = {4, 2, 3, 5, 1, std::nullopt};
    session.formNotes = QStringLiteral("tall");
    session.notes = QStringLiteral("windy\nback straight");
    Rep work{RepId{}, RepKind::Work, StepId{12}, Distance{400.0}, Duration{79.4},
             8.0,     170,           178,        182.5,           QStringLiteral("first")};
    Rep jog{RepId{},      RepKind::Recovery, StepId{13},   std::nullopt, Duration{60.0},
            std::nullopt, std::nullopt,      std::nullopt, std::nullopt, QString()};
    session.reps = {work, jog};
    session.stability = PaceStability{1, 1.0 / 3.0, std::nullopt, Duration{2.0 / 3.0}, 1, 1, 0.1};
    LoggedSession bare;
    bare.id = LoggedSessionId{32};
    bare.athleteId = bo.id;
    bare.start = QDateTime(QDate(2026, 3, 4), QTime(6, 0), Qt::OffsetFromUTC, 0);
    bare.sport = Sport::Swim;
    bare.duration = Duration{1800.0};
    snapshot.sessions = {session, bare};
    return snapshot;
}

void expectSame(const LogSnapshot& read, const LogSnapshot& written)
{
    EXPECT_EQ(read.athletes, written.athletes);
    EXPECT_EQ(read.templates, written.templates);
    EXPECT_EQ(read.microcycles, written.microcycles);
    EXPECT_EQ(read.planned, written.planned);
    EXPECT_EQ(read.restDays, written.restDays);
    ASSERT_EQ(read.sessions.size(), written.sessions.size());
    for (size_t index = 0; index < read.sessions.size(); ++index) {
        EXPECT_EQ(read.sessions[index], written.sessions[index]) << "session " << index;
        EXPECT_EQ(read.sessions[index].start.offsetFromUtc(),
                  written.sessions[index].start.offsetFromUtc());
    }
}

QJsonObject backupObject()
{
    return QJsonDocument::fromJson(logToJson(sampleSnapshot())).object();
}

/// The backup with one value replaced: `edit` changes the parsed document.
template <typename Edit> QString errorAfter(Edit edit)
{
    QJsonObject json = backupObject();
    edit(json);
    auto read = logFromJson(QJsonDocument(json).toJson(), QStringLiteral("backup.json"));
    EXPECT_FALSE(read.ok());
    return read.ok() ? QString() : read.errorMessage();
}

/// Sets `json[array][index][key] = value`.
void setIn(QJsonObject& json, const char* array, int index, const char* key, QJsonValue value)
{
    QJsonArray items = json.value(QLatin1String(array)).toArray();
    QJsonObject item = items.at(index).toObject();
    item.insert(QLatin1String(key), value);
    items.replace(index, item);
    json.insert(QLatin1String(array), items);
}

void setRepValue(QJsonObject& json, const char* key, QJsonValue value)
{
    QJsonArray sessions = json.value(QLatin1String("sessions")).toArray();
    QJsonObject session = sessions.at(0).toObject();
    QJsonArray reps = session.value(QLatin1String("reps")).toArray();
    QJsonObject rep = reps.at(1).toObject();
    rep.insert(QLatin1String(key), value);
    reps.replace(1, rep);
    session.insert(QStringLiteral("reps"), reps);
    sessions.replace(0, session);
    json.insert(QStringLiteral("sessions"), sessions);
}

} // namespace

TEST(LogJson, EveryPartRoundTripsWithItsIds)
{
    const LogSnapshot written = sampleSnapshot();
    const QByteArray json = logToJson(written);
    auto read = logFromJson(json, QStringLiteral("backup.json"));
    ASSERT_TRUE(read.ok()) << str(read.errorMessage());
    expectSame(*read, written);
    // Written again, the same bytes: nothing is lost or reordered on the way.
    EXPECT_EQ(logToJson(*read), json);
}

TEST(LogJson, TopLevelHoldsTheDocumentedKeys)
{
    const QJsonObject json = backupObject();
    EXPECT_EQ(str(json.value(QLatin1String("format")).toString()), "paceline-log");
    EXPECT_EQ(json.value(QLatin1String("version")).toInt(), 1);
    for (const char* key :
         {"athletes", "templates", "microcycles", "planned", "rest_days", "sessions"})
        EXPECT_TRUE(json.value(QLatin1String(key)).isArray()) << key;
    const QJsonObject plan = json.value(QLatin1String("planned")).toArray().at(0).toObject();
    EXPECT_EQ(plan.value(QLatin1String("step_ids")).toArray(),
              (QJsonArray{11, 12, 13, 14, 15, 16, 17}));
    const QJsonObject session = json.value(QLatin1String("sessions")).toArray().at(0).toObject();
    EXPECT_EQ(str(session.value(QLatin1String("start")).toString()), "2026-03-02T00:30:05+02:00");
    // Stability is kept exactly, not rounded for reading as in the CLI's JSON.
    EXPECT_EQ(session.value(QLatin1String("stability"))
                  .toObject()
                  .value(QLatin1String("pace_cv_percent"))
                  .toDouble(),
              1.0 / 3.0);
}

TEST(LogJson, AnEmptyBackupReadsAsAnEmptyLog)
{
    auto read =
        logFromJson(R"({"format": "paceline-log", "version": 1})", QStringLiteral("b.json"));
    ASSERT_TRUE(read.ok()) << str(read.errorMessage());
    EXPECT_TRUE(read->athletes.empty());
    EXPECT_TRUE(read->sessions.empty());
}

TEST(LogJson, BadValuesAreNamedByFileAndJsonPath)
{
    EXPECT_EQ(str(errorAfter([](QJsonObject& json) { setRepValue(json, "rpe", 11); })),
              "backup.json: sessions[0].reps[1].rpe: 11 is not between 0 and 10");
    EXPECT_EQ(str(errorAfter([](QJsonObject& json) { setRepValue(json, "time_s", "1:00"); })),
              "backup.json: sessions[0].reps[1].time_s: must be a number or null");
    EXPECT_EQ(
        str(errorAfter([](QJsonObject& json) { setIn(json, "sessions", 1, "sport", "row"); })),
        "backup.json: sessions[1].sport: must be one of run, bike, swim, brick, strength, "
        "cross");
    EXPECT_EQ(str(errorAfter([](QJsonObject& json) {
                  setIn(json, "sessions", 1, "start", "2026-03-04T06:00:00");
              })),
              "backup.json: sessions[1].start: must be a date and time with its UTC offset, like "
              "2026-03-02T07:30:00+01:00");
    EXPECT_EQ(str(errorAfter([](QJsonObject& json) { setIn(json, "athletes", 0, "max_hr", 320); })),
              "backup.json: athletes[0].max_hr: 320 is not between 25 and 250");
    EXPECT_EQ(str(errorAfter([](QJsonObject& json) { setIn(json, "planned", 1, "dat", "x"); })),
              "backup.json: planned[1].dat: unknown key; expected athlete_id, date, order_in_day, "
              "template_id, name, sport, purpose, notes, steps, step_ids");
    EXPECT_EQ(str(errorAfter([](QJsonObject& json) {
                  setIn(json, "templates", 0, "steps", QJsonArray{QJsonObject{{"type", "lap"}}});
              })),
              "backup.json: templates[0].steps[0].type: must be \"step\" or \"repeat\"");
    EXPECT_EQ(str(errorAfter([](QJsonObject& json) {
                  setIn(json, "planned", 0, "step_ids", QJsonArray{1, 2});
              })),
              "backup.json: planned[0].step_ids: must list one id per step (7)");
}

TEST(LogJson, LinksMustPointInsideTheFile)
{
    EXPECT_EQ(
        str(errorAfter([](QJsonObject& json) { setIn(json, "sessions", 1, "athlete_id", 5); })),
        "backup.json: sessions[1].athlete_id: 5 is not the id of an athlete in \"athletes\"");
    EXPECT_EQ(
        str(errorAfter([](QJsonObject& json) { setIn(json, "planned", 0, "template_id", 8); })),
        "backup.json: planned[0].template_id: 8 is not the id of a template in "
        "\"templates\"");
    EXPECT_EQ(str(errorAfter(
                  [](QJsonObject& json) { setIn(json, "sessions", 0, "planned_session_id", 99); })),
              "backup.json: sessions[0].planned_session_id: 99 is not the id of a session in "
              "\"planned\"");
    EXPECT_EQ(str(errorAfter([](QJsonObject& json) { setIn(json, "planned", 1, "id", 21); })),
              "backup.json: planned[1].id: 21 is the id of an earlier element too");
    EXPECT_EQ(str(errorAfter([](QJsonObject& json) { setRepValue(json, "planned_step_id", 3); })),
              "backup.json: sessions[0].reps[1].planned_step_id: 3 is not a step of the "
              "session's planned session");
}

TEST(LogJson, StepIdsMustBeUsableIdsListedOnce)
{
    // Beyond 2^53 a double is no exact id, and casting 1e300 to an id is undefined.
    EXPECT_EQ(str(errorAfter([](QJsonObject& json) {
                  setIn(json, "planned", 0, "step_ids", QJsonArray{11, 12, 13, 14, 15, 16, 1e300});
              })),
              "backup.json: planned[0].step_ids[6]: must be a positive whole number (an id)");
    // Two steps with one id: a rep naming it could be either.
    EXPECT_EQ(str(errorAfter([](QJsonObject& json) {
                  setIn(json, "planned", 0, "step_ids", QJsonArray{11, 12, 13, 14, 15, 16, 12});
              })),
              "backup.json: planned[0].step_ids: 12 is listed twice");
}

TEST(LogJson, RefusesOtherFilesAndNewerVersions)
{
    auto parse = [](const char* json) {
        auto read = logFromJson(QByteArray(json), QStringLiteral("b.json"));
        return read.ok() ? std::string("ok") : str(read.errorMessage());
    };
    EXPECT_EQ(parse(R"({"format": "paceline-session", "version": 1})"),
              "b.json: format: this is not a Paceline log backup (expected \"paceline-log\")");
    EXPECT_EQ(parse(R"({"format": "paceline-log", "version": 2})"),
              "b.json: version: 2 is newer than this Paceline reads (1); update Paceline to open "
              "it");
    EXPECT_EQ(parse(R"({"format": "paceline-log", "version": 1, "athletes": {}})"),
              "b.json: athletes: must be an array");
    EXPECT_EQ(parse("[1, 2]"),
              "b.json: not a Paceline log backup: the file must be one JSON object");
    EXPECT_EQ(parse(R"({"format": "paceline-log", )"),
              "b.json: malformed JSON at byte 27: unterminated object");
}
