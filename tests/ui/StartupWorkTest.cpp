// The app's start-up does no work that grows with the size of the whole log: opening
// the main window on a log ten times longer, or with ten times the athletes, costs the
// store (rows, statements, SQLite instructions and pages) at most a quarter more plus
// a small constant. Counted, not timed, so the proof is exact and not noisy; the times
// themselves are benchmarks' business (tests/bench).
//
// Each start-up runs what app/gui/main.cpp runs: open the store, the document, the
// main window on the remembered view, show it and process events until it has painted.
// The counter is on the store's connection from the moment it is open.

#include "UiTestSupport.h"
#include "core/demo/DemoData.h"
#include "core/store/AthleteStore.h"
#include "core/store/LogStore.h"
#include "core/store/StoreWorkCounter.h"
#include "ui/document/LogDocument.h"
#include "ui/shell/AppSettings.h"
#include "ui/shell/MainWindow.h"

#include <QComboBox>
#include <QElapsedTimer>
#include <QRegularExpression>
#include <QSettings>
#include <QTest>
#include <QTimer>

#include <gtest/gtest.h>

#include <algorithm>
#include <iostream>
#include <map>
#include <memory>
#include <optional>
#include <tuple>

using namespace paceline;
using namespace paceline::test;

namespace {

/// How much more work a ten-times larger log may cost: a quarter (an index one level
/// deeper, a busier week) plus a constant for the fixed costs that differ a little
/// between logs (an athlete list of ten instead of one, a library of other sizes).
constexpr double kAllowedFactor = 1.25;
/// For scale: a count(*) over the sessions of ten years (3,000) is about 11,000 VM
/// steps; a full scan of their table some 300 pages.
constexpr StoreWorkCounter::Figures kAllowedExtra{/*rows=*/60, /*statements=*/10,
                                                  /*vmSteps=*/3000, /*pages=*/150};

/// A demo log and two of its athletes.
struct DemoLog {
    QString name; ///< "a1-w520"
    QString path;
    AthleteId trained;  ///< the demo's first athlete: the one start-up shows
    AthleteId newcomer; ///< nothing logged: the one a switch starts from
};

/// Counts paint events of one window, to know when it has been drawn.
class PaintWatcher : public QObject {
public:
    explicit PaintWatcher(QWidget& window) : m_window(window) { qApp->installEventFilter(this); }
    ~PaintWatcher() override { qApp->removeEventFilter(this); }
    PaintWatcher(const PaintWatcher&) = delete;
    PaintWatcher& operator=(const PaintWatcher&) = delete;

    void restart() { m_painted = false; }
    /// Until the window has painted and then until the store has stayed idle for a
    /// while, so that work queued for after the first paint (zero timers, deferred
    /// loads) is counted too, however slow the machine is today.
    bool waitForPaint(const StoreWorkCounter& counter)
    {
        const bool painted = QTest::qWaitFor([this] { return m_painted; }, 5000);
        QElapsedTimer settling;
        settling.start();
        std::int64_t before = -1;
        while (settling.elapsed() < 5000) {
            const std::int64_t now = counter.figures().statements;
            if (now == before)
                break;
            before = now;
            QTest::qWait(80);
        }
        return painted;
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Paint && watched->isWidgetType() &&
            (watched == &m_window || m_window.isAncestorOf(static_cast<QWidget*>(watched))))
            m_painted = true;
        return false;
    }

private:
    QWidget& m_window;
    bool m_painted = false;
};

struct Work {
    StoreWorkCounter::Figures figures;
    QString report;
    qint64 milliseconds = 0;
};

Work countedWork(const StoreWorkCounter& counter, const QElapsedTimer& clock)
{
    return {counter.figures(), counter.report(), clock.elapsed()};
}

