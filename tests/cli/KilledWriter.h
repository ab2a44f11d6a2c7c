#pragma once

// Running paceline-cli and killing it with SIGKILL at a chosen moment, and reading
// what a killed writer left in the log's write-ahead log: the tools of the kill test.

#include <QString>
#include <QStringList>

#include <chrono>

namespace paceline::test {

/// One run of paceline-cli that may have been killed.
struct WriterRun {
    bool killed = false; ///< SIGKILL arrived while it was still running
    bool started = false;
    QString out;                       ///< everything it wrote to stdout before it ended
    std::chrono::microseconds life{0}; ///< from start() to its end
};

/// When to kill a writer: at a time, or the moment a file it writes grows past a size
/// (to land inside a write of the log, which takes well under a millisecond).
struct KillMoment {
    std::chrono::microseconds after{-1};   ///< after the start; negative: not by time
    QString growingFile;                   ///< or: when this file is larger than
    qint64 pastBytes = 0;                  ///< this many bytes,
    std::chrono::microseconds watchFor{0}; ///< watched this long (then no kill)

    static KillMoment never() { return {}; }
    static KillMoment at(std::chrono::microseconds after) { return {after, {}, 0, {}}; }
};

/// Runs the built paceline-cli with `arguments` and kills it (SIGKILL) at `moment`.
/// HOME and the XDG folders point into `home`, so the user's files are never touched.
WriterRun runWriter(const QStringList& arguments, const KillMoment& moment, const QString& home);

/// What the write-ahead log ("<log>-wal") holds of the current generation.
struct WalFrames {
    qint64 bytes = 0;    ///< the file's size
    int frames = 0;      ///< frames of the current generation (matching salts)
    int uncommitted = 0; ///< of those, the ones after the last commit frame
};

/// Reads the -wal file next to `logPath` (nothing when there is none). Frames after
/// the last commit frame are a transaction that was being written when the writer
/// died: SQLite ignores them on the next open.
WalFrames readWal(const QString& logPath);

} // namespace paceline::test
