#include "SessionRows.h"
#include "SessionStore.h"
#include "SqlRow.h"
#include "StepRows.h"

namespace paceline {

// Light rows for the trend charts and the calibration. Each sample names the template
// its session was done from, through the plan the session was logged against; a session
// without a plan, or whose plan was made from scratch, has none.

namespace {

/// Sessions with the template of their plan; then one athlete's from one day to another
/// (values: athlete, first day, last day).
const QString kFromSessions =
    QStringLiteral("FROM logged_session s LEFT JOIN planned_session p ON p.id = s.planned_id ");
const QString kOfAthleteAndDays =
    QStringLiteral("WHERE s.athlete_id = ? AND s.day BETWEEN ? AND ? ");
/// The columns readSessionFields reads, from column 1 (column 0 names the row).
const QString kSessionFields = QStringLiteral("s.day, s.id, p.template_id, s.sport");

template <typename Sample> void readSessionFields(RowReader& row, Sample& sample)
{
    sample.day = row.day(1);
    sample.session = LoggedSessionId{row.int64(2)};
    if (std::optional<qint64> templateId = row.optInt64(3))
        sample.templateId = TemplateId{*templateId};
    sample.sport = row.enumValue(4, Sport::Run);
}

WorkRepSample readWorkRep(RowReader& row)
{
    WorkRepSample sample;
    readSessionFields(row, sample);
    sample.distance = Distance{row.real(5)};
    sample.time = Duration{row.real(6)};
    sample.rpe = row.optReal(7);
    sample.avgHeartRate = row.optInt(8);
    return sample;
}

StabilitySample readStability(RowReader& row)
{
    StabilitySample sample;
    readSessionFields(row, sample);
    sample.paceCvPercent = row.real(5);
    return sample;
}

/// `column` of the athlete's last sessions on or before a day that were logged against
/// a plan made from a template, newest first. Values: athlete, template, day, limit.
QString lastRepeats(const QString& column)
{
    // Only repeats with a work rep the calibration can judge (a distance and a time):
    // a repeat logged by its totals alone must not take the place of an older one that
    // has reps. template_session (migration 6) holds the sessions done for a template's
    // plans in this order: SQLite walks its key back from the newest and stops at the
    // limit, where the athlete's sessions would all be read, whatever the log's length.
    return QStringLiteral("SELECT s.%1 FROM template_session t "
                          "JOIN logged_session s ON s.id = t.session_id "
                          "WHERE t.athlete_id = ? AND t.template_id = ? AND s.day <= ? "
                          "AND EXISTS (SELECT 1 FROM rep r WHERE r.session_id = s.id "
                          "AND r.kind = '%2' AND r.distance_m > 0 AND r.time_s > 0) "
                          "ORDER BY t.start_utc DESC, t.session_id DESC LIMIT ?")
        .arg(column, enumId(RepKind::Work));
}

/// The repeats with their plans' steps; two sessions done for one plan get a copy each.
Result<std::vector<TemplateRepeat>> withPlannedSteps(Database& database,
                                                     std::vector<LoggedSession> sessions,
                                                     const QVariantList& values)
{
    Result<std::unordered_map<qint64, StepTree>> trees = loadStepTrees(
        database, StepOwnerKind::Plan,
        QStringLiteral("planned_id IN (%1)").arg(lastRepeats(QStringLiteral("planned_id"))),
        values);
    if (!trees)
        return trees.error();
    std::vector<TemplateRepeat> repeats;
    repeats.reserve(sessions.size());
    for (LoggedSession& session : sessions) {
        StepTree steps;
        if (session.plannedSessionId) {
            auto found = trees->find(session.plannedSessionId->value);
            if (found != trees->end())
                steps = found->second;
        }
        repeats.push_back(TemplateRepeat{std::move(session), std::move(steps)});
    }
    return repeats;
}

} // namespace

Result<std::vector<WorkRepSample>> SessionStore::workRepSamples(AthleteId athlete, QDate first,
                                                                QDate last) const
{
    // The same work reps as the stability figures count: both a distance and a time.
    return selectAll<WorkRepSample>(
        m_database,
        QStringLiteral("SELECT r.id, %1, r.distance_m, r.time_s, r.rpe, r.avg_hr ")
                .arg(kSessionFields) +
            kFromSessions + QStringLiteral("JOIN rep r ON r.session_id = s.id ") +
            kOfAthleteAndDays +
            QStringLiteral("AND r.kind = ? AND r.distance_m > 0 AND r.time_s > 0 "
                           "ORDER BY s.start_utc, s.id, r.position"),
        {athlete.value, dayText(first), dayText(last), enumId(RepKind::Work)},
        QStringLiteral("rep"), readWorkRep);
}

Result<std::vector<StabilitySample>> SessionStore::stabilitySamples(AthleteId athlete, QDate first,
                                                                    QDate last) const
{
    return selectAll<StabilitySample>(
        m_database,
        QStringLiteral("SELECT s.id, %1, s.pace_cv_percent ").arg(kSessionFields) + kFromSessions +
            kOfAthleteAndDays +
            QStringLiteral("AND s.pace_cv_percent IS NOT NULL ORDER BY s.start_utc, s.id"),
        {athlete.value, dayText(first), dayText(last)}, QStringLiteral("logged_session"),
        readStability);
}

Result<std::vector<TemplateRepeat>> SessionStore::templateRepeats(AthleteId athlete,
                                                                  TemplateId templateId, int limit,
                                                                  QDate onOrBefore) const
{
    // SQLite reads a negative LIMIT as no limit at all.
    if (limit <= 0)
        return std::vector<TemplateRepeat>{};
    const QVariantList values{athlete.value, templateId.value, dayText(onOrBefore), limit};
    const QString chosen = lastRepeats(QStringLiteral("id"));
    Result<std::vector<LoggedSession>> sessions = selectAll<LoggedSession>(
        m_database,
        SessionSql::selectSessions +
            QStringLiteral("WHERE id IN (%1) ORDER BY start_utc, id").arg(chosen),
        values, QStringLiteral("logged_session"), readSession);
    if (!sessions)
        return sessions.error();
    if (sessions->empty())
        return std::vector<TemplateRepeat>{};
    Status reps = attachReps(
        m_database, sessions.value(),
        QStringLiteral("WHERE r.session_id IN (%1) ORDER BY r.session_id, r.position").arg(chosen),
        values);
    if (!reps)
        return reps.error();
    return withPlannedSteps(m_database, std::move(sessions).value(), values);
}

} // namespace paceline
