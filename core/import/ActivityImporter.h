#pragma once

#include "core/io/activity/ActivityReader.h"
#include "core/model/Id.h"
#include "core/model/LoggedSession.h"
#include "core/model/Result.h"

#include <QString>
#include <QStringList>
#include <QTimeZone>

#include <memory>
#include <optional>
#include <vector>

namespace paceline {

class LogStore;
struct Conversion;

enum class ImportOutcome { Imported, Duplicate, Failed };

struct FileImportResult {
    QString path;
    ImportOutcome outcome = ImportOutcome::Failed;
    /// Failed: the reason, naming the file and where it broke. Duplicate: which logged
    /// session it already is. Imported: notes (legs skipped, plan matched), may be empty.
    QString message;
    std::vector<LoggedSessionId> sessionIds; ///< Imported only
};

struct ImportSummary {
    int imported = 0;   ///< files
    int sessions = 0;   ///< logged sessions made
    int duplicates = 0; ///< files skipped as already imported
    int failed = 0;     ///< files
    /// The duplicates and failures, in order, for the report (imports are counted only,
    /// so a batch of thousands keeps little in memory).
    std::vector<FileImportResult> problems;

    void add(const FileImportResult& result);
    bool allGood() const { return failed == 0; }
};

/// "Imported 12 files (14 sessions); 2 already in the log; 1 failed." plus one line per
/// problem.
QString summaryText(const ImportSummary& summary);

struct ImportOptions {
    GpxSplit gpxSplit;
    QTimeZone fallbackZone = QTimeZone::systemTimeZone();
};

/// Imports activity files into one athlete's log, one file at a time, each in its own
/// transaction (a file that fails leaves nothing behind and does not stop the batch).
/// A recording is a duplicate when a session starting at the same second (any sport) is
/// already in the athlete's log (so the FIT, TCX and GPX of one run count once).
class ActivityImporter {
public:
    ActivityImporter(LogStore& store, AthleteId athlete, ImportOptions options = {});
    ~ActivityImporter();

    /// Reads, converts and stores one file (docs/import.md): Failed with the reader's
    /// or the store's message, Duplicate when any of its legs is already logged
    /// (nothing written), else Imported with the new sessions' ids, all written in one
    /// transaction.
    FileImportResult importFile(const QString& path);

private:
    Result<Conversion> convertFile(const QString& path) const;
    /// The message naming the logged session one of the legs already is, if any.
    Result<std::optional<QString>> findDuplicate(const Conversion& conversion,
                                                 const QString& fileName) const;

    LogStore& m_store;
    AthleteId m_athlete;
    ImportOptions m_options;
    std::vector<std::unique_ptr<ActivityReader>> m_readers;
};

/// The files to import from files and folders (folders recursively, without hidden
/// files and folders, not following links to folders), in name order, keeping only
/// names the readers take (*.fit, *.tcx, *.gpx, *.csv) or, for a file named on its own,
/// content a reader recognises, and leaving out the reps half of a CSV export (it is
/// read with its sessions file).
QStringList collectImportFiles(const QStringList& paths);

} // namespace paceline
