#include "AthleteListModel.h"

#include "ui/document/LogDocument.h"

namespace paceline {

AthleteListModel::AthleteListModel(LogDocument& document, QObject* parent)
    : QAbstractListModel(parent), m_document(document)
{
    // Athletes are few; a reset on any change keeps this simple and is instant.
    const auto reset = [this] {
        beginResetModel();
        endResetModel();
    };
    connect(&document, &LogDocument::athleteAdded, this, reset);
    connect(&document, &LogDocument::athleteChanged, this, reset);
    connect(&document, &LogDocument::athleteRemoved, this, reset);
    connect(&document, &LogDocument::sessionsReset, this, reset);
}

int AthleteListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_document.athletes().size());
}

QVariant AthleteListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Athlete& athlete = m_document.athletes()[static_cast<size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return athlete.name;
    case AthleteIdRole:
        return athlete.id.value;
    default:
        return {};
    }
}

int AthleteListModel::rowOf(AthleteId id) const
{
    const auto& athletes = m_document.athletes();
    for (size_t row = 0; row < athletes.size(); ++row) {
        if (athletes[row].id == id)
            return static_cast<int>(row);
    }
    return -1;
}

AthleteId AthleteListModel::idAt(int row) const
{
    const auto& athletes = m_document.athletes();
    if (row < 0 || static_cast<size_t>(row) >= athletes.size())
        return {};
    return athletes[static_cast<size_t>(row)].id;
}

} // namespace paceline
