#pragma once

#include "core/model/Id.h"

#include <QWidget>

class QLineEdit;
class QTreeView;

namespace paceline {

class LogDocument;
class TemplateFilterModel;
class TemplateLibraryModel;

/// The session library: templates grouped by sport and purpose, a search field, and
/// New, Duplicate, Delete and Examples buttons (all undoable through the document).
class LibraryPanel : public QWidget {
    Q_OBJECT

public:
    explicit LibraryPanel(LogDocument& document, QWidget* parent = nullptr);

    TemplateId currentTemplate() const;
    void selectTemplate(TemplateId id);
    QLineEdit* searchField() const { return m_search; }

    // The panel's actions, also offered by the builder's toolbar.
    void newSession();
    void duplicateSession();
    void deleteSession();
    void addExamples();
    void renameSession();
    void importSession();
    void exportSession();

Q_SIGNALS:
    void templateSelected(paceline::TemplateId id);

private:
    void followSelection();
    void selectFirstTemplate();

    LogDocument& m_document;
    TemplateLibraryModel* m_model;
    TemplateFilterModel* m_filter;
    QLineEdit* m_search;
    QTreeView* m_tree;
    TemplateId m_current;
};

} // namespace paceline
