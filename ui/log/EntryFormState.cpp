#include "EntryFormState.h"

#include "core/model/EntryText.h"
#include "core/model/TimeText.h"
#include "core/science/PlanComparison.h"
#include "ui/models/StepText.h"

#include <QCoreApplication>

#include <algorithm>
#include <climits>
#include <cmath>
#include <map>

namespace paceline {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("LogEntry", text);
}

/// Reads one typed value; blank is "not given". Text that does not parse adds a
/// problem naming where it is and what was expected.
class FieldReader {
public:
    explicit FieldReader(std::vector<EntryProblem>& problems) : m_problems(problems) {}

    std::optional<Duration> duration(const QString& text, EntryField field, int rep,
                                     const QString& what)
    {
        if (text.trimmed().isEmpty())
            return std::nullopt;
        auto parsed = parseDuration(text.trimmed());
        if (parsed.ok())
            return *parsed;
        fail(field, rep, what, parsed.errorMessage());
        return std::nullopt;
    }

    std::optional<Distance> distance(const QString& text, EntryField field, int rep,
                                     const QString& what)
    {
        if (text.trimmed().isEmpty())
            return std::nullopt;
        auto parsed = parseDistance(text.trimmed());
        if (parsed.ok())
            return *parsed;
        fail(field, rep, what, parsed.errorMessage());
        return std::nullopt;
    }

    std::optional<double> number(const QString& text, EntryField field, int rep,
                                 const QString& what)
    {
        if (text.trimmed().isEmpty())
            return std::nullopt;
        bool ok = false;
        // A decimal comma is read as the point people mean ("6,5").
        const double value =
            QString(text.trimmed()).replace(QLatin1Char(','), QLatin1Char('.')).toDouble(&ok);
        if (ok && std::isfinite(value))
            return value;
        fail(field, rep, what, tr("'%1' is not a number").arg(text.trimmed()));
        return std::nullopt;
    }

    std::optional<int> whole(const QString& text, EntryField field, int rep, const QString& what)
    {
        const std::optional<double> value = number(text, field, rep, what);
        if (!value)
            return std::nullopt;
        if (*value == std::round(*value) && std::abs(*value) < 1e6)
            return int(*value);
        fail(field, rep, what, tr("'%1' is not a whole number").arg(text.trimmed()));
        return std::nullopt;
    }

    /// A value that must be given was left blank.
    void missing(EntryField field, int rep, const QString& what, const QString& why)
    {
        fail(field, rep, what, why);
    }

    bool failedAt(EntryField field, int rep) const
    {
        for (const EntryProblem& problem : m_problems) {
            if (problem.field == field && problem.rep == rep)
                return true;
        }
        return false;
    }

private:
    void fail(EntryField field, int rep, const QString& what, const QString& why)
    {
        const QString where = rep < 0 ? what : tr("Rep %1 %2").arg(rep + 1).arg(what);
        m_problems.push_back({field, rep, QStringLiteral("%1: %2").arg(where, why)});
    }

    std::vector<EntryProblem>& m_problems;
};

Rep readRep(const RepEntry& row, int index, FieldReader& read)
{
    Rep rep;
    rep.kind = row.kind;
    rep.plannedStepId = row.plannedStepId;
    rep.distance = read.distance(row.distance, EntryField::RepDistance, index, tr("distance"));
    const auto time = read.duration(row.time, EntryField::RepTime, index, tr("time"));
    if (row.time.trimmed().isEmpty())
        read.missing(EntryField::RepTime, index, tr("time"), tr("missing: how long did it take?"));
    rep.time = time.value_or(Duration{});
    rep.rpe = read.number(row.rpe, EntryField::RepRpe, index, tr("RPE"));
    rep.avgHeartRate =
        read.whole(row.avgHeartRate, EntryField::RepAvgHeartRate, index, tr("average heart rate"));
    rep.maxHeartRate =
        read.whole(row.maxHeartRate, EntryField::RepMaxHeartRate, index, tr("maximum heart rate"));
    rep.cadence = read.number(row.cadence, EntryField::RepCadence, index, tr("cadence"));
    rep.notes = row.notes.trimmed();
    return rep;
}

std::optional<int> score(int value)
{
    return value > 0 ? std::optional<int>(value) : std::nullopt;
}

Wellness wellnessOf(const WellnessScores& scores)
{
    return {score(scores[0]), score(scores[1]), score(scores[2]),
            score(scores[3]), score(scores[4]), score(scores[5])};
}

/// Validation counts reps in the saved session; the form counts its rows. They differ
/// when rows without a result are left out, so the message is renumbered to the row.
QString renumbered(const QString& message, int rep, int row)
{
    const QString saved = tr("Rep %1 ").arg(rep + 1);
    if (rep == row || !message.startsWith(saved))
        return message;
    return tr("Rep %1 ").arg(row + 1) + message.mid(saved.size());
}

