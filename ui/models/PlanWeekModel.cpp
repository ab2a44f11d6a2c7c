#include "PlanWeekModel.h"

#include "core/io/SessionNotation.h"
#include "core/model/TimeText.h"
#include "ui/document/LogDocument.h"
#include "ui/document/LoggedSessions.h"
#include "ui/document/TrainingPlan.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <cmath>
#include <utility>

namespace paceline {

namespace {

/// The overview shows months, not years; a longer range is a caller's mistake.
constexpr int kMaxDays = 371;

/// internalId of a day row; a session row holds its day's row + 1.
constexpr quintptr kDayRow = 0;

QString translated(const char* text)
{
    return QCoreApplication::translate("paceline", text);
}

std::vector<PlannedSessionId> idsOf(const std::vector<PlannedSession>& sessions)
{
    std::vector<PlannedSessionId> ids;
    for (const PlannedSession& session : sessions)
        ids.push_back(session.id);
    return ids;
}

QString statusText(PlanStatus status)
{
    switch (status) {
    case PlanStatus::Done:
        return translated("Done");
    case PlanStatus::Missed:
        return translated("Missed");
    case PlanStatus::Planned:
        break;
    }
    return translated("Planned");
}

bool sameLoad(const SessionLoad& a, const SessionLoad& b)
{
    return a.hardness == b.hardness && a.longSession == b.longSession && a.duration == b.duration &&
           a.load == b.load && a.thresholdTime == b.thresholdTime && a.fastTime == b.fastTime;
}

} // namespace

QString PlanWeekModel::plannedSessionMimeType()
{
    return QStringLiteral("application/x-paceline-planned-sessions");
}

PlanWeekModel::PlanWeekModel(LogDocument& document, QObject* parent)
    : QAbstractItemModel(parent), m_document(document), m_today(QDate::currentDate())
{
    connect(&document.plan(), &TrainingPlan::planChanged, this, &PlanWeekModel::followPlan);
    connect(&document, &LogDocument::currentAthleteChanged, this, &PlanWeekModel::followAthlete);
    connect(&document, &LogDocument::athleteChanged, this, &PlanWeekModel::followAthlete);
    connect(&document, &LogDocument::sessionsReset, this, &PlanWeekModel::followAthlete);
    // A session logged against a plan turns it done.
    const auto followLog = [this](AthleteId athlete, LoggedSessionId) { followAthlete(athlete); };
    connect(&document.loggedSessions(), &LoggedSessions::sessionAdded, this, followLog);
    connect(&document.loggedSessions(), &LoggedSessions::sessionChanged, this, followLog);
    connect(&document.loggedSessions(), &LoggedSessions::sessionRemoved, this, followLog);
}

void PlanWeekModel::setRange(QDate first, int dayCount)
{
    m_stale = false;
    m_first = first.isValid() ? first : QDate::currentDate();
    const int count = std::clamp(dayCount, 0, kMaxDays);
    std::vector<PlanDay> days;
    const AthleteId athlete = m_document.currentAthleteId();
    if (count > 0 && athlete.isValid())
        days = m_document.plan().days(athlete, m_first, m_first.addDays(count - 1));
    if (int(days.size()) != count) { // no athlete, or the read failed: empty days
        days.clear();
        for (int i = 0; i < count; ++i)
            days.push_back(PlanDay{m_first.addDays(i), false, {}});
    }
    std::map<PlannedSessionId, PlanStatus> statuses =
        athlete.isValid() && count > 0
            ? m_document.plan().statuses(athlete, m_first, m_first.addDays(count - 1), m_today)
            : std::map<PlannedSessionId, PlanStatus>{};
    EstimateContext context = m_document.plan().estimateContext(athlete);
    std::map<PlannedSessionId, SessionLoad> loads;
    for (const PlanDay& day : days) {
        for (const PlannedSession& session : day.sessions) {
            context.sport = session.sport;
            loads[session.id] = sessionLoad(session.steps, context);
        }
    }
    // The new figures first: views asked for data during the row changes must find them.
    const auto oldLoads = std::exchange(m_loads, std::move(loads));
    const auto oldStatuses = std::exchange(m_statuses, std::move(statuses));
    // Two athletes' empty weeks read the same, but what goes with the days (the
    // planner's load chart with the weeks logged before, the fatigue) is not.
    const bool anotherAthletes = std::exchange(m_athlete, athlete) != athlete;
    replaceDays(std::move(days), oldLoads, oldStatuses, anotherAthletes);
}

void PlanWeekModel::reload()
{
    setRange(m_first, dayCount());
}

void PlanWeekModel::reloadWhenShown()
{
    if (m_held)
        m_stale = true;
    else
        reload();
}

void PlanWeekModel::setHeld(bool held)
{
    m_held = held;
    if (!m_held && m_stale && m_first.isValid())
        reload();
}

void PlanWeekModel::followPlan(AthleteId athlete, QDate first, QDate last)
{
    if (athlete != m_document.currentAthleteId() || dayCount() == 0)
        return;
    if (last < m_first || first > lastDay())
        return; // another part of the calendar
    reloadWhenShown();
}

void PlanWeekModel::followAthlete(AthleteId athlete)
{
    if (athlete == m_document.currentAthleteId() && m_first.isValid())
        reloadWhenShown();
}

void PlanWeekModel::setToday(QDate today)
{
    m_today = today;
    if (m_first.isValid())
        reloadWhenShown();
}

void PlanWeekModel::replaceDays(std::vector<PlanDay> days,
                                const std::map<PlannedSessionId, SessionLoad>& oldLoads,
                                const std::map<PlannedSessionId, PlanStatus>& oldStatuses,
                                bool anotherAthletes)
{
    // Day rows stay put when only their content changes: a day column's view has the
    // day as its root index, which a model reset would take away from it. Only days
    // that changed are announced: the planner re-runs the week rules on each signal.
    const int oldCount = int(m_days.size());
    const int newCount = int(days.size());
    if (newCount < oldCount) {
        beginRemoveRows({}, newCount, oldCount - 1);
        m_days.resize(std::size_t(newCount));
        endRemoveRows();
    }
    int firstChanged = -1;
    int lastChanged = -1;
    for (int row = 0; row < std::min(oldCount, newCount); ++row) {
        PlanDay& shown = m_days[std::size_t(row)];
        PlanDay& fresh = days[std::size_t(row)];
        if (!anotherAthletes && shown == fresh && !figuresChanged(fresh, oldLoads, oldStatuses))
            continue;
        shown.date = fresh.date;
        shown.rest = fresh.rest;
        replaceSessions(row, std::move(fresh.sessions));
        firstChanged = firstChanged < 0 ? row : firstChanged;
        lastChanged = row;
    }
    if (firstChanged >= 0) // their sums and hardest session go with their sessions
        Q_EMIT dataChanged(index(firstChanged, 0), index(lastChanged, 0));
    if (newCount > oldCount) {
        beginInsertRows({}, oldCount, newCount - 1);
        for (int row = oldCount; row < newCount; ++row)
            m_days.push_back(std::move(days[std::size_t(row)]));
        endInsertRows();
    }
}

bool PlanWeekModel::figuresChanged(const PlanDay& day,
                                   const std::map<PlannedSessionId, SessionLoad>& oldLoads,
                                   const std::map<PlannedSessionId, PlanStatus>& oldStatuses) const
{
    for (const PlannedSession& session : day.sessions) {
        const auto oldLoad = oldLoads.find(session.id);
        const auto newLoad = m_loads.find(session.id);
        if ((oldLoad == oldLoads.end()) != (newLoad == m_loads.end()))
            return true;
        if (oldLoad != oldLoads.end() && !sameLoad(oldLoad->second, newLoad->second))
            return true;
        const auto oldStatus = oldStatuses.find(session.id);
        const auto newStatus = m_statuses.find(session.id);
        const bool hadStatus = oldStatus != oldStatuses.end();
        if (hadStatus != (newStatus != m_statuses.end()) ||
            (hadStatus && oldStatus->second != newStatus->second))
            return true;
    }
    return false;
}

void PlanWeekModel::replaceSessions(int day, std::vector<PlannedSession> sessions)
{
    std::vector<PlannedSession>& shown = m_days[std::size_t(day)].sessions;
    const QModelIndex parent = index(day, 0);
    if (idsOf(shown) == idsOf(sessions)) {
        // Same cards in the same order: their views keep selection and scroll.
        shown = std::move(sessions);
        if (!shown.empty())
            Q_EMIT dataChanged(index(0, 0, parent), index(int(shown.size()) - 1, 0, parent));
        return;
    }
    if (!shown.empty()) {
        beginRemoveRows(parent, 0, int(shown.size()) - 1);
        shown.clear();
        endRemoveRows();
    }
    if (!sessions.empty()) {
        beginInsertRows(parent, 0, int(sessions.size()) - 1);
        shown = std::move(sessions);
        endInsertRows();
    }
}

QModelIndex PlanWeekModel::dayIndex(QDate date) const
{
    if (!date.isValid() || !m_first.isValid())
        return {};
    const qint64 row = m_first.daysTo(date);
    return row >= 0 && row < dayCount() ? index(int(row), 0) : QModelIndex();
}

QModelIndex PlanWeekModel::index(int row, int column, const QModelIndex& parent) const
{
    if (column != 0 || row < 0)
        return {};
    if (!parent.isValid())
        return row < dayCount() ? createIndex(row, 0, kDayRow) : QModelIndex();
    if (parent.internalId() != kDayRow || parent.column() != 0 || parent.row() >= dayCount())
        return {};
    const auto& sessions = m_days[std::size_t(parent.row())].sessions;
    return row < int(sessions.size()) ? createIndex(row, 0, quintptr(parent.row()) + 1)
                                      : QModelIndex();
}

QModelIndex PlanWeekModel::parent(const QModelIndex& child) const
{
    if (!child.isValid() || child.internalId() == kDayRow)
        return {};
    return createIndex(int(child.internalId() - 1), 0, kDayRow);
}

int PlanWeekModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return dayCount();
    if (parent.column() != 0 || parent.internalId() != kDayRow || parent.row() >= dayCount())
        return 0;
    return int(m_days[std::size_t(parent.row())].sessions.size());
}

