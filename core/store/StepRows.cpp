#include "StepRows.h"

#include "SqlRow.h"

namespace paceline {
namespace {

const QString kInsert = QStringLiteral(
    "INSERT INTO step (template_id, planned_id, parent_id, role, position, node, repeat_count, "
    "kind, target_distance_m, target_duration_s, intensity, zone, pace_slowest_mps, "
    "pace_fastest_mps, hr_low_bpm, hr_high_bpm, rpe, recovery_mode, sport, notes) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
const QString kUpdate = QStringLiteral(
    "UPDATE step SET template_id = ?, planned_id = ?, parent_id = ?, role = ?, position = ?, "
    "node = ?, repeat_count = ?, kind = ?, target_distance_m = ?, target_duration_s = ?, "
    "intensity = ?, zone = ?, pace_slowest_mps = ?, pace_fastest_mps = ?, hr_low_bpm = ?, "
    "hr_high_bpm = ?, rpe = ?, recovery_mode = ?, sport = ?, notes = ? WHERE id = ?");

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

StepTreeWriter::StepTreeWriter(Database& database, StepOwnerKind kind, qint64 ownerId)
    : m_database(database), m_kind(kind), m_ownerId(ownerId)
{}

Status StepTreeWriter::insert(StepTree& tree)
{
    m_existing.clear();
    return writeNodes(tree, 0);
}

Status StepTreeWriter::replace(StepTree& tree)
{
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
    const QVariant owner = m_ownerId;
    const bool isTemplate = m_kind == StepOwnerKind::Template;
    return {isTemplate ? owner : QVariant(), isTemplate ? QVariant() : owner,
            parentId > 0 ? QVariant(parentId) : QVariant(),
            betweenSets ? QStringLiteral("between_sets") : QStringLiteral("member"), position};
}

Result<qint64> StepTreeWriter::saveRow(qint64 id, QVariantList values)
{
    const QString what = QStringLiteral("save a step");
    if (m_existing.erase(id) > 0) {
        values << id;
        Result<QSqlQuery*> updated = m_database.run(kUpdate, values, what);
        if (!updated)
            return updated.error();
        return id;
    }
    Result<QSqlQuery*> inserted = m_database.run(kInsert, values, what);
    if (!inserted)
        return inserted.error();
    return (*inserted)->lastInsertId().toLongLong();
}

Status StepTreeWriter::loadExisting()
{
    m_existing.clear();
    const QString sql = m_kind == StepOwnerKind::Template
                            ? QStringLiteral("SELECT id FROM step WHERE template_id = ?")
                            : QStringLiteral("SELECT id FROM step WHERE planned_id = ?");
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
