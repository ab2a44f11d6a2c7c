#pragma once

#include <QSortFilterProxyModel>
#include <QStringList>

namespace paceline {

/// Searches a TemplateLibraryModel: a template is shown when every word of the search
/// text appears in its name or notes (ignoring letter case); its sport and purpose
/// rows stay so the result keeps its grouping.
class TemplateFilterModel : public QSortFilterProxyModel {
    Q_OBJECT

public:
    explicit TemplateFilterModel(QObject* parent = nullptr);

    void setSearchText(const QString& text);
    QString searchText() const { return m_text; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QString m_text;
    QStringList m_words;
};

} // namespace paceline
