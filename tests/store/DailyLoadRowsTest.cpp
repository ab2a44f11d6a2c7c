// The daily-load read goes through SQLite's own API on the store's connection
// (NativeStatement): every column as stored, the rows in the model's order, damage
// reported as the QtSql readers report it, and the same view of the log as QtSql's
// statements (its own uncommitted writes, other connections' commits). Every test runs
// twice: through SQLite's API and through the QtSql fallback that a system whose Qt
// driver runs another SQLite gets (forced by refuseNativeHandlesForTesting).

#include "RawSql.h"
#include "StoreTestSupport.h"
#include "core/store/NativeStatement.h"
#include "core/store/SessionStore.h"

#include <QSqlDatabase>
#include <QTemporaryDir>

using namespace paceline;
using namespace paceline::test;

namespace {

class DailyLoadRows : public StoreTest, public ::testing::WithParamInterface<bool> {
protected:
    /// Before the log opens: a Database asks for the handle once.
    void SetUp() override
    {
        refuseNativeHandlesForTesting(GetParam());
        StoreTest::SetUp();
    }
    void TearDown() override { refuseNativeHandlesForTesting(false); }

    Result<std::vector<DailyLoad>> read(QDate first, QDate last)
    {
        return store().sessions().dailyLoads(athleteId(), first, last);
    }

    /// A row written behind the store's back, every value distinct.
    void insertRaw(const QString& day, const QString& sport, double base)
    {
        RawSql raw(store().path());
        raw.exec(QStringLiteral("INSERT INTO daily_load (athlete_id, day, sport, sessions, "
                                "duration_s, distance_m, srpe_load, trimp, running_tss, zone_e_s, "
                                "zone_m_s, zone_t_s, zone_i_s, zone_r_s) VALUES (%1, '%2', '%3', "
                                "2, %4 + 1, %4 + 2, %4 + 3, %4 + 4, %4 + 5, %4 + 6, %4 + 7, "
                                "%4 + 8, %4 + 9, %4 + 10)")
                     .arg(athleteId().value)
                     .arg(day, sport)
                     .arg(base));
    }

    static DailyLoad expected(QDate day, Sport sport, double base)
    {
        return DailyLoad{day,
                         sport,
                         2,
                         Duration{base + 1},
                         Distance{base + 2},
                         base + 3,
                         base + 4,
                         base + 5,
                         {base + 6, base + 7, base + 8, base + 9, base + 10}};
    }

    const QDate m_day{2024, 6, 3};
};

} // namespace

TEST_P(DailyLoadRows, EveryColumnIsReadAndSportsComeInTheirDeclaredOrder)
{
    // By id the key orders them bike, run, swim; the model's order is run, bike, swim.
    insertRaw(QStringLiteral("2024-06-03"), QStringLiteral("swim"), 300.5);
    insertRaw(QStringLiteral("2024-06-03"), QStringLiteral("bike"), 200.25);
    insertRaw(QStringLiteral("2024-06-03"), QStringLiteral("run"), 100.125);
    insertRaw(QStringLiteral("2024-06-02"), QStringLiteral("swim"), 0.0);

    const auto loads = read(m_day.addDays(-1), m_day);
    ASSERT_TRUE(loads.ok()) << loads.errorMessage().toStdString();
    EXPECT_EQ(*loads, (std::vector<DailyLoad>{expected(m_day.addDays(-1), Sport::Swim, 0.0),
                                              expected(m_day, Sport::Run, 100.125),
                                              expected(m_day, Sport::Bike, 200.25),
                                              expected(m_day, Sport::Swim, 300.5)}));
}

