#pragma once

#include "core/science/TrainingLoad.h"

#include <QColor>
#include <QStyledItemDelegate>

namespace paceline {

/// The colour of a hard, moderate or easy card. Taken from the zone colours (hard as
/// I pace, moderate as T pace, easy as E pace) so the planner and the builder agree;
/// the cards always add the word as well, since colour alone is not enough.
QColor hardnessColor(Hardness hardness);

/// Paints a planned session of a PlanWeekModel as a card: a colour band and the word
/// for how hard it is, the sport, name, purpose, planned duration and load, and a done
/// (✓) or missed (✗, muted) mark. Compact cards (the four-week overview) keep one line.
class SessionCardDelegate : public QStyledItemDelegate {
    Q_OBJECT

public:
    explicit SessionCardDelegate(bool compact, QObject* parent = nullptr);

    bool isCompact() const { return m_compact; }

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    /// The card in words as its tooltip (the compact card hides most of it).
    bool helpEvent(QHelpEvent* event, QAbstractItemView* view, const QStyleOptionViewItem& option,
                   const QModelIndex& index) override;

    /// "Run · Threshold · 52 min · load 310 · Hard · done": the card in words, for
    /// tooltips and accessibility.
    static QString describe(const QModelIndex& index);
    /// "1 h 05 min" or "45 min".
    static QString durationText(double seconds);
    /// "Run", "Bike", "Swim", "Brick", "Str", "X-T": short enough for a card.
    static QString sportShortLabel(int sport);

private:
    void paintFull(QPainter* painter, const QRect& card, const QModelIndex& index,
                   const QPalette& palette) const;
    void paintCompact(QPainter* painter, const QRect& card, const QModelIndex& index,
                      const QPalette& palette) const;

    bool m_compact;
};

} // namespace paceline
