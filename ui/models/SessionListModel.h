#pragma once

#include "SessionFilter.h"
#include "core/model/Athlete.h"
#include "core/model/LoggedSession.h"

#include <QAbstractTableModel>
#include <QDate>

#include <optional>
#include <vector>

namespace paceline {

class LogDocument;

/// The current athlete's logged sessions, newest first, without their reps. Sessions
/// are read from the store a half-year at a time as the view scrolls
/// (canFetchMore/fetchMore), so opening a ten-year log reads only its last months. The
/// filter is applied while reading (see SessionFilter). The model follows the
/// document's per-session signals, inserting, updating and removing single rows.
class SessionListModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        DateColumn,
        TitleColumn,
        SportColumn,
        DistanceColumn,
        DurationColumn,
        PaceColumn,
        RpeColumn,
        HeartRateColumn,
        StabilityColumn,
        ColumnCount
    };
    /// The row's LoggedSessionId (as qint64), for views and tests.
    static constexpr int SessionIdRole = Qt::UserRole + 1;

    explicit SessionListModel(LogDocument& document, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

    /// How many sessions the athlete has in all (not only those loaded or listed).
    int totalSessions() const { return m_total; }

    const SessionFilter& filter() const { return m_filter; }
    /// Re-reads the list with this filter (a model reset).
    void setFilter(const SessionFilter& filter);

    const LoggedSession& sessionAt(int row) const { return m_sessions[size_t(row)]; }
    /// The row of a loaded session, or -1.
    int rowOf(LoggedSessionId id) const;

private:
    void reload();
    /// Reads half-years further back until one has a session the filter accepts or
    /// there is nothing older; returns them newest first.
    std::vector<LoggedSession> readOlder();
    std::vector<LoggedSession> loadDays(QDate first, QDate last) const;
    bool readSpan();
    bool isInLoadedWindow(const LoggedSession& session) const;
    int insertionRow(const LoggedSession& session) const;
    std::optional<LoggedSession> readSession(LoggedSessionId id) const;

    void onSessionAdded(AthleteId athlete, LoggedSessionId id);
    void onSessionChanged(AthleteId athlete, LoggedSessionId id);
    void onSessionRemoved(AthleteId athlete, LoggedSessionId id);
    void insertRow(LoggedSession session);
    void removeRowAt(int row);
    void moveRow(int row, LoggedSession session);

    QVariant displayText(const LoggedSession& session, int column) const;
    QVariant toolTip(const LoggedSession& session, int column) const;

    LogDocument& m_document;
    Athlete m_athlete;
    SessionFilter m_filter;
    std::vector<LoggedSession> m_sessions; ///< newest first
    QDate m_oldestDay;                     ///< the oldest day the filter lets us read
    QDate m_newestDay;                     ///< the newest day read
    QDate m_loadedFrom;                    ///< the oldest day read so far
    int m_total = 0;
    bool m_fetching = false;
};

} // namespace paceline
