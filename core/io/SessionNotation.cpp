#include "SessionNotation.h"

#include "NotationParser.h"
#include "NotationValues.h"
#include "NotationWords.h"

#include <QStringList>

namespace paceline {

namespace {

using notation::StepRole;

/// Whether the step needs its kind word to read back as the same kind: the words a
/// step does without are the defaults the parser applies (see resolvedKind).
bool needsKindWord(const Step& step, StepRole role)
{
    const bool open = std::holds_alternative<std::monostate>(step.target);
    switch (step.kind) {
    case StepKind::Work:
        return role == StepRole::Recovery || step.recoveryMode || (open && !step.sport);
    case StepKind::Recovery:
        return !step.recoveryMode && (role == StepRole::Plain || (open && !step.sport));
    default:
        return true;
    }
}

/// `wu 15min @E`, `100m strides`, `jog 5min`; as a recovery `90s jog`. The words go
/// where coaches put them: strides and a recovery's words after the amount, others
/// before; a mode on another kind after it (`wu 10min walk`).
QString stepText(const Step& step, StepRole role)
{
    QStringList before;
    QStringList after;
    if (step.sport)
        before << enumId(*step.sport);
    const QString kind = needsKindWord(step, role) ? notation::kindWord(step.kind) : QString();
    const QString mode = step.recoveryMode ? enumId(*step.recoveryMode) : QString();
    if (role == StepRole::Recovery) {
        after << kind << mode;
    } else {
        (step.kind == StepKind::Strides ? after : before) << kind;
        (step.kind == StepKind::Recovery ? before : after) << mode;
    }
    QStringList parts = before;
    parts << notation::amountText(step.target, role, step.kind) << after
          << notation::intensityText(step.intensity);
    parts.removeAll(QString());
    return parts.join(QLatin1Char(' '));
}

/// `4x` before a body; a space keeps `4x jog 1min` from reading as the word "xjog".
QString withCount(int count, const QString& body)
{
    const QString prefix = QString::number(count) + QLatin1Char('x');
    const bool word = !body.isEmpty() && body.front().isLetter();
    return word ? prefix + QLatin1Char(' ') + body : prefix + body;
}

bool isRecoveryStep(const StepNode& node)
{
    return node.isStep() &&
           (node.step().kind == StepKind::Recovery || node.step().kind == StepKind::Rest);
}

QString listText(const StepTree& list);

QString groupText(const RepeatGroup& group)
{
    const StepTree& children = group.children;
    QString text;
    if (children.size() == 2 && children[0].isStep() && isRecoveryStep(children[1])) {
        const QString pair = stepText(children[0].step(), StepRole::Plain) + QStringLiteral(" / ") +
                             stepText(children[1].step(), StepRole::Recovery);
        const bool once = group.count == 1 && !group.recoveryBetweenSets;
        text = once ? pair : withCount(group.count, pair);
    } else if (children.size() == 1 && children[0].isStep()) {
        text = withCount(group.count, stepText(children[0].step(), StepRole::Plain));
    } else {
        text = withCount(group.count, QLatin1Char('(') + listText(children) + QLatin1Char(')'));
    }
    if (group.recoveryBetweenSets)
        text += QStringLiteral(" // ") + stepText(*group.recoveryBetweenSets, StepRole::Recovery);
    return text;
}

QString listText(const StepTree& list)
{
    QStringList items;
    for (const StepNode& node : list)
        items << (node.isStep() ? stepText(node.step(), StepRole::Plain) : groupText(node.group()));
    return items.join(QStringLiteral("; "));
}

} // namespace

Result<StepTree, NotationError> parseSessionNotation(QStringView text)
{
    return notation::NotationParser(text).parse();
}

QString formatSessionNotation(const StepTree& steps)
{
    return listText(steps);
}

} // namespace paceline
