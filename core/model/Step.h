#pragma once

#include "EnumText.h"
#include "Id.h"
#include "Intensity.h"
#include "Sport.h"
#include "Units.h"

#include <QString>

#include <optional>
#include <variant>
#include <vector>

namespace paceline {

enum class StepKind { WarmUp, Work, Recovery, CoolDown, Strides, Drills, Mobility, Rest };

enum class RecoveryMode { Jog, Walk, Stand };

template <> struct EnumTraits<StepKind> {
    static constexpr std::array<EnumEntry<StepKind>, 8> entries{{
        {StepKind::WarmUp, "warmup", QT_TRANSLATE_NOOP("paceline", "Warm-up")},
        {StepKind::Work, "work", QT_TRANSLATE_NOOP("paceline", "Work")},
        {StepKind::Recovery, "recovery", QT_TRANSLATE_NOOP("paceline", "Recovery")},
        {StepKind::CoolDown, "cooldown", QT_TRANSLATE_NOOP("paceline", "Cool-down")},
        {StepKind::Strides, "strides", QT_TRANSLATE_NOOP("paceline", "Strides")},
        {StepKind::Drills, "drills", QT_TRANSLATE_NOOP("paceline", "Drills")},
        {StepKind::Mobility, "mobility", QT_TRANSLATE_NOOP("paceline", "Mobility")},
        {StepKind::Rest, "rest", QT_TRANSLATE_NOOP("paceline", "Rest")},
    }};
};

template <> struct EnumTraits<RecoveryMode> {
    static constexpr std::array<EnumEntry<RecoveryMode>, 3> entries{{
        {RecoveryMode::Jog, "jog", QT_TRANSLATE_NOOP("paceline", "Jog")},
        {RecoveryMode::Walk, "walk", QT_TRANSLATE_NOOP("paceline", "Walk")},
        {RecoveryMode::Stand, "stand", QT_TRANSLATE_NOOP("paceline", "Stand")},
    }};
};

/// How much of a step: a distance, a duration, or open (monostate, "until done").
using Target = std::variant<std::monostate, Distance, Duration>;

/// One block of a session: a warm-up, a rep, a recovery, ...
struct Step {
    StepId id; ///< Assigned by the store; reps link to it.
    StepKind kind = StepKind::Work;
    Target target;
    Intensity intensity;
    std::optional<RecoveryMode> recoveryMode;
    /// Set on the legs of a multisport session (a brick's bike and run); otherwise
    /// the step is done in the session's sport.
    std::optional<Sport> sport;
    QString notes;

    friend bool operator==(const Step&, const Step&) = default;
};

struct StepNode;

/// `count` times through `children` (steps or nested groups), with an optional
/// recovery between sets (not after the last one).
struct RepeatGroup {
    StepId id; ///< Assigned by the store.
    int count = 1;
    std::vector<StepNode> children;
    std::optional<Step> recoveryBetweenSets;

    friend bool operator==(const RepeatGroup&, const RepeatGroup&) = default;
};

/// An element of a session's step tree.
struct StepNode {
    std::variant<Step, RepeatGroup> content;

    bool isStep() const { return std::holds_alternative<Step>(content); }
    bool isGroup() const { return std::holds_alternative<RepeatGroup>(content); }
    const Step& step() const { return std::get<Step>(content); }
    Step& step() { return std::get<Step>(content); }
    const RepeatGroup& group() const { return std::get<RepeatGroup>(content); }
    RepeatGroup& group() { return std::get<RepeatGroup>(content); }

    friend bool operator==(const StepNode&, const StepNode&) = default;
};

using StepTree = std::vector<StepNode>;

} // namespace paceline
