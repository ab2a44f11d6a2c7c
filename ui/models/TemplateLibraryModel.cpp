#include "TemplateLibraryModel.h"

#include "PlanMime.h"
#include "ui/document/LogDocument.h"
#include "ui/document/TemplateLibrary.h"

#include <QCoreApplication>
#include <QMimeData>

#include <algorithm>

namespace paceline {

TemplateLibraryModel::TemplateLibraryModel(LogDocument& document, QObject* parent)
    : QAbstractItemModel(parent), m_document(document), m_rows(build())
{
    connect(&document.library(), &TemplateLibrary::templateAdded, this,
            &TemplateLibraryModel::reset);
    connect(&document.library(), &TemplateLibrary::templateRemoved, this,
            &TemplateLibraryModel::reset);
    connect(&document.library(), &TemplateLibrary::templatesReset, this,
            &TemplateLibraryModel::reset);
    connect(&document.library(), &TemplateLibrary::templateChanged, this,
            &TemplateLibraryModel::follow);
}

ModelTree<TemplateLibraryModel::Row> TemplateLibraryModel::build() const
{
    std::vector<std::optional<Purpose>> purposes;
    for (const auto& entry : enumEntries<Purpose>())
        purposes.push_back(entry.value);
    purposes.push_back(std::nullopt);

    // A library has hundreds of sessions at most, so scanning per group is cheap.
    ModelTree<Row> rows;
    for (const auto& sport : enumEntries<Sport>()) {
        int sportNode = -1;
        for (const std::optional<Purpose>& purpose : purposes) {
            int purposeNode = -1;
            for (const SessionTemplate& known : m_document.library().templates()) {
                if (known.sport != sport.value || known.purpose != purpose)
                    continue;
                if (sportNode < 0)
                    sportNode = rows.add(0, Row{SportRow, sport.value, {}, {}});
                if (purposeNode < 0)
                    purposeNode = rows.add(sportNode, Row{PurposeRow, sport.value, purpose, {}});
                rows.add(purposeNode, Row{TemplateRow, sport.value, purpose, known.id});
            }
        }
    }
    return rows;
}

void TemplateLibraryModel::reset()
{
    beginResetModel();
    m_rows = build();
    endResetModel();
}

namespace {

/// The node holding `payload`, or -1. Every row's payload is unique (a sport, a sport
/// and purpose, a template id), so it names the row across rebuilds.
template <typename Row> int nodeWith(const ModelTree<Row>& rows, const Row& payload)
{
    for (int node = 1; node < rows.size(); ++node) {
        if (rows.node(node).payload == payload)
            return node;
    }
    return -1;
}

template <typename Row> bool sameRows(const ModelTree<Row>& a, const ModelTree<Row>& b)
{
    if (a.size() != b.size())
        return false;
    for (int node = 1; node < a.size(); ++node) {
        if (nodeWith(b, a.node(node).payload) < 0)
            return false;
    }
    return true;
}

} // namespace

void TemplateLibraryModel::follow(TemplateId changed)
{
    ModelTree<Row> rows = build();
    if (rows == m_rows) {
        const QModelIndex row = indexOf(changed);
        if (row.isValid())
            Q_EMIT dataChanged(row, row);
        return;
    }
    if (!sameRows(rows, m_rows)) { // moved to another sport or purpose
        reset();
        return;
    }
    // Renamed, so it sorts elsewhere in its group. A layout change rather than a reset:
    // the rename usually comes from an editor in the library view itself, which a reset
    // would pull away mid-commit, losing the view's selection with it.
    Q_EMIT layoutAboutToBeChanged();
    const QModelIndexList before = persistentIndexList();
    QModelIndexList after;
    for (const QModelIndex& index : before) {
        const int node = nodeWith(rows, m_rows.node(int(index.internalId())).payload);
        after << createIndex(rows.node(node).row, index.column(), quintptr(node));
    }
    m_rows = std::move(rows);
    changePersistentIndexList(before, after);
    Q_EMIT layoutChanged();
    const QModelIndex row = indexOf(changed);
    if (row.isValid())
        Q_EMIT dataChanged(row, row);
}

TemplateId TemplateLibraryModel::templateIdAt(const QModelIndex& index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    return m_rows.node(int(index.internalId())).payload.id;
}

QModelIndex TemplateLibraryModel::indexOf(TemplateId id) const
{
    for (int node = 1; id.isValid() && node < m_rows.size(); ++node) {
        if (m_rows.node(node).payload.id == id)
            return indexOfNode(node);
    }
    return {};
}

QModelIndex TemplateLibraryModel::indexOfNode(int node) const
{
    return node <= 0 ? QModelIndex() : createIndex(m_rows.node(node).row, 0, quintptr(node));
}

QModelIndex TemplateLibraryModel::index(int row, int column, const QModelIndex& parent) const
{
    if (column != 0 || (parent.isValid() && parent.column() != 0))
        return {};
    const int node = m_rows.child(parent.isValid() ? int(parent.internalId()) : 0, row);
    return node < 0 ? QModelIndex() : createIndex(row, column, quintptr(node));
}

QModelIndex TemplateLibraryModel::parent(const QModelIndex& child) const
{
    if (!child.isValid())
        return {};
    return indexOfNode(m_rows.node(int(child.internalId())).parent);
}

int TemplateLibraryModel::rowCount(const QModelIndex& parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return int(m_rows.node(parent.isValid() ? int(parent.internalId()) : 0).children.size());
}

int TemplateLibraryModel::columnCount(const QModelIndex&) const
{
    return 1;
}

QVariant TemplateLibraryModel::display(const Row& row) const
{
    switch (row.kind) {
    case SportRow:
        return enumLabel(row.sport);
    case PurposeRow:
        return row.purpose ? enumLabel(*row.purpose)
                           : QCoreApplication::translate("paceline", "No purpose");
    case TemplateRow:
        break;
    }
    const SessionTemplate* shown = m_document.library().sessionTemplate(row.id);
    return shown ? shown->name : QString();
}

QVariant TemplateLibraryModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Row& row = m_rows.node(int(index.internalId())).payload;
    const SessionTemplate* shown = m_document.library().sessionTemplate(row.id);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return display(row);
    case Qt::ToolTipRole:
        // The name first: the library column is narrow and elides long names.
        if (!shown)
            return {};
        return shown->notes.isEmpty() ? shown->name
                                      : shown->name + QStringLiteral("\n\n") + shown->notes;
    case TemplateIdRole:
        return row.id.value;
    case RowKindRole:
        return int(row.kind);
    case SearchTextRole:
        return shown ? shown->name + QLatin1Char('\n') + shown->notes : QString();
    default:
        return {};
    }
}

