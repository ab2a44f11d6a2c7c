// paceline-cli restore: adds a JSON backup (`export --backup`) to a log, all or nothing.

#include "CliContext.h"
#include "Commands.h"
#include "core/import/LogTransfer.h"
#include "core/store/LogStore.h"

#include <QFile>
#include <QFileInfo>

namespace paceline::cli {

namespace {

/// A backup larger than this is not one Paceline wrote (ten years of a club's log is
/// tens of megabytes); refusing it early keeps a wrong file from filling memory.
constexpr qint64 kMaxBackupBytes = qint64(1) << 30;

Result<LogSnapshot> readBackup(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{QStringLiteral("cannot read '%1': %2").arg(path, file.errorString())};
    if (file.size() > kMaxBackupBytes)
        return Error{QStringLiteral("%1: %2 bytes is too large for a Paceline backup")
                         .arg(path)
                         .arg(file.size())};
    return logFromJson(file.readAll(), QFileInfo(path).fileName());
}

/// "1 athlete", "2 athletes".
QString counted(int count, const char* singular, const char* plural)
{
    return QStringLiteral("%1 %2").arg(count).arg(QLatin1String(count == 1 ? singular : plural));
}

QJsonObject countsJson(const RestoreCounts& counts)
{
    return {{QStringLiteral("athletes_added"), counts.athletesAdded},
            {QStringLiteral("athletes_matched"), counts.athletesMatched},
            {QStringLiteral("templates_added"), counts.templatesAdded},
            {QStringLiteral("microcycles_added"), counts.microcyclesAdded},
            {QStringLiteral("planned_added"), counts.plannedAdded},
            {QStringLiteral("planned_skipped"), counts.plannedSkipped},
            {QStringLiteral("sessions_added"), counts.sessionsAdded},
            {QStringLiteral("sessions_skipped"), counts.sessionsSkipped}};
}

void printCounts(QTextStream& out, const RestoreCounts& counts, const QString& log)
{
    out << "Restored into " << log << ": " << counted(counts.athletesAdded, "athlete", "athletes")
        << " added (" << counts.athletesMatched << " already there), "
        << counted(counts.templatesAdded, "template", "templates") << ", "
        << counted(counts.microcyclesAdded, "microcycle", "microcycles") << ", "
        << counted(counts.plannedAdded, "planned session", "planned sessions") << " ("
        << counts.plannedSkipped << " already planned), "
        << counted(counts.sessionsAdded, "logged session", "logged sessions") << " ("
        << counts.sessionsSkipped << " already logged)\n";
}

} // namespace

int runRestore(CliContext& context)
{
    context.acceptPositionalArguments(
        QStringLiteral("FILE.json"),
        QStringLiteral("A backup written by 'paceline-cli export --backup'."));
    context.addDatabaseOption();
    context.addJsonOption();
    if (auto exit = context.parseOrExit())
        return *exit;
    const auto file =
        context.onePositionalArgument(QStringLiteral("give the backup FILE.json to restore"),
                                      QStringLiteral("give one backup file, not %1"));
    if (!file)
        return context.fail(ExitBadInput, file.errorMessage());
    // Read before opening the log, so a bad backup never creates an empty log.
    auto snapshot = readBackup(*file);
    if (!snapshot)
        return context.fail(ExitBadInput, snapshot.errorMessage());
    int exitStatus = ExitSuccess;
    std::unique_ptr<LogStore> store = context.openStore(exitStatus);
    if (!store)
        return exitStatus;
    auto counts = restoreSnapshot(*store, *snapshot);
    if (!counts)
        return context.fail(ExitFailure, counts.errorMessage());
    if (context.json())
        context.printJson(countsJson(*counts));
    else
        printCounts(context.out(), *counts, store->path());
    return ExitSuccess;
}

} // namespace paceline::cli
