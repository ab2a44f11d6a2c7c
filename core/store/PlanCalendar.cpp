// PlanStore's calendar marks: rest days and which plans were done (migration 4).
#include "Database.h"
#include "PlanStore.h"
#include "SqlRow.h"

namespace paceline {
namespace {

RestDay readRestDay(RowReader& row)
{
    // Column 0 is the rowid: selectAll names damaged rows by their first column.
    return RestDay{AthleteId{row.int64(1)}, row.day(2), row.text(3)};
}

/// A clear message for a day or athlete the caller got wrong, instead of SQLite's
/// foreign-key wording.
Status validateRestDay(Database& database, AthleteId athlete, QDate date)
{
    if (!date.isValid())
        return Error{QStringLiteral("A rest day needs a valid date.")};
    Result<qint64> found = selectNumber(
        database, QStringLiteral("SELECT count(*) FROM athlete WHERE id = ?"), {athlete.value});
    if (!found)
        return found.error();
    if (*found == 0)
        return Error{QStringLiteral("Cannot mark %1 as a rest day: there is no athlete with id %2 "
                                    "in '%3'.")
                         .arg(dayText(date))
                         .arg(athlete.value)
                         .arg(database.path())};
    return {};
}

struct Completion {
    PlannedSessionId plan;
    LoggedSessionId session;
};

Completion readCompletion(RowReader& row)
{
    return Completion{PlannedSessionId{row.int64(1)}, LoggedSessionId{row.int64(0)}};
}

} // namespace

Result<std::vector<RestDay>> PlanStore::restDays(AthleteId athlete, QDate first, QDate last) const
{
    return selectAll<RestDay>(m_database,
                              QStringLiteral("SELECT rowid, athlete_id, day, note FROM rest_day "
                                             "WHERE athlete_id = ? AND day BETWEEN ? AND ? "
                                             "ORDER BY day"),
                              {athlete.value, dayText(first), dayText(last)},
                              QStringLiteral("rest_day"), readRestDay);
}

Status PlanStore::setRestDay(const RestDay& day)
{
    return m_database.transaction([&]() -> Status {
        if (Status valid = validateRestDay(m_database, day.athleteId, day.date); !valid)
            return valid;
        Result<QSqlQuery*> query = m_database.run(
            QStringLiteral("INSERT INTO rest_day (athlete_id, day, note) VALUES (?, ?, ?) "
                           "ON CONFLICT (athlete_id, day) DO UPDATE SET note = excluded.note"),
            {day.athleteId.value, dayText(day.date), textValue(day.note)},
            QStringLiteral("mark %1 as a rest day").arg(dayText(day.date)));
        if (!query)
            return query.error();
        (*query)->finish();
        return {};
    });
}

Status PlanStore::clearRestDay(AthleteId athlete, QDate date)
{
    return m_database.transaction([&]() -> Status {
        if (!date.isValid())
            return Error{QStringLiteral("A rest day needs a valid date.")};
        Result<QSqlQuery*> query =
            m_database.run(QStringLiteral("DELETE FROM rest_day WHERE athlete_id = ? AND day = ?"),
                           {athlete.value, dayText(date)},
                           QStringLiteral("unmark %1 as a rest day").arg(dayText(date)));
        if (!query)
            return query.error();
        (*query)->finish();
        return {};
    });
}

Result<std::map<PlannedSessionId, LoggedSessionId>>
PlanStore::completions(AthleteId athlete, QDate first, QDate last) const
{
    // Earliest start first, so the first row of each plan is its first logged session;
    // session_by_planned finds the sessions of each plan of the range.
    Result<std::vector<Completion>> rows = selectAll<Completion>(
        m_database,
        QStringLiteral("SELECT id, planned_id FROM logged_session WHERE planned_id IN "
                       "(SELECT id FROM planned_session WHERE athlete_id = ? "
                       "AND day BETWEEN ? AND ?) ORDER BY planned_id, start_utc, id"),
        {athlete.value, dayText(first), dayText(last)}, QStringLiteral("logged_session"),
        readCompletion);
    if (!rows)
        return rows.error();
    std::map<PlannedSessionId, LoggedSessionId> done;
    for (const Completion& row : *rows)
        done.emplace(row.plan, row.session); // keeps the first of each plan
    return done;
}

} // namespace paceline
