#include "StepTreeModel.h"

#include "StepText.h"
#include "ui/document/LogDocument.h"
#include "ui/document/TemplateLibrary.h"

#include <QCoreApplication>

namespace paceline {

namespace {

bool isBetweenSets(const StepPath& path)
{
    return !path.empty() && path.back() == kBetweenSets;
}

QString columnTitle(int column)
{
    static const char* const titles[] = {
        QT_TRANSLATE_NOOP("paceline", "Step"), QT_TRANSLATE_NOOP("paceline", "Amount"),
        QT_TRANSLATE_NOOP("paceline", "Intensity"), QT_TRANSLATE_NOOP("paceline", "Recovery"),
        QT_TRANSLATE_NOOP("paceline", "Notes")};
    return QCoreApplication::translate("paceline", titles[column]);
}

} // namespace

StepTreeModel::StepTreeModel(LogDocument& document, QObject* parent)
    : QAbstractItemModel(parent), m_document(document)
{
    // Every signal about our template may change the tree; refresh() resets only when
    // it did, so a rename does not collapse the builder's view.
    const auto follow = [this](TemplateId id) {
        if (id == m_templateId)
            refresh(/*keepRows=*/true);
    };
    connect(&document.library(), &TemplateLibrary::templateAdded, this, follow);
    connect(&document.library(), &TemplateLibrary::templateChanged, this, follow);
    connect(&document.library(), &TemplateLibrary::templateRemoved, this, follow);
    connect(&document.library(), &TemplateLibrary::templatesReset, this,
            [this] { refresh(/*keepRows=*/false); });
}

void StepTreeModel::setTemplate(TemplateId id)
{
    if (id == m_templateId)
        return;
    m_templateId = id;
    m_lastPaths.clear();
    // Another session: rows of the old one must not stay selected in the new one, even
    // where the two have the same shape.
    refresh(/*keepRows=*/false);
}

void StepTreeModel::setUnits(UnitSystem units)
{
    if (units == m_units)
        return;
    m_units = units;
    announceAllChanged({}, {Qt::DisplayRole});
}

void StepTreeModel::announceAllChanged(const QModelIndex& parent, const QList<int>& roles)
{
    const int rows = rowCount(parent);
    if (rows == 0)
        return;
    Q_EMIT dataChanged(index(0, 0, parent), index(rows - 1, ColumnCount - 1, parent), roles);
    for (int row = 0; row < rows; ++row)
        announceAllChanged(index(row, 0, parent), roles);
}

void StepTreeModel::refresh(bool keepRows)
{
    const SessionTemplate* shown = m_document.library().sessionTemplate(m_templateId);
    const StepTree steps = shown ? shown->steps : StepTree{};
    if (keepRows && steps == m_steps)
        return;
    ModelTree<StepPath> rows;
    StepPath prefix;
    rebuild(steps, rows, 0, prefix);
    if (keepRows && rows == m_rows) {
        // The same rows in the same places (a field, a count or notes changed, often
        // from an editor in the view itself): no reset, so the views keep their open
        // editor, selection, expanded groups and scroll position.
        m_steps = steps;
        announceAllChanged({}, {});
        return;
    }
    beginResetModel();
    m_steps = steps;
    m_rows = std::move(rows);
    endResetModel();
}

void StepTreeModel::rebuild(const StepTree& tree, ModelTree<StepPath>& rows, int parentNode,
                            StepPath& prefix)
{
    for (int row = 0; row < int(tree.size()); ++row) {
        prefix.push_back(row);
        const int node = rows.add(parentNode, prefix);
        if (tree[size_t(row)].isGroup()) {
            const RepeatGroup& group = tree[size_t(row)].group();
            rebuild(group.children, rows, node, prefix);
            if (group.recoveryBetweenSets) {
                prefix.push_back(kBetweenSets);
                rows.add(node, prefix);
                prefix.pop_back();
            }
        }
        prefix.pop_back();
    }
}

StepPath StepTreeModel::pathOf(const QModelIndex& index) const
{
    if (!index.isValid() || index.model() != this || !m_rows.contains(int(index.internalId())))
        return {};
    return m_rows.node(int(index.internalId())).payload;
}

QModelIndex StepTreeModel::indexOf(const StepPath& path, int column) const
{
    QModelIndex found;
    for (int row : path) {
        const int rows = rowCount(found);
        // The recovery between sets is shown as the group's last row.
        const int shown = row == kBetweenSets ? rows - 1 : row;
        found = index(shown, 0, found);
        if (!found.isValid() || pathOf(found).back() != row)
            return {};
    }
    return found.isValid() ? found.siblingAtColumn(column) : QModelIndex();
}

QModelIndex StepTreeModel::index(int row, int column, const QModelIndex& parent) const
{
    if (column < 0 || column >= ColumnCount || (parent.isValid() && parent.column() != 0))
        return {};
    const int parentNode = parent.isValid() ? int(parent.internalId()) : 0;
    const int node = m_rows.child(parentNode, row);
    return node < 0 ? QModelIndex() : createIndex(row, column, quintptr(node));
}

QModelIndex StepTreeModel::parent(const QModelIndex& child) const
{
    if (!child.isValid())
        return {};
    const int parentNode = m_rows.node(int(child.internalId())).parent;
    if (parentNode <= 0)
        return {};
    return createIndex(m_rows.node(parentNode).row, 0, quintptr(parentNode));
}

int StepTreeModel::rowCount(const QModelIndex& parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    const int node = parent.isValid() ? int(parent.internalId()) : 0;
    return int(m_rows.node(node).children.size());
}

int StepTreeModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

const Step* StepTreeModel::stepOf(const StepPath& path) const
{
    return stepAt(m_steps, path);
}

QVariant StepTreeModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const StepPath path = pathOf(index);
    const StepNode* node = isBetweenSets(path) ? nullptr : nodeAt(m_steps, path);
    switch (role) {
    case Qt::DisplayRole:
        return displayText(index);
    case Qt::EditRole:
        if (index.column() == NotesColumn && stepOf(path))
            return stepOf(path)->notes;
        if (index.column() == StepColumn && node && node->isGroup())
            return node->group().count;
        return {};
    case Qt::ToolTipRole:
        if (index.column() == StepColumn && isBetweenSets(path))
            return QCoreApplication::translate("paceline",
                                               "Recovery between sets, not after the last set");
        return {};
    default:
        return roleData(path, role);
    }
}

