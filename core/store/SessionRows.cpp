#include "SessionRows.h"

#include "LoadFigureColumns.h"

#include <algorithm>
#include <array>
#include <initializer_list>
#include <iterator>
#include <unordered_map>

namespace paceline {
namespace {

constexpr std::size_t kBaseColumnCount = 27;
constexpr std::size_t kSessionColumnCount = kBaseColumnCount + LoadFigureColumns::kCount + 1;

// Named placeholders on purpose: QSqlQuery::bindValue(int) formats a placeholder
// name with QString::arg() for every value, which made binding the slowest part of
// inserting a rep; binding by a ready-made name is a hash lookup.
// The stability figures (migration 3) and the load figures (migration 5) come after
// the columns of version 1. The id is last of all: NULL on insert lets SQLite choose
// one, a preset id restores a removed session; on update it selects the row.
std::array<QString, kSessionColumnCount> sessionColumns()
{
    static constexpr const char* base[] = {"athlete_id",
                                           "start_utc",
                                           "utc_offset_s",
                                           "day",
                                           "sport",
                                           "title",
                                           "planned_id",
                                           "duration_s",
                                           "distance_m",
                                           "session_rpe",
                                           "avg_hr",
                                           "max_hr",
                                           "sleep",
                                           "soreness",
                                           "energy",
                                           "mood",
                                           "leg_stiffness",
                                           "breathing",
                                           "form_notes",
                                           "notes",
                                           "work_reps",
                                           "pace_cv_percent",
                                           "fade_percent",
                                           "spread_s_per_km",
                                           "reps_with_target",
                                           "reps_within_target",
                                           "rpe_drift"};
    static_assert(std::size(base) == kBaseColumnCount);
    std::array<QString, kSessionColumnCount> columns;
    auto next = std::transform(std::begin(base), std::end(base), columns.begin(),
                               [](const char* name) { return QString::fromLatin1(name); });
    next = std::copy(LoadFigureColumns::names().begin(), LoadFigureColumns::names().end(), next);
    *next = QStringLiteral("id");
    return columns;
}

const std::array<QString, kSessionColumnCount> kSessionColumns = sessionColumns();

/// The columns an update assigns: all but the id, which is its WHERE.
std::array<QString, kSessionColumnCount - 1> assignedColumns()
{
    std::array<QString, kSessionColumnCount - 1> columns;
    std::copy(kSessionColumns.begin(), kSessionColumns.end() - 1, columns.begin());
    return columns;
}
} // namespace

const std::array<QString, 11> SessionSql::repColumns{
    QStringLiteral("session_id"), QStringLiteral("position"),   QStringLiteral("planned_step_id"),
    QStringLiteral("kind"),       QStringLiteral("distance_m"), QStringLiteral("time_s"),
    QStringLiteral("rpe"),        QStringLiteral("avg_hr"),     QStringLiteral("max_hr"),
    QStringLiteral("cadence"),    QStringLiteral("notes")};

namespace {

template <std::size_t N> std::array<QString, N> placeholders(const std::array<QString, N>& columns)
{
    std::array<QString, N> names;
    for (std::size_t i = 0; i < N; ++i)
        names[i] = QLatin1Char(':') + columns[i];
    return names;
}

const std::array<QString, kSessionColumnCount> kSessionNames = placeholders(kSessionColumns);
const std::array<QString, 11> kRepNames = placeholders(SessionSql::repColumns);

template <std::size_t N>
QString insertSql(const QString& table, const std::array<QString, N>& columns)
{
    QStringList names(columns.begin(), columns.end());
    return QStringLiteral("INSERT INTO %1 (%2) VALUES (:%3)")
        .arg(table, names.join(QStringLiteral(", ")), names.join(QStringLiteral(", :")));
}

template <std::size_t N>
QString updateSql(const QString& table, const std::array<QString, N>& columns)
{
    QStringList assignments;
    for (const QString& column : columns)
        assignments << QStringLiteral("%1 = :%1").arg(column);
    return QStringLiteral("UPDATE %1 SET %2 WHERE id = :id")
        .arg(table, assignments.join(QStringLiteral(", ")));
}

QVariant nullableDistance(const std::optional<Distance>& distance)
{
    return distance ? QVariant(distance->metres) : QVariant();
}

} // namespace

namespace SessionSql {
const QString insertSession = insertSql(QStringLiteral("logged_session"), kSessionColumns);
const QString updateSession = updateSql(QStringLiteral("logged_session"), assignedColumns());
const QString selectSessions =
    QStringLiteral(
        "SELECT id, athlete_id, start_utc, utc_offset_s, sport, title, planned_id, duration_s, "
        "distance_m, session_rpe, avg_hr, max_hr, sleep, soreness, energy, mood, leg_stiffness, "
        "breathing, form_notes, notes, work_reps, pace_cv_percent, fade_percent, "
        "spread_s_per_km, reps_with_target, reps_within_target, rpe_drift, %1 "
        "FROM logged_session ")
        .arg(LoadFigureColumns::list());
const QString insertRep = insertSql(QStringLiteral("rep"), repColumns);
const QString updateRep = updateSql(QStringLiteral("rep"), repColumns);
const QString selectReps = QStringLiteral(
    "SELECT r.id, r.session_id, r.planned_step_id, r.kind, r.distance_m, r.time_s, r.rpe, "
    "r.avg_hr, r.max_hr, r.cadence, r.notes FROM rep r ");
const QString idPlaceholder = QStringLiteral(":id");
} // namespace SessionSql

void bindSession(Database& database, QSqlQuery& query, const LoggedSession& session,
                 const QVariant& id)
{
    const Wellness& wellness = session.wellness;
    const std::optional<PaceStability>& stability = session.stability;
    const std::initializer_list<QVariant> baseValues = {
        session.athleteId.value,
        session.start.toSecsSinceEpoch(),
        session.start.offsetFromUtc(),
        dayText(session.localDate()),
        enumId(session.sport),
        textValue(session.title),
        nullableId(session.plannedSessionId),
        session.duration.seconds,
        nullableDistance(session.distance),
        nullable(session.sessionRpe),
        nullable(session.avgHeartRate),
        nullable(session.maxHeartRate),
        nullable(wellness.sleep),
        nullable(wellness.soreness),
        nullable(wellness.energy),
        nullable(wellness.mood),
        nullable(wellness.legStiffness),
        nullable(wellness.breathing),
        textValue(session.formNotes),
        textValue(session.notes),
        stability ? QVariant(stability->workReps) : QVariant(),
        stability ? nullable(stability->paceCvPercent) : QVariant(),
        stability ? nullable(stability->fadePercent) : QVariant(),
        stability && stability->spreadPerKm ? QVariant(stability->spreadPerKm->seconds)
                                            : QVariant(),
        stability ? QVariant(stability->repsWithTarget) : QVariant(),
        stability ? QVariant(stability->repsWithinTarget) : QVariant(),
        stability ? nullable(stability->rpeDrift) : QVariant(),
    };
    const std::array<QVariant, LoadFigureColumns::kCount> figures =
        LoadFigureColumns::values(session.loadFigures);
    Q_ASSERT(baseValues.size() == kBaseColumnCount);
    std::array<QVariant, kSessionColumnCount> values;
    auto next = std::copy(baseValues.begin(), baseValues.end(), values.begin());
    next = std::copy(figures.begin(), figures.end(), next);
    *next = id;
    database.bindChanged(query, kSessionNames.data(), values.data(), values.size());
}

std::array<QVariant, 11> repValues(qint64 sessionId, int position, const Rep& rep)
{
    return {
        sessionId,
        position,
        nullableId(rep.plannedStepId),
        enumId(rep.kind),
        nullableDistance(rep.distance),
        rep.time.seconds,
        nullable(rep.rpe),
        nullable(rep.avgHeartRate),
        nullable(rep.maxHeartRate),
        nullable(rep.cadence),
        textValue(rep.notes),
    };
}

void bindRep(Database& database, QSqlQuery& query, qint64 sessionId, int position, const Rep& rep)
{
    const std::array<QVariant, 11> values = repValues(sessionId, position, rep);
    database.bindChanged(query, kRepNames.data(), values.data(), values.size());
}

namespace {

/// The figures in the 7 columns from `first`; none when work_reps is NULL (a session
/// saved without figures, or logged before migration 3).
std::optional<PaceStability> readStability(RowReader& row, int first)
{
    const std::optional<int> workReps = row.optInt(first);
    if (!workReps)
        return std::nullopt;
    PaceStability stability;
    stability.workReps = *workReps;
    stability.paceCvPercent = row.optReal(first + 1);
    stability.fadePercent = row.optReal(first + 2);
    if (const std::optional<double> spread = row.optReal(first + 3))
        stability.spreadPerKm = Duration{*spread};
    stability.repsWithTarget = row.optInt(first + 4).value_or(0);
    stability.repsWithinTarget = row.optInt(first + 5).value_or(0);
    stability.rpeDrift = row.optReal(first + 6);
    return stability;
}

} // namespace

LoggedSession readSession(RowReader& row)
{
    LoggedSession session;
    session.id = LoggedSessionId{row.int64(0)};
    session.athleteId = AthleteId{row.int64(1)};
    session.start = QDateTime::fromSecsSinceEpoch(row.int64(2), Qt::OffsetFromUTC, row.integer(3));
    session.sport = row.enumValue(4, Sport::Run);
    session.title = row.text(5);
    if (std::optional<qint64> planned = row.optInt64(6))
        session.plannedSessionId = PlannedSessionId{*planned};
    session.duration = Duration{row.real(7)};
    if (std::optional<double> metres = row.optReal(8))
        session.distance = Distance{*metres};
    session.sessionRpe = row.optReal(9);
    session.avgHeartRate = row.optInt(10);
    session.maxHeartRate = row.optInt(11);
    session.wellness = {row.optInt(12), row.optInt(13), row.optInt(14),
                        row.optInt(15), row.optInt(16), row.optInt(17)};
    session.formNotes = row.text(18);
    session.notes = row.text(19);
    session.stability = readStability(row, 20);
    session.loadFigures = LoadFigureColumns::read(row, 27); // after rpe_drift
    return session;
}

RepRow readRep(RowReader& row)
{
    RepRow result;
    Rep& rep = result.rep;
    rep.id = RepId{row.int64(0)};
    result.sessionId = row.int64(1);
    if (std::optional<qint64> step = row.optInt64(2))
        rep.plannedStepId = StepId{*step};
    rep.kind = row.enumValue(3, RepKind::Work);
    if (std::optional<double> metres = row.optReal(4))
        rep.distance = Distance{*metres};
    rep.time = Duration{row.real(5)};
    rep.rpe = row.optReal(6);
    rep.avgHeartRate = row.optInt(7);
    rep.maxHeartRate = row.optInt(8);
    rep.cadence = row.optReal(9);
    rep.notes = row.text(10);
    return result;
}

Status attachReps(Database& database, std::vector<LoggedSession>& sessions, const QString& where,
                  const QVariantList& values)
{
    Result<std::vector<RepRow>> reps = selectAll<RepRow>(database, SessionSql::selectReps + where,
                                                         values, QStringLiteral("rep"), readRep);
    if (!reps)
        return reps.error();
    std::unordered_map<qint64, LoggedSession*> byId;
    for (LoggedSession& session : sessions)
        byId.emplace(session.id.value, &session);
    for (RepRow& row : reps.value()) {
        auto found = byId.find(row.sessionId);
        if (found != byId.end())
            found->second->reps.push_back(std::move(row.rep));
    }
    return {};
}

Status validateSession(const LoggedSession& session)
{
    if (!session.athleteId.isValid())
        return Error{QStringLiteral("The session '%1' belongs to no athlete.").arg(session.title)};
    if (!session.start.isValid())
        return Error{
            QStringLiteral("The session '%1' has no valid start time.").arg(session.title)};
    return {};
}

} // namespace paceline
