// The Analysis screen's load figures read from the store's checkpoints are those it
// computes over the whole history, to the bit, for every range and measure, and stay so
// after a session is written before the checkpoints.

#include "UiTestSupport.h"
#include "core/demo/DemoData.h"
#include "core/store/AthleteStore.h"
#include "core/store/LogStore.h"
#include "core/store/NativeStatement.h"
#include "core/store/SessionStore.h"
#include "ui/analysis/LoadAnalysis.h"
#include "ui/document/LogDocument.h"

#include <QSqlDatabase>
#include <QSqlQuery>

#include <gtest/gtest.h>

using namespace paceline;
using namespace paceline::test;

namespace {

const QDate kLastDay(2026, 3, 15);

void expectSameDays(const std::vector<DayFigures>& a, const std::vector<DayFigures>& b)
{
    ASSERT_EQ(a.size(), b.size());
    for (std::size_t i = 0; i < a.size(); ++i) {
        SCOPED_TRACE(a[i].day.toString(Qt::ISODate).toStdString());
        EXPECT_EQ(a[i].day, b[i].day);
        EXPECT_EQ(a[i].load, b[i].load);
        EXPECT_EQ(a[i].acute, b[i].acute);
        EXPECT_EQ(a[i].chronic, b[i].chronic);
        EXPECT_EQ(a[i].acwrRolling, b[i].acwrRolling);
        EXPECT_EQ(a[i].acuteEwma, b[i].acuteEwma);
        EXPECT_EQ(a[i].chronicEwma, b[i].chronicEwma);
        EXPECT_EQ(a[i].acwrEwma, b[i].acwrEwma);
        EXPECT_EQ(a[i].fitness, b[i].fitness);
        EXPECT_EQ(a[i].fatigue, b[i].fatigue);
        EXPECT_EQ(a[i].form, b[i].form);
        EXPECT_EQ(a[i].projected, b[i].projected);
    }
}

void expectSameData(const LoadChartData& a, const LoadChartData& b)
{
    EXPECT_EQ(a.first, b.first);
    EXPECT_EQ(a.last, b.last);
    expectSameDays(a.days, b.days);
    expectSameDays(a.projection, b.projection);
    ASSERT_EQ(a.weeks.size(), b.weeks.size());
    for (std::size_t i = 0; i < a.weeks.size(); ++i) {
        EXPECT_EQ(a.weeks[i].weekStart, b.weeks[i].weekStart);
        EXPECT_EQ(a.weeks[i].load, b.weeks[i].load);
        EXPECT_EQ(a.weeks[i].monotony, b.weeks[i].monotony);
        EXPECT_EQ(a.weeks[i].loadByZone, b.weeks[i].loadByZone);
    }
    EXPECT_EQ(a.projectionFromPlan, b.projectionFromPlan);
    EXPECT_EQ(a.plannedWeeks.size(), b.plannedWeeks.size());
    EXPECT_EQ(a.sessionsPerDay, b.sessionsPerDay);
}

/// Three years of one demo athlete, ending on kLastDay.
class AnalysisCheckpoints : public ::testing::Test {
protected:
    void SetUp() override
    {
        auto store = m_temp.open();
        ASSERT_TRUE(store);
        DemoOptions options;
        options.weeks = 156;
        options.lastDay = kLastDay;
        ASSERT_TRUE(writeDemoData(*store, options).ok());
        m_document = std::make_unique<LogDocument>(std::move(store));
        m_athlete = m_document->currentAthleteId();
    }

    LoadChartData read(AnalysisRange range, LoadMeasure measure)
    {
        const LoadRequest request{m_athlete, range, kLastDay, measure, Qt::Monday};
        const std::optional<LoadChartData> data = readLoadChartData(*m_document, request);
        EXPECT_TRUE(data);
        return data.value_or(LoadChartData{});
    }

    std::optional<FigureCheckpoint> latestCheckpoint(LoadMeasure measure)
    {
        auto found = m_document->store().sessions().loadCheckpoint(
            m_athlete, measure, kLastDay.addYears(-10), kLastDay);
        EXPECT_TRUE(found.ok());
        return found.ok() ? found.value() : std::nullopt;
    }

    /// Forgets every checkpoint, so the next read starts on the first logged day.
    void dropCheckpoints()
    {
        const QString name = QStringLiteral("analysis-checkpoints-raw");
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            raw.setDatabaseName(m_temp.path());
            ASSERT_TRUE(raw.open());
            QSqlQuery query(raw);
            ASSERT_TRUE(query.exec(QStringLiteral("DELETE FROM load_checkpoint")));
        }
        QSqlDatabase::removeDatabase(name);
    }

    TempStore m_temp;
    std::unique_ptr<LogDocument> m_document;
    AthleteId m_athlete;
};

} // namespace

TEST_F(AnalysisCheckpoints, FromCheckpointsEveryRangeAndMeasureIsAsFromTheFirstDay)
{
    for (const auto& measure : enumEntries<LoadMeasure>()) {
        for (const auto& range : enumEntries<AnalysisRange>()) {
            SCOPED_TRACE(std::string(range.id) + " " + measure.id);
            dropCheckpoints();
            const LoadChartData whole = read(range.value, measure.value);
            const LoadChartData resumed = read(range.value, measure.value);
            expectSameData(whole, resumed);
            // The first read kept checkpoints, which the second started from; all of
            // three years has no month start in the range to keep one at.
            EXPECT_EQ(latestCheckpoint(measure.value).has_value(),
                      range.value != AnalysisRange::AllTime);
        }
    }
}

TEST_F(AnalysisCheckpoints, ASessionBeforeTheCheckpointsIsCountedIn)
{
    const LoadChartData before = read(AnalysisRange::SixMonths, LoadMeasure::SessionRpe);
    const auto kept = latestCheckpoint(LoadMeasure::SessionRpe);
    ASSERT_TRUE(kept);
    // A hard day long before the shown range changes fitness there, a little.
    LoggedSession race = easyRun(m_athlete, kLastDay.addDays(-400), 42.2, 200, 9.5);
    ASSERT_TRUE(m_document->store().sessions().insert(race).ok());
    ASSERT_TRUE(latestCheckpoint(LoadMeasure::SessionRpe));
    EXPECT_LT(latestCheckpoint(LoadMeasure::SessionRpe)->day, race.localDate().addDays(1));
    const LoadChartData after = read(AnalysisRange::SixMonths, LoadMeasure::SessionRpe);
    EXPECT_NE(after.days.front().fitness, before.days.front().fitness);
    dropCheckpoints();
    expectSameData(after, read(AnalysisRange::SixMonths, LoadMeasure::SessionRpe));
}

TEST_F(AnalysisCheckpoints, WhereSqlitesOwnApiCannotBeUsedTheFiguresAreReadThroughQtSql)
{
    // As on a system whose Qt driver runs another SQLite than Paceline links: the
    // Analysis must show the same figures, not an error.
    const LoadChartData recent = read(AnalysisRange::SixMonths, LoadMeasure::Trimp);
    const LoadChartData all = read(AnalysisRange::AllTime, LoadMeasure::Trimp);
    struct Refused {
        Refused() { refuseNativeHandlesForTesting(true); }
        ~Refused() { refuseNativeHandlesForTesting(false); }
    } refused;
    // Reopened: a store asks for SQLite's handle once.
    m_document.reset();
    m_document = m_temp.openDocument();
    expectSameData(recent, read(AnalysisRange::SixMonths, LoadMeasure::Trimp));
    expectSameData(all, read(AnalysisRange::AllTime, LoadMeasure::Trimp));
}