void collectSteps(const StepTree& tree, std::map<qint64, Step>& steps)
{
    for (const StepNode& node : tree) {
        if (node.isStep()) {
            steps[node.step().id.value] = node.step();
            continue;
        }
        collectSteps(node.group().children, steps);
        if (node.group().recoveryBetweenSets)
            steps[node.group().recoveryBetweenSets->id.value] = *node.group().recoveryBetweenSets;
    }
}

QString targetText(const Step& step, UnitSystem units)
{
    const QString amount = displayAmount(step.target, units);
    const QString intensity = displayIntensity(step.intensity, units);
    if (amount.isEmpty() || intensity.isEmpty())
        return amount + intensity;
    return amount + QLatin1Char(' ') + intensity;
}

} // namespace

bool RepEntry::hasResult() const
{
    for (const QString* text : {&time, &rpe, &avgHeartRate, &maxHeartRate, &cadence, &notes}) {
        if (!text->trimmed().isEmpty())
            return true;
    }
    return false;
}

EntryAssembly assembleEntry(const EntryFormState& state, AthleteId athlete)
{
    EntryAssembly result;
    std::vector<EntryProblem> parseProblems;
    FieldReader read(parseProblems);
    LoggedSession& session = result.session;
    session.athleteId = athlete;
    if (state.date.isValid() && state.time.isValid())
        session.start =
            QDateTime(state.date, state.time, Qt::OffsetFromUTC, state.utcOffsetSeconds);
    session.sport = state.sport;
    session.title = state.title.trimmed();
    session.plannedSessionId = state.plannedSessionId;
    for (int row = 0; row < int(state.reps.size()); ++row) {
        // A planned rep with nothing recorded was not run: it is left out, not an error.
        if (!state.reps[size_t(row)].hasResult()) {
            ++result.rowsLeftOut;
            continue;
        }
        session.reps.push_back(readRep(state.reps[size_t(row)], row, read));
        result.rowOfRep.push_back(row);
    }
    const auto duration = read.duration(state.duration, EntryField::Duration, -1, tr("Duration"));
    session.duration = duration.value_or(repsDuration(state.reps).value_or(Duration{}));
    session.distance =
        state.distance.trimmed().isEmpty()
            ? repsDistance(state.reps)
            : read.distance(state.distance, EntryField::Distance, -1, tr("Distance"));
    session.sessionRpe =
        read.number(state.sessionRpe, EntryField::SessionRpe, -1, tr("Session RPE"));
    session.avgHeartRate =
        read.whole(state.avgHeartRate, EntryField::AvgHeartRate, -1, tr("Average heart rate"));
    session.maxHeartRate =
        read.whole(state.maxHeartRate, EntryField::MaxHeartRate, -1, tr("Maximum heart rate"));
    session.wellness = wellnessOf(state.wellness);
    session.formNotes = state.formNotes.trimmed();
    session.notes = state.notes.trimmed();

    result.problems = parseProblems;
    for (EntryProblem problem : validateLoggedSession(session)) {
        if (problem.rep >= 0) {
            const int row = result.rowOfRep[size_t(problem.rep)];
            problem.message = renumbered(problem.message, problem.rep, row);
            problem.rep = row;
        }
        // What did not parse was read as blank; its "missing" problem would repeat it.
        if (!read.failedAt(problem.field, problem.rep))
            result.problems.push_back(problem);
    }
    // Listed as the eye reads the form: the table row by row, then the session fields.
    std::stable_sort(result.problems.begin(), result.problems.end(),
                     [](const EntryProblem& a, const EntryProblem& b) {
                         const auto key = [](const EntryProblem& problem) {
                             return std::pair(problem.rep < 0 ? INT_MAX : problem.rep,
                                              int(problem.field));
                         };
                         return key(a) < key(b);
                     });
    return result;
}

EntryFormState newEntryState(const QDateTime& now)
{
    EntryFormState state;
    const QDateTime local = now.toLocalTime();
    state.date = local.date();
    const QTime time = local.time();
    state.time = QTime(time.hour(), time.minute() - time.minute() % 5);
    state.utcOffsetSeconds = local.offsetFromUtc();
    state.reps.push_back(RepEntry{});
    return state;
}

