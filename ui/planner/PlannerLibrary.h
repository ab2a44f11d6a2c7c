#pragma once

#include <QWidget>

class QLineEdit;
class QTreeView;

namespace paceline {

class LogDocument;
class TemplateFilterModel;
class TemplateLibraryModel;

/// The session library beside the planner's grid, as a drag source: search it, then
/// drag a session onto a day to plan a copy of it. Editing the library itself stays
/// in the Sessions screen, so this list offers no edits.
class PlannerLibrary : public QWidget {
    Q_OBJECT

public:
    explicit PlannerLibrary(LogDocument& document, QWidget* parent = nullptr);

    QLineEdit* searchField() const { return m_search; }
    QTreeView* tree() const { return m_tree; }
    TemplateLibraryModel* model() const { return m_model; }

private:
    TemplateLibraryModel* m_model;
    TemplateFilterModel* m_filter;
    QLineEdit* m_search;
    QTreeView* m_tree;
};

} // namespace paceline