Qt::ItemFlags TemplateLibraryModel::flags(const QModelIndex& index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return Qt::NoItemFlags;
    // Sport and purpose rows only group; they cannot be chosen as a session.
    if (m_rows.node(int(index.internalId())).payload.kind != TemplateRow)
        return Qt::ItemIsEnabled;
    // Draggable even when read-only: planning it elsewhere is that log's own decision.
    const Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled;
    return m_document.isReadOnly() ? flags : flags | Qt::ItemIsEditable;
}

bool TemplateLibraryModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    const TemplateId id = templateIdAt(index);
    if (role != Qt::EditRole || !id.isValid())
        return false;
    return m_document.library().renameTemplate(id, value.toString());
}

QString TemplateLibraryModel::templateMimeType()
{
    return QStringLiteral("application/x-paceline-template-ids");
}

Qt::DropActions TemplateLibraryModel::supportedDragActions() const
{
    // The library keeps its template: a drag always plans a copy.
    return Qt::CopyAction;
}

QStringList TemplateLibraryModel::mimeTypes() const
{
    return {templateMimeType()};
}

QMimeData* TemplateLibraryModel::mimeData(const QModelIndexList& indexes) const
{
    std::vector<qint64> ids;
    for (const QModelIndex& index : indexes) {
        const TemplateId id = templateIdAt(index);
        if (id.isValid() && std::find(ids.begin(), ids.end(), id.value) == ids.end())
            ids.push_back(id.value);
    }
    if (ids.empty())
        return nullptr;
    auto* data = new QMimeData;
    data->setData(templateMimeType(), encodeIds(ids));
    return data;
}

} // namespace paceline
