#pragma once

#include "core/model/Step.h"

#include <QAbstractListModel>

namespace paceline {

/// The builder's palette of blocks to drag into a session. Each row makes a sensible
/// default node; the drag carries it in the steps mime format as a copy.
class StepPaletteModel : public QAbstractListModel {
    Q_OBJECT

public:
    enum Block {
        WarmUp,
        Strides,
        WorkRep,
        Recovery,
        Tempo,
        Surge,
        Easy,
        Repeat,
        Drills,
        Mobility,
        CoolDown,
        BlockCount
    };

    explicit StepPaletteModel(QObject* parent = nullptr);

    /// The node a block makes: warm-up 15 min @E, strides 4 × (100 m @R / 60 s walk),
    /// work rep 400 m @I, recovery 90 s jog, tempo 20 min @T, surge 1 min @surge, easy
    /// 10 min @E, repeat 4 × (400 m @I / 90 s jog), drills 5 min, mobility 10 min,
    /// cool-down 10 min @E.
    static StepNode defaultNode(Block block);
    static QString label(Block block);
    static QString toolTip(Block block);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QStringList mimeTypes() const override;
    QMimeData* mimeData(const QModelIndexList& indexes) const override;
    Qt::DropActions supportedDragActions() const override;
};

} // namespace paceline
