#include "StepRows.h"

#include "SqlRow.h"

#include <QStringList>

#include <array>

namespace paceline {
namespace {

const QString kValueColumns = QStringLiteral(
    "parent_id, role, position, node, repeat_count, kind, target_distance_m, "
    "target_duration_s, intensity, zone, pace_slowest_mps, pace_fastest_mps, hr_low_bpm, "
    "hr_high_bpm, rpe, recovery_mode, sport, notes");

/// The statements of one owner kind, formatted once: they run for every step row.
struct StepSql {
    QString insert; ///< binds the id first: NULL lets SQLite choose, a number keeps it
    QString update;
};

StepSql buildStepSql(StepOwnerKind kind)
{
    QStringList columns{stepOwnerColumn(kind)};
    columns << kValueColumns.split(QStringLiteral(", "));
    QStringList placeholders{QStringLiteral("?")};
    QStringList assignments;
    for (const QString& column : columns) {
        placeholders << QStringLiteral("?");
        assignments << column + QStringLiteral(" = ?");
    }
    return {QStringLiteral("INSERT INTO step (id, %1) VALUES (%2)")
                .arg(columns.join(QStringLiteral(", ")), placeholders.join(QStringLiteral(", "))),
            QStringLiteral("UPDATE step SET %1 WHERE id = ?")
                .arg(assignments.join(QStringLiteral(", ")))};
}

const StepSql& stepSql(StepOwnerKind kind)
{
    static const std::array<StepSql, 3> sql{buildStepSql(StepOwnerKind::Template),
                                            buildStepSql(StepOwnerKind::Plan),
                                            buildStepSql(StepOwnerKind::MicrocycleSession)};
    return sql[std::size_t(kind)];
}

template <typename... Lambdas> struct Overloaded : Lambdas... {
    using Lambdas::operator()...;
};

/// intensity, zone, pace_slowest_mps, pace_fastest_mps, hr_low_bpm, hr_high_bpm, rpe
QVariantList intensityValues(const Intensity& intensity)
{
    const QVariant null;
    return std::visit(
        Overloaded{
            [&](std::monostate) { return QVariantList{null, null, null, null, null, null, null}; },
            [&](PaceZone zone) {
                return QVariantList{
                    QStringLiteral("zone"), enumId(zone), null, null, null, null, null};
            },
            [&](const PaceRange& pace) {
                return QVariantList{QStringLiteral("pace"),
                                    null,
                                    pace.slowest.metresPerSecond,
                                    pace.fastest.metresPerSecond,
                                    null,
                                    null,
                                    null};
            },
            [&](const HeartRateRange& hr) {
                return QVariantList{QStringLiteral("hr"), null, null, null, hr.lowBpm,
                                    hr.highBpm,           null};
            },
            [&](const RpeTarget& rpe) {
                return QVariantList{QStringLiteral("rpe"), null, null, null, null, null, rpe.rpe};
            }},
        intensity);
}

/// node, repeat_count, kind, target_distance_m, target_duration_s, intensity...,
/// recovery_mode, sport, notes
QVariantList stepValues(const Step& step)
{
    const Distance* distance = std::get_if<Distance>(&step.target);
    const Duration* duration = std::get_if<Duration>(&step.target);
    QVariantList values{QStringLiteral("step"), QVariant(), enumId(step.kind),
                        distance ? QVariant(distance->metres) : QVariant(),
                        duration ? QVariant(duration->seconds) : QVariant()};
    values << intensityValues(step.intensity);
    values << nullableEnum(step.recoveryMode) << nullableEnum(step.sport) << textValue(step.notes);
    return values;
}

QVariantList groupValues(const RepeatGroup& group)
{
    QVariantList values{QStringLiteral("group"), group.count};
    for (int i = 0; i < 12; ++i) // kind ... sport are all NULL for a group
        values << QVariant();
    values << textValue(QString());
    return values;
}

void collectNodeIds(const StepNode& node, std::vector<qint64>& ids)
{
    if (node.isStep()) {
        ids.push_back(node.step().id.value);
        return;
    }
    const RepeatGroup& group = node.group();
    ids.push_back(group.id.value);
    for (const StepNode& child : group.children)
        collectNodeIds(child, ids);
    if (group.recoveryBetweenSets)
        ids.push_back(group.recoveryBetweenSets->id.value);
}

void restoreNodeIds(StepNode& node, const std::vector<qint64>& ids, std::size_t& next)
{
    auto take = [&] { return next < ids.size() ? ids[next++] : 0; };
    if (node.isStep()) {
        node.step().id = StepId{take()};
        return;
    }
    RepeatGroup& group = node.group();
    group.id = StepId{take()};
    for (StepNode& child : group.children)
        restoreNodeIds(child, ids, next);
    if (group.recoveryBetweenSets)
        group.recoveryBetweenSets->id = StepId{take()};
}

} // namespace

QString stepOwnerColumn(StepOwnerKind kind)
{
    switch (kind) {
    case StepOwnerKind::Template:
        return QStringLiteral("template_id");
    case StepOwnerKind::Plan:
        return QStringLiteral("planned_id");
    case StepOwnerKind::MicrocycleSession:
        return QStringLiteral("microcycle_session_id");
    }
    return QStringLiteral("planned_id");
}

StepTreeWriter::StepTreeWriter(Database& database, StepOwnerKind kind, qint64 ownerId)
    : m_database(database), m_kind(kind), m_ownerId(ownerId)
{}

Status StepTreeWriter::insert(StepTree& tree)
{
    m_existing.clear();
    m_keepFreeIds = false;
    return writeNodes(tree, 0);
}

Status StepTreeWriter::insertKeepingFreeIds(StepTree& tree)
{
    m_existing.clear();
    m_keepFreeIds = true;
    return writeNodes(tree, 0);
}

Status StepTreeWriter::replace(StepTree& tree)
{
    m_keepFreeIds = false;
    if (Status loaded = loadExisting(); !loaded)
        return loaded;
    if (Status written = writeNodes(tree, 0); !written)
        return written;
    return deleteLeftovers();
}

Status StepTreeWriter::writeNodes(std::vector<StepNode>& nodes, qint64 parentId)
{
    for (std::size_t i = 0; i < nodes.size(); ++i) {
        StepNode& node = nodes[i];
        Status written = node.isStep() ? writeStep(node.step(), parentId, false, int(i))
                                       : writeGroup(node.group(), parentId, int(i));
        if (!written)
            return written;
    }
    return {};
}

Status StepTreeWriter::writeStep(Step& step, qint64 parentId, bool betweenSets, int position)
{
    QVariantList values = rowStart(parentId, betweenSets, position);
    values << stepValues(step);
    Result<qint64> id = saveRow(step.id.value, std::move(values));
    if (!id)
        return id.error();
    step.id = StepId{*id};
    return {};
}

Status StepTreeWriter::writeGroup(RepeatGroup& group, qint64 parentId, int position)
{
    QVariantList values = rowStart(parentId, false, position);
    values << groupValues(group);
    Result<qint64> id = saveRow(group.id.value, std::move(values));
    if (!id)
        return id.error();
    group.id = StepId{*id};
    if (Status children = writeNodes(group.children, *id); !children)
        return children;
    if (group.recoveryBetweenSets)
        return writeStep(*group.recoveryBetweenSets, *id, true, 0);
    return {};
}

QVariantList StepTreeWriter::rowStart(qint64 parentId, bool betweenSets, int position) const
{
    return {m_ownerId, parentId > 0 ? QVariant(parentId) : QVariant(),
            betweenSets ? QStringLiteral("between_sets") : QStringLiteral("member"), position};
}

Result<qint64> StepTreeWriter::saveRow(qint64 id, QVariantList values)
{
    const QString what = QStringLiteral("save a step");
    if (m_existing.erase(id) > 0) {
        values << id;
        Result<QSqlQuery*> updated = m_database.run(stepSql(m_kind).update, values, what);
        if (!updated)
            return updated.error();
        return id;
    }
    Result<QVariant> newId = idForNewRow(id);
    if (!newId)
        return newId.error();
    values.prepend(*newId);
    Result<QSqlQuery*> inserted = m_database.run(stepSql(m_kind).insert, values, what);
    if (!inserted)
        return inserted.error();
    return (*inserted)->lastInsertId().toLongLong();
}

Result<QVariant> StepTreeWriter::idForNewRow(qint64 presetId)
{
    if (!m_keepFreeIds || presetId <= 0)
        return QVariant();
    // Checked row by row, so an id that appears twice in the tree is kept only once.
    Result<qint64> holders = selectNumber(
        m_database, QStringLiteral("SELECT count(*) FROM step WHERE id = ?"), {presetId});
    if (!holders)
        return holders.error();
    return *holders == 0 ? QVariant(presetId) : QVariant();
}

Status StepTreeWriter::loadExisting()
{
    m_existing.clear();
    const QString sql =
        QStringLiteral("SELECT id FROM step WHERE %1 = ?").arg(stepOwnerColumn(m_kind));
    Result<QSqlQuery*> query = m_database.run(sql, {m_ownerId}, QStringLiteral("read steps"));
    if (!query)
        return query.error();
    QueryReset reset(**query);
    while ((*query)->next())
        m_existing.insert((*query)->value(0).toLongLong());
    return {};
}

Status StepTreeWriter::deleteLeftovers()
{
    // Deleting a group also deletes its remaining children (ON DELETE CASCADE), and
    // reps linked to a deleted step lose the link (ON DELETE SET NULL).
    for (qint64 id : m_existing) {
        Result<QSqlQuery*> deleted = m_database.run(QStringLiteral("DELETE FROM step WHERE id = ?"),
                                                    {id}, QStringLiteral("remove a step"));
        if (!deleted)
            return deleted.error();
    }
    m_existing.clear();
    return {};
}

std::vector<qint64> collectStepIds(const StepTree& tree)
{
    std::vector<qint64> ids;
    for (const StepNode& node : tree)
        collectNodeIds(node, ids);
    return ids;
}

void restoreStepIds(StepTree& tree, const std::vector<qint64>& ids)
{
    std::size_t next = 0;
    for (StepNode& node : tree)
        restoreNodeIds(node, ids, next);
}

} // namespace paceline
