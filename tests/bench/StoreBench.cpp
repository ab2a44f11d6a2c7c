// Writing logged sessions: one committed session (what a user waits for after
// "Save"), in a fresh log and in a coach's ten-year log of thirty athletes, and many
// sessions in one transaction (imports and the demo history).

#include "BenchData.h"
#include "core/science/LoadSeries.h"
#include "core/store/AthleteStore.h"
#include "core/store/LogStore.h"
#include "core/store/SessionStore.h"

#include <QFile>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

#include <algorithm>
#include <string>
#include <utility>
#include <vector>

using namespace paceline;

namespace {

struct BenchLog {
    QTemporaryDir dir;
    std::unique_ptr<LogStore> store;
    AthleteId athlete;

    BenchLog()
    {
        store = std::move(LogStore::open(dir.filePath(QStringLiteral("bench.sqlite"))).value());
        Athlete ana;
        ana.name = QStringLiteral("Ana");
        (void)store->athletes().insert(ana);
        athlete = ana.id;
    }
};

/// A session of `reps` work reps with recoveries on `day`, values varying like real ones.
LoggedSession sessionWithReps(AthleteId athlete, QDate day, int index, int reps)
{
    LoggedSession session;
    session.athleteId = athlete;
    session.start = QDateTime(day, QTime(7, 0), Qt::OffsetFromUTC, 3600);
    session.title = QStringLiteral("Intervals");
    session.duration = Duration{3000.0 + index % 900};
    session.distance = Distance{10000.0 + index % 2000};
    session.sessionRpe = 3.0 + index % 7;
    session.avgHeartRate = 130 + index % 40;
    for (int i = 0; i < reps; ++i) {
        Rep rep;
        rep.kind = i % 2 == 0 ? RepKind::Work : RepKind::Recovery;
        rep.distance = Distance{rep.kind == RepKind::Work ? 400.0 : 200.0};
        rep.time = Duration{80.0 + (index + i) % 15 + 0.1 * (i % 10)};
        rep.rpe = 5.0 + (index + i) % 5;
        rep.avgHeartRate = 150 + (index + i) % 25;
        rep.maxHeartRate = 170 + (index + i) % 15;
        rep.cadence = 175.0 + i % 10;
        session.reps.push_back(rep);
    }
    return session;
}

// Issue 8's target: saving a logged session of 20 reps, committed, in under 5 ms.
void saveSessionOf20RepsCommitted(benchmark::State& state)
{
    BenchLog log;
    int index = 0;
    for (auto _ : state) {
        LoggedSession session =
            sessionWithReps(log.athlete, QDate(2020, 1, 1).addDays(index), index, 20);
        ++index;
        if (!log.store->sessions().insert(session))
            state.SkipWithError("insert failed");
    }
}
BENCHMARK(saveSessionOf20RepsCommitted)->Unit(benchmark::kMillisecond);

/// A writable copy of a demo log (the dataset itself is never written), its first
/// athlete's last logged day, and the load checkpoints the Analysis screen would keep for
/// that athlete: one at every month start of the history in each measure, as after a
/// coach looked at every measure. A save drops those after its day (migration 6), so a
/// save in the middle of the history meets them as it would in use.
struct CoachLog {
    QTemporaryDir dir;
    std::unique_ptr<LogStore> store;
    AthleteId athlete;
    QDate lastLogged;
    std::vector<std::pair<LoadMeasure, std::vector<FigureCheckpoint>>> checkpoints;
    std::string problem; ///< why it cannot be used; SkipWithError takes a C string

