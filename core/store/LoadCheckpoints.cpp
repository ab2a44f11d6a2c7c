// SessionStore's load checkpoints (migration 6 says what they are and what keeps them
// true): where the Analysis screen's exponentially weighted figures stand at the start
// of a month, so a chart of recent months need not read the whole history.

#include "Database.h"
#include "SessionStore.h"
#include "SqlRow.h"

namespace paceline {

Result<std::optional<FigureCheckpoint>>
SessionStore::loadCheckpoint(AthleteId athlete, LoadMeasure measure, QDate first, QDate last) const
{
    using Found = std::optional<FigureCheckpoint>;
    if (!first.isValid() || !last.isValid() || first > last)
        return Found();
    // Backwards along the (athlete_id, day, measure) key from `last`: the first row of
    // this measure is the one wanted.
    Result<QSqlQuery*> query = m_database.run(
        QStringLiteral("SELECT day, acute_ewma, chronic_ewma, fitness, fatigue FROM "
                       "load_checkpoint WHERE athlete_id = ? AND day BETWEEN ? AND ? AND "
                       "measure = ? ORDER BY day DESC LIMIT 1"),
        {athlete.value, dayText(first), dayText(last), enumId(measure)},
        QStringLiteral("read a load checkpoint"));
    if (!query)
        return query.error();
    QueryReset reset(**query);
    if (!(*query)->next())
        return Found();
    RowReader row(**query);
    const FigureCheckpoint checkpoint{row.day(0), row.real(1), row.real(2), row.real(3),
                                      row.real(4)};
    if (!row.ok())
        return m_database.damaged(QStringLiteral("load_checkpoint: %1").arg(row.problem()));
    return Found(checkpoint);
}

Status SessionStore::keepLoadCheckpoints(AthleteId athlete, LoadMeasure measure,
                                         const std::vector<FigureCheckpoint>& checkpoints)
{
    if (checkpoints.empty() || m_database.isReadOnly())
        return {};
    return m_database.transaction([&]() -> Status {
        for (const FigureCheckpoint& checkpoint : checkpoints) {
            Result<QSqlQuery*> query = m_database.run(
                QStringLiteral("INSERT OR REPLACE INTO load_checkpoint (athlete_id, day, measure, "
                               "acute_ewma, chronic_ewma, fitness, fatigue) VALUES (?, ?, ?, ?, "
                               "?, ?, ?)"),
                {athlete.value, dayText(checkpoint.day), enumId(measure), checkpoint.acuteEwma,
                 checkpoint.chronicEwma, checkpoint.fitness, checkpoint.fatigue},
                QStringLiteral("keep a load checkpoint"));
            if (!query)
                return query.error();
        }
        return {};
    });
}

Status SessionStore::keepAllLoadCheckpoints(AthleteId athlete)
{
    if (m_database.isReadOnly())
        return {};
    const auto range = dayRange(athlete);
    if (!range)
        return range.error();
    if (!range.value())
        return {};
    const auto [first, last] = *range.value();
    const auto rows = dailyLoads(athlete, first, last);
    if (!rows)
        return rows.error();
    return m_database.transaction([&]() -> Status {
        for (const auto& measure : enumEntries<LoadMeasure>()) {
            // From the first logged day, as the Analysis screen computes them; a
            // checkpoint needs the days before it that the ratios need.
            const std::vector<DayFigures> history =
                dailyFigures(first, dailyLoadVector(*rows, first, last, measure.value));
            if (Status kept = keepLoadCheckpoints(
                    athlete, measure.value,
                    monthlyCheckpoints(history, first.addDays(kDaysBeforeCheckpoint), last));
                !kept)
                return kept;
        }
        return {};
    });
}

} // namespace paceline
