#pragma once

#include "core/model/Id.h"

#include <QWidget>

#include <optional>

class QLabel;
class QSplitter;
class QStackedWidget;
class QTableView;

namespace paceline {

class EmptyState;
class LogDocument;
class SessionDetailPanel;
class SessionFilterBar;
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

/// The Log screen: the athlete's profile strip with their training paces, their logged
/// sessions newest first (filtered by sport and days), and beside them the selected
/// session in detail. Some session is always selected while any is listed.
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

protected:
    bool event(QEvent* event) override;

private:
    QWidget* createStrip(const LogViewActions& actions);
    QWidget* createListPage();
    void connectSignals();
    void refreshAthlete();
    void refreshContent();
    void onSelectionChanged();
    /// Shows the selected session in the detail: at once while the screen is shown;
    /// hidden behind another screen (an athlete switch there), once it is shown again.
    void showSelectedDetail();
    /// After the rows changed: keeps the selected session, or selects a neighbour.
    void keepASelection();
    void selectRow(int row);
    void suggestFilterDays();

    LogDocument& m_document;
    SessionListModel* m_model;
    QWidget* m_strip;
    QLabel* m_athleteName;
    QLabel* m_paces;
    QLabel* m_count;
    SessionFilterBar* m_filterBar;
    QTableView* m_table;
    EmptyState* m_noAthlete;
    EmptyState* m_noSessions;
    EmptyState* m_noMatch;
    QStackedWidget* m_listStack;
    SessionDetailPanel* m_detail;
    QSplitter* m_splitter;
    QStackedWidget* m_stack;
    QAction* m_clearFilters;
    std::optional<LoggedSessionId> m_selected; ///< what the detail shows (or will)
    int m_selectedRow = -1;                    ///< its row, to pick a neighbour on removal
    bool m_hiddenByParent = false;
    bool m_detailStale = false; ///< m_selected is not in the detail yet
};

} // namespace paceline
