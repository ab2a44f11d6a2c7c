#pragma once

#include "core/model/SessionTemplate.h"

#include <QString>

#include <optional>

namespace paceline::test {

class TempStore;

/// A step named by its notes, so trees print as short words.
Step namedStep(const char* name, StepKind kind = StepKind::Work, Target target = {},
               Intensity intensity = {});
StepNode leaf(const char* name, StepKind kind = StepKind::Work, Target target = {},
              Intensity intensity = {});
StepNode repeat(int count, StepTree children, std::optional<Step> between = std::nullopt);

/// wu (15 min @E), 3x(rep (400 m @I), jog (90 s) | rest (3 min)), cd (10 min @E):
/// prints as "wu 3x(rep jog | rest) cd".
SessionTemplate intervalSession(const QString& name = QStringLiteral("Intervals"));

/// "wu 3x(rep jog | rest) cd": a step prints as its notes, or its kind's id when it
/// has none (blocks from the palette); a group as count x(children | between).
QString shape(const StepTree& tree);

/// The template as a second connection reads it from the file: proof it was saved.
std::optional<SessionTemplate> storedTemplate(const TempStore& temp, TemplateId id);
/// How many templates the file holds.
int storedTemplateCount(const TempStore& temp);

} // namespace paceline::test
