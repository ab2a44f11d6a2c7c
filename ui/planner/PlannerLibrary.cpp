#include "PlannerLibrary.h"

#include "ui/models/TemplateFilterModel.h"
#include "ui/models/TemplateLibraryModel.h"

#include <QLabel>
#include <QLineEdit>
#include <QTreeView>
#include <QVBoxLayout>

namespace paceline {

PlannerLibrary::PlannerLibrary(LogDocument& document, QWidget* parent)
    : QWidget(parent), m_model(new TemplateLibraryModel(document, this)),
      m_filter(new TemplateFilterModel(this)), m_search(new QLineEdit), m_tree(new QTreeView)
{
    m_filter->setSourceModel(m_model);
    m_search->setObjectName(QStringLiteral("plannerLibrarySearch"));
    m_search->setPlaceholderText(tr("Search sessions"));
    m_search->setClearButtonEnabled(true);
    m_search->setToolTip(tr("Every word must appear in the session's name or notes"));

    m_tree->setObjectName(QStringLiteral("plannerLibraryTree"));
    m_tree->setModel(m_filter);
    m_tree->setHeaderHidden(true);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->setDragEnabled(true);
    m_tree->setDragDropMode(QAbstractItemView::DragOnly);
    // Planning copies the template: the library keeps it.
    m_tree->setDefaultDropAction(Qt::CopyAction);
    m_tree->expandAll();
    m_tree->setToolTip(tr("Drag a session onto a day to plan it"));

    auto* title = new QLabel(tr("<b>Session library</b>"));
    auto* hint = new QLabel(tr("Drag a session onto a day."));
    hint->setWordWrap(true);
    hint->setStyleSheet(QStringLiteral("color: #5b6b7c;"));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(title);
    layout->addWidget(m_search);
    layout->addWidget(m_tree, 1);
    layout->addWidget(hint);

    connect(m_search, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_filter->setSearchText(text);
        m_tree->expandAll();
    });
    connect(m_model, &QAbstractItemModel::modelReset, m_tree, &QTreeView::expandAll);
}

} // namespace paceline
