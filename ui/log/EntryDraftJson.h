#pragma once

#include "EntryFormState.h"

#include <QByteArray>

#include <optional>

namespace paceline {

// The log form's draft content: its whole state as typed, including text that does
// not parse yet. The format is the form's own (stored opaquely by DraftStore) and is
// read leniently: a field it does not know or cannot read is left at its default.

QByteArray entryDraftJson(const EntryFormState& state);
/// Nullopt when the content is not a form draft at all (not JSON, or another format).
std::optional<EntryFormState> entryStateFromDraft(const QByteArray& content);

} // namespace paceline
