// Start-up as the user waits for it: the real `paceline` executable, from the moment it
// is spawned to the moment its main window has painted its first frame, measured across
// the two processes with CLOCK_MONOTONIC (the GUI reports its side with
// --startup-report, app/gui/StartupReport.h). Also the memory the application holds.
//
// Every run starts the same way: the dataset is copied once into a temporary directory
// (the app may write -wal/-shm files and its settings; the dataset is never touched),
// HOME and the XDG directories point into it and the settings are wiped before each run,
// so neither the user's settings nor a remembered view leak in. One untimed run first
// warms the OS file cache (the executable, Qt's libraries and plugins, fonts, the log):
// the figures are warm starts, as after the first start of a session.
//
// The process is spawned with posix_spawn rather than QProcess: glibc's posix_spawn is a
// vfork-style clone + exec, while QProcess adds its own pipes, socket notifiers and
// event-loop wake-ups to both the spawn and the read of the reply.
//
// Counters: rss_mib, resident memory at first paint; cpu_ms, the child's user + system
// time to its exit (less disturbed than the wall time when other work shares the CPUs).

#include "tests/bench/BenchData.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

#include <cerrno>
#include <csignal>
#include <cstring>
#include <ctime>
#include <fcntl.h>
#include <poll.h>
#include <spawn.h>
#include <string>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

extern char** environ;

using namespace paceline;

namespace {

constexpr int kTimeoutMs = 120'000;

long long monotonicNs()
{
    timespec now{};
    clock_gettime(CLOCK_MONOTONIC, &now);
    return static_cast<long long>(now.tv_sec) * 1'000'000'000LL + now.tv_nsec;
}

/// What one run of `paceline --startup-report` said.
struct StartupRun {
    QString error; ///< non-empty: the run failed, and why
    long long spawnNs = 0;
    /// CPU time of the whole run (user + system, to its exit): steadier than the wall
    /// time on a busy machine.
    double cpuMs = 0;
    QJsonObject painted; ///< the first line: painted_ns, rss_kib, peak_rss_kib
    QJsonObject walked;  ///< with --walk-screens, the second line

    double startupMs() const
    {
        return double(painted.value(QStringLiteral("painted_ns")).toInteger() - spawnNs) / 1e6;
    }
};

double mib(const QJsonObject& line, const char* key)
{
    return double(line.value(QLatin1String(key)).toInteger()) / 1024.0;
}

/// A private copy of a dataset and a private home for the GUI to start in.
class Sandbox {
public:
    explicit Sandbox(const QString& dataset)
    {
        m_db = m_dir.filePath(QStringLiteral("log.sqlite"));
        if (!m_dir.isValid() || !QFile::copy(dataset, m_db)) {
            m_error = QStringLiteral("cannot copy %1 to %2").arg(dataset, m_db);
            return;
        }
        QFile::setPermissions(m_db, QFile::ReadOwner | QFile::WriteOwner);
        QDir(m_dir.path()).mkpath(QStringLiteral("home/run"));
        QFile::setPermissions(home() + QStringLiteral("/run"),
                              QFile::ExeOwner | QFile::ReadOwner | QFile::WriteOwner);
        buildEnvironment();
    }

    const QString& error() const { return m_error; }

    /// Runs the GUI on the copy; with `walk` it also walks every screen.
    StartupRun run(bool walk)
    {
        // Settings written by the previous run (the last athlete) must not change this one.
        QDir(home() + QStringLiteral("/config")).removeRecursively();
        // PACELINE_BENCH_GUI compares another build (before/after a change) on the same data.
        const QString override = qEnvironmentVariable("PACELINE_BENCH_GUI");
        const std::string gui =
            QFile::encodeName(override.isEmpty() ? QStringLiteral(PACELINE_GUI_PATH) : override)
                .toStdString();
        const std::string db = QFile::encodeName(m_db).toStdString();
        std::vector<std::string> arguments{gui, "--db", db, "--startup-report"};
        if (walk)
            arguments.emplace_back("--walk-screens");
        return spawnAndRead(arguments);
    }

private:
    QString home() const { return m_dir.filePath(QStringLiteral("home")); }
    QString stderrPath() const { return m_dir.filePath(QStringLiteral("stderr.txt")); }

