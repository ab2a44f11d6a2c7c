#include "MicrocycleStore.h"

namespace paceline {

// STUB: replaced with migration 4's microcycle tables (issue 5).
Result<std::vector<MicrocycleTemplate>> MicrocycleStore::all() const
{
    return std::vector<MicrocycleTemplate>{};
}

Result<MicrocycleTemplate> MicrocycleStore::find(MicrocycleId id) const
{
    return Error{QStringLiteral("There is no microcycle template with id %1.").arg(id.value)};
}

Status MicrocycleStore::insert(MicrocycleTemplate&)
{
    return Error{QStringLiteral("Microcycle templates are not kept yet.")};
}

Status MicrocycleStore::update(const MicrocycleTemplate&)
{
    return Error{QStringLiteral("Microcycle templates are not kept yet.")};
}

Status MicrocycleStore::remove(MicrocycleId)
{
    return Error{QStringLiteral("Microcycle templates are not kept yet.")};
}

} // namespace paceline