/// What opening the app on `path` costs the store, on the remembered `view`. With
/// `switchAthlete`, what then switching to another athlete costs instead.
std::optional<Work> startUp(const DemoLog& log, const QString& view, bool switchAthlete)
{
    QSettings().clear();
    AppSettings(/*remember=*/true).setLastView(view);
    AppSettings(/*remember=*/true)
        .setLastAthleteId(log.path, (switchAthlete ? log.newcomer : log.trained).value);
    QElapsedTimer clock;
    clock.start();
    auto opened = LogStore::open(log.path);
    EXPECT_TRUE(opened.ok()) << (opened ? "" : opened.errorMessage().toStdString());
    if (!opened)
        return std::nullopt;
    std::unique_ptr<LogStore> store = std::move(opened).value();
    // Made before the window and destroyed before it: it hooks the store's connection.
    auto counter = std::make_unique<StoreWorkCounter>(*store);
    // Unattached, it counts nothing, and every comparison would pass without measuring.
    EXPECT_TRUE(counter->isAttached()) << "the work counter cannot hook the log's connection";
    if (!counter->isAttached())
        return std::nullopt;
    AppSettings settings(/*remember=*/true);
    MainWindow window(std::make_unique<LogDocument>(std::move(store)), settings);
    PaintWatcher watcher(window);
    window.show();
    QTimer::singleShot(0, &window, &MainWindow::offerFirstRun); // as main() does
    EXPECT_TRUE(watcher.waitForPaint(*counter)) << "the window never painted";
    EXPECT_EQ(window.currentView(), view);
    Work work = countedWork(*counter, clock);
    if (switchAthlete) {
        EXPECT_EQ(window.document().currentAthleteId(), log.newcomer);
        auto* switcher = window.findChild<QComboBox*>(QStringLiteral("athleteSwitcher"));
        const auto trained = window.document().athlete(log.trained);
        const int row = switcher && trained ? switcher->findText(trained->name) : -1;
        EXPECT_GE(row, 0) << "no athlete to switch to";
        if (row < 0)
            return std::nullopt;
        counter->reset();
        clock.restart();
        watcher.restart();
        Q_EMIT switcher->activated(row); // as a choice from the list does
        EXPECT_EQ(window.document().currentAthleteId(), log.trained);
        EXPECT_TRUE(watcher.waitForPaint(*counter)) << "the window never painted after the switch";
        work = countedWork(*counter, clock);
    }
    counter.reset();
    QSettings().clear();
    return work;
}

QString figuresText(const StoreWorkCounter::Figures& figures)
{
    return QStringLiteral("%1 rows, %2 statements, %3 VM steps, %4 pages")
        .arg(figures.rows)
        .arg(figures.statements)
        .arg(figures.vmSteps)
        .arg(figures.pages);
}

/// The demo logs the tests compare, written once per run of the test program.
class DemoLogs {
public:
    static const DemoLog& get(int athletes, int weeks)
    {
        static DemoLogs logs;
        return logs.logOf(athletes, weeks);
    }

private:
    const DemoLog& logOf(int athletes, int weeks)
    {
        const auto key = std::make_pair(athletes, weeks);
        if (const auto found = m_logs.find(key); found != m_logs.end())
            return found->second;
        DemoLog& log = m_logs[key];
        log.name = QStringLiteral("a%1-w%2").arg(athletes).arg(weeks);
        log.path = m_dir.filePath(QStringLiteral("demo-%1.sqlite").arg(log.name));
        write(log, athletes, weeks);
        return log;
    }

    void write(DemoLog& log, int athletes, int weeks)
    {
        auto store = LogStore::open(log.path);
        ASSERT_TRUE(store.ok()) << store.errorMessage().toStdString();
        DemoOptions options;
        options.athletes = athletes;
        options.weeks = weeks;
        // The app's own demo ends today: its screens open on "this week" and "the last six
        // months", which must hold training for the comparison to mean anything. The demo
        // keeps the Analysis screen's checkpoints (keepAllLoadCheckpoints), as the first
        // Analysis of any other log does: the starts measured are those of every day.
        options.lastDay = QDate::currentDate();
        auto written = writeDemoData(**store, options);
        ASSERT_TRUE(written.ok()) << written.errorMessage().toStdString();
        auto all = (*store)->athletes().all();
        ASSERT_TRUE(all.ok() && !all->empty());
        log.trained =
            std::min_element(all->begin(), all->end(), [](const Athlete& a, const Athlete& b) {
                return a.id.value < b.id.value;
            })->id;
        Athlete newcomer = runnerWithRace(QStringLiteral("Zed Newcomer"));
        ASSERT_TRUE((*store)->athletes().insert(newcomer).ok());
        log.newcomer = newcomer.id;
    }

    QTemporaryDir m_dir;
    std::map<std::pair<int, int>, DemoLog> m_logs;
};

/// startUp's work, measured once per log, view and kind: the counts are exact, so the
/// small log each comparison shares need not be opened again (the test stays short).
std::optional<Work> measured(const DemoLog& log, const QString& view, bool switchAthlete)
{
    static std::map<std::tuple<QString, QString, bool>, std::optional<Work>> done;
    const auto key = std::make_tuple(log.path, view, switchAthlete);
    if (const auto found = done.find(key); found != done.end())
        return found->second;
    return done[key] = startUp(log, view, switchAthlete);
}