int PlanWeekModel::columnCount(const QModelIndex&) const
{
    return 1;
}

const PlannedSession* PlanWeekModel::sessionAt(const QModelIndex& index) const
{
    if (!index.isValid() || index.internalId() == kDayRow)
        return nullptr;
    const int day = int(index.internalId() - 1);
    if (day >= dayCount())
        return nullptr;
    const auto& sessions = m_days[std::size_t(day)].sessions;
    return index.row() < int(sessions.size()) ? &sessions[std::size_t(index.row())] : nullptr;
}

QVariant PlanWeekModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (const PlannedSession* session = sessionAt(index))
        return sessionData(*session, role);
    return dayData(m_days[std::size_t(index.row())], role);
}

QVariant PlanWeekModel::dayData(const PlanDay& day, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        return QLocale().toString(day.date, QStringLiteral("ddd d"));
    case Qt::ToolTipRole:
        return QLocale().toString(day.date, QLocale::LongFormat) +
               (day.rest ? QStringLiteral("\n") + translated("Rest day") : QString());
    case DateRole:
        return day.date;
    case RestRole:
        return day.rest;
    default:
        break;
    }
    if (role != HardnessRole && role != DurationRole && role != LoadRole)
        return {};
    std::optional<Hardness> hardest;
    double seconds = 0.0;
    double load = 0.0;
    for (const PlannedSession& session : day.sessions) {
        const auto found = m_loads.find(session.id);
        if (found == m_loads.end())
            continue;
        hardest = std::max(hardest.value_or(Hardness::Easy), found->second.hardness);
        seconds += found->second.duration.seconds;
        load += found->second.load;
    }
    if (role == HardnessRole)
        return hardest ? QVariant(int(*hardest)) : QVariant();
    return role == DurationRole ? seconds : load;
}

