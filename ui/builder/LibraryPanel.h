#pragma once

#include "core/model/Id.h"

#include <QWidget>

class QAction;
class QLineEdit;
class QToolButton;
class QTreeView;

namespace paceline {

class LogDocument;
class TemplateFilterModel;
class TemplateLibraryModel;

/// The session library: templates grouped by sport and purpose, a search field, and
/// New, Duplicate, Delete and More (rename, import, export, examples): every change
/// undoable through the document, and none offered on a read-only log.
class LibraryPanel : public QWidget {
    Q_OBJECT

public:
    explicit LibraryPanel(LogDocument& document, QWidget* parent = nullptr);

    TemplateId currentTemplate() const;
    void selectTemplate(TemplateId id);
    QLineEdit* searchField() const { return m_search; }
    QTreeView* tree() const { return m_tree; }

    // The panel's actions, as its buttons and menu run them (public for tests).
    void newSession();
    void duplicateSession();
    void deleteSession();
    void addExamples();
    void renameSession();
    void importSession();
    void exportSession();
    void exportWorkout();

Q_SIGNALS:
    void templateSelected(paceline::TemplateId id);

private:
    void followSelection();
    void selectFirstTemplate();
    /// Edits need a writable log, and most need a session.
    void refreshActions();

    LogDocument& m_document;
    TemplateLibraryModel* m_model;
    TemplateFilterModel* m_filter;
    QLineEdit* m_search;
    QTreeView* m_tree;
    QToolButton* m_newButton = nullptr;
    QToolButton* m_duplicateButton = nullptr;
    QToolButton* m_deleteButton = nullptr;
    QAction* m_renameAction = nullptr;
    QAction* m_importAction = nullptr;
    QAction* m_exportAction = nullptr;
    QAction* m_exportWorkoutAction = nullptr;
    QAction* m_examplesAction = nullptr;
    TemplateId m_current;
};

} // namespace paceline
