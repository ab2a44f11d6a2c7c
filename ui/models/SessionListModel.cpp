#include "SessionListModel.h"

#include "StabilityText.h"
#include "core/model/TimeText.h"
#include "core/store/LogStore.h"
#include "core/store/SessionStore.h"
#include "ui/document/LogDocument.h"
#include "ui/document/LoggedSessions.h"

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
    const LoggedSessions& logged = document.loggedSessions();
    connect(&logged, &LoggedSessions::sessionAdded, this, &SessionListModel::onSessionAdded);
    connect(&logged, &LoggedSessions::sessionChanged, this, &SessionListModel::onSessionChanged);
    connect(&logged, &LoggedSessions::sessionRemoved, this, &SessionListModel::onSessionRemoved);
    reload();
}

void SessionListModel::setFilter(const SessionFilter& filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    reload();
}

void SessionListModel::reload()
{
    beginResetModel();
    m_sessions.clear();
    m_loadedFrom = QDate();
    m_athlete = m_document.currentAthlete().value_or(Athlete{});
    if (readSpan()) {
        m_loadedFrom = m_newestDay.addDays(1); // nothing read yet
        m_sessions = readOlder();
    }
    endResetModel();
}

bool SessionListModel::readSpan()
{
    m_total = 0;
    m_oldestDay = m_newestDay = QDate();
    if (!m_athlete.id.isValid())
        return false;
    const SessionStore& sessions = m_document.store().sessions();
    const auto count = sessions.count(m_athlete.id);
    const auto range = sessions.dayRange(m_athlete.id);
    if (!range.ok() || !count.ok()) {
        Q_EMIT m_document.storeError(range.ok() ? count.errorMessage() : range.errorMessage());
        return false;
    }
    m_total = count.value();
    if (!range.value())
        return false;
    const auto [firstDay, lastDay] = *range.value();
    m_oldestDay = m_filter.from.isValid() ? std::max(firstDay, m_filter.from) : firstDay;
    m_newestDay = m_filter.to.isValid() ? std::min(lastDay, m_filter.to) : lastDay;
    return m_oldestDay <= m_newestDay;
}

std::vector<LoggedSession> SessionListModel::readOlder()
{
    // A sport seldom trained can leave whole half-years empty: keep reading so that a
    // fetch either lists something or reaches the oldest day, and the view, which only
    // asks again when rows arrive, never stalls on an empty stretch.
    while (m_loadedFrom.isValid() && m_loadedFrom > m_oldestDay) {
        const QDate last = m_loadedFrom.addDays(-1);
        const QDate first = std::max(m_oldestDay, last.addDays(-kDaysPerFetch + 1));
        std::vector<LoggedSession> read = loadDays(first, last);
        m_loadedFrom = first;
        if (!read.empty())
            return read;
    }
    return {};
}

std::vector<LoggedSession> SessionListModel::loadDays(QDate first, QDate last) const
{
    auto loaded = m_document.store().sessions().inRange(m_athlete.id, first, last, WithReps::No);
    if (!loaded)
        return {};
    std::vector<LoggedSession> sessions = std::move(loaded).value();
    std::erase_if(sessions,
                  [this](const LoggedSession& session) { return !m_filter.accepts(session); });
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
    return !m_fetching && !parent.isValid() && m_loadedFrom.isValid() && m_loadedFrom > m_oldestDay;
}

void SessionListModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent))
        return;
    m_fetching = true;
    std::vector<LoggedSession> older = readOlder();
    if (!older.empty()) {
        const int firstRow = rowCount();
        beginInsertRows({}, firstRow, firstRow + static_cast<int>(older.size()) - 1);
        m_sessions.insert(m_sessions.end(), std::make_move_iterator(older.begin()),
                          std::make_move_iterator(older.end()));
        endInsertRows();
    }
    m_fetching = false;
}

int SessionListModel::rowOf(LoggedSessionId id) const
{
    const auto found =
        std::find_if(m_sessions.begin(), m_sessions.end(),
                     [id](const LoggedSession& session) { return session.id == id; });
    return found == m_sessions.end() ? -1 : int(found - m_sessions.begin());
}

// --- following the document's per-session signals ---------------------------------

std::optional<LoggedSession> SessionListModel::readSession(LoggedSessionId id) const
{
    // Read from the store like the rest of the list (LoggedSessions keeps no cache).
    auto found = m_document.store().sessions().find(id);
    if (!found.ok())
        return std::nullopt;
    LoggedSession session = std::move(found).value();
    session.reps.clear(); // the list never shows them
    return session;
}

