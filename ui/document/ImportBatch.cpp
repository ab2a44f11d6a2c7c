#include "ImportBatch.h"

#include "ImportCommand.h"
#include "LogDocument.h"
#include "LoggedSessions.h"

namespace paceline {

ImportBatch::ImportBatch(LogDocument& document, AthleteId athlete, QStringList files,
                         ImportOptions options)
    : m_document(document), m_athlete(athlete), m_files(std::move(files)),
      m_importer(document.store(), athlete, std::move(options))
{}

FileImportResult ImportBatch::importNext()
{
    if (atEnd())
        return {};
    FileImportResult result = m_importer.importFile(m_files.at(m_next));
    ++m_next;
    m_summary.add(result);
    if (result.outcome == ImportOutcome::Imported)
        takeImported(result);
    return result;
}

void ImportBatch::takeImported(const FileImportResult& result)
{
    // Read back with the reps and ids the store gave them, which undo and redo keep.
    for (LoggedSessionId id : result.sessionIds) {
        if (std::optional<LoggedSession> stored = m_document.loggedSessions().session(id))
            m_sessions.push_back(std::move(*stored));
    }
    m_importedFiles.push_back(result);
}

void ImportBatch::announce()
{
    const size_t pending = m_sessions.size() - m_announced;
    if (pending > kSessionsAnnouncedOneByOne) {
        announceSessionsReset(m_document, m_athlete);
    } else {
        LoggedSessions& logged = m_document.loggedSessions();
        for (size_t i = m_announced; i < m_sessions.size(); ++i)
            Q_EMIT logged.sessionAdded(m_athlete, m_sessions[i].id);
    }
    m_announced = m_sessions.size();
}

void ImportBatch::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    announce();
    if (m_sessions.empty())
        return;
    // Its first redo() does nothing: the sessions are in the log already.
    m_document.undoStack()->push(new ImportCommand(m_document, m_sessions));
}

} // namespace paceline
