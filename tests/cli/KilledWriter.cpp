#include "KilledWriter.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QtEndian>

#include <csignal>
#include <optional>
#include <poll.h>
#include <sys/inotify.h>
#include <sys/stat.h>
#include <thread>
#include <unistd.h>

namespace paceline::test {

namespace {

constexpr int kWaitMs = 60000;
// SQLite's WAL format (https://www.sqlite.org/fileformat2.html#walformat).
constexpr qsizetype kWalHeaderBytes = 32;
constexpr qsizetype kFrameHeaderBytes = 24;

quint32 bigEndianAt(const QByteArray& bytes, qsizetype offset)
{
    return qFromBigEndian<quint32>(bytes.constData() + offset);
}

QProcessEnvironment environmentIn(const QString& home)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("HOME"), home);
    environment.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
    return environment;
}

/// Wakes up at every write into a folder (inotify), so a kill can follow the write
/// that made a file pass a size within microseconds, without a busy wait taking a core
/// from the writer.
class GrowthWatch {
public:
    explicit GrowthWatch(const QString& file)
        : m_file(QFile::encodeName(file)), m_inotify(inotify_init1(IN_NONBLOCK | IN_CLOEXEC))
    {
        const QByteArray folder = QFile::encodeName(QFileInfo(file).absolutePath());
        inotify_add_watch(m_inotify, folder.constData(), IN_MODIFY);
    }
    ~GrowthWatch() { ::close(m_inotify); }
    GrowthWatch(const GrowthWatch&) = delete;
    GrowthWatch& operator=(const GrowthWatch&) = delete;

    /// True once the file is larger than `bytes`; false when `deadline` comes first.
    bool waitForGrowth(qint64 bytes, std::chrono::steady_clock::time_point deadline)
    {
        using namespace std::chrono;
        char events[4096];
        while (steady_clock::now() < deadline) {
            struct stat status {};
            if (::stat(m_file.constData(), &status) == 0 && status.st_size > bytes)
                return true;
            const auto left = duration_cast<milliseconds>(deadline - steady_clock::now());
            pollfd ready{m_inotify, POLLIN, 0};
            if (::poll(&ready, 1, int(std::max<qint64>(1, left.count()))) > 0)
                while (::read(m_inotify, events, sizeof events) > 0) {
                }
        }
        return false;
    }

private:
    QByteArray m_file;
    int m_inotify;
};

} // namespace

WriterRun runWriter(const QStringList& arguments, const KillMoment& moment, const QString& home)
{
    using Clock = std::chrono::steady_clock;
    // Watching starts before the writer does, so its first write is not missed.
    std::optional<GrowthWatch> watch;
    if (moment.after.count() < 0 && !moment.growingFile.isEmpty())
        watch.emplace(moment.growingFile);
    QProcess process;
    process.setProcessEnvironment(environmentIn(home));
    const Clock::time_point start = Clock::now();
    process.start(QStringLiteral(PACELINE_CLI_PATH), arguments);
    WriterRun run;
    run.started = process.waitForStarted(kWaitMs);
    if (!run.started)
        return run;
    // The child is not reaped before waitForFinished() below, so its pid cannot have
    // been reused: at worst the signal reaches a zombie and changes nothing.
    const auto pid = pid_t(process.processId());
    if (moment.after.count() >= 0) {
        std::this_thread::sleep_until(start + moment.after);
        ::kill(pid, SIGKILL);
    } else if (watch) {
        if (watch->waitForGrowth(moment.pastBytes, start + moment.watchFor))
            ::kill(pid, SIGKILL);
    }
    process.waitForFinished(kWaitMs);
    run.life = std::chrono::duration_cast<std::chrono::microseconds>(Clock::now() - start);
    run.killed = process.exitStatus() == QProcess::CrashExit;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    return run;
}

WalFrames readWal(const QString& logPath)
{
    QFile file(logPath + QStringLiteral("-wal"));
    WalFrames wal;
    if (!file.open(QIODevice::ReadOnly))
        return wal;
    const QByteArray bytes = file.readAll();
    wal.bytes = bytes.size();
    if (bytes.size() < kWalHeaderBytes)
        return wal;
    const qsizetype pageBytes = bigEndianAt(bytes, 8);
    const quint32 salt1 = bigEndianAt(bytes, 16);
    const quint32 salt2 = bigEndianAt(bytes, 20);
    int sinceCommit = 0;
    for (qsizetype offset = kWalHeaderBytes; offset + kFrameHeaderBytes <= bytes.size();
         offset += kFrameHeaderBytes + pageBytes) {
        // Frames of an older generation (before the WAL was restarted) have other salts.
        if (bigEndianAt(bytes, offset + 8) != salt1 || bigEndianAt(bytes, offset + 12) != salt2)
            break;
        ++wal.frames;
        const bool commitFrame = bigEndianAt(bytes, offset + 4) != 0;
        sinceCommit = commitFrame ? 0 : sinceCommit + 1;
    }
    wal.uncommitted = sinceCommit;
    return wal;
}

} // namespace paceline::test
