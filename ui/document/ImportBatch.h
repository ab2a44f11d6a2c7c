#pragma once

#include "core/import/ActivityImporter.h"

#include <QStringList>

#include <vector>

namespace paceline {

class LogDocument;

/// One import of many activity files into one athlete's log, a file at a time, so the
/// caller can show progress and stop between files. The importer writes past the
/// document, so the new sessions are announced (LoggedSessions::sessionAdded) by
/// announce(), which the caller calls now and then: the screens follow without
/// repainting for every file. finish() makes them one undoable ImportCommand.
class ImportBatch {
public:
    /// `files`: as collectImportFiles() gives them (folders already expanded).
    ImportBatch(LogDocument& document, AthleteId athlete, QStringList files,
                ImportOptions options = {});

    AthleteId athlete() const { return m_athlete; }
    const QStringList& files() const { return m_files; }
    /// Files handled so far, whatever their outcome.
    int done() const { return m_next; }
    bool atEnd() const { return m_next >= m_files.size(); }
    QString nextFile() const { return atEnd() ? QString() : m_files.at(m_next); }

    /// Imports the next file (in its own transaction) and returns what became of it.
    FileImportResult importNext();
    /// Tells the screens about the sessions imported since the last call.
    void announce();
    /// Announces the rest and pushes one ImportCommand for every session imported so
    /// far (nothing when none was). Call once, when done or stopped.
    void finish();

    const ImportSummary& summary() const { return m_summary; }
    /// The files that imported, with their new sessions' ids, in import order.
    const std::vector<FileImportResult>& importedFiles() const { return m_importedFiles; }
    /// The imported sessions as stored, with their reps, in import order.
    const std::vector<LoggedSession>& sessions() const { return m_sessions; }

private:
    void takeImported(const FileImportResult& result);

    LogDocument& m_document;
    AthleteId m_athlete;
    QStringList m_files;
    int m_next = 0;
    ActivityImporter m_importer;
    ImportSummary m_summary;
    std::vector<FileImportResult> m_importedFiles;
    std::vector<LoggedSession> m_sessions;
    size_t m_announced = 0; ///< m_sessions[0, m_announced) were announced
    bool m_finished = false;
};

} // namespace paceline
