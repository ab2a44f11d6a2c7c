#pragma once

#include "core/model/Athlete.h"
#include "core/model/LoggedSession.h"

#include <QAbstractTableModel>
#include <QDate>

#include <vector>

namespace paceline {

class LogDocument;

/// The current athlete's logged sessions, newest first. Sessions are read from the
/// store a half-year at a time as the view scrolls (canFetchMore/fetchMore), so
/// opening a ten-year log reads only its last months.
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
        ColumnCount
    };

    explicit SessionListModel(LogDocument& document, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

    /// How many sessions the athlete has in all (not only those loaded).
    int totalSessions() const { return m_total; }

private:
    void reload();
    std::vector<LoggedSession> loadDays(QDate first, QDate last) const;
    QVariant displayText(const LoggedSession& session, int column) const;

    LogDocument& m_document;
    Athlete m_athlete;
    std::vector<LoggedSession> m_sessions; ///< newest first
    QDate m_firstDay;                      ///< the athlete's first logged day
    QDate m_loadedFrom;                    ///< the oldest day read so far
    int m_total = 0;
    bool m_fetching = false;
};

} // namespace paceline
