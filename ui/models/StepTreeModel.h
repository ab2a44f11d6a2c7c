#pragma once

#include "ModelTree.h"
#include "core/model/SessionTemplate.h"
#include "core/model/StepPath.h"
#include "core/model/StepTreeEdit.h"

#include <QAbstractItemModel>

#include <optional>
#include <vector>

namespace paceline {

class LogDocument;
struct StepMimeContent;

/// One template's step tree for the builder: a row per node, a repeat group's
/// children nested under it and its recovery between sets as its last child row
/// (IsBetweenSetsRole). Every edit, including drops and pastes, becomes one
/// editTemplateSteps command; the model itself only follows the document.
///
/// Drag and drop, with Qt's standard semantics: dropping ON a group nests into it (at
/// its end), dropping between rows inserts there. Plain steps are not drop targets, so
/// QAbstractItemView turns a drop on one into "above" or "below" it by the half of
/// the row; a caller passing a step as the parent gets "after it". A Move within this
/// template (same process, log and template, nodes still where the drag found them)
/// moves the nodes in dropMimeData itself, as one undo step; any other drop (palette,
/// another template, another program, Ctrl for copy) inserts copies with new ids.
/// removeRows() is deliberately not implemented (the base returns false): after a
/// MoveAction drop QAbstractItemView removes the selected source rows, and here the
/// drop has already done the whole move. Use deletePaths() for the Delete key.
///
/// A change that adds, removes or moves rows resets the model (a session has tens of
/// rows; views call expandAll() on modelReset); one that keeps every row in its place
/// (a field, a count, notes) only announces dataChanged, so an editor open in the view
/// survives its own commit. After an edit made through the model it emits
/// selectPaths() with the nodes the edit touched, for the view to select.
class StepTreeModel : public QAbstractItemModel {
    Q_OBJECT

public:
    enum Column {
        StepColumn,
        AmountColumn,
        IntensityColumn,
        RecoveryColumn,
        NotesColumn,
        ColumnCount
    };
    enum Role {
        PathRole = Qt::UserRole + 1, ///< StepPath (QVariant::value<StepPath>())
        ZoneRole,                    ///< PaceZone as int, -1 for none
        IsGroupRole,
        IsBetweenSetsRole,
        StepKindRole, ///< StepKind as int, -1 for a group
    };

    explicit StepTreeModel(LogDocument& document, QObject* parent = nullptr);

    /// Shows (and edits) this template; an invalid id shows nothing. The model keeps
    /// following the id: removed, it shows nothing; restored by undo, it is back.
    void setTemplate(TemplateId id);
    TemplateId templateId() const { return m_templateId; }
    void setUnits(UnitSystem units);
    UnitSystem units() const { return m_units; }
    /// The tree as shown.
    const StepTree& steps() const { return m_steps; }

    StepPath pathOf(const QModelIndex& index) const;
    QModelIndex indexOf(const StepPath& path, int column = 0) const;

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    /// Notes of a step (NotesColumn) and the count of a group (StepColumn).
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

    QStringList mimeTypes() const override;
    /// The selected nodes (top-most only when a group and its children are both
    /// selected), with their paths so a drop here can move them.
    QMimeData* mimeData(const QModelIndexList& indexes) const override;
    bool canDropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                         const QModelIndex& parent) const override;
    bool dropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                      const QModelIndex& parent) override;
    Qt::DropActions supportedDropActions() const override;
    Qt::DropActions supportedDragActions() const override;

    // Edits: each pushes at most one command and returns whether the edit was made.
    /// For copy (Ctrl+C); the caller owns the result.
    QMimeData* mimeDataForPaths(const std::vector<StepPath>& paths) const;
    /// Inserts copies of the steps in `mime` into the group at `parent` (empty: the
    /// top level) before `row` (-1: at the end).
    bool pasteMimeData(const QMimeData* mime, const StepPath& parent, int row);
    bool insertNodes(const StepPath& parent, int row, const std::vector<StepNode>& nodes);
    bool deletePaths(const std::vector<StepPath>& paths);
    /// For the properties panel: pass mergeKeyFor(path, field) so typing is one undo.
    bool replaceStep(const StepPath& path, const Step& step, int mergeKey = -1);
    bool wrapInRepeat(const std::vector<StepPath>& paths, int count);
    bool setRepeatCount(const StepPath& path, int count, int mergeKey = -1);
    /// Any other StepTreeEdit result, as one command with `description` as its text.
    bool applyEdit(const StepTreeEditOutcome& edit, const QString& description, int mergeKey = -1);

    /// A merge key for consecutive edits of one field of one block.
    static int mergeKeyFor(const StepPath& path, int field);
    /// The nodes touched by the last edit made through the model, as selectPaths said.
    const std::vector<StepPath>& pathsAfterLastEdit() const { return m_lastPaths; }

Q_SIGNALS:
    void selectPaths(const std::vector<paceline::StepPath>& paths);

private:
    struct DropTarget {
        StepPath parent;
        int row = -1;
    };

    /// Follows the document. With `keepRows`, a change that leaves every row in its
    /// place only announces dataChanged; otherwise (or when rows change) it resets.
    void refresh(bool keepRows);
    void announceAllChanged(const QModelIndex& parent, const QList<int>& roles);
    static void rebuild(const StepTree& tree, ModelTree<StepPath>& rows, int parentNode,
                        StepPath& prefix);
    const Step* stepOf(const StepPath& path) const;
    QVariant displayText(const QModelIndex& index) const;
    QVariant roleData(const StepPath& path, int role) const;
    StepMimeContent contentFor(const std::vector<StepPath>& paths, bool withSource) const;
    std::optional<DropTarget> dropTarget(int row, const QModelIndex& parent) const;
    StepTreeEditOutcome planDrop(const StepMimeContent& content, Qt::DropAction action,
                                 const DropTarget& target, QString* description) const;
    bool isMoveHere(const StepMimeContent& content) const;

    LogDocument& m_document;
    TemplateId m_templateId;
    UnitSystem m_units = UnitSystem::Metric;
    StepTree m_steps;
    ModelTree<StepPath> m_rows;
    std::vector<StepPath> m_lastPaths;
};

} // namespace paceline
