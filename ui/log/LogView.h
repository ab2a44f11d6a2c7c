#pragma once

#include "core/model/Id.h"

#include <QWidget>

#include <optional>

class QLabel;
class QStackedWidget;
class QTableView;

namespace paceline {

class EmptyState;
class LogDocument;
class SessionListModel;

/// The main window's actions the Log screen offers as buttons (it never triggers
/// edits itself; MainWindow owns and enables these).
struct LogViewActions {
    QAction* editAthlete = nullptr;
    QAction* newAthlete = nullptr;
    QAction* logWorkout = nullptr;    ///< opens the entry form for a new session
    QAction* editSession = nullptr;   ///< the selected session in the entry form
    QAction* removeSession = nullptr; ///< deletes the selected session (undoable)
};

/// The Log screen: the athlete's profile strip with their training paces, and their
/// logged sessions, newest first.
class LogView : public QWidget {
    Q_OBJECT

public:
    LogView(LogDocument& document, const LogViewActions& actions, QWidget* parent = nullptr);

    /// The logged session selected in the list, if any.
    std::optional<LoggedSessionId> selectedSession() const;
    /// Selects it in the list (and shows its details); false if it is not listed.
    bool selectSession(LoggedSessionId id);

Q_SIGNALS:
    void selectedSessionChanged();
    /// Double-click or Enter on a session: MainWindow opens it in the entry form.
    void sessionActivated(paceline::LoggedSessionId id);

private:
    void refreshAthlete();
    void refreshContent();

    LogDocument& m_document;
    SessionListModel* m_model;
    QWidget* m_strip;
    QLabel* m_athleteName;
    QLabel* m_paces;
    QLabel* m_count;
    QTableView* m_table;
    EmptyState* m_noAthlete;
    EmptyState* m_noSessions;
    QStackedWidget* m_stack;
};

} // namespace paceline
