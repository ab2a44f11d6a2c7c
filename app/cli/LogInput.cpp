#include "LogInput.h"

#include "RepsFromText.h"
#include "SessionInput.h"
#include "core/io/SessionNotation.h"
#include "core/model/EntryText.h"

#include <QRegularExpression>
#include <QTime>

#include <cmath>

namespace paceline::cli {

namespace {

const QTime kDefaultStartTime(12, 0);

void addOption(CliContext& context, const char* name, const QString& description,
               const char* valueName)
{
    context.parser().addOption({QLatin1String(name), description, QLatin1String(valueName)});
}

QStringList listItems(const QString& text)
{
    static const QRegularExpression separators(QStringLiteral("[\\s,;]+"));
    return text.split(separators, Qt::SkipEmptyParts);
}

/// `--NAME "6,6,7.5"`: one number per work rep; empty when the option is absent.
Result<std::vector<double>> numberList(const CliContext& context, const QString& name)
{
    std::vector<double> values;
    const QStringList items = listItems(context.option(name));
    for (int index = 0; index < items.size(); ++index) {
        bool ok = false;
        const double value = items[index].toDouble(&ok);
        if (!ok || !std::isfinite(value))
            return Error{QStringLiteral("--%1 value %2 '%3' is not a number")
                             .arg(name)
                             .arg(index + 1)
                             .arg(items[index])};
        values.push_back(value);
    }
    return values;
}

Result<std::vector<int>> wholeNumberList(const CliContext& context, const QString& name)
{
    std::vector<int> values;
    const QStringList items = listItems(context.option(name));
    for (int index = 0; index < items.size(); ++index) {
        bool ok = false;
        const int value = items[index].toInt(&ok);
        if (!ok)
            return Error{QStringLiteral("--%1 value %2 '%3' is not a whole number")
                             .arg(name)
                             .arg(index + 1)
                             .arg(items[index])};
        values.push_back(value);
    }
    return values;
}

Result<TypedWorkout> typedWorkout(const CliContext& context)
{
    TypedWorkout workout;
    workout.text = context.option(QStringLiteral("text")).trimmed();
    if (workout.text.isEmpty())
        return Error{QStringLiteral("give the session with --text NOTATION, e.g. \"8x400m @I / "
                                    "90s jog\"")};
    auto steps = parseSessionNotation(workout.text);
    if (!steps)
        return Error{QStringLiteral("--text %1").arg(steps.errorMessage())};
    workout.steps = std::move(steps).value();

    if (!context.isSet(QStringLiteral("splits")))
        return Error{QStringLiteral("give the work reps' times with --splits, e.g. "
                                    "\"92.1,91.4,1:30.8\"")};
    auto times = parseSplits(context.option(QStringLiteral("splits")));
    if (!times)
        return Error{QStringLiteral("--splits: %1").arg(times.errorMessage())};
    workout.times = std::move(times).value();
    auto rpe = numberList(context, QStringLiteral("rpe"));
    if (!rpe)
        return rpe.error();
    workout.rpe = std::move(rpe).value();
    auto heartRates = wholeNumberList(context, QStringLiteral("hr"));
    if (!heartRates)
        return heartRates.error();
    workout.heartRates = std::move(heartRates).value();
    return workout;
}

/// The local start: --date at --time, with the UTC offset the computer's time zone
/// has then (the athlete logs from where they live; the offset follows summer time).
Result<QDateTime> startFromOptions(const CliContext& context)
{
    if (!context.isSet(QStringLiteral("date")))
        return Error{QStringLiteral("give the day of the workout with --date YYYY-MM-DD")};
    auto date = context.dateOption(QStringLiteral("date"));
    if (!date)
        return date.error();
    QTime time = kDefaultStartTime;
    if (context.isSet(QStringLiteral("time"))) {
        const QString text = context.option(QStringLiteral("time"));
        time = QTime::fromString(text, QStringLiteral("H:mm"));
        if (!time.isValid())
            return Error{QStringLiteral("--time '%1' is not a time of day (HH:MM)").arg(text)};
    }
    const int offset = QDateTime(**date, time).offsetFromUtc();
    return QDateTime(**date, time, Qt::OffsetFromUTC, offset);
}

Status applySessionFields(const CliContext& context, LoggedSession& session)
{
    if (context.isSet(QStringLiteral("sport"))) {
        const QString text = context.option(QStringLiteral("sport"));
        auto sport = enumFromId<Sport>(text);
        if (!sport)
            return Error{
                QStringLiteral("--sport '%1' is not one of %2").arg(text, enumIdList<Sport>())};
        session.sport = *sport;
    }
    if (context.isSet(QStringLiteral("session-rpe"))) {
        const QString text = context.option(QStringLiteral("session-rpe"));
        bool ok = false;
        const double rpe = text.toDouble(&ok);
        if (!ok || !std::isfinite(rpe))
            return Error{QStringLiteral("--session-rpe '%1' is not a number").arg(text)};
        session.sessionRpe = rpe;
    }
    const QString title = context.option(QStringLiteral("title")).trimmed();
    session.title = title.isEmpty() ? context.option(QStringLiteral("text")).trimmed() : title;
    session.notes = context.option(QStringLiteral("notes"));
    return {};
}

} // namespace

void addLogInputOptions(CliContext& context)
{
    addOption(context, "date", QStringLiteral("The day of the workout, YYYY-MM-DD (required)."),
              "date");
    addOption(context, "time", QStringLiteral("The start, HH:MM local time (default 12:00)."),
              "time");
    addOption(context, "text",
              QStringLiteral("The session in notation, e.g. \"wu 15min @E; 8x400m @I / 90s "
                             "jog; cd 10min @E\" (required)."),
              "notation");
    addOption(context, "splits",
              QStringLiteral("The work reps' times in order, e.g. \"92.1,91.4,1:30.8\" "
                             "(required)."),
              "times");
    addOption(context, "rpe", QStringLiteral("RPE (0-10) of each work rep, e.g. \"6,6,7\"."),
              "list");
    addOption(context, "hr", QStringLiteral("Average heart rate of each work rep, bpm."), "list");
    addOption(context, "session-rpe", QStringLiteral("RPE of the whole session, 0-10."), "rpe");
    addOption(context, "title", QStringLiteral("The session's title (default: the text)."),
              "title");
    addOption(context, "sport",
              QStringLiteral("The sport: %1 (default: from the text's legs, else run).")
                  .arg(enumIdList<Sport>()),
              "sport");
    addOption(context, "notes", QStringLiteral("Free notes."), "notes");
}

Result<LoggedSession> loggedSessionFromOptions(const CliContext& context, const Athlete& athlete)
{
    LoggedSession session;
    session.athleteId = athlete.id;
    auto start = startFromOptions(context);
    if (!start)
        return start.error();
    session.start = *start;
    auto workout = typedWorkout(context);
    if (!workout)
        return workout.error();
    session.sport = sportOfSteps(workout->steps);
    if (Status fields = applySessionFields(context, session); !fields)
        return fields.error();
    if (Status reps = fillRepsFromText(session, *workout, athlete); !reps)
        return reps.error();
    return session;
}

} // namespace paceline::cli
