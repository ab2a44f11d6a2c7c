#include "WeekGrid.h"

#include "DayColumn.h"
#include "SessionCardDelegate.h"
#include "ui/models/PlanWeekModel.h"

#include <QGridLayout>
#include <QItemSelectionModel>
#include <QLabel>

namespace paceline {

namespace {

constexpr int kDaysPerRow = 7;
/// Up to a week shows full cards; longer ranges are the overview.
constexpr int kFullCardDays = 7;

} // namespace

WeekGrid::WeekGrid(PlanWeekModel& model, QWidget* parent)
    : QWidget(parent), m_model(model), m_fullCards(new SessionCardDelegate(false, this)),
      m_compactCards(new SessionCardDelegate(true, this)), m_layout(new QGridLayout(this))
{
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(2);
}

void WeekGrid::followRange()
{
    const int dayCount = std::max(m_model.dayCount(), 0);
    const bool compact = dayCount > kFullCardDays;
    const bool sameShape =
        int(m_columns.size()) == dayCount && !m_columns.empty() &&
        m_columns.front()->list()->itemDelegate() == (compact ? m_compactCards : m_fullCards);
    if (!sameShape)
        rebuild(dayCount);
    for (int i = 0; i < dayCount; ++i)
        m_columns[size_t(i)]->setDate(m_model.firstDay().addDays(i));
}

void WeekGrid::rebuild(int dayCount)
{
    for (DayColumn* column : m_columns)
        delete column;
    m_columns.clear();
    SessionCardDelegate* cards = dayCount > kFullCardDays ? m_compactCards : m_fullCards;
    for (int i = 0; i < dayCount; ++i) {
        auto* column = new DayColumn(m_model, cards, this);
        column->setToday(m_today);
        m_layout->addWidget(column, i / kDaysPerRow, i % kDaysPerRow);
        m_columns.push_back(column);
        connect(column, &DayColumn::headerMenuRequested, this, &WeekGrid::headerMenuRequested);
        connect(column, &DayColumn::cardMenuRequested, this, &WeekGrid::cardMenuRequested);
        connect(column->list(), &QAbstractItemView::activated, this, &WeekGrid::cardActivated);
        connect(column->list()->selectionModel(), &QItemSelectionModel::selectionChanged, this,
                [this, column] { keepOneDaySelected(column); });
    }
    for (int c = 0; c < kDaysPerRow; ++c)
        m_layout->setColumnStretch(c, 1);
    // Rows of a longer range shown before would keep their stretch and their space.
    const int rows = (dayCount + kDaysPerRow - 1) / kDaysPerRow;
    for (int r = 0; r < std::max(rows, m_layout->rowCount()); ++r)
        m_layout->setRowStretch(r, r < rows ? 1 : 0);
}

void WeekGrid::keepOneDaySelected(DayColumn* selectedIn)
{
    if (selectedIn->list()->selectionModel()->hasSelection()) {
        for (DayColumn* other : m_columns) {
            if (other != selectedIn)
                other->list()->clearSelection();
        }
    }
    Q_EMIT selectionChanged();
}

void WeekGrid::setToday(QDate today)
{
    m_today = today;
    for (DayColumn* column : m_columns)
        column->setToday(today);
}

void WeekGrid::highlightDays(const QList<QDate>& days)
{
    for (DayColumn* column : m_columns)
        column->setHighlighted(days.contains(column->date()));
}

DayColumn* WeekGrid::column(QDate date) const
{
    for (DayColumn* column : m_columns) {
        if (column->date() == date)
            return column;
    }
    return nullptr;
}

std::vector<PlannedSessionId> WeekGrid::selectedSessions() const
{
    std::vector<PlannedSessionId> ids;
    for (DayColumn* column : m_columns) {
        QModelIndexList selected = column->list()->selectionModel()->selectedIndexes();
        std::sort(selected.begin(), selected.end(),
                  [](const QModelIndex& a, const QModelIndex& b) { return a.row() < b.row(); });
        for (const QModelIndex& index : selected)
            ids.push_back(PlannedSessionId{index.data(PlanWeekModel::SessionIdRole).toLongLong()});
    }
    return ids;
}

QModelIndex WeekGrid::currentCard() const
{
    for (DayColumn* column : m_columns) {
        if (column->list()->hasFocus() && column->list()->currentIndex().isValid())
            return column->list()->currentIndex();
    }
    for (DayColumn* column : m_columns) {
        const QModelIndexList selected = column->list()->selectionModel()->selectedIndexes();
        if (!selected.isEmpty())
            return selected.front();
    }
    return {};
}

void WeekGrid::selectSession(PlannedSessionId id)
{
    for (DayColumn* column : m_columns) {
        QListView* list = column->list();
        const QModelIndex root = list->rootIndex();
        for (int row = 0; row < m_model.rowCount(root); ++row) {
            const QModelIndex card = m_model.index(row, 0, root);
            if (card.data(PlanWeekModel::SessionIdRole).toLongLong() == id.value) {
                list->setCurrentIndex(card);
                list->setFocus();
                return;
            }
        }
    }
}

} // namespace paceline
