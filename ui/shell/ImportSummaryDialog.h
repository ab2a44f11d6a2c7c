#pragma once

#include "core/import/ActivityImporter.h"

#include <QDialog>
#include <QStringList>

#include <vector>

class QTextBrowser;

namespace paceline {

/// What an import did, for the summary: the importer's counts and problems, and the
/// files that imported with a line per session they made.
struct ImportReport {
    struct ImportedFile {
        QString path;
        QString note;         ///< the importer's note (legs skipped, plan matched), may be empty
        QStringList sessions; ///< "Tue 12 Mar 2024 07:02 · Run · 10.21 km · 52:13"
    };
    ImportSummary summary;
    std::vector<ImportedFile> imported;
    int filesTotal = 0;
    int filesDone = 0;
    bool cancelled = false;
    QString undoText; ///< "Import 12 sessions", empty when nothing was imported
};

/// The end of an import: the counts, then the failed files with their reasons, the
/// duplicates with the session they already are, and what was imported; a read-only,
/// selectable list that can also be copied whole.
class ImportSummaryDialog : public QDialog {
    Q_OBJECT

public:
    explicit ImportSummaryDialog(const ImportReport& report, QWidget* parent = nullptr);

    /// The report as plain text (what Copy puts on the clipboard).
    QString reportText() const;

private:
    QTextBrowser* m_details = nullptr;
};

/// The first line of the summary: "Imported 12 files (14 sessions); 1 failed.", or
/// "Stopped after 5 of 40 files: ..." when cancelled.
QString importHeadline(const ImportReport& report);

} // namespace paceline
