#pragma once

#include "core/model/Id.h"

#include <QDate>
#include <QWidget>

#include <vector>

class QGridLayout;
class QModelIndex;

namespace paceline {

class DayColumn;
class PlanWeekModel;
class SessionCardDelegate;

/// The planner's days as columns, seven to a row starting on the model's first day:
/// one row of full cards for a week, four rows of compact cards for the overview.
/// One selection across the grid: selecting a card in a day clears the other days.
class WeekGrid : public QWidget {
    Q_OBJECT

public:
    explicit WeekGrid(PlanWeekModel& model, QWidget* parent = nullptr);

    /// Rebuilds the columns for the model's current range (call after setRange).
    void followRange();
    void setToday(QDate today);
    void highlightDays(const QList<QDate>& days);

    const std::vector<DayColumn*>& columns() const { return m_columns; }
    DayColumn* column(QDate date) const;
    /// The selected cards' sessions, in the order of the days and the cards.
    std::vector<PlannedSessionId> selectedSessions() const;
    /// The card the keyboard is on (the current index of the focused or selected day).
    QModelIndex currentCard() const;
    void selectSession(PlannedSessionId id);

Q_SIGNALS:
    void headerMenuRequested(QDate date, const QPoint& globalPos);
    void cardMenuRequested(QDate date, const QPoint& globalPos);
    void cardActivated(const QModelIndex& index);
    void selectionChanged();

private:
    void rebuild(int dayCount);
    void keepOneDaySelected(DayColumn* selectedIn);

    PlanWeekModel& m_model;
    SessionCardDelegate* m_fullCards;
    SessionCardDelegate* m_compactCards;
    QGridLayout* m_layout;
    std::vector<DayColumn*> m_columns;
    QDate m_today;
};

} // namespace paceline
