// StoreWorkCounter: the SQLite work it counts is the work done, including what a
// one-row answer hides (a scan behind COUNT(*) or MIN()), and it stops counting when
// it goes away.

#include "core/store/StoreWorkCounter.h"

#include "RawSql.h"
#include "StoreTestSupport.h"
#include "core/store/AthleteStore.h"

#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace paceline;
using namespace paceline::test;

namespace {

constexpr int kRows = 10000;

/// A table of kRows rows of about 100 bytes (a few hundred pages), an index on `x`,
/// and a table a trigger writes into.
class WorkCounterTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_sql = std::make_unique<RawSql>(m_dir.filePath(QStringLiteral("work.sqlite")));
        m_sql->exec(QStringLiteral("CREATE TABLE t (x INTEGER, padding TEXT)"));
        m_sql->exec(QStringLiteral("CREATE TABLE audit (x INTEGER)"));
        m_sql->exec(QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n "
                                   "WHERE i < %1) INSERT INTO t SELECT i, printf('%.100c', 'x') "
                                   "FROM n")
                        .arg(kRows));
        m_sql->exec(QStringLiteral("CREATE INDEX t_by_x ON t(x)"));
        m_sql->exec(QStringLiteral("CREATE TRIGGER t_audit AFTER INSERT ON t "
                                   "BEGIN INSERT INTO audit VALUES (new.x); END"));
    }

    QSqlDatabase database() const { return m_sql->database(); }
    /// Runs a statement and reads all its rows, as the store's readers do.
    int readAll(const QString& sql) const
    {
        QSqlQuery query(database());
        EXPECT_TRUE(query.exec(sql)) << sql.toStdString();
        int rows = 0;
        while (query.next())
            ++rows;
        return rows;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<RawSql> m_sql;
};

} // namespace

TEST_F(WorkCounterTest, ACountOverManyRowsIsOneRowButMuchWork)
{
    StoreWorkCounter counter(database());
    ASSERT_TRUE(counter.isAttached());
    // `padding` is not in the index, so every row of the table is visited.
    EXPECT_EQ(readAll(QStringLiteral("SELECT count(*) FROM t WHERE padding <> ''")), 1);
    const StoreWorkCounter::Figures work = counter.figures();
    EXPECT_EQ(work.rows, 1);
    EXPECT_EQ(work.statements, 1);
    EXPECT_GT(work.vmSteps, kRows * 3);
    EXPECT_GT(work.pages, 100);
}

TEST_F(WorkCounterTest, ABareCountShowsInThePagesItWalks)
{
    StoreWorkCounter counter(database());
    EXPECT_EQ(readAll(QStringLiteral("SELECT count(*) FROM t")), 1);
    const StoreWorkCounter::Figures work = counter.figures();
    EXPECT_EQ(work.rows, 1);
    // One OP_Count walks the whole b-tree (of the smallest index that covers it) in a
    // handful of instructions; only the pages say so.
    EXPECT_LT(work.vmSteps, 100);
    EXPECT_GT(work.pages, 20);
}

TEST_F(WorkCounterTest, EveryRowReturnedCounts)
{
    StoreWorkCounter counter(database());
    EXPECT_EQ(readAll(QStringLiteral("SELECT x FROM t WHERE x <= 50")), 50);
    EXPECT_EQ(counter.figures().rows, 50);
    EXPECT_EQ(counter.figures().statements, 1);
    ASSERT_EQ(counter.statements().size(), 1u);
    EXPECT_EQ(counter.statements().front().sql, QStringLiteral("SELECT x FROM t WHERE x <= 50"));
    EXPECT_EQ(counter.statements().front().rows, 50);
    EXPECT_EQ(counter.statements().front().runs, 1);
}

TEST_F(WorkCounterTest, ASeekInAnIndexIsLittleWork)
{
    StoreWorkCounter counter(database());
    EXPECT_EQ(readAll(QStringLiteral("SELECT max(x) FROM t")), 1);
    EXPECT_EQ(readAll(QStringLiteral("SELECT min(x) FROM t")), 1);
    const StoreWorkCounter::Figures work = counter.figures();
    EXPECT_EQ(work.rows, 2);
    EXPECT_EQ(work.statements, 2);
    EXPECT_LT(work.vmSteps, 60);
    EXPECT_LT(work.pages, 20);
}

