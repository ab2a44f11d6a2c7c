#pragma once

#include "core/model/Step.h"

#include <QString>
#include <QStringView>

#include <optional>

namespace paceline::notation {

/// Where a step stands in the line. A recovery (after `/` or `//`) defaults to the
/// Recovery kind and carries its describing word after the amount: `90s jog`.
enum class StepRole { Plain, Recovery };

/// The words that describe a step, one of each at most: a kind (`wu`), a recovery mode
/// (`jog`, which on its own also makes the step a Recovery) and a sport (`bike`).
struct StepWords {
    std::optional<StepKind> kind;
    std::optional<RecoveryMode> mode;
    std::optional<Sport> sport;
};

enum class WordSlot { Kind, Mode, Sport };

/// Adds the word to `words`. Returns the slot it fills, or nothing for an unknown word;
/// `filled` says whether that slot already had a word.
std::optional<WordSlot> addStepWord(QStringView text, StepWords& words, bool& filled);

/// The kind a step's words give it in `role`.
StepKind resolvedKind(const StepWords& words, StepRole role);

/// The canonical word for a kind: wu, cd, strides, drills, mobility, rest, work, rec.
QString kindWord(StepKind kind);

/// Every word a step accepts, for messages: "wu, cd, ..., jog, walk, stand, run, ...".
QString stepWordList();

} // namespace paceline::notation
