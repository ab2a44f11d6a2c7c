#include "DraftStore.h"

#include "Database.h"
#include "SqlRow.h"

namespace paceline {
namespace {

const QString kTable = QStringLiteral("entry_draft");

// One row per athlete: saving again replaces the content in place.
const QString kSave =
    QStringLiteral("INSERT INTO entry_draft (athlete_id, editing_session_id, content, saved_utc) "
                   "VALUES (?, ?, ?, ?) ON CONFLICT (athlete_id) DO UPDATE SET "
                   "editing_session_id = excluded.editing_session_id, content = excluded.content, "
                   "saved_utc = excluded.saved_utc");

/// Milliseconds and a 'Z', so times sort as text and read back as the same instant.
QString utcText(const QDateTime& time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

/// QtSql binds a null QByteArray as NULL; an empty draft is still a draft.
QVariant blobValue(const QByteArray& bytes)
{
    return bytes.isNull() ? QVariant(QByteArray("", 0)) : QVariant(bytes);
}

EntryDraft readDraft(RowReader& row)
{
    EntryDraft draft;
    draft.athlete = AthleteId{row.int64(0)};
    if (std::optional<qint64> editing = row.optInt64(1))
        draft.editing = LoggedSessionId{*editing};
    draft.content = row.bytes(2);
    const QString saved = row.text(3);
    draft.savedUtc = QDateTime::fromString(saved, Qt::ISODateWithMs);
    if (!draft.savedUtc.isValid())
        row.fail(3, saved);
    return draft;
}

} // namespace

Result<std::optional<EntryDraft>> DraftStore::find(AthleteId athlete) const
{
    Result<std::vector<EntryDraft>> found = selectAll<EntryDraft>(
        m_database,
        QStringLiteral("SELECT athlete_id, editing_session_id, content, saved_utc "
                       "FROM entry_draft WHERE athlete_id = ?"),
        {athlete.value}, kTable, readDraft);
    if (!found)
        return found.error();
    if (found->empty())
        return std::optional<EntryDraft>();
    return std::optional<EntryDraft>(std::move(found->front()));
}

Status DraftStore::save(const EntryDraft& draft)
{
    return m_database.transaction([&]() -> Status {
        // Checked here for a clear message: the NOT NULL constraint would only say
        // which column failed.
        if (!draft.savedUtc.isValid())
            return Error{QStringLiteral("Could not keep the draft in '%1': it has no valid "
                                        "time of saving.")
                             .arg(m_database.path())};
        const QVariantList values{
            draft.athlete.value,
            draft.editing ? QVariant(draft.editing->value) : QVariant(),
            blobValue(draft.content),
            utcText(draft.savedUtc),
        };
        Result<QSqlQuery*> query =
            m_database.run(kSave, values, QStringLiteral("keep the draft of a log entry"));
        if (!query)
            return query.error();
        (*query)->finish();
        return {};
    });
}

Status DraftStore::discard(AthleteId athlete)
{
    // Discarding a draft that is not there is not an error: the form discards after
    // every save, whether or not anything was kept.
    return m_database.transaction([&]() -> Status {
        Result<QSqlQuery*> query =
            m_database.run(QStringLiteral("DELETE FROM entry_draft WHERE athlete_id = ?"),
                           {athlete.value}, QStringLiteral("discard the draft of a log entry"));
        if (!query)
            return query.error();
        (*query)->finish();
        return {};
    });
}

} // namespace paceline
