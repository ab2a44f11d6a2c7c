// paceline-cli export-ics: a date range of an athlete's plan as an iCalendar file.

#include "AtomicFile.h"
#include "CliContext.h"
#include "Commands.h"
#include "core/io/IcsWriter.h"
#include "core/store/LogStore.h"
#include "core/store/PlanStore.h"


namespace paceline::cli {

namespace {

/// Ten years: any real export, and a typo in a year is caught rather than written.
constexpr qint64 kMaxRangeDays = 3660;

void addOptions(CliContext& context)
{
    auto& parser = context.parser();
    parser.addOption({QStringLiteral("from"),
                      QStringLiteral("The first day to export, YYYY-MM-DD."),
                      QStringLiteral("date")});
    parser.addOption({QStringLiteral("to"),
                      QStringLiteral("The last day to export, YYYY-MM-DD (inclusive)."),
                      QStringLiteral("date")});
    parser.addOption({{QStringLiteral("o"), QStringLiteral("output")},
                      QStringLiteral("The .ics file to write (replaced atomically)."),
                      QStringLiteral("file")});
    context.addDatabaseOption();
    context.addAthleteOption();
    context.addJsonOption();
}

struct ExportRange {
    QDate from;
    QDate to;
    QString file;
};

Result<QDate> requiredDate(const CliContext& context, const QString& name)
{
    auto date = context.dateOption(name);
    if (!date)
        return date.error();
    if (!*date)
        return Error{QStringLiteral("--%1 YYYY-MM-DD is required").arg(name)};
    return **date;
}

Result<ExportRange> rangeFromOptions(const CliContext& context)
{
    auto from = requiredDate(context, QStringLiteral("from"));
    if (!from)
        return from.error();
    auto to = requiredDate(context, QStringLiteral("to"));
    if (!to)
        return to.error();
    if (*from > *to)
        return Error{
            QStringLiteral("--from %1 is after --to %2")
                .arg(context.option(QStringLiteral("from")), context.option(QStringLiteral("to")))};
    if (from->daysTo(*to) >= kMaxRangeDays)
        return Error{
            QStringLiteral("--from %1 to --to %2 is more than ten years")
                .arg(context.option(QStringLiteral("from")), context.option(QStringLiteral("to")))};
    const QString file = context.option(QStringLiteral("output"));
    if (file.isEmpty())
        return Error{QStringLiteral("-o FILE.ics is required")};
    return ExportRange{*from, *to, file};
}

} // namespace

int runExportIcs(CliContext& context)
{
    addOptions(context);
    if (auto exit = context.parseOrExit())
        return *exit;
    auto range = rangeFromOptions(context);
    if (!range)
        return context.fail(ExitBadInput, range.errorMessage());
    int exitStatus = ExitSuccess;
    std::optional<AthleteLog> log = context.openAthleteLog(exitStatus);
    if (!log)
        return exitStatus;
    LogStore& store = *log->store;
    const Athlete& athlete = log->athlete;
    auto sessions = store.plans().inRange(athlete.id, range->from, range->to);
    if (!sessions)
        return context.fail(ExitFailure, sessions.errorMessage());
    const QByteArray ics =
        plannedSessionsToIcs(*sessions, athlete, QDateTime::currentDateTimeUtc());
    if (auto written = writeFileAtomically(range->file, ics); !written)
        return context.fail(ExitFailure, written.errorMessage());

    if (context.json())
        context.printJson({{QStringLiteral("file"), range->file},
                           {QStringLiteral("events"), qint64(sessions->size())},
                           {QStringLiteral("from"), range->from.toString(Qt::ISODate)},
                           {QStringLiteral("to"), range->to.toString(Qt::ISODate)}});
    else
        context.out() << "Wrote " << sessions->size() << " planned sessions from "
                      << range->from.toString(Qt::ISODate) << " to "
                      << range->to.toString(Qt::ISODate) << " to " << range->file << '\n';
    return ExitSuccess;
}

} // namespace paceline::cli
