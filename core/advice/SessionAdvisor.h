#pragma once

#include "core/model/EnumText.h"
#include "core/model/StepPath.h"
#include "core/science/SessionEstimate.h"

#include <QString>

#include <optional>
#include <span>
#include <vector>

namespace paceline {

enum class Severity { Info, Warning, Problem };

template <> struct EnumTraits<Severity> {
    static constexpr std::array<EnumEntry<Severity>, 3> entries{{
        {Severity::Info, "info", QT_TRANSLATE_NOOP("paceline", "Info")},
        {Severity::Warning, "warning", QT_TRANSLATE_NOOP("paceline", "Warning")},
        {Severity::Problem, "problem", QT_TRANSLATE_NOOP("paceline", "Problem")},
    }};
};

/// A one-click change that resolves a finding: the whole new step tree, so applying
/// it is one undoable replacement and undoing it restores the old tree exactly.
struct SessionFix {
    QString label; ///< "Put the reps in progressive order"
    StepTree steps;
};

/// What one rule says about a session.
struct Finding {
    QString rule; ///< stable id, e.g. "warmup.missing"
    Severity severity = Severity::Info;
    std::vector<StepPath> steps; ///< the steps concerned, for highlighting
    QString message;             ///< plain words: what, why, and what to do
    std::optional<SessionFix> fix;
};

struct AdviceContext {
    EstimateContext estimate;
    std::optional<Purpose> purpose;
    /// The athlete's weekly running distance, for Daniels' volume limits per zone.
    std::optional<Distance> weeklyDistance;
    /// Units of the distances and paces quoted in messages (rep lengths such as
    /// "400 m" stay in metres, as on a track).
    UnitSystem units = UnitSystem::Metric;
};

/// A rule's id and what it checks, for docs and `paceline-cli advise --rules`.
struct RuleInfo {
    const char* id;
    const char* summary;
};

/// Every session rule, in the order their findings are listed.
std::span<const RuleInfo> sessionRules();

/// Checks how a session is sequenced. Pure: the same session and context always
/// give the same findings, most severe first within rule order.
std::vector<Finding> adviseSession(const StepTree& steps, const AdviceContext& context);

} // namespace paceline
