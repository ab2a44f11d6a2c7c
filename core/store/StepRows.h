#pragma once

#include "Database.h"
#include "SqlRow.h"
#include "core/model/Step.h"

#include <QVariantList>

#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace paceline {

/// Template, plan and microcycle-session steps share table `step`; each row has
/// exactly one owner, named in the owner's own column.
enum class StepOwnerKind { Template, Plan, MicrocycleSession };

/// The column of table step that points at an owner of this kind. Statements name
/// only that owner column, so template and plan steps can still be written to files
/// of versions before 4 (the migration tests do), which lack microcycle_session_id.
QString stepOwnerColumn(StepOwnerKind kind);

/// Writes one owner's step tree into table `step` and writes the new ids back into
/// the tree. A repeat group is a row of its own; its children point at it through
/// parent_id, its recovery between sets has role 'between_sets'.
class StepTreeWriter {
public:
    StepTreeWriter(Database& database, StepOwnerKind kind, qint64 ownerId);

    /// Every node becomes a new row; ids already in the tree (copied from a template,
    /// say) are ignored and replaced.
    Status insert(StepTree& tree);
    /// Like insert(), but a preset id that no row holds is kept: a plan restored by
    /// undoing its removal gets its step ids back, so links to them can be restored.
    /// Held ids (copies of another plan's or a template's steps) are replaced.
    Status insertKeepingFreeIds(StepTree& tree);
    /// Nodes whose id is a row of this owner keep that row (so reps linked to it stay
    /// linked), other nodes get new rows, and rows no longer in the tree are deleted.
    Status replace(StepTree& tree);

private:
    Status writeNodes(std::vector<StepNode>& nodes, qint64 parentId);
    Status writeStep(Step& step, qint64 parentId, bool betweenSets, int position);
    Status writeGroup(RepeatGroup& group, qint64 parentId, int position);
    Result<qint64> saveRow(qint64 id, QVariantList values);
    Result<QVariant> idForNewRow(qint64 presetId);
    Status loadExisting();
    Status deleteLeftovers();
    QVariantList rowStart(qint64 parentId, bool betweenSets, int position) const;

    Database& m_database;
    StepOwnerKind m_kind;
    qint64 m_ownerId;
    std::unordered_set<qint64> m_existing; ///< Rows of the owner not yet reused.
    bool m_keepFreeIds = false;
};

/// Reads the step trees of every owner matched by `ownerFilter`, an SQL condition
/// on table step with `values` bound to it, keyed by owner id. Owners without steps
/// are absent from the map.
Result<std::unordered_map<qint64, StepTree>> loadStepTrees(Database& database, StepOwnerKind kind,
                                                           const QString& ownerFilter,
                                                           const QVariantList& values);

/// Moves each loaded tree into the item (template or plan) that owns it.
template <typename Owner>
void attachStepTrees(std::vector<Owner>& owners, std::unordered_map<qint64, StepTree>& trees)
{
    for (Owner& owner : owners) {
        auto found = trees.find(owner.id.value);
        if (found != trees.end())
            owner.steps = std::move(found->second);
    }
}

/// Owners (templates or plans) selected by `sql`, each with its step tree; the trees
/// are read in one query with `stepFilter`, bound to the same `values`.
template <typename Owner, typename ReadRow>
Result<std::vector<Owner>>
selectWithStepTrees(Database& database, const QString& sql, const QString& table, ReadRow readRow,
                    StepOwnerKind kind, const QString& stepFilter, const QVariantList& values)
{
    Result<std::vector<Owner>> owners = selectAll<Owner>(database, sql, values, table, readRow);
    if (!owners)
        return owners;
    Result<std::unordered_map<qint64, StepTree>> trees =
        loadStepTrees(database, kind, stepFilter, values);
    if (!trees)
        return trees.error();
    attachStepTrees(owners.value(), trees.value());
    return owners;
}

/// Every id in the tree in a fixed order, so a failed write can put back the ids it
/// had already written into the tree.
std::vector<qint64> collectStepIds(const StepTree& tree);
void restoreStepIds(StepTree& tree, const std::vector<qint64>& ids);

} // namespace paceline
