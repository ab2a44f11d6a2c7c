#include "SessionListModel.h"

#include "core/model/TimeText.h"
#include "core/store/LogStore.h"
#include "core/store/SessionStore.h"
#include "ui/document/LogDocument.h"

#include <QLocale>

#include <algorithm>

namespace paceline {

namespace {

constexpr int kDaysPerFetch = 182;

} // namespace

SessionListModel::SessionListModel(LogDocument& document, QObject* parent)
    : QAbstractTableModel(parent), m_document(document)
{
    connect(&document, &LogDocument::currentAthleteChanged, this, &SessionListModel::reload);
    connect(&document, &LogDocument::sessionsReset, this, &SessionListModel::reload);
    // Units or name changes alter how rows read.
    connect(&document, &LogDocument::athleteChanged, this, [this](AthleteId id) {
        if (id != m_athlete.id)
            return;
        m_athlete = m_document.athlete(id).value_or(Athlete{});
        if (!m_sessions.empty())
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    });
    reload();
}

void SessionListModel::reload()
{
    beginResetModel();
    m_sessions.clear();
    m_total = 0;
    m_firstDay = m_loadedFrom = QDate();
    m_athlete = m_document.currentAthlete().value_or(Athlete{});
    const SessionStore& sessions = m_document.store().sessions();
    if (m_athlete.id.isValid()) {
        const auto range = sessions.dayRange(m_athlete.id);
        const auto count = sessions.count(m_athlete.id);
        if (range.ok() && range.value() && count.ok()) {
            m_total = count.value();
            m_firstDay = range.value()->first;
            const QDate lastDay = range.value()->second;
            m_loadedFrom = std::max(m_firstDay, lastDay.addDays(-kDaysPerFetch + 1));
            m_sessions = loadDays(m_loadedFrom, lastDay);
        } else if (!range.ok()) {
            Q_EMIT m_document.storeError(range.errorMessage());
        }
    }
    endResetModel();
}

std::vector<LoggedSession> SessionListModel::loadDays(QDate first, QDate last) const
{
    auto loaded = m_document.store().sessions().inRange(m_athlete.id, first, last, WithReps::No);
    if (!loaded)
        return {};
    std::vector<LoggedSession> sessions = std::move(loaded).value();
    std::reverse(sessions.begin(), sessions.end());
    return sessions;
}

int SessionListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_sessions.size());
}

int SessionListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool SessionListModel::canFetchMore(const QModelIndex& parent) const
{
    // Views and testers may ask again from slots connected to the insertion below.
    return !m_fetching && !parent.isValid() && m_loadedFrom.isValid() && m_loadedFrom > m_firstDay;
}

void SessionListModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent))
        return;
    const QDate last = m_loadedFrom.addDays(-1);
    const QDate first = std::max(m_firstDay, last.addDays(-kDaysPerFetch + 1));
    std::vector<LoggedSession> older = loadDays(first, last);
    if (older.empty()) {
        m_loadedFrom = first;
        return;
    }
    m_fetching = true;
    const int firstRow = rowCount();
    beginInsertRows({}, firstRow, firstRow + static_cast<int>(older.size()) - 1);
    m_sessions.insert(m_sessions.end(), std::make_move_iterator(older.begin()),
                      std::make_move_iterator(older.end()));
    m_loadedFrom = first;
    endInsertRows();
    m_fetching = false;
}

QVariant SessionListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const LoggedSession& session = m_sessions[static_cast<size_t>(index.row())];
    if (role == Qt::DisplayRole)
        return displayText(session, index.column());
    if (role == Qt::TextAlignmentRole && index.column() >= DistanceColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && !session.notes.isEmpty())
        return session.notes;
    return {};
}

QVariant SessionListModel::displayText(const LoggedSession& session, int column) const
{
    const UnitSystem units = m_athlete.units;
    switch (column) {
    case DateColumn:
        return QLocale().toString(session.start.date(), QStringLiteral("ddd d MMM yyyy"));
    case TitleColumn:
        return session.title.isEmpty() ? enumLabel(session.sport) : session.title;
    case SportColumn:
        return enumLabel(session.sport);
    case DistanceColumn:
        return session.distance ? formatDistance(*session.distance, units, 2) : QString();
    case DurationColumn:
        return formatDuration(session.duration);
    case PaceColumn:
        if (!session.distance || session.sport != Sport::Run)
            return QString();
        return formatPace(*session.distance / session.duration, units);
    case RpeColumn:
        return session.sessionRpe ? QString::number(*session.sessionRpe, 'f', 0) : QString();
    case HeartRateColumn:
        return session.avgHeartRate ? QString::number(*session.avgHeartRate) : QString();
    default:
        return {};
    }
}

QVariant SessionListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DateColumn:
        return tr("Date");
    case TitleColumn:
        return tr("Session");
    case SportColumn:
        return tr("Sport");
    case DistanceColumn:
        return tr("Distance");
    case DurationColumn:
        return tr("Duration");
    case PaceColumn:
        return tr("Pace");
    case RpeColumn:
        return tr("Session RPE");
    case HeartRateColumn:
        return tr("Avg HR");
    default:
        return {};
    }
}

} // namespace paceline
