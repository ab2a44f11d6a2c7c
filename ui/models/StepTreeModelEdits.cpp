// StepTreeModel's edits: drag and drop, copy and paste, and the builder's commands.
// Each computes the new tree with StepTreeEdit and hands it to the document as one
// editTemplateSteps command.

#include "StepMime.h"
#include "StepText.h"
#include "StepTreeModel.h"
#include "core/store/LogStore.h"
#include "ui/document/LogDocument.h"
#include "ui/document/TemplateLibrary.h"

#include <QCoreApplication>
#include <QHash>
#include <QMimeData>

namespace paceline {

namespace {

QString translated(const char* text)
{
    return QCoreApplication::translate("paceline", text);
}

bool isBetweenSets(const StepPath& path)
{
    return !path.empty() && path.back() == kBetweenSets;
}

StepPath parentOf(const StepPath& path)
{
    return StepPath(path.begin(), path.end() - 1);
}

} // namespace

QStringList StepTreeModel::mimeTypes() const
{
    return {QString::fromLatin1(kStepMimeType)};
}

StepMimeContent StepTreeModel::contentFor(const std::vector<StepPath>& paths, bool withSource) const
{
    StepMimeContent content;
    StepMimeSource source{stepMimeProcess(), m_document.store().path(), m_templateId, {}};
    for (const StepPath& path : topMostPaths(paths)) {
        // A recovery between sets travels as a plain step: it is not a node.
        if (const StepNode* node = nodeAt(m_steps, path))
            content.nodes.push_back(*node);
        else if (const Step* step = stepAt(m_steps, path))
            content.nodes.push_back(StepNode{*step});
        else
            continue;
        source.paths.push_back(path);
    }
    content.nodes = withoutIds(std::move(content.nodes));
    if (withSource && !content.nodes.empty())
        content.source = std::move(source);
    return content;
}

QMimeData* StepTreeModel::mimeData(const QModelIndexList& indexes) const
{
    std::vector<StepPath> paths;
    for (const QModelIndex& index : indexes) {
        if (StepPath path = pathOf(index); !path.empty())
            paths.push_back(std::move(path));
    }
    const StepMimeContent content = contentFor(paths, true);
    return content.nodes.empty() ? nullptr : makeStepMimeData(content);
}

QMimeData* StepTreeModel::mimeDataForPaths(const std::vector<StepPath>& paths) const
{
    // The clipboard outlives the paths, so a paste is always a copy: no source.
    const StepMimeContent content = contentFor(paths, false);
    return content.nodes.empty() ? nullptr : makeStepMimeData(content);
}

Qt::DropActions StepTreeModel::supportedDropActions() const
{
    return Qt::MoveAction | Qt::CopyAction;
}

Qt::DropActions StepTreeModel::supportedDragActions() const
{
    return Qt::MoveAction | Qt::CopyAction;
}

std::optional<StepTreeModel::DropTarget> StepTreeModel::dropTarget(int row,
                                                                   const QModelIndex& parent) const
{
    if (m_document.isReadOnly() || !m_document.library().sessionTemplate(m_templateId))
        return std::nullopt;
    if (!parent.isValid())
        return DropTarget{{}, row};
    const StepPath path = pathOf(parent);
    if (path.empty())
        return std::nullopt; // an index of another model
    if (isBetweenSets(path))
        return DropTarget{parentOf(path), -1};
    const StepNode* node = nodeAt(m_steps, path);
    if (!node)
        return std::nullopt;
    if (node->isStep())
        return DropTarget{parentOf(path), path.back() + 1};
    // Rows below the recovery between sets still land among the children.
    const int children = int(node->group().children.size());
    return DropTarget{path, row > children ? children : row};
}

bool StepTreeModel::isMoveHere(const StepMimeContent& content) const
{
    const std::optional<StepMimeSource>& source = content.source;
    if (!source || source->process != stepMimeProcess() ||
        source->log != m_document.store().path() || source->templateId != m_templateId)
        return false;
    // The nodes must still be where the drag found them; otherwise it is a copy.
    for (size_t i = 0; i < source->paths.size(); ++i) {
        const StepNode* node = nodeAt(m_steps, source->paths[i]);
        if (!node || withoutIds({*node}).front() != content.nodes[i])
            return false;
    }
    return true;
}

StepTreeEditOutcome StepTreeModel::planDrop(const StepMimeContent& content, Qt::DropAction action,
                                            const DropTarget& target, QString* description) const
{
    if (action == Qt::MoveAction && isMoveHere(content)) {
        *description = translated("Move %1").arg(blocksText(content.nodes, m_units));
        return paceline::moveNodes(m_steps, content.source->paths, target.parent, target.row);
    }
    *description = translated("Add %1").arg(blocksText(content.nodes, m_units));
    return paceline::insertNodes(m_steps, target.parent, target.row, withoutIds(content.nodes));
}

bool StepTreeModel::canDropMimeData(const QMimeData* data, Qt::DropAction action, int row, int,
                                    const QModelIndex& parent) const
{
    if (action != Qt::MoveAction && action != Qt::CopyAction)
        return false;
    const Result<StepMimeContent> content = stepsFromMimeData(data);
    const std::optional<DropTarget> target = content ? dropTarget(row, parent) : std::nullopt;
    QString description;
    return target && planDrop(*content, action, *target, &description).ok();
}

bool StepTreeModel::dropMimeData(const QMimeData* data, Qt::DropAction action, int row, int,
                                 const QModelIndex& parent)
{
    if (action == Qt::IgnoreAction)
        return true;
    if (action != Qt::MoveAction && action != Qt::CopyAction)
        return false;
    // Malformed data (from anywhere) is refused here, before anything changes.
    const Result<StepMimeContent> content = stepsFromMimeData(data);
    const std::optional<DropTarget> target = content ? dropTarget(row, parent) : std::nullopt;
    if (!target)
        return false;
    QString description;
    return applyEdit(planDrop(*content, action, *target, &description), description);
}

bool StepTreeModel::pasteMimeData(const QMimeData* mime, const StepPath& parent, int row)
{
    const Result<StepMimeContent> content = stepsFromMimeData(mime);
    if (!content)
        return false;
    return applyEdit(paceline::insertNodes(m_steps, parent, row, withoutIds(content->nodes)),
                     translated("Paste %1").arg(blocksText(content->nodes, m_units)));
}

bool StepTreeModel::insertNodes(const StepPath& parent, int row, const std::vector<StepNode>& nodes)
{
    return applyEdit(paceline::insertNodes(m_steps, parent, row, withoutIds(nodes)),
                     translated("Add %1").arg(blocksText(nodes, m_units)));
}

bool StepTreeModel::deletePaths(const std::vector<StepPath>& paths)
{
    const StepMimeContent removed = contentFor(paths, false);
    return applyEdit(paceline::removeNodes(m_steps, paths),
                     translated("Delete %1").arg(blocksText(removed.nodes, m_units)));
}

bool StepTreeModel::replaceStep(const StepPath& path, const Step& step, int mergeKey)
{
    return applyEdit(paceline::replaceStep(m_steps, path, step),
                     translated("Edit %1").arg(enumLabel(step.kind).toLower()), mergeKey);
}

bool StepTreeModel::wrapInRepeat(const std::vector<StepPath>& paths, int count)
{
    const StepMimeContent wrapped = contentFor(paths, false);
    return applyEdit(
        paceline::wrapInRepeat(m_steps, paths, count),
        translated("Repeat %1 %2 times").arg(blocksText(wrapped.nodes, m_units)).arg(count));
}

bool StepTreeModel::setRepeatCount(const StepPath& path, int count, int mergeKey)
{
    return applyEdit(paceline::setRepeatCount(m_steps, path, count),
                     translated("Set repeats to %1").arg(count), mergeKey);
}

bool StepTreeModel::applyEdit(const StepTreeEditOutcome& edit, const QString& description,
                              int mergeKey)
{
    if (!edit ||
        !m_document.library().editTemplateSteps(m_templateId, edit->tree, description, mergeKey))
        return false;
    // The document's templateChanged has reset the model by now, so the paths are valid.
    m_lastPaths = edit->paths;
    Q_EMIT selectPaths(m_lastPaths);
    return true;
}

int StepTreeModel::mergeKeyFor(const StepPath& path, int field)
{
    const size_t hash = qHashRange(path.begin(), path.end(), qHash(field));
    return int(hash & 0x3fffffff);
}

} // namespace paceline
