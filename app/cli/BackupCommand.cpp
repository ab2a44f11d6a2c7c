// paceline-cli backup: a whole-file copy of the log, consistent even while the app
// writes to it; `paceline-cli restore` puts it back.

#include "CliContext.h"
#include "Commands.h"
#include "core/store/FileInspector.h"
#include "core/store/LogBackup.h"
#include "core/store/Migrations.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonObject>

namespace paceline::cli {

namespace {

/// The refusals that are the caller's to fix (exit 2), checked before the log opens.
std::optional<QString> badTarget(const QString& target, const QString& log, bool force)
{
    if (target.trimmed().isEmpty())
        return QStringLiteral("the file name to write is empty");
    const QFileInfo info(target);
    if (!info.absoluteDir().exists())
        return QStringLiteral("the folder '%1' of '%2' does not exist")
            .arg(info.absolutePath(), target);
    if (info.isDir())
        return QStringLiteral("'%1' is a folder; give a file name").arg(target);
    if (info.exists() && info.canonicalFilePath() == QFileInfo(log).canonicalFilePath())
        return QStringLiteral("'%1' is the log itself; give another file").arg(target);
    if (info.exists() && !force)
        return QStringLiteral("'%1' already exists; give another name, or --force to replace it")
            .arg(target);
    return std::nullopt;
}

} // namespace

int runBackup(CliContext& context)
{
    context.acceptPositionalArguments(
        QStringLiteral("OUT.sqlite"),
        QStringLiteral("The copy to write: a complete log that 'paceline-cli restore' (or File "
                       "> Restore Log File in the app) can put back."));
    context.addDatabaseOption();
    context.addJsonOption();
    context.parser().addOption(
        {QStringLiteral("force"), QStringLiteral("Replace OUT.sqlite if it already exists.")});
    if (auto exit = context.parseOrExit())
        return *exit;
    const auto target =
        context.onePositionalArgument(QStringLiteral("give the file OUT.sqlite to write"),
                                      QStringLiteral("give one file to write, not %1"));
    if (!target)
        return context.fail(ExitBadInput, target.errorMessage());
    const bool force = context.isSet(QStringLiteral("force"));
    if (const auto bad = badTarget(*target, context.databasePath(), force))
        return context.fail(ExitBadInput, *bad);
    // Not through LogStore: a backup never changes (or upgrades) the log it copies, and
    // an old log that would need an upgrade is copied as it is.
    const QString log = QFileInfo(context.databasePath()).absoluteFilePath();
    if (!QFileInfo(log).isFile())
        return context.fail(ExitBadInput, QStringLiteral("there is no log at '%1'").arg(log));
    if (auto file = inspectFile(log, Migrations::all()); !file)
        return context.fail(ExitBadInput, file.error().message);
    BackupOptions options;
    options.replaceExisting = force;
    const auto written = backUpLogFile(log, *target, options);
    if (!written)
        return context.fail(ExitFailure, written.errorMessage());
    const QString path = QFileInfo(*target).absoluteFilePath();
    if (context.json()) {
        context.printJson({{QStringLiteral("log"), log},
                           {QStringLiteral("backup"), path},
                           {QStringLiteral("bytes"), double(*written)}});
    } else {
        context.out() << "Backed up " << log << " to " << path << " ("
                      << QString::number(double(*written) / (1024.0 * 1024.0), 'f', 1) << " MB)\n";
    }
    return ExitSuccess;
}

} // namespace paceline::cli
