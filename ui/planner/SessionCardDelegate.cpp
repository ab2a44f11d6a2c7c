#include "SessionCardDelegate.h"

#include "core/model/PlanDay.h"
#include "core/model/Sport.h"
#include "ui/charts/ZoneColors.h"
#include "ui/models/PlanWeekModel.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QHelpEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

namespace paceline {

namespace {

constexpr int kBandWidth = 5;
constexpr int kPadding = 4;
constexpr int kMargin = 2; // between cards, so a drop can land between them

Hardness hardnessOf(const QModelIndex& index)
{
    return Hardness(index.data(PlanWeekModel::HardnessRole).toInt());
}

PlanStatus statusOf(const QModelIndex& index)
{
    return PlanStatus(index.data(PlanWeekModel::StatusRole).toInt());
}

QString purposeText(const QModelIndex& index)
{
    const QVariant purpose = index.data(PlanWeekModel::PurposeRole);
    return purpose.isValid() ? enumLabel(Purpose(purpose.toInt())) : QString();
}

QString statusMark(PlanStatus status)
{
    switch (status) {
    case PlanStatus::Done:
        return QStringLiteral("✓");
    case PlanStatus::Missed:
        return QStringLiteral("✗");
    case PlanStatus::Planned:
        break;
    }
    return {};
}

QString loadText(const QModelIndex& index)
{
    const double load = index.data(PlanWeekModel::LoadRole).toDouble();
    return load > 0
               ? QCoreApplication::translate("SessionCardDelegate", "load %1").arg(qRound(load))
               : QString();
}

} // namespace

QColor hardnessColor(Hardness hardness)
{
    switch (hardness) {
    case Hardness::Hard:
        return zoneColor(PaceZone::Interval);
    case Hardness::Moderate:
        return zoneColor(PaceZone::Threshold);
    case Hardness::Easy:
        break;
    }
    return zoneColor(PaceZone::Easy);
}

SessionCardDelegate::SessionCardDelegate(bool compact, QObject* parent)
    : QStyledItemDelegate(parent), m_compact(compact)
{}

QString SessionCardDelegate::durationText(double seconds)
{
    const int minutes = qRound(seconds / 60.0);
    if (minutes < 60)
        return tr("%1 min").arg(minutes);
    return tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

QString SessionCardDelegate::sportShortLabel(int sport)
{
    switch (Sport(sport)) {
    case Sport::Run:
        return tr("Run");
    case Sport::Bike:
        return tr("Bike");
    case Sport::Swim:
        return tr("Swim");
    case Sport::Brick:
        return tr("Brick");
    case Sport::StrengthMobility:
        return tr("Str", "strength and mobility, on a small card");
    case Sport::CrossTraining:
        return tr("X-T", "cross-training, on a small card");
    }
    return {};
}

QString SessionCardDelegate::describe(const QModelIndex& index)
{
    QStringList parts{index.data(Qt::DisplayRole).toString(),
                      enumLabel(Sport(index.data(PlanWeekModel::SportRole).toInt()))};
    if (const QString purpose = purposeText(index); !purpose.isEmpty())
        parts << purpose;
    parts << durationText(index.data(PlanWeekModel::DurationRole).toDouble());
    if (const QString load = loadText(index); !load.isEmpty())
        parts << load;
    parts << enumLabel(hardnessOf(index));
    if (index.data(PlanWeekModel::LongSessionRole).toBool())
        parts << tr("long");
    switch (statusOf(index)) {
    case PlanStatus::Done:
        parts << tr("done: a logged workout is linked to it");
        break;
    case PlanStatus::Missed:
        parts << tr("missed");
        break;
    case PlanStatus::Planned:
        break;
    }
    return parts.join(QStringLiteral(" · "));
}

bool SessionCardDelegate::helpEvent(QHelpEvent* event, QAbstractItemView* view,
                                    const QStyleOptionViewItem& option, const QModelIndex& index)
{
    if (event->type() != QEvent::ToolTip || !index.isValid())
        return QStyledItemDelegate::helpEvent(event, view, option, index);
    QToolTip::showText(event->globalPos(), describe(index), view);
    return true;
}

QSize SessionCardDelegate::sizeHint(const QStyleOptionViewItem& option,
                                    const QModelIndex& /*index*/) const
{
    const int line = option.fontMetrics.height();
    const int lines = m_compact ? 1 : 4;
    return {60, lines * line + 2 * kPadding + 2 * kMargin};
}

void SessionCardDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                                const QModelIndex& index) const
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QRect card = option.rect.adjusted(kMargin, kMargin, -kMargin, -kMargin);
    const bool missed = statusOf(index) == PlanStatus::Missed;
    const bool selected = option.state & QStyle::State_Selected;
    const QPalette& palette = option.palette;

    // Missed sessions stay readable but step back, so the week's real shape stands out.
    if (missed)
        painter->setOpacity(0.55);
    QPainterPath shape;
    shape.addRoundedRect(QRectF(card).adjusted(0.5, 0.5, -0.5, -0.5), 4, 4);
    const QColor fill = statusOf(index) == PlanStatus::Done ? QColor(0xee, 0xf7, 0xee)
                                                            : palette.color(QPalette::Base);
    painter->fillPath(shape, fill);
    painter->setPen(QPen(selected ? palette.color(QPalette::Highlight) : QColor(0xc8, 0xd0, 0xda),
                         selected ? 2.0 : 1.0));
    painter->drawPath(shape);
    painter->save();
    painter->setClipPath(shape);
    painter->fillRect(QRect(card.left(), card.top(), kBandWidth, card.height()),
                      hardnessColor(hardnessOf(index)));
    painter->restore();

