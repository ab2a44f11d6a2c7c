#pragma once

#include <QDate>
#include <QListView>
#include <QWidget>

class QLabel;

namespace paceline {

class PlanWeekModel;
class SessionCardDelegate;

/// A day's cards: a list over one day row of the shared PlanWeekModel. Drags go to the
/// model and nowhere else: the model's drop makes the whole move as one undoable edit,
/// so the view must not also remove the dragged rows afterwards (which is what
/// QAbstractItemView::startDrag does after a move).
class DayListView : public QListView {
    Q_OBJECT

public:
    explicit DayListView(QWidget* parent = nullptr);

protected:
    void startDrag(Qt::DropActions supportedActions) override;
};

/// One column of the planner's grid: a header with the weekday and date (today
/// highlighted, a "Rest" badge, the day's planned duration and load) above the day's
/// session cards.
class DayColumn : public QWidget {
    Q_OBJECT

public:
    DayColumn(PlanWeekModel& model, SessionCardDelegate* delegate, QWidget* parent = nullptr);

    void setDate(QDate date);
    QDate date() const { return m_date; }
    void setToday(QDate today);
    /// A finding below the grid concerns this day.
    void setHighlighted(bool highlighted);
    /// Re-reads the header and points the list at the day (after the model reset).
    void refresh();

    DayListView* list() const { return m_list; }
    QLabel* header() const { return m_header; }
    QString headerText() const;

Q_SIGNALS:
    void headerMenuRequested(QDate date, const QPoint& globalPos);
    void cardMenuRequested(QDate date, const QPoint& globalPos);

private:
    void refreshHeader();
    void refreshStyle();

    PlanWeekModel& m_model;
    bool m_compact;
    QDate m_date;
    QDate m_today;
    bool m_highlighted = false;
    bool m_rest = false;
    QLabel* m_header;
    DayListView* m_list;
};

} // namespace paceline
