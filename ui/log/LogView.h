#pragma once

#include <QWidget>

class QLabel;
class QStackedWidget;
class QTableView;

namespace paceline {

class EmptyState;
class LogDocument;
class SessionListModel;

/// The Log screen: the athlete's profile strip with their training paces, and their
/// logged sessions, newest first.
class LogView : public QWidget {
    Q_OBJECT

public:
    LogView(LogDocument& document, QAction* editAthlete, QAction* newAthlete,
            QWidget* parent = nullptr);

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
