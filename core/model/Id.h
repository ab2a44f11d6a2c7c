#pragma once

#include <QtGlobal>

#include <compare>
#include <cstddef>
#include <functional>

namespace paceline {

/// A typed row id. Distinct tags keep an athlete id from being passed where a
/// session id is expected; 0 means "not stored yet".
template <typename Tag> struct Id {
    qint64 value = 0;

    constexpr bool isValid() const { return value > 0; }
    friend constexpr auto operator<=>(const Id&, const Id&) = default;
};

using AthleteId = Id<struct AthleteTag>;
using TemplateId = Id<struct TemplateTag>;
using PlannedSessionId = Id<struct PlannedSessionTag>;
using LoggedSessionId = Id<struct LoggedSessionTag>;
using StepId = Id<struct StepTag>;
using RepId = Id<struct RepTag>;
using MicrocycleId = Id<struct MicrocycleTag>;

} // namespace paceline

template <typename Tag> struct std::hash<paceline::Id<Tag>> {
    std::size_t operator()(const paceline::Id<Tag>& id) const noexcept
    {
        return std::hash<qint64>{}(id.value);
    }
};
