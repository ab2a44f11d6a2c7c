// step.open-target: steps with no time or distance count as zero in the estimate.

#include "AdviceText.h"
#include "SessionRules.h"
#include "TreeEdit.h"

namespace paceline::advice {

void checkOpenTargets(const SessionAnalysis& session, Findings& out)
{
    std::vector<StepPath> open;
    forEachStep(session.steps, [&](const StepPath& path, const Step& step) {
        if (std::holds_alternative<std::monostate>(step.target))
            open.push_back(path); // forEachStep visits in tree order
    });
    if (open.empty())
        return;
    const bool one = open.size() == 1;
    const QString message =
        QStringLiteral("%1 no time or distance (\"until done\"), so the estimate counts %2 as "
                       "zero and the session's time, distance and load come out too low. Give "
                       "%2 a time or a distance if you can.")
            .arg(capitalized(stepsText(open)) +
                     (one ? QStringLiteral(" has") : QStringLiteral(" have")),
                 one ? QStringLiteral("it") : QStringLiteral("them"));
    out.push_back(makeFinding(kOpenTarget, Severity::Info, std::move(open), message));
}

} // namespace paceline::advice
