#include "ActivityImporter.h"

#include "Conversion.h"
#include "LegTotals.h"
#include "core/store/AthleteStore.h"
#include "core/store/LogStore.h"
#include "core/store/PlanStore.h"
#include "core/store/SessionStore.h"

#include <QFileInfo>

#include <algorithm>

namespace paceline {

namespace {

/// The days a recording's legs may fall on locally: each leg's UTC date and the days
/// either side (no UTC offset moves a start by more than a day).
std::optional<std::pair<QDate, QDate>> possibleDays(const Recording& recording)
{
    std::optional<std::pair<QDate, QDate>> days;
    for (const RecordedSession& leg : recording.sessions) {
        const QDateTime start = legStartUtc(leg);
        if (!start.isValid())
            continue;
        const QDate day = start.date();
        if (!days)
            days = std::pair{day, day};
        days->first = std::min(days->first, day);
        days->second = std::max(days->second, day);
    }
    if (days)
        *days = {days->first.addDays(-1), days->second.addDays(1)};
    return days;
}

/// The athlete's plans on those days that no logged session is linked to yet.
Result<std::vector<PlannedSession>> openPlans(const LogStore& store, AthleteId athlete,
                                              const Recording& recording)
{
    const std::optional<std::pair<QDate, QDate>> days = possibleDays(recording);
    if (!days)
        return std::vector<PlannedSession>{};
    Result<std::vector<PlannedSession>> plans =
        store.plans().inRange(athlete, days->first, days->second);
    if (!plans)
        return plans;
    Result<std::map<PlannedSessionId, LoggedSessionId>> done =
        store.plans().completions(athlete, days->first, days->second);
    if (!done)
        return done.error();
    std::erase_if(plans.value(),
                  [&](const PlannedSession& plan) { return done->contains(plan.id); });
    return plans;
}

FileImportResult finished(FileImportResult result, ImportOutcome outcome, const QString& message)
{
    result.outcome = outcome;
    result.message = message;
    return result;
}

/// "run.fit: already in the log as "Intervals" on 2026-11-27"
QString duplicateMessage(const LogStore& store, const QString& fileName, LoggedSessionId id)
{
    Result<LoggedSession> logged = store.sessions().find(id);
    if (!logged)
        return QStringLiteral("%1: already in the log (session %2)").arg(fileName).arg(id.value);
    return QStringLiteral("%1: already in the log as \"%2\" on %3")
        .arg(fileName, logged->title, logged->localDate().toString(Qt::ISODate));
}

} // namespace

ActivityImporter::ActivityImporter(LogStore& store, AthleteId athlete, ImportOptions options)
    : m_store(store), m_athlete(athlete), m_options(std::move(options)),
      m_readers(makeActivityReaders(m_options.gpxSplit))
{}

ActivityImporter::~ActivityImporter() = default;

Result<Conversion> ActivityImporter::convertFile(const QString& path) const
{
    // The recording (with its samples) lives only in this scope: a batch keeps nothing
    // of a file once its sessions are made.
    Result<Recording> recording = readActivityFile(path, m_readers);
    if (!recording)
        return recording.error();
    Result<Athlete> athlete = m_store.athletes().find(m_athlete);
    if (!athlete)
        return athlete.error();
    Result<std::vector<PlannedSession>> plans = openPlans(m_store, m_athlete, *recording);
    if (!plans)
        return plans.error();
    ConversionContext context{std::move(athlete.value()), std::move(plans.value()),
                              m_options.fallbackZone};
    return sessionsFromRecording(*recording, context);
}

Result<std::optional<QString>> ActivityImporter::findDuplicate(const Conversion& conversion,
                                                               const QString& fileName) const
{
    for (const LoggedSession& session : conversion.sessions) {
        Result<std::optional<LoggedSessionId>> found =
            // Any sport: a GPX without a type reads as cross-training, its FIT twin as a run.
            m_store.sessions().findByStart(m_athlete, session.start);
        if (!found)
            return Error{QStringLiteral("%1: %2").arg(fileName, found.errorMessage())};
        if (*found)
            return std::optional<QString>(duplicateMessage(m_store, fileName, **found));
    }
    return std::optional<QString>();
}

FileImportResult ActivityImporter::importFile(const QString& path)
{
    FileImportResult result;
    result.path = path;
    const QString fileName = QFileInfo(path).fileName();
    Result<Conversion> conversion = convertFile(path);
    if (!conversion) {
        // Reader messages name the file already; the store's (reading the athlete or
        // the plans) do not.
        const QString& message = conversion.errorMessage();
        return finished(
            std::move(result), ImportOutcome::Failed,
            message.contains(fileName) ? message : QStringLiteral("%1: %2").arg(fileName, message));
    }
    const QString notes = conversion->notes.join(QStringLiteral("; "));
    if (conversion->sessions.empty())
        return finished(std::move(result), ImportOutcome::Failed,
                        QStringLiteral("%1: nothing to import (%2)")
                            .arg(fileName, notes.isEmpty() ? QStringLiteral("the file has no "
                                                                            "activity")
                                                           : notes));
    Result<std::optional<QString>> duplicate = findDuplicate(*conversion, fileName);
    if (!duplicate)
        return finished(std::move(result), ImportOutcome::Failed, duplicate.errorMessage());
    if (*duplicate)
        return finished(std::move(result), ImportOutcome::Duplicate, **duplicate);
    Status saved = m_store.transaction([&]() -> Status {
        for (LoggedSession& session : conversion->sessions)
            if (Status inserted = m_store.sessions().insert(session); !inserted)
                return inserted;
        return {};
    });
    if (!saved)
        return finished(std::move(result), ImportOutcome::Failed,
                        QStringLiteral("%1: could not be saved, nothing was imported: %2")
                            .arg(fileName, saved.errorMessage()));
    for (const LoggedSession& session : conversion->sessions)
        result.sessionIds.push_back(session.id);
    return finished(std::move(result), ImportOutcome::Imported, notes);
}

} // namespace paceline
