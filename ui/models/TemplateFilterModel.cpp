#include "TemplateFilterModel.h"

#include "TemplateLibraryModel.h"

namespace paceline {

TemplateFilterModel::TemplateFilterModel(QObject* parent) : QSortFilterProxyModel(parent)
{
    // Groups show when any of their templates match, not on their own names.
    setRecursiveFilteringEnabled(true);
}

void TemplateFilterModel::setSearchText(const QString& text)
{
    if (text == m_text)
        return;
    m_text = text;
    m_words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    invalidateFilter();
}

bool TemplateFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    if (m_words.isEmpty())
        return true;
    const QModelIndex row = sourceModel()->index(sourceRow, 0, sourceParent);
    if (row.data(TemplateLibraryModel::RowKindRole).toInt() != TemplateLibraryModel::TemplateRow)
        return false;
    const QString text = row.data(TemplateLibraryModel::SearchTextRole).toString();
    for (const QString& word : m_words) {
        if (!text.contains(word, Qt::CaseInsensitive))
            return false;
    }
    return true;
}

} // namespace paceline
