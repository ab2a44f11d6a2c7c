#include "core/store/DraftStore.h"

#include "RawSql.h"
#include "StoreTestSupport.h"
#include "core/store/AthleteStore.h"
#include "core/store/SessionStore.h"

using namespace paceline;
using namespace paceline::test;

namespace {

class Drafts : public StoreTest {
protected:
    EntryDraft draftOf(const QByteArray& content) const
    {
        return EntryDraft{athleteId(), std::nullopt, content,
                          QDateTime(QDate(2024, 6, 3), QTime(18, 45, 12, 345), Qt::UTC)};
    }

    std::optional<EntryDraft> stored(AthleteId athlete)
    {
        Result<std::optional<EntryDraft>> found = store().drafts().find(athlete);
        EXPECT_TRUE(found.ok()) << found.errorMessage().toStdString();
        return found.ok() ? *found : std::nullopt;
    }

    LoggedSession storedSession()
    {
        LoggedSession session = sampleSession(athleteId(), QDate(2024, 6, 3));
        const Status inserted = store().sessions().insert(session);
        EXPECT_TRUE(inserted.ok()) << inserted.errorMessage().toStdString();
        return session;
    }
};

// Half-typed entries need not be valid UTF-8 (a paste can cut a character in two),
// and may hold NUL bytes.
constexpr char kOddByteText[] = "{\"reps\":[\"1:3\xff\xfe\"]}\0tail\xc3";
// All of it, the NUL inside included, but not the literal's own terminator.
const QByteArray kOddBytes(kOddByteText, sizeof(kOddByteText) - 1);

} // namespace

TEST_F(Drafts, NoDraftAtFirst)
{
    EXPECT_FALSE(stored(athleteId()).has_value());
}

TEST_F(Drafts, SavedDraftReadsBackByteForByte)
{
    // 18 bytes of JSON-ish text, the NUL, "tail" and a cut-off UTF-8 lead byte.
    ASSERT_EQ(kOddBytes.size(), 24);
    ASSERT_EQ(kOddBytes.at(18), '\0');
    const EntryDraft draft = draftOf(kOddBytes);
    const Status saved = store().drafts().save(draft);
    ASSERT_TRUE(saved.ok()) << saved.errorMessage().toStdString();
    const std::optional<EntryDraft> found = stored(athleteId());
    ASSERT_TRUE(found.has_value());
    EXPECT_EQ(found->content, kOddBytes);
    EXPECT_EQ(found->savedUtc, draft.savedUtc);
    EXPECT_EQ(found->savedUtc.timeSpec(), Qt::UTC);
    EXPECT_EQ(*found, draft);
}

TEST_F(Drafts, SaveTimeInAnotherZoneIsKeptAsTheSameInstant)
{
    EntryDraft draft = draftOf("{}");
    draft.savedUtc = QDateTime(QDate(2024, 6, 3), QTime(20, 45), Qt::OffsetFromUTC, 2 * 3600);
    ASSERT_TRUE(store().drafts().save(draft).ok());
    const std::optional<EntryDraft> found = stored(athleteId());
    ASSERT_TRUE(found.has_value());
    EXPECT_EQ(found->savedUtc, QDateTime(QDate(2024, 6, 3), QTime(18, 45), Qt::UTC));
    RawSql raw(store().path());
    EXPECT_EQ(raw.value(QStringLiteral("SELECT saved_utc FROM entry_draft")).toString(),
              QStringLiteral("2024-06-03T18:45:00.000Z"));
}

TEST_F(Drafts, EmptyContentIsADraftToo)
{
    ASSERT_TRUE(store().drafts().save(draftOf(QByteArray())).ok());
    const std::optional<EntryDraft> found = stored(athleteId());
    ASSERT_TRUE(found.has_value());
    EXPECT_TRUE(found->content.isEmpty());
}

TEST_F(Drafts, SavingAgainReplacesTheDraft)
{
    const LoggedSession session = storedSession();
    ASSERT_TRUE(store().drafts().save(draftOf("first")).ok());
    EntryDraft second = draftOf("second");
    second.editing = session.id;
    second.savedUtc = second.savedUtc.addSecs(60);
    ASSERT_TRUE(store().drafts().save(second).ok());
    EXPECT_EQ(stored(athleteId()), std::optional<EntryDraft>(second));
    RawSql raw(store().path());
    EXPECT_EQ(raw.value(QStringLiteral("SELECT count(*) FROM entry_draft")).toInt(), 1);
}