TEST_F(WorkCounterTest, ATriggerIsPartOfItsStatement)
{
    StoreWorkCounter counter(database());
    m_sql->exec(QStringLiteral("INSERT INTO t VALUES (-1, '')"));
    EXPECT_EQ(counter.figures().statements, 1);
    EXPECT_EQ(counter.figures().rows, 0);
    EXPECT_EQ(m_sql->value(QStringLiteral("SELECT count(*) FROM audit")).toInt(), 1);
}

TEST_F(WorkCounterTest, RunsOfOnePreparedStatementAddUp)
{
    StoreWorkCounter counter(database());
    QSqlQuery query(database());
    ASSERT_TRUE(query.prepare(QStringLiteral("SELECT x FROM t WHERE x = ?")));
    for (int x = 1; x <= 3; ++x) {
        query.addBindValue(x);
        ASSERT_TRUE(query.exec());
        ASSERT_TRUE(query.next());
    }
    query.finish();
    EXPECT_EQ(counter.figures().statements, 3);
    EXPECT_EQ(counter.figures().rows, 3);
    ASSERT_EQ(counter.statements().size(), 1u);
    EXPECT_EQ(counter.statements().front().runs, 3);
}

TEST_F(WorkCounterTest, AQueryLeftOpenCountsItsWorkSoFar)
{
    StoreWorkCounter counter(database());
    QSqlQuery query(database());
    ASSERT_TRUE(query.exec(QStringLiteral("SELECT count(*) FROM t WHERE padding <> ''")));
    ASSERT_TRUE(query.next());
    EXPECT_GT(counter.figures().vmSteps, kRows * 3);
}

TEST_F(WorkCounterTest, ResetStartsFromZero)
{
    StoreWorkCounter counter(database());
    readAll(QStringLiteral("SELECT x FROM t WHERE x <= 50"));
    counter.reset();
    EXPECT_EQ(counter.figures().rows, 0);
    EXPECT_EQ(counter.figures().statements, 0);
    EXPECT_EQ(counter.figures().vmSteps, 0);
    EXPECT_EQ(counter.figures().pages, 0);
    EXPECT_TRUE(counter.statements().empty());
    readAll(QStringLiteral("SELECT x FROM t WHERE x <= 5"));
    EXPECT_EQ(counter.figures().rows, 5);
}

TEST_F(WorkCounterTest, StopsCountingWhenGone)
{
    {
        StoreWorkCounter first(database());
        readAll(QStringLiteral("SELECT x FROM t WHERE x <= 50"));
    }
    // With the first counter's hook still installed this would write into freed state.
    readAll(QStringLiteral("SELECT x FROM t WHERE x <= 50"));
    StoreWorkCounter second(database());
    readAll(QStringLiteral("SELECT x FROM t WHERE x <= 7"));
    EXPECT_EQ(second.figures().rows, 7);
    EXPECT_EQ(second.figures().statements, 1);
}

TEST_F(WorkCounterTest, AClosedConnectionIsNotCounted)
{
    QSqlDatabase closed =
        QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("work-counter-closed"));
    {
        StoreWorkCounter counter(closed);
        EXPECT_FALSE(counter.isAttached());
        EXPECT_EQ(counter.figures().statements, 0);
    }
    closed = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("work-counter-closed"));
}

class StoreWorkCounterOnStore : public StoreTest {};

TEST_F(StoreWorkCounterOnStore, CountsTheStoresOwnConnection)
{
    StoreWorkCounter counter(store());
    ASSERT_TRUE(counter.isAttached());
    const Result<std::vector<Athlete>> athletes = store().athletes().all();
    ASSERT_TRUE(athletes) << athletes.errorMessage().toStdString();
    EXPECT_EQ(counter.figures().rows, qint64(athletes->size()));
    EXPECT_EQ(counter.figures().statements, 1);
    EXPECT_GT(counter.figures().vmSteps, 0);
    EXPECT_TRUE(counter.report().contains(QStringLiteral("athlete")));
}