    CoachLog(int athletes, int weeks)
    {
        const std::optional<QString> dataset = benchDataset(athletes, weeks);
        if (!dataset) {
            problem = benchDataMissing(athletes, weeks).toStdString();
            return;
        }
        const QString path = dir.filePath(QStringLiteral("coach.sqlite"));
        if (!QFile::copy(*dataset, path)) {
            problem = "could not copy the dataset";
            return;
        }
        auto opened = LogStore::open(path);
        if (!opened) {
            problem = opened.error().message.toStdString();
            return;
        }
        store = std::move(opened.value());
        const auto all = store->athletes().all().value();
        athlete = std::min_element(all.begin(), all.end(), [](const auto& a, const auto& b) {
                      return a.id.value < b.id.value;
                  })->id;
        const auto [firstLogged, last] = *store->sessions().dayRange(athlete).value();
        lastLogged = last;
        const auto rows = store->sessions().dailyLoads(athlete, firstLogged, lastLogged).value();
        for (const auto& measure : enumEntries<LoadMeasure>()) {
            const std::vector<DayFigures> history = dailyFigures(
                firstLogged, dailyLoadVector(rows, firstLogged, lastLogged, measure.value));
            checkpoints.emplace_back(measure.value,
                                     monthlyCheckpoints(history, firstLogged, lastLogged));
        }
        if (!keepCheckpoints())
            problem = "could not keep the load checkpoints";
    }

    /// Puts back the checkpoints the saves and removals dropped.
    bool keepCheckpoints()
    {
        return bool(store->transaction([&]() -> Status {
            for (const auto& [measure, kept] : checkpoints) {
                if (Status done = store->sessions().keepLoadCheckpoints(athlete, measure, kept);
                    !done)
                    return done;
            }
            return {};
        }));
    }
};

/// One copy for all runs: the benchmark removes what it saves, so the log stays as it
/// was, and copying 130 MB for every run would make the suite slow.
CoachLog& thirtyAthleteLog()
{
    static CoachLog log(30, 520);
    return log;
}

// Issue 8's save target in a coach's log: thirty athletes, ten years each (93,000
// sessions, 840,000 reps), the first athlete's session of 20 reps saved on their newest
// day or five years back. What a save keeps current (daily_load, the session count, the
// load checkpoints after its day) must not grow with the history. Each saved session is
// removed again and the checkpoints put back, untimed, so every save meets the same log;
// they go on the days of the four weeks up to that day in turn, days with training on
// them already.
void saveSessionOf20RepsCoachLog(benchmark::State& state)
{
    const int yearsBack = int(state.range(0));
    CoachLog& log = thirtyAthleteLog();
    if (!log.problem.empty()) {
        state.SkipWithError(log.problem.c_str());
        return;
    }
    const QDate target = log.lastLogged.addYears(-yearsBack);
    // What each save drops: the checkpoints after the saved day (about, as it moves).
    std::size_t later = 0;
    for (const auto& [measure, kept] : log.checkpoints)
        later += std::size_t(std::count_if(kept.begin(), kept.end(), [&](const auto& checkpoint) {
            return checkpoint.day > target;
        }));
    state.counters["checkpoints_after"] = double(later);
    int index = 0;
    for (auto _ : state) {
        LoggedSession session =
            sessionWithReps(log.athlete, target.addDays(-(index % 28)), index, 20);
        ++index;
        if (!log.store->sessions().insert(session)) {
            state.SkipWithError("insert failed");
            return;
        }
        state.PauseTiming();
        const bool restored = log.store->sessions().remove(session.id) && log.keepCheckpoints();
        state.ResumeTiming();
        if (!restored) {
            state.SkipWithError("removing the session or keeping the checkpoints failed");
            return;
        }
    }
}
BENCHMARK(saveSessionOf20RepsCoachLog)
    ->Arg(0)
    ->Arg(5)
    ->ArgName("years_back")
    ->Unit(benchmark::kMillisecond);

// Rows per second when many sessions with 11 reps each go in one transaction.
void sessionsInOneTransaction(benchmark::State& state)
{
    const int sessions = int(state.range(0));
    for (auto _ : state) {
        state.PauseTiming();
        BenchLog log;
        state.ResumeTiming();
        const Status status = log.store->transaction([&]() -> Status {
            for (int i = 0; i < sessions; ++i) {
                LoggedSession session =
                    sessionWithReps(log.athlete, QDate(2020, 1, 1).addDays(i), i, 11);
                if (Status inserted = log.store->sessions().insert(session); !inserted)
                    return inserted;
            }
            return {};
        });
        if (!status)
            state.SkipWithError("transaction failed");
    }
    state.SetItemsProcessed(state.iterations() * sessions * 12);
    state.counters["rows"] = double(sessions * 12);
}
BENCHMARK(sessionsInOneTransaction)->Arg(1000)->Arg(10000)->Unit(benchmark::kMillisecond);

} // namespace
