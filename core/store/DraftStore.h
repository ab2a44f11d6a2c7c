#pragma once

#include "core/model/Id.h"
#include "core/model/Result.h"

#include <QByteArray>
#include <QDateTime>

#include <optional>

namespace paceline {

class Database;

/// An unfinished log entry, kept so that nothing typed is lost when the form or the
/// app closes. The content is the form's own (opaque) JSON, including text that does
/// not parse yet; one draft per athlete.
struct EntryDraft {
    AthleteId athlete;
    std::optional<LoggedSessionId> editing; ///< the session being edited, if not new
    QByteArray content;
    QDateTime savedUtc;

    friend bool operator==(const EntryDraft&, const EntryDraft&) = default;
};

/// Drafts of log entries. Saving replaces the athlete's draft; removing an athlete
/// removes it.
class DraftStore {
public:
    explicit DraftStore(Database& database) : m_database(database) {}

    Result<std::optional<EntryDraft>> find(AthleteId athlete) const;
    Status save(const EntryDraft& draft);
    Status discard(AthleteId athlete);

private:
    Database& m_database;
};

} // namespace paceline
