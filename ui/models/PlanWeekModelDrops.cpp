// PlanWeekModel's drag and drop: planned sessions (moved or copied) and library
// templates (planned) dropped on a day, each drop one TrainingPlan edit.

#include "PlanMime.h"
#include "PlanWeekModel.h"
#include "TemplateLibraryModel.h"
#include "ui/document/LogDocument.h"
#include "ui/document/TrainingPlan.h"

#include <QMimeData>

#include <algorithm>

namespace paceline {

namespace {

template <typename IdType> std::vector<IdType> typedIds(const QMimeData* data, const QString& type)
{
    std::vector<IdType> ids;
    if (!data || !data->hasFormat(type))
        return ids;
    for (qint64 value : decodeIds(data->data(type)))
        ids.push_back(IdType{value});
    return ids;
}

} // namespace

Qt::DropActions PlanWeekModel::supportedDropActions() const
{
    return Qt::MoveAction | Qt::CopyAction;
}

Qt::DropActions PlanWeekModel::supportedDragActions() const
{
    return Qt::MoveAction | Qt::CopyAction;
}

QStringList PlanWeekModel::mimeTypes() const
{
    return {plannedSessionMimeType(), TemplateLibraryModel::templateMimeType()};
}

QMimeData* PlanWeekModel::mimeData(const QModelIndexList& indexes) const
{
    // A view lists its selection in the order it was made; the cards keep their order
    // in the plan (earlier days first), as the move and copy place them in this order.
    QModelIndexList ordered = indexes;
    std::stable_sort(ordered.begin(), ordered.end(),
                     [](const QModelIndex& a, const QModelIndex& b) {
                         return a.internalId() != b.internalId() ? a.internalId() < b.internalId()
                                                                 : a.row() < b.row();
                     });
    std::vector<qint64> ids;
    for (const QModelIndex& index : ordered) {
        const PlannedSession* session = sessionAt(index);
        if (session && std::find(ids.begin(), ids.end(), session->id.value) == ids.end())
            ids.push_back(session->id.value);
    }
    if (ids.empty())
        return nullptr; // day rows are not dragged
    auto* data = new QMimeData;
    data->setData(plannedSessionMimeType(), encodeIds(ids));
    return data;
}

std::optional<PlanWeekModel::DropTarget> PlanWeekModel::dropTarget(int row,
                                                                   const QModelIndex& parent) const
{
    if (!checkIndex(parent, CheckIndexOption::IndexIsValid))
        return std::nullopt; // between days: no day to plan on
    if (sessionAt(parent))   // on a card: before it
        return DropTarget{int(parent.internalId() - 1), parent.row()};
    const int sessionCount = rowCount(parent);
    return DropTarget{parent.row(), row < 0 || row > sessionCount ? -1 : row};
}

bool PlanWeekModel::canDropMimeData(const QMimeData* data, Qt::DropAction action, int row, int,
                                    const QModelIndex& parent) const
{
    if (!data || m_document.isReadOnly() || !dropTarget(row, parent))
        return false;
    if (action != Qt::MoveAction && action != Qt::CopyAction)
        return false;
    if (!typedIds<PlannedSessionId>(data, plannedSessionMimeType()).empty())
        return true;
    return m_document.currentAthleteId().isValid() &&
           !typedIds<TemplateId>(data, TemplateLibraryModel::templateMimeType()).empty();
}

bool PlanWeekModel::dropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                                 const QModelIndex& parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    const DropTarget target = *dropTarget(row, parent);
    if (const auto sessions = typedIds<PlannedSessionId>(data, plannedSessionMimeType());
        !sessions.empty())
        return dropSessions(sessions, action, target);
    const auto templates = typedIds<TemplateId>(data, TemplateLibraryModel::templateMimeType());
    const QDate date = m_days[std::size_t(target.day)].date;
    return !m_document.plan()
                .planTemplates(m_document.currentAthleteId(), templates, date, target.position)
                .empty();
}

bool PlanWeekModel::dropSessions(const std::vector<PlannedSessionId>& ids, Qt::DropAction action,
                                 const DropTarget& target)
{
    const PlanDay& day = m_days[std::size_t(target.day)];
    if (action == Qt::CopyAction)
        return !m_document.plan().copySessions(ids, day.date, target.position).empty();
    // The view's row counts the dragged cards still in the day; the plan's place is
    // among the day's other sessions, once the dragged ones are taken out.
    int position = target.position;
    if (position >= 0) {
        const auto end = day.sessions.begin() + position;
        position = int(std::count_if(day.sessions.begin(), end, [&ids](const PlannedSession& s) {
            return std::find(ids.begin(), ids.end(), s.id) == ids.end();
        }));
    }
    return m_document.plan().moveSessions(ids, day.date, position);
}

} // namespace paceline