QVariant StepTreeModel::roleData(const StepPath& path, int role) const
{
    const Step* step = stepOf(path);
    switch (role) {
    case PathRole:
        return QVariant::fromValue(path);
    case ZoneRole: {
        const PaceZone* zone = step ? std::get_if<PaceZone>(&step->intensity) : nullptr;
        return zone ? int(*zone) : -1;
    }
    case IsGroupRole:
        return !step;
    case IsBetweenSetsRole:
        return isBetweenSets(path);
    case StepKindRole:
        return step ? int(step->kind) : -1;
    default:
        return {};
    }
}

QVariant StepTreeModel::displayText(const QModelIndex& index) const
{
    const StepPath path = pathOf(index);
    const Step* step = stepOf(path);
    if (!step) {
        const RepeatGroup& group = nodeAt(m_steps, path)->group();
        return index.column() == StepColumn ? repeatText(group) : QString();
    }
    switch (index.column()) {
    case StepColumn:
        if (isBetweenSets(path))
            return QCoreApplication::translate("paceline", "Between sets: %1")
                .arg(stepKindText(*step));
        return stepKindText(*step);
    case AmountColumn:
        return displayAmount(step->target, m_units);
    case IntensityColumn:
        return displayIntensity(step->intensity, m_units);
    case RecoveryColumn:
        return step->recoveryMode ? enumLabel(*step->recoveryMode) : QString();
    case NotesColumn:
        return step->notes;
    default:
        return {};
    }
}

QVariant StepTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 ||
        section >= ColumnCount)
        return {};
    return columnTitle(section);
}

Qt::ItemFlags StepTreeModel::flags(const QModelIndex& index) const
{
    // A read-only log still lets steps be dragged out (a copy), but nothing lands in it
    // or is edited in place: the write would only fail.
    const bool writable =
        !m_document.isReadOnly() && m_document.library().sessionTemplate(m_templateId);
    if (!index.isValid())
        return writable ? Qt::ItemIsDropEnabled : Qt::NoItemFlags;
    const StepPath path = pathOf(index);
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    const bool group = !stepOf(path);
    // The recovery between sets belongs to its group: it is neither dragged nor a target.
    if (!isBetweenSets(path))
        flags |= Qt::ItemIsDragEnabled;
    if (!writable)
        return flags;
    if (group)
        flags |= Qt::ItemIsDropEnabled;
    if ((group && index.column() == StepColumn) || (!group && index.column() == NotesColumn))
        flags |= Qt::ItemIsEditable;
    return flags;
}

bool StepTreeModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    const StepPath path = pathOf(index);
    const Step* step = stepOf(path);
    if (step && index.column() == NotesColumn) {
        Step changed = *step;
        changed.notes = value.toString();
        return replaceStep(path, changed);
    }
    bool isNumber = false;
    const int count = value.toInt(&isNumber);
    if (!step && index.column() == StepColumn && isNumber)
        return setRepeatCount(path, count);
    return false;
}

} // namespace paceline
