#pragma once

#include "core/model/PlanDay.h"
#include "core/science/TrainingLoad.h"

#include <QAbstractItemModel>
#include <QDate>

#include <map>
#include <optional>
#include <vector>

namespace paceline {

class LogDocument;

/// A run of days of the current athlete's plan as a two-level model: the top rows are
/// the days (oldest first), their children that day's planned sessions in order. A
/// day column is a QListView whose root index is the day's row, so one model serves
/// the week grid and the multi-week overview.
///
/// Drag and drop goes through the model: dropping planned sessions on a day (or
/// between two of its sessions) moves them, or copies them with Qt::CopyAction
/// (Ctrl); dropping a library template plans a copy of it. Each drop asks
/// TrainingPlan for one undoable edit; the model then follows planChanged.
class PlanWeekModel : public QAbstractItemModel {
    Q_OBJECT

public:
    enum Role {
        DateRole = Qt::UserRole + 1, ///< QDate, on day and session rows
        RestRole,                    ///< bool, on day rows
        SessionIdRole,               ///< qint64, on session rows
        SportRole,                   ///< Sport as int
        PurposeRole,                 ///< Purpose as int, or invalid
        HardnessRole,                ///< Hardness as int (day rows: the hardest)
        LongSessionRole,             ///< bool
        DurationRole,                ///< planned seconds (day rows: the sum)
        LoadRole,                    ///< planned session-RPE load (day rows: the sum)
        StatusRole,                  ///< PlanStatus as int
        NotationRole,                ///< the steps in the session notation
    };

    /// The MIME type of dragged planned sessions: their ids.
    static QString plannedSessionMimeType();

    explicit PlanWeekModel(LogDocument& document, QObject* parent = nullptr);

    /// Shows `dayCount` days from `first` (a week: 7; the overview: 28 or more).
    void setRange(QDate first, int dayCount);
    QDate firstDay() const { return m_first; }
    int dayCount() const { return int(m_days.size()); }
    /// The day's row index, or invalid when it is not shown.
    QModelIndex dayIndex(QDate date) const;
    /// What `today` is for done and missed (tests set it; the app uses the clock).
    void setToday(QDate today);
    /// While held (its screen hidden behind another), changes of the athlete, the plan
    /// and the log are only noted; releasing reads the days once if any came. Switching
    /// athlete elsewhere then costs the planner nothing until it is shown.
    void setHeld(bool held);

    const std::vector<PlanDay>& days() const { return m_days; }
    /// The classification of every shown session.
    const std::map<PlannedSessionId, SessionLoad>& loads() const { return m_loads; }

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    Qt::DropActions supportedDropActions() const override;
    Qt::DropActions supportedDragActions() const override;
    QStringList mimeTypes() const override;
    QMimeData* mimeData(const QModelIndexList& indexes) const override;
    bool canDropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                         const QModelIndex& parent) const override;
    bool dropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                      const QModelIndex& parent) override;

private:
    /// Where a drop lands: the day's row and the place among its sessions (-1: end).
    struct DropTarget {
        int day = -1;
        int position = -1;
    };

    void reload();
    /// Reloads now, or on release while held.
    void reloadWhenShown();
    void followPlan(AthleteId athlete, QDate first, QDate last);
    void followAthlete(AthleteId athlete);
    /// Shows `days`, announcing only what differs from what was shown (figures: the
    /// loads and statuses shown before; the members hold the new ones already), or
    /// every day when they are `anotherAthletes`.
    void replaceDays(std::vector<PlanDay> days,
                     const std::map<PlannedSessionId, SessionLoad>& oldLoads,
                     const std::map<PlannedSessionId, PlanStatus>& oldStatuses,
                     bool anotherAthletes);
    bool figuresChanged(const PlanDay& day, const std::map<PlannedSessionId, SessionLoad>& oldLoads,
                        const std::map<PlannedSessionId, PlanStatus>& oldStatuses) const;
    void replaceSessions(int day, std::vector<PlannedSession> sessions);
    QDate lastDay() const { return m_first.addDays(qMax(0, dayCount() - 1)); }
    const PlannedSession* sessionAt(const QModelIndex& index) const;
    QVariant dayData(const PlanDay& day, int role) const;
    QVariant sessionData(const PlannedSession& session, int role) const;
    QString toolTip(const PlannedSession& session) const;
    std::optional<DropTarget> dropTarget(int row, const QModelIndex& parent) const;
    bool dropSessions(const std::vector<PlannedSessionId>& ids, Qt::DropAction action,
                      const DropTarget& target);

    LogDocument& m_document;
    QDate m_first;
    QDate m_today;
    std::vector<PlanDay> m_days;
    std::map<PlannedSessionId, SessionLoad> m_loads;
    std::map<PlannedSessionId, PlanStatus> m_statuses;
    AthleteId m_athlete; ///< whose days m_days are
    bool m_held = false;
    bool m_stale = false; ///< a change came while held
};

} // namespace paceline
