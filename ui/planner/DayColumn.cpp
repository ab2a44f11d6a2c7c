#include "DayColumn.h"

#include "SessionCardDelegate.h"
#include "ui/models/PlanWeekModel.h"

#include <QCursor>
#include <QDrag>
#include <QLabel>
#include <QLocale>
#include <QMimeData>
#include <QVBoxLayout>

namespace paceline {

DayListView::DayListView(QWidget* parent) : QListView(parent)
{
    setDragEnabled(true);
    setAcceptDrops(true);
    setDropIndicatorShown(true);
    setDragDropMode(QAbstractItemView::DragDrop);
    // A plain drag moves the card; Ctrl makes it a copy (Qt proposes CopyAction then).
    setDefaultDropAction(Qt::MoveAction);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setUniformItemSizes(true);
    setFrameShape(QFrame::NoFrame);
}

void DayListView::startDrag(Qt::DropActions supportedActions)
{
    QModelIndexList indexes;
    for (const QModelIndex& index : selectedIndexes()) {
        if (index.flags() & Qt::ItemIsDragEnabled)
            indexes << index;
    }
    if (indexes.isEmpty())
        return;
    QMimeData* data = model()->mimeData(indexes);
    if (!data)
        return;
    auto* drag = new QDrag(this);
    drag->setMimeData(data);
    const QRect card = visualRect(indexes.front());
    drag->setPixmap(viewport()->grab(card));
    drag->setHotSpot(viewport()->mapFromGlobal(QCursor::pos()) - card.topLeft());
    // The model's drop has already moved or copied the sessions in one command.
    drag->exec(supportedActions, defaultDropAction());
}

DayColumn::DayColumn(PlanWeekModel& model, SessionCardDelegate* delegate, QWidget* parent)
    : QWidget(parent), m_model(model), m_compact(delegate->isCompact()), m_header(new QLabel),
      m_list(new DayListView)
{
    m_header->setObjectName(QStringLiteral("dayHeader"));
    m_header->setTextFormat(Qt::RichText);
    m_header->setAlignment(Qt::AlignCenter);
    // Narrow columns (a small screen, the overview) clip the header instead of making
    // the whole window wider than the screen.
    m_header->setMinimumWidth(40);
    m_header->setContextMenuPolicy(Qt::CustomContextMenu);
    m_header->setToolTip(tr("Right-click to mark the day as rest or not"));
    m_list->setModel(&model);
    m_list->setItemDelegate(delegate);
    m_list->setContextMenuPolicy(Qt::CustomContextMenu);
    m_list->setToolTip(tr("Drag sessions here from the library or from another day; "
                          "hold Ctrl to copy"));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(1, 0, 1, 0);
    layout->setSpacing(0);
    layout->addWidget(m_header);
    layout->addWidget(m_list, 1);

    connect(m_header, &QWidget::customContextMenuRequested, this, [this](const QPoint& pos) {
        Q_EMIT headerMenuRequested(m_date, m_header->mapToGlobal(pos));
    });
    connect(m_list, &QWidget::customContextMenuRequested, this, [this](const QPoint& pos) {
        Q_EMIT cardMenuRequested(m_date, m_list->viewport()->mapToGlobal(pos));
    });
    // Connected after the view's own handlers (setModel above), so the view has already
    // dropped its root when a reset arrives and this puts it back on the day.
    connect(&model, &QAbstractItemModel::modelReset, this, &DayColumn::refresh);
    connect(&model, &QAbstractItemModel::layoutChanged, this, &DayColumn::refresh);
    connect(&model, &QAbstractItemModel::dataChanged, this, &DayColumn::refreshHeader);
    connect(&model, &QAbstractItemModel::rowsInserted, this, &DayColumn::refreshHeader);
    connect(&model, &QAbstractItemModel::rowsRemoved, this, &DayColumn::refreshHeader);
    connect(&model, &QAbstractItemModel::rowsMoved, this, &DayColumn::refreshHeader);
}

void DayColumn::setDate(QDate date)
{
    m_date = date;
    refresh();
}

void DayColumn::setToday(QDate today)
{
    m_today = today;
    refreshHeader();
}

void DayColumn::setHighlighted(bool highlighted)
{
    if (m_highlighted == highlighted)
        return;
    m_highlighted = highlighted;
    refreshStyle();
}

void DayColumn::refresh()
{
    const QModelIndex day = m_model.dayIndex(m_date);
    // An invalid root would show every day of the model in this column.
    m_list->setRootIndex(day);
    m_list->setEnabled(day.isValid());
    refreshHeader();
}

QString DayColumn::headerText() const
{
    return m_header->text();
}

void DayColumn::refreshHeader()
{
    const QModelIndex day = m_model.dayIndex(m_date);
    m_rest = day.data(PlanWeekModel::RestRole).toBool();
    const QLocale locale;
    const QString weekday = locale.dayName(m_date.dayOfWeek(), QLocale::ShortFormat);
    const QString date = m_compact ? QString::number(m_date.day())
                                   : locale.toString(m_date, tr("d MMM", "day header date"));
    QString title = QStringLiteral("<b>%1 %2</b>").arg(weekday, date);
    if (m_date == m_today)
        title += QStringLiteral(" · <b>%1</b>").arg(tr("Today"));

    QStringList lines{title};
    if (m_rest) {
        lines << QStringLiteral("<span style='background:#dfe7ef; color:#1f2d3d;'>&nbsp;%1&nbsp;"
                                "</span>")
                     .arg(tr("Rest"));
    } else if (m_model.rowCount(day) > 0) {
        lines << SessionCardDelegate::durationText(
            day.data(PlanWeekModel::DurationRole).toDouble());
        const double load = day.data(PlanWeekModel::LoadRole).toDouble();
        if (load > 0 && !m_compact)
            lines << tr("load %1").arg(qRound(load));
    } else if (!m_compact) {
        lines
            << QStringLiteral("<span style='color:#7a8796;'>%1</span>").arg(tr("Nothing planned"));
    }
    if (m_compact) {
        m_header->setText(lines.join(QLatin1Char(' ')));
    } else {
        // Always three short lines: the first cards of all days line up, and a narrow
        // column clips a line rather than wrapping it.
        while (lines.size() < 3)
            lines << QStringLiteral("&nbsp;");
        m_header->setText(lines.join(QStringLiteral("<br>")));
    }
    m_list->setAccessibleName(
        tr("Sessions on %1").arg(locale.toString(m_date, QLocale::LongFormat)));
    m_header->setAccessibleName(
        QStringLiteral("%1 %2%3").arg(weekday, locale.toString(m_date, QLocale::LongFormat),
                                      m_rest ? tr(", rest day") : QString()));
    refreshStyle();
}

void DayColumn::refreshStyle()
{
    // Today is blue and a highlighted day amber; both also say so in words or in the
    // findings list, so the colour is never the only cue.
    QString background = QStringLiteral("#eef2f7");
    if (m_date == m_today)
        background = QStringLiteral("#cfe0f3");
    if (m_highlighted)
        background = QStringLiteral("#fde7b0");
    const QString header =
        QStringLiteral("QLabel#dayHeader { background: %1; color: #1f2d3d; padding: 3px; "
                       "border-bottom: 2px solid %2; }")
            .arg(background, m_highlighted ? QStringLiteral("#e6a22e") : QStringLiteral("#c8d0da"));
    const QString list = m_rest ? QStringLiteral("QListView { background: #f1f3f5; }") : QString();
    // Setting a style sheet re-polishes the widget and its children even when the sheet
    // is the same: at every plan change for all seven days, that was a sixth of the time
    // the planner took to follow an athlete switch.
    if (m_header->styleSheet() != header)
        m_header->setStyleSheet(header);
    if (m_list->styleSheet() != list)
        m_list->setStyleSheet(list);
}

} // namespace paceline
