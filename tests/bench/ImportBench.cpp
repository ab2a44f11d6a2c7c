// Import at season scale (issue 7): a synthetic 6-hour 1 Hz recording decoded, and a
// batch of 1,000 one-hour runs imported into a fresh log with the store writes, with
// the memory the process holds measured along the way (it must not grow with the
// number of files). The files are written with the project's own FIT Encoder.

#include "SyntheticRecordings.h"
#include "core/import/ActivityImporter.h"
#include "core/io/activity/FitReader.h"
#include "core/store/AthleteStore.h"
#include "core/store/LogStore.h"
#include "core/store/SessionStore.h"
#include "tests/import/FitActivityFixture.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

#include <unistd.h>

using namespace paceline;

namespace {

/// Resident memory of this process in MiB, from /proc/self/statm.
double residentMiB()
{
    QFile statm(QStringLiteral("/proc/self/statm"));
    if (!statm.open(QIODevice::ReadOnly))
        return 0.0;
    const QList<QByteArray> fields = statm.readAll().split(' ');
    if (fields.size() < 2)
        return 0.0;
    return fields[1].toDouble() * static_cast<double>(sysconf(_SC_PAGESIZE)) / (1024.0 * 1024.0);
}

QByteArray hourRun(const QDateTime& start)
{
    // Twelve 5-minute laps at 3.3 m/s with heart rate: 3,600 records.
    return test::fitActivityFile(test::runOf(test::evenLaps(12, 300, 3.3, 150), start));
}

void readSixHourRecording(benchmark::State& state)
{
    const QByteArray bytes = bench::sixHourRecording();
    const FitReader reader;
    int records = 0;
    for (auto _ : state) {
        auto recording = reader.read(bytes, QStringLiteral("six-hours.fit"));
        records = recording ? recording->recordCount : -1;
        benchmark::DoNotOptimize(records);
    }
    state.SetBytesProcessed(state.iterations() * bytes.size());
    state.counters["records"] = records;
    state.counters["file_kB"] = static_cast<double>(bytes.size()) / 1000.0;
}
BENCHMARK(readSixHourRecording)->Unit(benchmark::kMillisecond);

/// 1,000 one-hour runs on disk, written once.
struct HourRunFolder {
    QTemporaryDir dir;
    QStringList files;

    HourRunFolder()
    {
        const QDateTime first(QDate(2024, 1, 1), QTime(6, 30), QTimeZone::utc());
        for (int day = 0; day < 1000; ++day) {
            const QString path =
                dir.filePath(QStringLiteral("run-%1.fit").arg(day, 4, 10, QLatin1Char('0')));
            QFile file(path);
            if (file.open(QIODevice::WriteOnly))
                file.write(hourRun(first.addDays(day)));
            files << path;
        }
    }
};

void importThousandHourRuns(benchmark::State& state)
{
    static HourRunFolder folder;
    int imported = 0;
    double residentAfter100 = 0.0;
    double residentAfter1000 = 0.0;
    for (auto _ : state) {
        state.PauseTiming();
        QTemporaryDir logDir;
        auto store =
            std::move(LogStore::open(logDir.filePath(QStringLiteral("log.sqlite"))).value());
        Athlete athlete;
        athlete.name = QStringLiteral("Bench");
        if (!store->athletes().insert(athlete)) {
            state.SkipWithError("cannot add the athlete");
            return;
        }
        ActivityImporter importer(*store, athlete.id);
        ImportSummary summary;
        state.ResumeTiming();
        for (int index = 0; index < folder.files.size(); ++index) {
            summary.add(importer.importFile(folder.files[index]));
            if (index == 99)
                residentAfter100 = residentMiB();
        }
        residentAfter1000 = residentMiB();
        imported = summary.imported;
    }
    state.counters["files_imported"] = imported;
    state.counters["rss_MiB_after_100"] = residentAfter100;
    state.counters["rss_MiB_after_1000"] = residentAfter1000;
}
BENCHMARK(importThousandHourRuns)->Iterations(2)->Unit(benchmark::kMillisecond);

} // namespace
