#pragma once

class QAction;

namespace paceline {

/// The Planner screen's actions: its toolbar, its context menus and the main window's
/// Plan menu all show these same objects, so a shortcut and its enabled state are
/// defined once.
struct PlannerActions {
    // Navigation.
    QAction* previousWeek = nullptr;
    QAction* nextWeek = nullptr;
    QAction* today = nullptr;
    QAction* goToDate = nullptr;
    QAction* overview = nullptr; ///< checkable: four weeks instead of one
    // The selected cards and the current day.
    QAction* deleteSessions = nullptr;
    QAction* copyTo = nullptr;
    QAction* moveTo = nullptr;
    QAction* editSession = nullptr;
    QAction* openLogged = nullptr;
    QAction* restDay = nullptr; ///< checkable: the current day is a rest day
    // Whole weeks (PlannerDialogs).
    QAction* saveTemplate = nullptr;
    QAction* applyTemplate = nullptr;
    QAction* copyWeek = nullptr;
    QAction* exportCalendar = nullptr;
    QAction* printWeek = nullptr;
};

} // namespace paceline