    void buildEnvironment()
    {
        const QString h = home();
        const std::vector<std::pair<std::string, QString>> overrides{
            {"QT_QPA_PLATFORM", QStringLiteral("offscreen")},
            {"HOME", h},
            {"XDG_CONFIG_HOME", h + QStringLiteral("/config")},
            {"XDG_DATA_HOME", h + QStringLiteral("/data")},
            {"XDG_CACHE_HOME", h + QStringLiteral("/cache")},
            {"XDG_RUNTIME_DIR", h + QStringLiteral("/run")},
        };
        for (char** variable = environ; *variable != nullptr; ++variable) {
            const std::string entry = *variable;
            bool overridden = false;
            for (const auto& [name, value] : overrides)
                overridden = overridden || entry.rfind(name + '=', 0) == 0;
            if (!overridden)
                m_environment.push_back(entry);
        }
        for (const auto& [name, value] : overrides)
            m_environment.push_back(name + '=' + QFile::encodeName(value).toStdString());
    }

    StartupRun spawnAndRead(const std::vector<std::string>& arguments)
    {
        StartupRun run;
        int out[2];
        if (pipe2(out, O_CLOEXEC) != 0) {
            run.error = QStringLiteral("pipe failed");
            return run;
        }
        posix_spawn_file_actions_t actions;
        posix_spawn_file_actions_init(&actions);
        posix_spawn_file_actions_adddup2(&actions, out[1], STDOUT_FILENO);
        const std::string errPath = QFile::encodeName(stderrPath()).toStdString();
        posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, errPath.c_str(),
                                         O_WRONLY | O_CREAT | O_TRUNC, 0600);
        std::vector<char*> argv;
        for (const std::string& argument : arguments)
            argv.push_back(const_cast<char*>(argument.c_str()));
        argv.push_back(nullptr);
        std::vector<char*> envp;
        for (const std::string& entry : m_environment)
            envp.push_back(const_cast<char*>(entry.c_str()));
        envp.push_back(nullptr);

        pid_t pid = 0;
        run.spawnNs = monotonicNs();
        const int spawned = posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), envp.data());
        posix_spawn_file_actions_destroy(&actions);
        close(out[1]);
        if (spawned != 0) {
            close(out[0]);
            run.error = QStringLiteral("cannot start %1: %2")
                            .arg(QLatin1String(argv[0]), QLatin1String(std::strerror(spawned)));
            return run;
        }
        const QList<QByteArray> lines = readLines(out[0], pid);
        close(out[0]);
        int status = 0;
        rusage usage{};
        wait4(pid, &status, 0, &usage);
        run.cpuMs = (usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1e3 +
                    (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e3;
        if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
            run.error = QStringLiteral("paceline failed (status %1): %2")
                            .arg(status)
                            .arg(QString::fromUtf8(readStderr()).trimmed());
            return run;
        }
        run.painted = QJsonDocument::fromJson(lines.value(0)).object();
        run.walked = QJsonDocument::fromJson(lines.value(1)).object();
        if (!run.painted.contains(QStringLiteral("painted_ns")))
            run.error = QStringLiteral("no report line from paceline: '%1'")
                            .arg(QString::fromUtf8(lines.value(0)));
        return run;
    }

    /// Everything the child writes on stdout until it closes it, as lines; kills it when
    /// it hangs.
    static QList<QByteArray> readLines(int fd, pid_t pid)
    {
        QByteArray text;
        char buffer[4096];
        while (true) {
            pollfd ready{fd, POLLIN, 0};
            if (poll(&ready, 1, kTimeoutMs) <= 0) {
                kill(pid, SIGKILL);
                break;
            }
            const ssize_t n = read(fd, buffer, sizeof buffer);
            if (n < 0 && errno == EINTR)
                continue;
            if (n <= 0)
                break;
            text.append(buffer, n);
        }
        QList<QByteArray> lines = text.split('\n');
        lines.removeAll(QByteArray());
        return lines;
    }

    QByteArray readStderr() const
    {
        QFile file(stderrPath());
        return file.open(QIODevice::ReadOnly) ? file.readAll().right(2000) : QByteArray();
    }

    QTemporaryDir m_dir;
    QString m_db;
    QString m_error;
    std::vector<std::string> m_environment;
};