bool SessionListModel::isInLoadedWindow(const LoggedSession& session) const
{
    // Older sessions than those read come with fetchMore, in their turn.
    return m_loadedFrom.isValid() && session.localDate() >= m_loadedFrom &&
           m_filter.accepts(session);
}

int SessionListModel::insertionRow(const LoggedSession& session) const
{
    const auto after =
        std::find_if(m_sessions.begin(), m_sessions.end(),
                     [&](const LoggedSession& row) { return row.start < session.start; });
    return int(after - m_sessions.begin());
}

void SessionListModel::insertRow(LoggedSession session)
{
    const int row = insertionRow(session);
    beginInsertRows({}, row, row);
    m_sessions.insert(m_sessions.begin() + row, std::move(session));
    endInsertRows();
}

void SessionListModel::removeRowAt(int row)
{
    beginRemoveRows({}, row, row);
    m_sessions.erase(m_sessions.begin() + row);
    endRemoveRows();
}

void SessionListModel::onSessionAdded(AthleteId athlete, LoggedSessionId id)
{
    if (athlete != m_athlete.id)
        return;
    if (!m_loadedFrom.isValid()) { // nothing was listed: the window starts with this one
        reload();
        return;
    }
    readSpan();
    if (auto session = readSession(id); session && isInLoadedWindow(*session))
        insertRow(std::move(*session));
}

void SessionListModel::onSessionChanged(AthleteId athlete, LoggedSessionId id)
{
    if (athlete != m_athlete.id)
        return;
    readSpan();
    const int row = rowOf(id);
    std::optional<LoggedSession> session = readSession(id);
    const bool listed = session && isInLoadedWindow(*session);
    if (row >= 0 && listed) {
        moveRow(row, std::move(*session));
        return;
    }
    if (row >= 0)
        removeRowAt(row);
    if (listed)
        insertRow(std::move(*session));
}

void SessionListModel::moveRow(int row, LoggedSession session)
{
    // Replaced in place, or moved as one row when its new date reorders it: either way
    // the view's persistent indexes, hence its selection, follow the session.
    const auto laterOrSame = [&](const LoggedSession& other) {
        return other.id != session.id && other.start >= session.start;
    };
    const int newRow = int(std::count_if(m_sessions.begin(), m_sessions.end(), laterOrSame));
    if (newRow == row) {
        m_sessions[size_t(row)] = std::move(session);
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        return;
    }
    beginMoveRows({}, row, row, {}, newRow > row ? newRow + 1 : newRow);
    m_sessions.erase(m_sessions.begin() + row);
    m_sessions.insert(m_sessions.begin() + newRow, std::move(session));
    endMoveRows();
}

void SessionListModel::onSessionRemoved(AthleteId athlete, LoggedSessionId id)
{
    if (athlete != m_athlete.id)
        return;
    readSpan();
    if (const int row = rowOf(id); row >= 0)
        removeRowAt(row);
}

// --- display ------------------------------------------------------------------------

QVariant SessionListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const LoggedSession& session = m_sessions[static_cast<size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        return displayText(session, index.column());
    case Qt::TextAlignmentRole:
        if (index.column() >= DistanceColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ToolTipRole:
        return toolTip(session, index.column());
    case SessionIdRole:
        return session.id.value;
    default:
        return {};
    }
}

QVariant SessionListModel::toolTip(const LoggedSession& session, int column) const
{
    if (column == StabilityColumn && session.stability && session.stability->workReps > 0)
        return stabilitySummary(*session.stability, m_athlete.units);
    if (!session.notes.isEmpty())
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
        return session.sessionRpe ? QLocale().toString(*session.sessionRpe, 'g', 3)
                                  : QString(); // 7, 4.5
    case HeartRateColumn:
        return session.avgHeartRate ? QString::number(*session.avgHeartRate) : QString();
    case StabilityColumn:
        return session.stability ? stabilityCellText(*session.stability) : QString();
    default:
        return {};
    }
}

QVariant SessionListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole && section == StabilityColumn)
        return tr("How even the work reps' paces were: their coefficient of variation. Hover a "
                  "session for all its figures.");
    if (role == Qt::ToolTipRole && section == RpeColumn)
        return tr("Session RPE: how hard the whole session felt, 0-10");
    if (role != Qt::DisplayRole)
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
        return tr("RPE");
    case HeartRateColumn:
        return tr("Avg HR");
    case StabilityColumn:
        return tr("Stability");
    default:
        return {};
    }
}

} // namespace paceline
