#include "StepPaletteModel.h"

#include "StepMime.h"

#include <QCoreApplication>

#include <algorithm>

namespace paceline {

namespace {

QString translated(const char* text)
{
    return QCoreApplication::translate("paceline", text);
}

Step makeStep(StepKind kind, Target target, Intensity intensity = {})
{
    Step step;
    step.kind = kind;
    step.target = target;
    step.intensity = intensity;
    return step;
}

Step recovery(Target target, RecoveryMode mode)
{
    Step step = makeStep(StepKind::Recovery, target);
    step.recoveryMode = mode;
    return step;
}

/// Reps with a recovery after each, as the notation's "4x100m strides / 60s walk".
StepNode repeat(int count, Step effort, Step rest)
{
    RepeatGroup group;
    group.count = count;
    group.children = {StepNode{std::move(effort)}, StepNode{std::move(rest)}};
    return StepNode{std::move(group)};
}

struct Entry {
    const char* label;
    const char* toolTip;
};

constexpr Entry kEntries[] = {
    {QT_TRANSLATE_NOOP("paceline", "Warm-up"),
     QT_TRANSLATE_NOOP("paceline", "15 min easy to start every session")},
    {QT_TRANSLATE_NOOP("paceline", "Strides"),
     QT_TRANSLATE_NOOP("paceline", "4 × 100 m quick and relaxed, 60 s walk after each")},
    {QT_TRANSLATE_NOOP("paceline", "Work rep"),
     QT_TRANSLATE_NOOP("paceline", "400 m at interval pace")},
    {QT_TRANSLATE_NOOP("paceline", "Recovery"), QT_TRANSLATE_NOOP("paceline", "90 s jog")},
    {QT_TRANSLATE_NOOP("paceline", "Tempo"),
     QT_TRANSLATE_NOOP("paceline", "20 min at threshold pace")},
    {QT_TRANSLATE_NOOP("paceline", "Surge"),
     QT_TRANSLATE_NOOP("paceline", "1 min faster than race pace")},
    {QT_TRANSLATE_NOOP("paceline", "Easy"), QT_TRANSLATE_NOOP("paceline", "10 min easy running")},
    {QT_TRANSLATE_NOOP("paceline", "Repeat group"),
     QT_TRANSLATE_NOOP("paceline",
                       "4 × (400 m at interval pace, 90 s jog); drop blocks into it to nest")},
    {QT_TRANSLATE_NOOP("paceline", "Drills"),
     QT_TRANSLATE_NOOP("paceline", "5 min of running drills")},
    {QT_TRANSLATE_NOOP("paceline", "Mobility"), QT_TRANSLATE_NOOP("paceline", "10 min mobility")},
    {QT_TRANSLATE_NOOP("paceline", "Cool-down"),
     QT_TRANSLATE_NOOP("paceline", "10 min easy to finish")},
};
static_assert(std::size(kEntries) == StepPaletteModel::BlockCount);

} // namespace

StepPaletteModel::StepPaletteModel(QObject* parent) : QAbstractListModel(parent) {}

StepNode StepPaletteModel::defaultNode(Block block)
{
    const auto minutes = [](double value) { return Target{Duration::fromMinutes(value)}; };
    const Target fourHundred = Distance{400.0};
    switch (block) {
    case WarmUp:
        return {makeStep(StepKind::WarmUp, minutes(15), PaceZone::Easy)};
    case Strides:
        return repeat(4, makeStep(StepKind::Strides, Distance{100.0}, PaceZone::Repetition),
                      recovery(Duration{60.0}, RecoveryMode::Walk));
    case WorkRep:
        return {makeStep(StepKind::Work, fourHundred, PaceZone::Interval)};
    case Recovery:
        return {recovery(Duration{90.0}, RecoveryMode::Jog)};
    case Tempo:
        return {makeStep(StepKind::Work, minutes(20), PaceZone::Threshold)};
    case Surge:
        return {makeStep(StepKind::Work, minutes(1), PaceZone::RotationSurge)};
    case Easy:
        return {makeStep(StepKind::Work, minutes(10), PaceZone::Easy)};
    case Repeat:
        return repeat(4, makeStep(StepKind::Work, fourHundred, PaceZone::Interval),
                      recovery(Duration{90.0}, RecoveryMode::Jog));
    case Drills:
        return {makeStep(StepKind::Drills, minutes(5))};
    case Mobility:
        return {makeStep(StepKind::Mobility, minutes(10))};
    case CoolDown:
    case BlockCount:
        break;
    }
    return {makeStep(StepKind::CoolDown, minutes(10), PaceZone::Easy)};
}

QString StepPaletteModel::label(Block block)
{
    return translated(kEntries[std::clamp(int(block), 0, BlockCount - 1)].label);
}

QString StepPaletteModel::toolTip(Block block)
{
    return translated(kEntries[std::clamp(int(block), 0, BlockCount - 1)].toolTip);
}

int StepPaletteModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : BlockCount;
}

QVariant StepPaletteModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const auto block = Block(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return label(block);
    case Qt::ToolTipRole:
        return toolTip(block);
    default:
        return {};
    }
}

Qt::ItemFlags StepPaletteModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled;
}

QStringList StepPaletteModel::mimeTypes() const
{
    return {QString::fromLatin1(kStepMimeType)};
}

QMimeData* StepPaletteModel::mimeData(const QModelIndexList& indexes) const
{
    StepMimeContent content;
    for (const QModelIndex& index : indexes) {
        if (checkIndex(index, CheckIndexOption::IndexIsValid))
            content.nodes.push_back(defaultNode(Block(index.row())));
    }
    return content.nodes.empty() ? nullptr : makeStepMimeData(content);
}

Qt::DropActions StepPaletteModel::supportedDragActions() const
{
    return Qt::CopyAction;
}

} // namespace paceline