TEST_F(Drafts, EachAthleteHasTheirOwnDraft)
{
    Athlete other = sampleAthlete(QStringLiteral("Other"));
    ASSERT_TRUE(store().athletes().insert(other).ok());
    EntryDraft theirs = draftOf("theirs");
    theirs.athlete = other.id;
    ASSERT_TRUE(store().drafts().save(draftOf("mine")).ok());
    ASSERT_TRUE(store().drafts().save(theirs).ok());
    EXPECT_EQ(stored(athleteId())->content, QByteArray("mine"));
    EXPECT_EQ(stored(other.id)->content, QByteArray("theirs"));
    ASSERT_TRUE(store().drafts().discard(other.id).ok());
    EXPECT_FALSE(stored(other.id).has_value());
    EXPECT_TRUE(stored(athleteId()).has_value());
}

TEST_F(Drafts, DiscardRemovesTheDraftAndMayFindNone)
{
    ASSERT_TRUE(store().drafts().save(draftOf("typed")).ok());
    ASSERT_TRUE(store().drafts().discard(athleteId()).ok());
    EXPECT_FALSE(stored(athleteId()).has_value());
    const Status again = store().drafts().discard(athleteId());
    EXPECT_TRUE(again.ok()) << again.errorMessage().toStdString();
}

TEST_F(Drafts, RemovingTheAthleteRemovesTheirDraft)
{
    ASSERT_TRUE(store().drafts().save(draftOf("typed")).ok());
    ASSERT_TRUE(store().athletes().remove(athleteId()).ok());
    EXPECT_FALSE(stored(athleteId()).has_value());
    RawSql raw(store().path());
    EXPECT_EQ(raw.value(QStringLiteral("SELECT count(*) FROM entry_draft")).toInt(), 0);
}

TEST_F(Drafts, DeletingTheEditedSessionKeepsTheDraftAsANewEntry)
{
    const LoggedSession session = storedSession();
    EntryDraft draft = draftOf("edits");
    draft.editing = session.id;
    ASSERT_TRUE(store().drafts().save(draft).ok());
    ASSERT_EQ(stored(athleteId())->editing, std::optional<LoggedSessionId>(session.id));
    ASSERT_TRUE(store().sessions().remove(session.id).ok());
    const std::optional<EntryDraft> found = stored(athleteId());
    ASSERT_TRUE(found.has_value());
    EXPECT_FALSE(found->editing.has_value());
    EXPECT_EQ(found->content, QByteArray("edits"));
}

TEST_F(Drafts, DraftOfAMissingAthleteOrSessionIsRefused)
{
    EntryDraft orphan = draftOf("typed");
    orphan.athlete = AthleteId{999};
    const Status noAthlete = store().drafts().save(orphan);
    ASSERT_FALSE(noAthlete.ok());
    EXPECT_TRUE(noAthlete.errorMessage().contains(store().path()));
    EXPECT_TRUE(noAthlete.errorMessage().contains(QStringLiteral("not in the log")))
        << noAthlete.errorMessage().toStdString();

    EntryDraft editsNothing = draftOf("typed");
    editsNothing.editing = LoggedSessionId{999};
    EXPECT_FALSE(store().drafts().save(editsNothing).ok());
    EXPECT_FALSE(stored(athleteId()).has_value());
}

TEST_F(Drafts, DraftWithoutSaveTimeIsRefusedClearly)
{
    EntryDraft draft = draftOf("typed");
    draft.savedUtc = QDateTime();
    const Status saved = store().drafts().save(draft);
    ASSERT_FALSE(saved.ok());
    EXPECT_TRUE(saved.errorMessage().contains(QStringLiteral("time of saving")))
        << saved.errorMessage().toStdString();
    EXPECT_FALSE(stored(athleteId()).has_value());
}

TEST_F(Drafts, MalformedSaveTimeReadsAsDamage)
{
    ASSERT_TRUE(store().drafts().save(draftOf("typed")).ok());
    {
        RawSql raw(store().path());
        raw.exec(QStringLiteral("UPDATE entry_draft SET saved_utc = 'yesterday'"));
    }
    Result<std::optional<EntryDraft>> found = store().drafts().find(athleteId());
    ASSERT_FALSE(found.ok());
    EXPECT_TRUE(found.errorMessage().contains(QStringLiteral("damaged")));
    EXPECT_TRUE(found.errorMessage().contains(QStringLiteral("yesterday")))
        << found.errorMessage().toStdString();
}