EntryFormState entryStateOf(const LoggedSession& session)
{
    EntryFormState state;
    state.date = session.start.date();
    state.time = session.start.time();
    state.utcOffsetSeconds = session.start.offsetFromUtc();
    state.sport = session.sport;
    state.title = session.title;
    state.plannedSessionId = session.plannedSessionId;
    for (const Rep& rep : session.reps) {
        RepEntry row;
        row.kind = rep.kind;
        row.plannedStepId = rep.plannedStepId;
        row.distance = rep.distance ? distanceEntryText(*rep.distance) : QString();
        row.time = timeEntryText(rep.time);
        row.rpe = rep.rpe ? numberEntryText(*rep.rpe) : QString();
        row.avgHeartRate = rep.avgHeartRate ? QString::number(*rep.avgHeartRate) : QString();
        row.maxHeartRate = rep.maxHeartRate ? QString::number(*rep.maxHeartRate) : QString();
        row.cadence = rep.cadence ? numberEntryText(*rep.cadence) : QString();
        row.notes = rep.notes;
        state.reps.push_back(row);
    }
    // Typed totals stay typed; totals that equal the reps' sums stay automatic. Equal as
    // the texts show them: "1:08.04" reads back a rounding error away from 68.04 s.
    constexpr double kShownPrecision = 0.0005; // half a millisecond, half a millimetre
    const std::optional<Duration> repsTime = repsDuration(state.reps);
    if (!repsTime || std::abs(repsTime->seconds - session.duration.seconds) > kShownPrecision)
        state.duration = timeEntryText(session.duration);
    const std::optional<Distance> repsLength = repsDistance(state.reps);
    if (session.distance &&
        (!repsLength || std::abs(repsLength->metres - session.distance->metres) > kShownPrecision))
        state.distance = distanceEntryText(*session.distance);
    state.sessionRpe = session.sessionRpe ? numberEntryText(*session.sessionRpe) : QString();
    state.avgHeartRate = session.avgHeartRate ? QString::number(*session.avgHeartRate) : QString();
    state.maxHeartRate = session.maxHeartRate ? QString::number(*session.maxHeartRate) : QString();
    const Wellness& w = session.wellness;
    state.wellness = {w.sleep.value_or(0), w.soreness.value_or(0),     w.energy.value_or(0),
                      w.mood.value_or(0),  w.legStiffness.value_or(0), w.breathing.value_or(0)};
    state.formNotes = session.formNotes;
    state.notes = session.notes;
    return state;
}

std::vector<RepEntry> rowsFromPlan(const PlannedSession& plan, UnitSystem units)
{
    std::vector<RepEntry> rows;
    for (const Rep& rep : repsFromPlan(plan.steps)) {
        RepEntry row;
        row.kind = rep.kind;
        row.plannedStepId = rep.plannedStepId;
        row.distance = rep.distance ? distanceEntryText(*rep.distance) : QString();
        rows.push_back(row);
    }
    addTargets(rows, plan.steps, units);
    return rows;
}

void addTargets(std::vector<RepEntry>& rows, const StepTree& plannedSteps, UnitSystem units)
{
    std::map<qint64, Step> steps;
    collectSteps(plannedSteps, steps);
    for (RepEntry& row : rows) {
        if (!row.plannedStepId)
            continue;
        const auto step = steps.find(row.plannedStepId->value);
        if (step != steps.end())
            row.target = targetText(step->second, units);
    }
}

std::optional<Duration> repsDuration(const std::vector<RepEntry>& rows)
{
    std::optional<Duration> total;
    for (const RepEntry& row : rows) {
        if (row.time.trimmed().isEmpty())
            continue;
        auto time = parseDuration(row.time.trimmed());
        if (time.ok() && time->seconds > 0.0)
            total = Duration{total.value_or(Duration{}).seconds + time->seconds};
    }
    return total;
}

std::optional<Distance> repsDistance(const std::vector<RepEntry>& rows)
{
    std::optional<Distance> total;
    for (const RepEntry& row : rows) {
        // Only rows that were run: a planned rep without a time was not.
        if (!row.hasResult() || row.distance.trimmed().isEmpty())
            continue;
        auto distance = parseDistance(row.distance.trimmed());
        if (distance.ok() && distance->metres > 0.0)
            total = Distance{total.value_or(Distance{}).metres + distance->metres};
    }
    return total;
}

QString distanceEntryText(Distance distance)
{
    // To the millimetre: a mile (1609.344 m) typed once must not shrink when edited.
    return numberEntryText(std::round(distance.metres * 1000.0) / 1000.0);
}

QString timeEntryText(Duration duration)
{
    // As few decimals as show the time exactly, up to milliseconds: 92 s is "1:32", 92.4 s
    // "1:32.4", a watch's 92.13 s "1:32.13". An edit (or a paste) must not round the time.
    const double tolerance = 1e-9 * std::max(1.0, std::abs(duration.seconds));
    for (int decimals = 0; decimals < 3; ++decimals) {
        const double scale = std::pow(10.0, decimals);
        if (std::abs(std::round(duration.seconds * scale) / scale - duration.seconds) <= tolerance)
            return formatDuration(duration, decimals);
    }
    return formatDuration(duration, 3);
}

QString numberEntryText(double value)
{
    return QString::number(value, 'g', 10);
}

} // namespace paceline
