#include "TemplateLibraryModel.h"

#include "ui/document/LogDocument.h"

#include <QCoreApplication>

namespace paceline {

TemplateLibraryModel::TemplateLibraryModel(LogDocument& document, QObject* parent)
    : QAbstractItemModel(parent), m_document(document), m_rows(build())
{
    connect(&document, &LogDocument::templateAdded, this, &TemplateLibraryModel::reset);
    connect(&document, &LogDocument::templateRemoved, this, &TemplateLibraryModel::reset);
    connect(&document, &LogDocument::templatesReset, this, &TemplateLibraryModel::reset);
    connect(&document, &LogDocument::templateChanged, this, &TemplateLibraryModel::follow);
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
            for (const SessionTemplate& known : m_document.templates()) {
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

void TemplateLibraryModel::follow(TemplateId changed)
{
    if (build() != m_rows) { // renamed, or moved to another sport or purpose
        reset();
        return;
    }
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
    const SessionTemplate* shown = m_document.sessionTemplate(row.id);
    return shown ? shown->name : QString();
}

QVariant TemplateLibraryModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Row& row = m_rows.node(int(index.internalId())).payload;
    const SessionTemplate* shown = m_document.sessionTemplate(row.id);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return display(row);
    case Qt::ToolTipRole:
        return shown && !shown->notes.isEmpty() ? QVariant(shown->notes) : QVariant();
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
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable;
}

bool TemplateLibraryModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    const TemplateId id = templateIdAt(index);
    if (role != Qt::EditRole || !id.isValid())
        return false;
    return m_document.renameTemplate(id, value.toString());
}

} // namespace paceline
