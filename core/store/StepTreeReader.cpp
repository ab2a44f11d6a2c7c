#include "SqlRow.h"
#include "StepRows.h"

namespace paceline {
namespace {

/// Deeper nesting than this is not something a person builds; it means damage.
constexpr int kMaxDepth = 16;

/// One row of table step, before it is hung into its tree.
struct StepRow {
    qint64 id = 0;
    qint64 ownerId = 0;
    qint64 parentId = 0;
    bool betweenSets = false;
    StepNode node;
};

Intensity readIntensity(RowReader& row)
{
    if (row.isNull(10))
        return std::monostate{};
    const QString type = row.text(10);
    if (type == QLatin1String("zone"))
        return row.enumValue(11, PaceZone::Easy);
    if (type == QLatin1String("pace"))
        return PaceRange{{row.real(12)}, {row.real(13)}};
    if (type == QLatin1String("hr"))
        return HeartRateRange{row.integer(14), row.integer(15)};
    if (type == QLatin1String("rpe"))
        return RpeTarget{row.real(16)};
    row.fail(10, type);
    return std::monostate{};
}

Step readStep(RowReader& row)
{
    Step step;
    step.id = StepId{row.int64(0)};
    step.kind = row.enumValue(7, StepKind::Work);
    if (!row.isNull(8))
        step.target = Distance{row.real(8)};
    else if (!row.isNull(9))
        step.target = Duration{row.real(9)};
    step.intensity = readIntensity(row);
    step.recoveryMode = row.optEnum<RecoveryMode>(17);
    step.sport = row.optEnum<Sport>(18);
    step.notes = row.text(19);
    return step;
}

StepNode readNode(RowReader& row)
{
    const QString node = row.text(5);
    if (node == QLatin1String("group"))
        return StepNode{RepeatGroup{StepId{row.int64(0)}, row.integer(6), {}, std::nullopt}};
    if (node != QLatin1String("step"))
        row.fail(5, node);
    return StepNode{readStep(row)};
}

StepRow readRow(RowReader& row)
{
    return StepRow{row.int64(0), row.int64(1), row.optInt64(2).value_or(0),
                   row.text(3) == QLatin1String("between_sets"), readNode(row)};
}

/// Hangs rows into trees: top-level rows by owner, the others under their parent.
class TreeBuilder {
public:
    TreeBuilder(Database& database, std::vector<StepRow> rows)
        : m_database(database), m_rows(std::move(rows))
    {
        for (std::size_t i = 0; i < m_rows.size(); ++i) {
            const StepRow& row = m_rows[i];
            if (row.parentId == 0)
                m_topLevel[row.ownerId].push_back(i);
            else
                m_children[row.parentId].push_back(i);
        }
    }

    Result<std::unordered_map<qint64, StepTree>> build()
    {
        std::unordered_map<qint64, StepTree> trees;
        for (const auto& [ownerId, indices] : m_topLevel) {
            StepTree& tree = trees[ownerId];
            tree.resize(indices.size());
            for (std::size_t i = 0; i < indices.size(); ++i) {
                if (Status built = fill(m_rows[indices[i]], 0, tree[i]); !built)
                    return built.error();
            }
        }
        return trees;
    }

private:
    /// Builds the node of `row` with everything below it into `node` (filled in place
    /// rather than returned, which also spares deep trees a copy per level).
    Status fill(const StepRow& row, int depth, StepNode& node)
    {
        if (depth > kMaxDepth)
            return m_database.damaged(QStringLiteral("step %1 is nested more than %2 levels deep")
                                          .arg(row.id)
                                          .arg(kMaxDepth));
        node = row.node;
        if (node.isStep())
            return {};
        RepeatGroup& group = node.group();
        for (std::size_t index : m_children[row.id]) {
            const StepRow& child = m_rows[index];
            StepNode built;
            if (Status filled = fill(child, depth + 1, built); !filled)
                return filled;
            if (!child.betweenSets)
                group.children.push_back(std::move(built));
            else if (built.isStep())
                group.recoveryBetweenSets = built.step();
            else
                return m_database.damaged(
                    QStringLiteral("step %1, a recovery between sets, is a group").arg(child.id));
        }
        return {};
    }

    Database& m_database;
    std::vector<StepRow> m_rows;
    std::unordered_map<qint64, std::vector<std::size_t>> m_topLevel;
    std::unordered_map<qint64, std::vector<std::size_t>> m_children;
};

} // namespace

Result<std::unordered_map<qint64, StepTree>> loadStepTrees(Database& database, StepOwnerKind kind,
                                                           const QString& ownerFilter,
                                                           const QVariantList& values)
{
    const QString owner = stepOwnerColumn(kind);
    const QString sql =
        QStringLiteral(
            "SELECT id, %1, parent_id, role, position, node, repeat_count, kind, "
            "target_distance_m, "
            "target_duration_s, intensity, zone, pace_slowest_mps, pace_fastest_mps, hr_low_bpm, "
            "hr_high_bpm, rpe, recovery_mode, sport, notes FROM step WHERE %2 "
            "ORDER BY position, id")
            .arg(owner, ownerFilter);
    Result<std::vector<StepRow>> rows =
        selectAll<StepRow>(database, sql, values, QStringLiteral("step"), readRow);
    if (!rows)
        return rows.error();
    return TreeBuilder(database, std::move(rows).value()).build();
}

} // namespace paceline
