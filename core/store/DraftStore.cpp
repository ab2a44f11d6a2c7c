#include "DraftStore.h"

namespace paceline {

// STUB: replaced with migration 3's entry_draft table (issue 4).
Result<std::optional<EntryDraft>> DraftStore::find(AthleteId) const
{
    return std::optional<EntryDraft>{};
}

Status DraftStore::save(const EntryDraft&)
{
    return Error{QStringLiteral("Drafts are not kept yet.")};
}

Status DraftStore::discard(AthleteId)
{
    return {};
}

} // namespace paceline
