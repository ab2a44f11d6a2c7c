// Decoding speed of watch files (issue 7): Paceline's FIT decoder and reader on the
// largest real FIT file (and, for the peers, on the synthetic 6-hour recording too: Arg 1),
// against Garmin's FIT JavaScript SDK (timed in-process by
// node) and gpsbabel (timed as a whole process, as is `paceline-cli inspect`), in the
// same run so the ratios in docs/benchmarks.md compare like with like.
//
// The real file lives in ../shared/data (PACELINE_SHARED_DATA overrides); the peers
// need node with the SDK installed by scripts/setup-fit-oracle.sh, and gpsbabel. A
// benchmark whose input or peer is missing skips with the reason.

#include "SyntheticRecordings.h"
#include "core/io/activity/FitDecoder.h"
#include "core/io/activity/FitReader.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

using namespace paceline;

namespace {

QString sharedDataDir()
{
    const QByteArray fromEnvironment = qgetenv("PACELINE_SHARED_DATA");
    return fromEnvironment.isEmpty() ? QStringLiteral(PACELINE_SHARED_DATA_DIR)
                                     : QString::fromLocal8Bit(fromEnvironment);
}

QString bigFitPath()
{
    return sharedDataDir() + QStringLiteral("/fit/big_bryton_ride_100k_records.fit");
}

/// The synthetic 6-hour recording as a file, written once for the peers to read.
QString sixHourPath()
{
    static QTemporaryDir dir;
    static const QString path = [] {
        const QString file = dir.filePath(QStringLiteral("six-hours.fit"));
        QFile out(file);
        if (out.open(QIODevice::WriteOnly))
            out.write(bench::sixHourRecording());
        return file;
    }();
    return path;
}

/// The file a peer benchmark decodes: 0 the largest real file, 1 the synthetic one.
QString peerInput(const benchmark::State& state)
{
    return state.range(0) == 0 ? bigFitPath() : sixHourPath();
}

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void decodeMessagesOnly(benchmark::State& state)
{
    const QByteArray bytes = readAll(bigFitPath());
    if (bytes.isEmpty()) {
        state.SkipWithError("the real FIT file is missing (../shared/data)");
        return;
    }
    int messages = 0;
    for (auto _ : state) {
        auto summary =
            fit::decode(bytes, QStringLiteral("big.fit"), [](const fit::MessageView&) {});
        messages = summary ? summary->messages : -1;
        benchmark::DoNotOptimize(messages);
    }
    state.SetBytesProcessed(state.iterations() * bytes.size());
    state.counters["messages"] = messages;
}
BENCHMARK(decodeMessagesOnly)->Unit(benchmark::kMillisecond);

void readBigFitRecording(benchmark::State& state)
{
    const QByteArray bytes = readAll(bigFitPath());
    if (bytes.isEmpty()) {
        state.SkipWithError("the real FIT file is missing (../shared/data)");
        return;
    }
    const FitReader reader;
    int records = 0;
    for (auto _ : state) {
        auto recording = reader.read(bytes, QStringLiteral("big.fit"));
        records = recording ? recording->recordCount : -1;
        benchmark::DoNotOptimize(records);
    }
    state.SetBytesProcessed(state.iterations() * bytes.size());
    state.counters["records"] = records;
}
BENCHMARK(readBigFitRecording)->Unit(benchmark::kMillisecond);

/// Milliseconds for one run of `program`, or a negative number when it failed.
double processMilliseconds(const QString& program, const QStringList& arguments)
{
    QProcess process;
    QElapsedTimer timer;
    timer.start();
    process.start(program, arguments);
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0)
        return -1.0;
    return static_cast<double>(timer.nsecsElapsed()) / 1e6;
}

/// Garmin's JS SDK decoding the same file, timed inside node (fit-time.mjs prints JSON
/// with the median of its in-process runs in milliseconds), so node's start-up is not counted.
void garminJsSdkInProcess(benchmark::State& state)
{
    const QString script = QStringLiteral(PACELINE_ORACLE_DIR "/fit-time.mjs");
    const QString node = QStandardPaths::findExecutable(QStringLiteral("node"));
    const QString input = peerInput(state);
    if (node.isEmpty() || !QFileInfo::exists(script) || !QFileInfo::exists(input)) {
        state.SkipWithError("node, the SDK (scripts/setup-fit-oracle.sh) or the file is missing");
        return;
    }
    for (auto _ : state) {
        QProcess process;
        process.start(node, {script, input, QStringLiteral("3")});
        process.waitForFinished(120000);
        const QJsonObject timing =
            QJsonDocument::fromJson(process.readAllStandardOutput()).object();
        const double ms = timing.value(QStringLiteral("medianMs")).toDouble(-1.0);
        if (ms < 0 || process.exitCode() != 0) {
            state.SkipWithError("fit-time.mjs failed");
            return;
        }
        state.SetIterationTime(ms / 1000.0);
    }
}
BENCHMARK(garminJsSdkInProcess)
    ->Arg(0)
    ->Arg(1)
    ->UseManualTime()
    ->Iterations(3)
    ->Unit(benchmark::kMillisecond);

void timeWholeProcess(benchmark::State& state, const QString& program, const QStringList& args)
{
    if (program.isEmpty() || !QFileInfo::exists(peerInput(state))) {
        state.SkipWithError("the program or the file is missing");
        return;
    }
    for (auto _ : state) {
        const double ms = processMilliseconds(program, args);
        if (ms < 0) {
            state.SkipWithError("the process failed");
            return;
        }
        state.SetIterationTime(ms / 1000.0);
    }
}

void gpsbabelToGpxWholeProcess(benchmark::State& state)
{
    const QString output = QStringLiteral("/tmp/paceline-bench-gpsbabel.gpx");
    timeWholeProcess(state, QStandardPaths::findExecutable(QStringLiteral("gpsbabel")),
                     {QStringLiteral("-i"), QStringLiteral("garmin_fit"), QStringLiteral("-f"),
                      peerInput(state), QStringLiteral("-o"), QStringLiteral("gpx"),
                      QStringLiteral("-F"), output});
    QFile::remove(output);
}
BENCHMARK(gpsbabelToGpxWholeProcess)
    ->Arg(0)
    ->Arg(1)
    ->UseManualTime()
    ->Iterations(5)
    ->Unit(benchmark::kMillisecond);

void pacelineInspectWholeProcess(benchmark::State& state)
{
    timeWholeProcess(state, QStringLiteral(PACELINE_CLI_PATH),
                     {QStringLiteral("inspect"), peerInput(state), QStringLiteral("--json")});
}
BENCHMARK(pacelineInspectWholeProcess)
    ->Arg(0)
    ->Arg(1)
    ->UseManualTime()
    ->Iterations(5)
    ->Unit(benchmark::kMillisecond);

} // namespace
