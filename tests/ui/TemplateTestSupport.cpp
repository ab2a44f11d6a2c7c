#include "TemplateTestSupport.h"

#include "UiTestSupport.h"
#include "core/store/LogStore.h"
#include "core/store/TemplateStore.h"

#include <QStringList>

namespace paceline::test {

Step namedStep(const char* name, StepKind kind, Target target, Intensity intensity)
{
    Step step;
    step.kind = kind;
    step.target = target;
    step.intensity = intensity;
    step.notes = QString::fromUtf8(name);
    return step;
}

StepNode leaf(const char* name, StepKind kind, Target target, Intensity intensity)
{
    return StepNode{namedStep(name, kind, target, intensity)};
}

StepNode repeat(int count, StepTree children, std::optional<Step> between)
{
    RepeatGroup group;
    group.count = count;
    group.children = std::move(children);
    group.recoveryBetweenSets = std::move(between);
    return StepNode{std::move(group)};
}

SessionTemplate intervalSession(const QString& name)
{
    Step jog = namedStep("jog", StepKind::Recovery, Duration{90.0});
    jog.recoveryMode = RecoveryMode::Jog;
    Step rest = namedStep("rest", StepKind::Rest, Duration::fromMinutes(3));
    rest.recoveryMode = RecoveryMode::Stand;
    SessionTemplate session;
    session.name = name;
    session.sport = Sport::Run;
    session.purpose = Purpose::RaceSpecific;
    session.notes = QStringLiteral("Even splits.");
    session.steps = {
        leaf("wu", StepKind::WarmUp, Duration::fromMinutes(15), PaceZone::Easy),
        repeat(3, {leaf("rep", StepKind::Work, Distance{400.0}, PaceZone::Interval), StepNode{jog}},
               rest),
        leaf("cd", StepKind::CoolDown, Duration::fromMinutes(10), PaceZone::Easy)};
    return session;
}

QString shape(const StepTree& tree)
{
    QStringList parts;
    for (const StepNode& node : tree) {
        if (node.isStep()) {
            const Step& step = node.step();
            parts << (step.notes.isEmpty() ? enumId(step.kind) : step.notes);
            continue;
        }
        const RepeatGroup& group = node.group();
        QString inner = shape(group.children);
        if (group.recoveryBetweenSets)
            inner += QStringLiteral(" | ") + shape({StepNode{*group.recoveryBetweenSets}});
        parts << QStringLiteral("%1x(%2)").arg(group.count).arg(inner);
    }
    return parts.join(QLatin1Char(' '));
}

std::optional<SessionTemplate> storedTemplate(const TempStore& temp, TemplateId id)
{
    auto store = temp.open(/*readOnly=*/true);
    if (!store)
        return std::nullopt;
    Result<SessionTemplate> found = store->templates().find(id);
    return found ? std::optional(*found) : std::nullopt;
}

int storedTemplateCount(const TempStore& temp)
{
    auto store = temp.open(/*readOnly=*/true);
    auto all = store ? store->templates().all() : Result<std::vector<SessionTemplate>>(Error{});
    return all ? int(all->size()) : -1;
}

} // namespace paceline::test