QVariant PlanWeekModel::sessionData(const PlannedSession& session, int role) const
{
    const auto load = m_loads.find(session.id);
    const auto status = m_statuses.find(session.id);
    switch (role) {
    case Qt::DisplayRole:
        return session.name;
    case Qt::ToolTipRole:
        return toolTip(session);
    case DateRole:
        return session.date;
    case SessionIdRole:
        return session.id.value;
    case SportRole:
        return int(session.sport);
    case PurposeRole:
        return session.purpose ? QVariant(int(*session.purpose)) : QVariant();
    case HardnessRole:
        return load != m_loads.end() ? QVariant(int(load->second.hardness)) : QVariant();
    case LongSessionRole:
        return load != m_loads.end() && load->second.longSession;
    case DurationRole:
        return load != m_loads.end() ? load->second.duration.seconds : 0.0;
    case LoadRole:
        return load != m_loads.end() ? load->second.load : 0.0;
    case StatusRole:
        return int(status != m_statuses.end() ? status->second : PlanStatus::Planned);
    case NotationRole:
        return formatSessionNotation(session.steps);
    default:
        return {};
    }
}

QString PlanWeekModel::toolTip(const PlannedSession& session) const
{
    QStringList lines{session.name};
    const QString notation = formatSessionNotation(session.steps);
    if (!notation.isEmpty())
        lines << notation;
    if (const auto load = m_loads.find(session.id); load != m_loads.end()) {
        lines << translated("%1, load %2, %3")
                     .arg(formatDuration(load->second.duration))
                     .arg(std::lround(load->second.load))
                     .arg(enumLabel(load->second.hardness));
    }
    const auto status = m_statuses.find(session.id);
    lines << statusText(status != m_statuses.end() ? status->second : PlanStatus::Planned);
    if (!session.notes.trimmed().isEmpty())
        lines << QString() << session.notes.trimmed();
    return lines.join(QLatin1Char('\n'));
}

Qt::ItemFlags PlanWeekModel::flags(const QModelIndex& index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return Qt::NoItemFlags;
    const bool writable = !m_document.isReadOnly();
    if (sessionAt(index)) {
        // Not a drop target itself: a drop on a card lands between cards of its day.
        const Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
        return writable ? flags | Qt::ItemIsDragEnabled : flags;
    }
    const Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    return writable ? flags | Qt::ItemIsDropEnabled : flags;
}

} // namespace paceline
