// Writing logged sessions: one committed session (what a user waits for after
// "Save"), and many sessions in one transaction (imports and the demo history).

#include "core/store/AthleteStore.h"
#include "core/store/LogStore.h"
#include "core/store/SessionStore.h"

#include <QTemporaryDir>

#include <benchmark/benchmark.h>

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

/// A session of `reps` work reps with recoveries, values varying like real ones.
LoggedSession sessionWithReps(AthleteId athlete, int index, int reps)
{
    LoggedSession session;
    session.athleteId = athlete;
    session.start =
        QDateTime(QDate(2020, 1, 1).addDays(index), QTime(7, 0), Qt::OffsetFromUTC, 3600);
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
        LoggedSession session = sessionWithReps(log.athlete, index++, 20);
        if (!log.store->sessions().insert(session))
            state.SkipWithError("insert failed");
    }
}
BENCHMARK(saveSessionOf20RepsCommitted)->Unit(benchmark::kMillisecond);

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
                LoggedSession session = sessionWithReps(log.athlete, i, 11);
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
