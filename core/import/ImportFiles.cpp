#include "ActivityImporter.h"
#include "core/io/activity/CsvLog.h"

#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

#include <algorithm>

namespace paceline {

namespace {

// The extensions of the readers in makeActivityReaders(); a folder import takes only
// these (a .DS_Store or photo beside the runs is not an import failure).
const QStringList kActivityExtensions{QStringLiteral("fit"), QStringLiteral("tcx"),
                                      QStringLiteral("gpx"), QStringLiteral("csv")};

bool hasActivityExtension(const QFileInfo& file)
{
    return kActivityExtensions.contains(file.suffix(), Qt::CaseInsensitive);
}

bool wanted(const QFileInfo& file)
{
    if (!hasActivityExtension(file))
        return false;
    // The reps half of a CSV export is read with its sessions file.
    return file.suffix().compare(QLatin1String("csv"), Qt::CaseInsensitive) != 0 ||
           !isRepsCsv(file.absoluteFilePath());
}

/// A file named on its own is kept, whatever its name, when its first bytes are a
/// format a reader takes (a FIT saved without ".fit"): only folders are sorted by name.
bool recognisedByContent(const QFileInfo& file)
{
    if (!file.isFile())
        return false;
    QFile opened(file.absoluteFilePath());
    if (!opened.open(QIODevice::ReadOnly))
        return false;
    const QByteArray head = opened.read(4096);
    const std::vector<std::unique_ptr<ActivityReader>> readers = makeActivityReaders();
    return std::any_of(readers.begin(), readers.end(),
                       [&](const auto& reader) { return reader->recognises(head); });
}

bool wantedAsGiven(const QFileInfo& file)
{
    return wanted(file) || (!hasActivityExtension(file) && recognisedByContent(file));
}

void addFolder(const QString& folder, QStringList& files)
{
    // Hidden files are left out: macOS writes "._run.fit" companions that are no FIT.
    QDirIterator it(folder, QDir::Files | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QFileInfo file(it.next());
        if (wanted(file))
            files << QDir::cleanPath(file.absoluteFilePath());
    }
}

QString plural(int count, const char* one, const char* many)
{
    return QStringLiteral("%1 %2").arg(count).arg(QLatin1String(count == 1 ? one : many));
}

} // namespace

void ImportSummary::add(const FileImportResult& result)
{
    switch (result.outcome) {
    case ImportOutcome::Imported:
        ++imported;
        sessions += int(result.sessionIds.size());
        return;
    case ImportOutcome::Duplicate:
        ++duplicates;
        break;
    case ImportOutcome::Failed:
        ++failed;
        break;
    }
    problems.push_back(result);
}

QString summaryText(const ImportSummary& summary)
{
    QString text = QStringLiteral("Imported %1 (%2)")
                       .arg(plural(summary.imported, "file", "files"),
                            plural(summary.sessions, "session", "sessions"));
    if (summary.duplicates > 0)
        text += QStringLiteral("; %1 already in the log").arg(summary.duplicates);
    if (summary.failed > 0)
        text += QStringLiteral("; %1 failed").arg(summary.failed);
    text += QLatin1Char('.');
    for (const FileImportResult& problem : summary.problems)
        text += QStringLiteral("\n- ") + problem.message;
    return text;
}

QStringList collectImportFiles(const QStringList& paths)
{
    QStringList files;
    for (const QString& path : paths) {
        const QFileInfo info(path);
        if (info.isDir())
            addFolder(info.absoluteFilePath(), files);
        else if (wantedAsGiven(info))
            files << QDir::cleanPath(info.absoluteFilePath()); // a missing one fails by name
    }
    std::sort(files.begin(), files.end());
    files.erase(std::unique(files.begin(), files.end()), files.end());
    return files;
}

} // namespace paceline
