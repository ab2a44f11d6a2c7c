#include "ActivityImporter.h"

#include "core/store/LogStore.h"

namespace paceline {

// STUB: the importer is being written.
void ImportSummary::add(const FileImportResult&) {}
QString summaryText(const ImportSummary&) { return {}; }

ActivityImporter::ActivityImporter(LogStore& store, AthleteId athlete, ImportOptions options)
    : m_store(store), m_athlete(athlete), m_options(std::move(options))
{
}
ActivityImporter::~ActivityImporter() = default;

FileImportResult ActivityImporter::importFile(const QString& path)
{
    FileImportResult result;
    result.path = path;
    result.message = QStringLiteral("not written yet");
    return result;
}

QStringList collectImportFiles(const QStringList&) { return {}; }

} // namespace paceline
