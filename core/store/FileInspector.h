#pragma once

#include "LogStore.h"
#include "Migrations.h"

#include <QFileInfo>
#include <QString>

#include <vector>

namespace paceline {

/// What opening may do with a file, found out without writing a single byte.
struct FileInspection {
    /// Missing, empty, or an SQLite file with no tables yet: opening creates the schema.
    bool isNew = false;
    bool exists = false;
    int userVersion = 0;
    /// A -wal file lies beside it (another process has it open, or one crashed).
    bool walPresent = false;
};

/// Looks at a log file before it is opened for writing: its header bytes directly,
/// then its schema over a read-only, immutable SQLite connection, which leaves no
/// -wal or -shm file behind. Refuses files that are not databases, belong to another
/// program or are damaged, and a newer Paceline's file without the tables this version
/// reads. Any other newer file passes with its userVersion: the caller decides.
Result<FileInspection, OpenError> inspectFile(const QString& path,
                                              const std::vector<Migration>& migrations);

/// The refusal of a newer Paceline's file; `unreadable` says why it cannot even be
/// read (empty: it can be opened read-only).
OpenError newerVersion(const QString& path, int version, int latest,
                       const QString& unreadable = {});
/// The read-only notice of a newer Paceline's file.
QString newerVersionNotice(int version, int latest);

/// Whether the user protected the file against writing. Root can write any file, so
/// access(), QFileInfo::isWritable() and Qt's WriteUser bit say yes even for a file
/// protected with chmod a-w: the mode bits count too.
bool isWriteProtected(const QFileInfo& info);

/// The file: URI for a read-only connection; `immutable` promises SQLite that no one
/// writes the file, so it takes no locks and creates no -wal/-shm files.
QString readOnlyUri(const QString& path, bool immutable);

} // namespace paceline
