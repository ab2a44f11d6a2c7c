// paceline-cli import: activity files and folders into an athlete's log, one
// transaction per file, with a progress line on a terminal and a summary at the end.

#include "CliContext.h"
#include "Commands.h"
#include "core/import/ActivityImporter.h"
#include "core/store/LogStore.h"

#include <QFileInfo>
#include <QJsonArray>

#include <cstdio>
#include <unistd.h>

namespace paceline::cli {

namespace {

/// A split shorter than a track's point spacing or longer than any run is a typo.
constexpr double kMinSplitKm = 0.1;
constexpr double kMaxSplitKm = 100.0;

void addOptions(CliContext& context)
{
    context.acceptPositionalArguments(
        QStringLiteral("FILE|DIR"),
        QStringLiteral("Activity files (.fit, .tcx, .gpx, Paceline's sessions .csv) or folders "
                       "(searched recursively)."));
    auto& parser = context.parser();
    parser.addOption({QStringLiteral("split-km"),
                      QStringLiteral("Cut GPX tracks (which have no laps) into laps of this many "
                                     "kilometres."),
                      QStringLiteral("km")});
    parser.addOption({QStringLiteral("split-pace"),
                      QStringLiteral("Cut GPX tracks into laps where the pace changes.")});
    context.addDatabaseOption();
    context.addAthleteOption();
    context.addJsonOption();
}

Result<GpxSplit> gpxSplitFromOptions(const CliContext& context)
{
    GpxSplit split;
    const bool byDistance = context.isSet(QStringLiteral("split-km"));
    if (byDistance && context.isSet(QStringLiteral("split-pace")))
        return Error{QStringLiteral("choose --split-km or --split-pace, not both")};
    if (context.isSet(QStringLiteral("split-pace")))
        split.mode = GpxSplit::Mode::PaceChange;
    if (byDistance) {
        const QString text = context.option(QStringLiteral("split-km"));
        bool ok = false;
        const double km = text.toDouble(&ok);
        // Written so that "nan" (which toDouble() accepts) is refused too.
        if (!ok || !(km >= kMinSplitKm && km <= kMaxSplitKm))
            return Error{QStringLiteral("--split-km '%1' is not a distance from %2 to %3 km")
                             .arg(text)
                             .arg(kMinSplitKm)
                             .arg(kMaxSplitKm)};
        split.mode = GpxSplit::Mode::EveryDistance;
        split.everyMetres = km * 1000.0;
    }
    return split;
}

/// The files to import; a path that does not exist is a typo, named before any work.
Result<QStringList> filesFromArguments(const QStringList& paths)
{
    if (paths.isEmpty())
        return Error{QStringLiteral("give the files or folders to import")};
    for (const QString& path : paths)
        if (!QFileInfo::exists(path))
            return Error{QStringLiteral("there is no file or folder '%1'").arg(path)};
    QStringList files = collectImportFiles(paths);
    if (files.isEmpty())
        return Error{QStringLiteral("no activity files (*.fit, *.tcx, *.gpx, *.csv) in %1")
                         .arg(paths.join(QStringLiteral(", ")))};
    return files;
}

/// "\r[12/340] run.fit" on stderr while a person watches; nothing when stderr is a file
/// or a pipe, so logs and scripts see only the summary and the failures.
class ProgressLine {
public:
    ProgressLine(QTextStream& err, qsizetype total)
        : m_err(err), m_total(total), m_enabled(isatty(fileno(stderr)) != 0)
    {}

    void show(qsizetype index, const QString& path)
    {
        if (!m_enabled)
            return;
        const QString line = QStringLiteral("[%1/%2] %3")
                                 .arg(index + 1)
                                 .arg(m_total)
                                 .arg(QFileInfo(path).fileName());
        // Pad over a longer previous name instead of relying on terminal escapes.
        m_err << '\r' << line.leftJustified(m_width, QLatin1Char(' '));
        m_width = std::max(m_width, int(line.size()));
        m_err.flush();
    }

    void clear()
    {
        if (!m_enabled || m_width == 0)
            return;
        m_err << '\r' << QString(m_width, QLatin1Char(' ')) << '\r';
        m_err.flush();
        m_width = 0;
    }

private:
    QTextStream& m_err;
    qsizetype m_total;
    bool m_enabled;
    int m_width = 0;
};

QString outcomeId(ImportOutcome outcome)
{
    switch (outcome) {
    case ImportOutcome::Imported:
        return QStringLiteral("imported");
    case ImportOutcome::Duplicate:
        return QStringLiteral("duplicate");
    case ImportOutcome::Failed:
        return QStringLiteral("failed");
    }
    return {};
}

QJsonObject summaryJson(const ImportSummary& summary, qsizetype files)
{
    QJsonArray problems;
    for (const FileImportResult& problem : summary.problems)
        problems.append(QJsonObject{{QStringLiteral("file"), problem.path},
                                    {QStringLiteral("outcome"), outcomeId(problem.outcome)},
                                    {QStringLiteral("message"), problem.message}});
    return {{QStringLiteral("files"), qint64(files)},
            {QStringLiteral("imported"), summary.imported},
            {QStringLiteral("sessions"), summary.sessions},
            {QStringLiteral("duplicates"), summary.duplicates},
            {QStringLiteral("failed"), summary.failed},
            {QStringLiteral("problems"), problems}};
}

ImportSummary importAll(CliContext& context, ActivityImporter& importer, const QStringList& files)
{
    ImportSummary summary;
    ProgressLine progress(context.err(), files.size());
    for (qsizetype i = 0; i < files.size(); ++i) {
        progress.show(i, files[i]);
        const FileImportResult result = importer.importFile(files[i]);
        summary.add(result);
        if (result.outcome == ImportOutcome::Failed) {
            // Each failure is an error line of its own, as it happens.
            progress.clear();
            context.fail(ExitFailure, result.message);
        }
    }
    progress.clear();
    return summary;
}

} // namespace

int runImport(CliContext& context)
{
    addOptions(context);
    if (auto exit = context.parseOrExit())
        return *exit;
    auto split = gpxSplitFromOptions(context);
    if (!split)
        return context.fail(ExitBadInput, split.errorMessage());
    auto files = filesFromArguments(context.positionalArguments());
    if (!files)
        return context.fail(ExitBadInput, files.errorMessage());
    // An import needs an athlete, so a log that does not exist yet is a typo in --db,
    // not a new log to create empty.
    if (!QFileInfo::exists(context.databasePath()))
        return context.fail(ExitBadInput, QStringLiteral("there is no log at '%1'; make one with "
                                                         "'paceline-cli add-athlete'")
                                              .arg(context.databasePath()));
    int exitStatus = ExitSuccess;
    std::unique_ptr<LogStore> store = context.openStore(exitStatus);
    if (!store)
        return exitStatus;
    Result<Athlete> athlete = context.resolveAthlete(*store);
    if (!athlete)
        return context.fail(ExitBadInput, athlete.errorMessage());

    ImportOptions options;
    options.gpxSplit = *split;
    ActivityImporter importer(*store, athlete->id, options);
    const ImportSummary summary = importAll(context, importer, *files);
    if (context.json())
        context.printJson(summaryJson(summary, files->size()));
    else {
        const QString text = summaryText(summary);
        context.out() << text << (text.endsWith(QLatin1Char('\n')) ? "" : "\n");
    }
    return summary.allGood() ? ExitSuccess : ExitFailure;
}

} // namespace paceline::cli
