#include "PlanWeekModel.h"

#include <QMimeData>

namespace paceline {

// STUB: replaced by the real model with drag and drop (issue 5).
QString PlanWeekModel::plannedSessionMimeType()
{
    return QStringLiteral("application/x-paceline-planned-sessions");
}

PlanWeekModel::PlanWeekModel(LogDocument& document, QObject* parent)
    : QAbstractItemModel(parent), m_document(document)
{}

void PlanWeekModel::setRange(QDate first, int)
{
    m_first = first;
}

QModelIndex PlanWeekModel::dayIndex(QDate) const
{
    return {};
}

void PlanWeekModel::setToday(QDate today)
{
    m_today = today;
}

QModelIndex PlanWeekModel::index(int, int, const QModelIndex&) const
{
    return {};
}

QModelIndex PlanWeekModel::parent(const QModelIndex&) const
{
    return {};
}

int PlanWeekModel::rowCount(const QModelIndex&) const
{
    return 0;
}

int PlanWeekModel::columnCount(const QModelIndex&) const
{
    return 1;
}

QVariant PlanWeekModel::data(const QModelIndex&, int) const
{
    return {};
}

Qt::ItemFlags PlanWeekModel::flags(const QModelIndex& index) const
{
    return QAbstractItemModel::flags(index);
}

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
    return {plannedSessionMimeType()};
}

QMimeData* PlanWeekModel::mimeData(const QModelIndexList&) const
{
    return nullptr;
}

bool PlanWeekModel::canDropMimeData(const QMimeData*, Qt::DropAction, int, int,
                                    const QModelIndex&) const
{
    return false;
}

bool PlanWeekModel::dropMimeData(const QMimeData*, Qt::DropAction, int, int, const QModelIndex&)
{
    return false;
}

} // namespace paceline