TEST_P(DailyLoadRows, MalformedDayIsReportedAsDamage)
{
    insertRaw(QStringLiteral("2024-13-45"), QStringLiteral("run"), 0.0);
    // Days compare as text: this one sorts after 2024-12-31.
    const auto loads = read(QDate(2024, 1, 1), QDate(2025, 1, 31));
    ASSERT_FALSE(loads.ok());
    EXPECT_TRUE(loads.errorMessage().contains(QStringLiteral("damaged")));
    EXPECT_TRUE(loads.errorMessage().contains(
        QStringLiteral("daily_load row %1: column day holds '2024-13-45'").arg(athleteId().value)))
        << loads.errorMessage().toStdString();
}

TEST_P(DailyLoadRows, UnknownSportIsReportedAsDamage)
{
    insertRaw(QStringLiteral("2024-06-03"), QStringLiteral("kayak"), 0.0);
    const auto loads = read(m_day, m_day);
    ASSERT_FALSE(loads.ok());
    EXPECT_TRUE(loads.errorMessage().contains(QStringLiteral("column sport holds 'kayak'")))
        << loads.errorMessage().toStdString();
}

TEST_P(DailyLoadRows, SportIdsAreReadInAnyLetterCase)
{
    // As enumFromId reads them everywhere else.
    insertRaw(QStringLiteral("2024-06-03"), QStringLiteral("Bike"), 0.0);
    const auto loads = read(m_day, m_day);
    ASSERT_TRUE(loads.ok()) << loads.errorMessage().toStdString();
    ASSERT_EQ(loads->size(), 1u);
    EXPECT_EQ(loads->front().sport, Sport::Bike);
}

TEST_P(DailyLoadRows, ReadInsideATransactionSeesItsUncommittedWrites)
{
    const Status status = store().transaction([&]() -> Status {
        LoggedSession session = simpleSession(athleteId(), m_day, Sport::Run, 30, 5);
        if (Status inserted = store().sessions().insert(session); !inserted)
            return inserted;
        const auto loads = read(m_day, m_day);
        EXPECT_TRUE(loads.ok()) << loads.errorMessage().toStdString();
        EXPECT_EQ(loads.ok() ? loads->size() : 0u, 1u);
        return Error{QStringLiteral("roll back")};
    });
    EXPECT_FALSE(status.ok());
    const auto after = read(m_day, m_day);
    ASSERT_TRUE(after.ok()) << after.errorMessage().toStdString();
    EXPECT_TRUE(after->empty());
}

TEST_P(DailyLoadRows, ReadAgainSeesWhatAnotherConnectionCommittedSince)
{
    // Each read ends its statement, so no old snapshot hides a later commit.
    ASSERT_TRUE(read(m_day, m_day).ok());
    insertRaw(QStringLiteral("2024-06-03"), QStringLiteral("run"), 0.0);
    const auto loads = read(m_day, m_day);
    ASSERT_TRUE(loads.ok()) << loads.errorMessage().toStdString();
    EXPECT_EQ(loads->size(), 1u);
}

INSTANTIATE_TEST_SUITE_P(NativeAndQtSql, DailyLoadRows, ::testing::Bool(),
                         [](const ::testing::TestParamInfo<bool>& info) {
                             return info.param ? "QtSqlFallback" : "Native";
                         });

TEST(NativeHandle, IsGivenForQtsDriverOnThisBuildsSqliteAndRefusedThroughTheHook)
{
    // Debian's QSQLITE driver links the system libsqlite3, as paceline_store does: the
    // check must accept it here (or the fast path above never runs), and the hook must
    // refuse it.
    QTemporaryDir dir;
    const QString name = QStringLiteral("native-handle-test");
    {
        QSqlDatabase connection = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        connection.setDatabaseName(dir.filePath(QStringLiteral("probe.sqlite")));
        ASSERT_TRUE(connection.open());
        EXPECT_NE(nativeHandle(connection), nullptr);
        refuseNativeHandlesForTesting(true);
        EXPECT_EQ(nativeHandle(connection), nullptr);
        refuseNativeHandlesForTesting(false);
        connection.close();
    }
    QSqlDatabase::removeDatabase(name);
}
