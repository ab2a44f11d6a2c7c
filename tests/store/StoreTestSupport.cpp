#include "StoreTestSupport.h"

#include "core/store/AthleteStore.h"

#include <QFile>

namespace paceline::test {
namespace {

Step step(StepKind kind, Target target, Intensity intensity)
{
    Step result;
    result.kind = kind;
    result.target = target;
    result.intensity = intensity;
    return result;
}

} // namespace

void StoreTest::SetUp()
{
    ASSERT_TRUE(m_dir.isValid());
    m_store = open();
    ASSERT_TRUE(m_store);
    Athlete athlete = sampleAthlete();
    const Status inserted = m_store->athletes().insert(athlete);
    ASSERT_TRUE(inserted.ok()) << inserted.errorMessage().toStdString();
    m_athleteId = athlete.id;
}

std::unique_ptr<LogStore> StoreTest::open(const QString& name, const OpenOptions& options)
{
    return openOrFail(pathOf(name), options);
}

std::unique_ptr<LogStore> openOrFail(const QString& path, const OpenOptions& options)
{
    auto opened = LogStore::open(path, options);
    if (!opened.ok()) {
        ADD_FAILURE() << opened.error().message.toStdString();
        return nullptr;
    }
    return std::move(opened).value();
}

FileState FileState::of(const QString& path)
{
    FileState state;
    QFile file(path);
    state.exists = file.exists();
    if (file.open(QIODevice::ReadOnly))
        state.bytes = file.readAll();
    state.wal = QFile::exists(path + QStringLiteral("-wal"));
    state.shm = QFile::exists(path + QStringLiteral("-shm"));
    state.journal = QFile::exists(path + QStringLiteral("-journal"));
    return state;
}

Athlete sampleAthlete(const QString& name)
{
    Athlete athlete;
    athlete.name = name;
    athlete.sex = Sex::Female;
    athlete.maxHeartRate = 191;
    athlete.restingHeartRate = 44;
    athlete.recentRace =
        RaceResult{Distance::fromKilometres(10.0), Duration{39 * 60 + 12.5}, QDate(2024, 4, 21)};
    athlete.units = UnitSystem::Imperial;
    athlete.sports = {Sport::Run, Sport::Bike, Sport::Swim};
    return athlete;
}

SessionTemplate richTemplate()
{
    Step warmUp = step(StepKind::WarmUp, Duration::fromMinutes(15), PaceZone::Easy);
    warmUp.notes = QStringLiteral("relaxed, with drills at the end");
    Step fast =
        step(StepKind::Work, Distance{400.0},
             PaceRange{Speed::fromSecondsPerKilometre(200), Speed::fromSecondsPerKilometre(190)});
    Step jog = step(StepKind::Recovery, Duration{60.0}, HeartRateRange{120, 140});
    jog.recoveryMode = RecoveryMode::Jog;
    Step surge = step(StepKind::Work, Distance{200.0}, RpeTarget{8.5});
    Step open = step(StepKind::Strides, std::monostate{}, std::monostate{});
    open.sport = Sport::Run;

    RepeatGroup inner{StepId{}, 3, {StepNode{fast}, StepNode{jog}}, std::nullopt};
    Step standing = step(StepKind::Rest, Duration{180.0}, std::monostate{});
    standing.recoveryMode = RecoveryMode::Stand;
    RepeatGroup outer{StepId{}, 2, {StepNode{inner}, StepNode{surge}}, standing};

    SessionTemplate result;
    result.name = QStringLiteral("Ladders of 400s");
    result.sport = Sport::Run;
    result.purpose = Purpose::FatigueTolerance;
    result.notes = QStringLiteral("Keep the last set honest.");
    result.steps = {StepNode{warmUp}, StepNode{outer}, StepNode{open},
                    StepNode{step(StepKind::CoolDown, Distance{2000.0}, PaceZone::RotationEasy)}};
    return result;
}

PlannedSession samplePlan(AthleteId athlete, QDate date)
{
    PlannedSession plan;
    plan.athleteId = athlete;
    plan.date = date;
    plan.orderInDay = 1;
    plan.name = QStringLiteral("Tuesday ladders");
    plan.sport = Sport::Run;
    plan.purpose = Purpose::Threshold;
    plan.notes = QStringLiteral("track if open");
    plan.steps = richTemplate().steps;
    return plan;
}

MicrocycleTemplate sampleMicrocycle(const QString& name)
{
    auto session = [](int day, int order, const QString& title, Sport sport) {
        MicrocycleSession made;
        made.day = day;
        made.orderInDay = order;
        made.name = title;
        made.sport = sport;
        return made;
    };
    MicrocycleSession intervals = session(1, 0, QStringLiteral("Ladders"), Sport::Run);
    intervals.purpose = Purpose::Threshold;
    intervals.notes = QStringLiteral("track");
    intervals.steps = richTemplate().steps;
    MicrocycleSession easy = session(1, 1, QStringLiteral("Shake-out"), Sport::Run);
    easy.steps = {StepNode{step(StepKind::Work, Duration::fromMinutes(25), PaceZone::Easy)}};
    MicrocycleSession ride = session(5, 0, QStringLiteral("Brick ride"), Sport::Bike);
    MicrocycleSession run = session(5, 1, QStringLiteral("Brick run"), Sport::Run);
    MicrocycleSession last = session(13, 0, QStringLiteral("Long ladders"), Sport::Run);
    last.steps = richTemplate().steps;

    MicrocycleTemplate microcycle;
    microcycle.name = name;
    microcycle.description = QStringLiteral("Hard Tuesday and Saturday brick, then rest.");
    microcycle.weeks = 2;
    microcycle.sessions = {intervals, easy, ride, run, last};
    microcycle.restDays = {0, 6, 7};
    return microcycle;
}

LoggedSession sampleSession(AthleteId athlete, QDate day)
{
    LoggedSession session;
    session.athleteId = athlete;
    // 00:30 at UTC+02:00 is 22:30 UTC the day before: the local day must win.
    session.start = QDateTime(day, QTime(0, 30, 5), Qt::OffsetFromUTC, 2 * 3600);
    session.sport = Sport::Run;
    session.title = QStringLiteral("Evening 6×800");
    session.duration = Duration::fromMinutes(62.5);
    session.distance = Distance{11250.0};
    session.sessionRpe = 7.5;
    session.avgHeartRate = 152;
    session.maxHeartRate = 181;
    session.wellness = {4, 2, 3, 5, 1, 4};
    session.formNotes = QStringLiteral("tall, quick feet");
    session.notes = QStringLiteral("windy back straight");
    for (int i = 0; i < 6; ++i) {
        Rep work{RepId{},
                 RepKind::Work,
                 std::nullopt,
                 Distance{800.0},
                 Duration{158.0 + i},
                 8.0,
                 170,
                 178,
                 182.5,
                 QStringLiteral("rep %1").arg(i + 1)};
        Rep easy{RepId{},      RepKind::Recovery, std::nullopt, std::nullopt, Duration{90.0},
                 std::nullopt, std::nullopt,      std::nullopt, std::nullopt, QString()};
        session.reps.push_back(work);
        session.reps.push_back(easy);
    }
    return session;
}

LoggedSession simpleSession(AthleteId athlete, QDate day, Sport sport, double minutes,
                            std::optional<double> rpe, std::optional<double> metres)
{
    LoggedSession session;
    session.athleteId = athlete;
    session.start = QDateTime(day, QTime(7, 0), Qt::OffsetFromUTC, 3600);
    session.sport = sport;
    session.title = QStringLiteral("Session");
    session.duration = Duration::fromMinutes(minutes);
    session.sessionRpe = rpe;
    if (metres)
        session.distance = Distance{*metres};
    return session;
}

std::vector<DailyLoad> withoutLoadFigures(std::vector<DailyLoad> loads)
{
    for (DailyLoad& load : loads) {
        load.trimp = 0.0;
        load.runningTss = 0.0;
        load.zoneSeconds = {};
    }
    return loads;
}

void overwrite(const QString& path, qint64 offset, const QByteArray& bytes)
{
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadWrite));
    ASSERT_TRUE(file.seek(offset));
    ASSERT_EQ(file.write(bytes), bytes.size());
}

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    ASSERT_EQ(file.write(bytes), bytes.size());
}

} // namespace paceline::test