    const QRect text = card.adjusted(kBandWidth + kPadding, kPadding / 2, -kPadding, -kPadding / 2);
    if (m_compact)
        paintCompact(painter, text, index, palette);
    else
        paintFull(painter, text, index, palette);
    painter->restore();
}

void SessionCardDelegate::paintFull(QPainter* painter, const QRect& rect, const QModelIndex& index,
                                    const QPalette& palette) const
{
    const QFontMetrics metrics = painter->fontMetrics();
    const int line = metrics.height();
    QRect row(rect.left(), rect.top(), rect.width(), line);
    const QColor muted = palette.color(QPalette::PlaceholderText);
    const PlanStatus status = statusOf(index);

    // Line 1: sport and duration on the left, done or missed on the right.
    QFont small = painter->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    painter->setFont(small);
    painter->setPen(muted);
    QString sport = sportShortLabel(index.data(PlanWeekModel::SportRole).toInt());
    if (index.data(PlanWeekModel::LongSessionRole).toBool())
        sport += QLatin1Char(' ') + tr("long");
    sport +=
        QStringLiteral(" · ") + durationText(index.data(PlanWeekModel::DurationRole).toDouble());
    // The mark alone fits a narrow column; the tooltip says "done" or "missed" in words.
    QFont markFont = small;
    markFont.setBold(true);
    const QString mark = statusMark(status);
    const int markWidth =
        mark.isEmpty() ? 0 : QFontMetrics(markFont).horizontalAdvance(mark) + kPadding;
    painter->drawText(
        row.adjusted(0, 0, -markWidth, 0), Qt::AlignLeft | Qt::AlignVCenter,
        QFontMetrics(small).elidedText(sport, Qt::ElideRight, row.width() - markWidth));
    if (!mark.isEmpty()) {
        painter->setFont(markFont);
        painter->setPen(status == PlanStatus::Done ? QColor(0x2e, 0x7d, 0x32) : muted);
        painter->drawText(row, Qt::AlignRight | Qt::AlignVCenter, mark);
    }

    // Line 2: the name, bold.
    row.translate(0, line);
    QFont bold = painter->font();
    bold.setPointSizeF(QApplication::font().pointSizeF());
    bold.setBold(true);
    painter->setFont(bold);
    painter->setPen(palette.color(QPalette::Text));
    const QString name = index.data(Qt::DisplayRole).toString();
    painter->drawText(row, Qt::AlignLeft | Qt::AlignVCenter,
                      QFontMetrics(bold).elidedText(name, Qt::ElideRight, row.width()));

    // Line 3: the purpose.
    row.translate(0, line);
    painter->setFont(small);
    painter->setPen(muted);
    painter->drawText(
        row, Qt::AlignLeft | Qt::AlignVCenter,
        QFontMetrics(small).elidedText(purposeText(index), Qt::ElideRight, row.width()));

    // Line 4: the load, then the hardness word in its colour.
    row.translate(0, line);
    const Hardness hardness = hardnessOf(index);
    const QString word = enumLabel(hardness);
    QFont wordFont = small;
    wordFont.setBold(true);
    const int wordWidth = QFontMetrics(wordFont).horizontalAdvance(word);
    painter->setPen(palette.color(QPalette::Text));
    const QRect loadRect = row.adjusted(0, 0, -wordWidth - kPadding, 0);
    // A narrow card drops the word "load" before it drops the figure.
    QString load = loadText(index);
    if (QFontMetrics(small).horizontalAdvance(load) > loadRect.width())
        load = QString::number(qRound(index.data(PlanWeekModel::LoadRole).toDouble()));
    painter->drawText(loadRect, Qt::AlignLeft | Qt::AlignVCenter, load);
    painter->setFont(wordFont);
    painter->setPen(hardnessColor(hardness).darker(135));
    painter->drawText(row, Qt::AlignRight | Qt::AlignVCenter, word);
}

void SessionCardDelegate::paintCompact(QPainter* painter, const QRect& rect,
                                       const QModelIndex& index, const QPalette& palette) const
{
    // One line: the status mark, the hardness letter (the colour's word, shortened) and
    // the name; the tooltip has the rest.
    const PlanStatus status = statusOf(index);
    QString prefix = statusMark(status);
    const QString word = enumLabel(hardnessOf(index));
    prefix += (prefix.isEmpty() ? QString() : QStringLiteral(" ")) + word.left(1);
    QFont bold = painter->font();
    bold.setBold(true);
    painter->setFont(bold);
    painter->setPen(hardnessColor(hardnessOf(index)).darker(135));
    const int prefixWidth = QFontMetrics(bold).horizontalAdvance(prefix + QLatin1Char(' '));
    painter->drawText(rect, Qt::AlignLeft | Qt::AlignVCenter, prefix);
    QFont plain = bold;
    plain.setBold(false);
    painter->setFont(plain);
    painter->setPen(palette.color(QPalette::Text));
    const QRect rest = rect.adjusted(prefixWidth, 0, 0, 0);
    painter->drawText(rest, Qt::AlignLeft | Qt::AlignVCenter,
                      QFontMetrics(plain).elidedText(index.data(Qt::DisplayRole).toString(),
                                                     Qt::ElideRight, rest.width()));
}

} // namespace paceline