void runStartup(benchmark::State& state, int athletes, int weeks)
{
    const auto dataset = benchDataset(athletes, weeks);
    if (!dataset) {
        state.SkipWithError(qPrintable(benchDataMissing(athletes, weeks)));
        return;
    }
    Sandbox sandbox(*dataset);
    if (!sandbox.error().isEmpty()) {
        state.SkipWithError(qPrintable(sandbox.error()));
        return;
    }
    // Untimed: warms the file cache and lets a first open do any one-time work on the copy.
    const StartupRun warm = sandbox.run(/*walk=*/false);
    if (!warm.error.isEmpty()) {
        state.SkipWithError(qPrintable(warm.error));
        return;
    }
    double rssMib = 0;
    double cpuMs = 0;
    for (auto _ : state) {
        const StartupRun run = sandbox.run(/*walk=*/false);
        if (!run.error.isEmpty()) {
            state.SkipWithError(qPrintable(run.error));
            break;
        }
        state.SetIterationTime(run.startupMs() / 1e3);
        rssMib += mib(run.painted, "rss_kib");
        cpuMs += run.cpuMs;
    }
    state.counters["rss_mib"] = benchmark::Counter(rssMib, benchmark::Counter::kAvgIterations);
    state.counters["cpu_ms"] = benchmark::Counter(cpuMs, benchmark::Counter::kAvgIterations);
}

void startupOneAthleteTenYears(benchmark::State& state)
{
    runStartup(state, 1, 520);
}
BENCHMARK(startupOneAthleteTenYears)->UseManualTime()->Unit(benchmark::kMillisecond);

void startupThirtyAthletesTenYears(benchmark::State& state)
{
    runStartup(state, 30, 520);
}
BENCHMARK(startupThirtyAthletesTenYears)->UseManualTime()->Unit(benchmark::kMillisecond);

// How start-up grows with the log: it should not (the start-up path does no work
// proportional to the whole log).
void startupScale(benchmark::State& state)
{
    runStartup(state, int(state.range(0)), int(state.range(1)));
}
BENCHMARK(startupScale)->Apply(scaleDatasets)->UseManualTime()->Unit(benchmark::kMillisecond);

// Memory with the thirty-athlete log open: at first paint, and after every screen was
// shown for every athlete (models loaded, charts drawn). The time is the whole walk.
void memoryThirtyAthletes(benchmark::State& state)
{
    const auto dataset = benchDataset(30, 520);
    if (!dataset) {
        state.SkipWithError(qPrintable(benchDataMissing(30, 520)));
        return;
    }
    Sandbox sandbox(*dataset);
    if (!sandbox.error().isEmpty()) {
        state.SkipWithError(qPrintable(sandbox.error()));
        return;
    }
    StartupRun run;
    for (auto _ : state) {
        run = sandbox.run(/*walk=*/true);
        if (!run.error.isEmpty()) {
            state.SkipWithError(qPrintable(run.error));
            return;
        }
    }
    state.counters["painted_rss_mib"] = mib(run.painted, "rss_kib");
    state.counters["walk_rss_mib"] = mib(run.walked, "rss_kib");
    state.counters["peak_rss_mib"] = mib(run.walked, "peak_rss_kib");
}
BENCHMARK(memoryThirtyAthletes)->Iterations(1)->UseRealTime()->Unit(benchmark::kMillisecond);

} // namespace