/// Records both figures for quoting and checks that `big` stays within the bound.
void expectNoGrowth(const char* what, const Work& small, const Work& big)
{
    const QString line = QStringLiteral("%1: small log %2 (%3 ms); big log %4 (%5 ms)")
                             .arg(QLatin1String(what), figuresText(small.figures))
                             .arg(small.milliseconds)
                             .arg(figuresText(big.figures))
                             .arg(big.milliseconds);
    std::cout << "[ startup work ] " << line.toStdString() << '\n';
    // Where the work goes, statement by statement, for finding what grows.
    if (qEnvironmentVariableIsSet("PACELINE_STARTUP_WORK_DETAIL"))
        std::cout << "small log:\n"
                  << small.report.toStdString() << "\nbig log:\n"
                  << big.report.toStdString() << '\n';
    // A property's key must be an XML attribute name.
    QString key = QLatin1String(what);
    key.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9]+")), QStringLiteral("_"));
    ::testing::Test::RecordProperty(key.toStdString(), line.toStdString());
    const auto within = [](std::int64_t smallValue, std::int64_t bigValue, std::int64_t extra) {
        return double(bigValue) <= double(smallValue) * kAllowedFactor + double(extra);
    };
    const StoreWorkCounter::Figures& s = small.figures;
    const StoreWorkCounter::Figures& b = big.figures;
    const bool rows = within(s.rows, b.rows, kAllowedExtra.rows);
    const bool statements = within(s.statements, b.statements, kAllowedExtra.statements);
    const bool vmSteps = within(s.vmSteps, b.vmSteps, kAllowedExtra.vmSteps);
    const bool pages = within(s.pages, b.pages, kAllowedExtra.pages);
    EXPECT_TRUE(rows && statements && vmSteps && pages)
        << what << ": the big log's work grew beyond " << kAllowedFactor
        << " times the small one's plus a constant in" << (rows ? "" : " rows")
        << (statements ? "" : " statements") << (vmSteps ? "" : " VM-steps")
        << (pages ? "" : " pages") << "\nsmall log:\n"
        << small.report.toStdString() << "\nbig log:\n"
        << big.report.toStdString();
}

void expectStartUpIndependentOfHistory(const QString& view)
{
    const auto small = measured(DemoLogs::get(1, 52), view, false);
    const auto big = measured(DemoLogs::get(1, 520), view, false);
    ASSERT_TRUE(small && big);
    expectNoGrowth(qPrintable(view + QStringLiteral(" view, 1 vs 10 years")), *small, *big);
}

void expectStartUpIndependentOfAthletes(const QString& view)
{
    const auto small = measured(DemoLogs::get(1, 52), view, false);
    const auto big = measured(DemoLogs::get(10, 52), view, false);
    ASSERT_TRUE(small && big);
    expectNoGrowth(qPrintable(view + QStringLiteral(" view, 1 vs 10 athletes")), *small, *big);
}

void expectSwitchIndependentOfHistory(const QString& view)
{
    const auto small = measured(DemoLogs::get(1, 52), view, true);
    const auto big = measured(DemoLogs::get(1, 520), view, true);
    ASSERT_TRUE(small && big);
    expectNoGrowth(qPrintable(view + QStringLiteral(" view, athlete switch, 1 vs 10 years")),
                   *small, *big);
}

void expectSwitchIndependentOfAthletes(const QString& view)
{
    const auto small = measured(DemoLogs::get(1, 52), view, true);
    const auto big = measured(DemoLogs::get(10, 52), view, true);
    ASSERT_TRUE(small && big);
    expectNoGrowth(qPrintable(view + QStringLiteral(" view, athlete switch, 1 vs 10 athletes")),
                   *small, *big);
}

} // namespace

TEST(StartupWork, LogViewDoesNotGrowWithTheYearsLogged)
{
    expectStartUpIndependentOfHistory(QStringLiteral("log"));
}

TEST(StartupWork, LogViewDoesNotGrowWithTheAthletes)
{
    expectStartUpIndependentOfAthletes(QStringLiteral("log"));
}

TEST(StartupWork, PlannerDoesNotGrowWithTheYearsLogged)
{
    expectStartUpIndependentOfHistory(QStringLiteral("planner"));
}

TEST(StartupWork, PlannerDoesNotGrowWithTheAthletes)
{
    expectStartUpIndependentOfAthletes(QStringLiteral("planner"));
}

TEST(StartupWork, AnalysisDoesNotGrowWithTheYearsLogged)
{
    expectStartUpIndependentOfHistory(QStringLiteral("analysis"));
}

TEST(StartupWork, AnalysisDoesNotGrowWithTheAthletes)
{
    expectStartUpIndependentOfAthletes(QStringLiteral("analysis"));
}

TEST(StartupWork, SessionsDoNotGrowWithTheYearsLogged)
{
    expectStartUpIndependentOfHistory(QStringLiteral("sessions"));
}

TEST(StartupWork, SessionsDoNotGrowWithTheAthletes)
{
    expectStartUpIndependentOfAthletes(QStringLiteral("sessions"));
}

TEST(StartupWork, AnAthleteSwitchDoesNotGrowWithTheYearsLogged)
{
    for (const QString& view : MainWindow::viewNames())
        expectSwitchIndependentOfHistory(view);
}

TEST(StartupWork, AnAthleteSwitchDoesNotGrowWithTheAthletes)
{
    for (const QString& view : MainWindow::viewNames())
        expectSwitchIndependentOfAthletes(view);
}
