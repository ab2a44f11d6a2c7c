// paceline-cli inspect: what an activity file (FIT, TCX, GPX, Paceline CSV) holds, as
// the readers see it, without touching a log.

#include "CliContext.h"
#include "Commands.h"
#include "core/io/activity/ActivityReader.h"
#include "core/io/activity/InspectJson.h"
#include "core/model/TimeText.h"

#include <QFileInfo>

namespace paceline::cli {

namespace {

QString durationText(const std::optional<double>& seconds)
{
    return seconds ? formatDuration(Duration{*seconds}) : QStringLiteral("-");
}

QString metresText(const std::optional<double>& metres)
{
    return metres ? QString::number(*metres, 'f', 1) : QStringLiteral("-");
}

QString heartRateText(const std::optional<int>& bpm)
{
    return bpm ? QString::number(*bpm) : QStringLiteral("-");
}

QString startText(const QDateTime& start)
{
    return start.isValid() ? start.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'"))
                           : QStringLiteral("no start time");
}

void printLaps(QTextStream& out, const std::vector<RecordedLap>& laps)
{
    if (laps.empty()) {
        out << "  No laps.\n";
        return;
    }
    out << "  Lap  Start (UTC)   Elapsed     Timer   Distance m  Avg HR  Max HR\n";
    int number = 1;
    for (const RecordedLap& lap : laps)
        out << QStringLiteral("  %1  %2  %3  %4  %5  %6  %7\n")
                   .arg(number++, 3)
                   .arg(lap.start.isValid() ? lap.start.toUTC().toString(QStringLiteral("HH:mm:ss"))
                                            : QStringLiteral("-"),
                        -11)
                   .arg(durationText(lap.elapsedSeconds), 8)
                   .arg(durationText(lap.timerSeconds), 8)
                   .arg(metresText(lap.distanceMetres), 11)
                   .arg(heartRateText(lap.avgHeartRate), 6)
                   .arg(heartRateText(lap.maxHeartRate), 6);
}

void printSession(QTextStream& out, const RecordedSession& session)
{
    const QString sport =
        session.sportName.isEmpty() ? QStringLiteral("unknown sport") : session.sportName;
    out << sport << ", " << startText(session.start) << ": elapsed "
        << durationText(session.elapsedSeconds) << ", timer " << durationText(session.timerSeconds)
        << ", " << metresText(session.distanceMetres) << " m, " << session.samples.size()
        << " records\n";
    printLaps(out, session.laps);
}

void printRecording(QTextStream& out, const Recording& recording, const QString& path)
{
    out << QFileInfo(path).fileName() << ": " << recording.format.toUpper() << ", "
        << recording.recordCount << " records, " << recording.sessions.size()
        << (recording.sessions.size() == 1 ? " session\n" : " sessions\n");
    for (const RecordedSession& session : recording.sessions) {
        out << '\n';
        printSession(out, session);
    }
}

} // namespace

int runInspect(CliContext& context)
{
    context.acceptPositionalArguments(QStringLiteral("FILE"),
                                      QStringLiteral("A FIT, TCX, GPX or Paceline CSV file."));
    context.addJsonOption();
    if (auto exit = context.parseOrExit())
        return *exit;
    const auto file = context.onePositionalArgument(QStringLiteral("give the FILE to inspect"),
                                                    QStringLiteral("give one FILE, not %1"));
    if (!file)
        return context.fail(ExitBadInput, file.errorMessage());
    const QFileInfo given(*file);
    if (given.isDir())
        return context.fail(
            ExitBadInput,
            QStringLiteral("'%1' is a folder; give one activity FILE in it").arg(*file));
    if (!given.isFile())
        return context.fail(ExitBadInput, QStringLiteral("there is no file '%1'").arg(*file));
    // A file that does not read is the work failing, as for each file of an import.
    auto recording = readActivityFile(*file, makeActivityReaders());
    if (!recording)
        return context.fail(ExitFailure, recording.errorMessage());
    if (context.json())
        context.printJson(inspectJson(*recording));
    else
        printRecording(context.out(), *recording, *file);
    return ExitSuccess;
}

} // namespace paceline::cli
