// The Analysis screen's trends panel over a small constructed log: the points of each
// chart are the hand-computed weekly medians, the controls change them, clicks ask
// to open weeks and sessions, and every chart says plainly when it has nothing.

#include "ui/analysis/TrendsPanel.h"

#include "ChartTestSupport.h"
#include "TrendsPanelTestSupport.h"
#include "core/store/LogStore.h"
#include "core/store/SessionStore.h"
#include "ui/analysis/ChartSection.h"
#include "ui/analysis/PaceBandEdit.h"
#include "ui/analysis/TrendReadings.h"
#include "ui/charts/ChartTools.h"
#include "ui/charts/IntensityDistributionChart.h"
#include "ui/charts/RepeatsOverlayChart.h"
#include "ui/charts/TrendChart.h"
#include "ui/document/LogDocument.h"

#include <QAction>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>
#include <QToolButton>
#include <qcustomplot.h>

#include <gtest/gtest.h>

#include <cmath>

using namespace paceline;
using namespace paceline::test;

namespace {

/// The pace CV (%) of two equal-distance reps run in a and b seconds: the sample
/// deviation |a - b| / sqrt(2) over the mean (a + b) / 2.
double twoRepCv(double a, double b)
{
    return std::sqrt(2.0) * std::abs(a - b) / (a + b) * 100.0;
}

void expectWeeks(const std::vector<WeeklyValue>& values,
                 const std::vector<std::pair<double, int>>& expected)
{
    ASSERT_EQ(values.size(), expected.size());
    for (size_t i = 0; i < values.size(); ++i) {
        EXPECT_EQ(values[i].weekStart, kTrendWeek.addDays(qint64(7 * i))) << i;
        EXPECT_NEAR(values[i].median, expected[i].first, 1e-6) << i;
        EXPECT_EQ(values[i].count, expected[i].second) << i;
    }
}

void typeBand(PaceBandEdit& edit, const QString& fast, const QString& slow)
{
    edit.fastEdit()->setText(fast);
    edit.slowEdit()->setText(slow);
    QTest::keyClick(edit.slowEdit(), Qt::Key_Return);
}

QString readingOf(const ChartSection* section)
{
    return section->reading()->isVisible() ? section->reading()->text() : QString();
}

class TrendsPanelTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        m_log = std::make_unique<TrendsLog>();
        m_panel = std::make_unique<TrendsPanel>(m_log->document());
        m_panel->resize(1400, 1100);
    }

    void showWeeks()
    {
        m_panel->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(m_panel.get()));
        m_panel->showRange(m_log->athlete(), kTrendWeek, kTrendWeek.addDays(20));
    }

    void chooseTemplate()
    {
        const int index = m_panel->templateCombo()->findText(kTempoName);
        ASSERT_GT(index, 0);
        m_panel->templateCombo()->setCurrentIndex(index);
    }

    std::unique_ptr<TrendsLog> m_log;
    std::unique_ptr<TrendsPanel> m_panel;
};

} // namespace

TEST(TrendReadings, ReadAClearSlopeInPlainWords)
{
    const auto line = [](double slope) {
        return TrendLine{kTrendWeek, 0.0, kTrendWeek.addDays(14), 0.0, slope, true};
    };
    EXPECT_EQ(trendReading(TrendMeasure::PaceCv, line(-0.1), UnitSystem::Metric),
              QStringLiteral("Pace CV falling 0.10 % a week: reps are getting steadier."));
    EXPECT_EQ(trendReading(TrendMeasure::PaceCv, line(0.012), UnitSystem::Metric),
              QStringLiteral("Pace CV rising 0.012 % a week: reps are getting less even."));
    EXPECT_EQ(trendReading(TrendMeasure::PaceAtEffort, line(-4.5), UnitSystem::Metric),
              QStringLiteral("Pace getting faster by 4.5 s/km a week: the same effort gives a "
                             "faster pace."));
    EXPECT_EQ(trendReading(TrendMeasure::PaceAtEffort, line(1.26), UnitSystem::Imperial),
              QStringLiteral("Pace getting slower by 1.3 s/mi a week: the same effort gives a "
                             "slower pace."));
    EXPECT_EQ(trendReading(TrendMeasure::PaceAtHeartRate, line(-2.0), UnitSystem::Metric),
              QStringLiteral("Pace getting faster by 2.0 s/km a week: the same heart rate gives "
                             "a faster pace."));
    EXPECT_EQ(trendReading(TrendMeasure::EffortAtPace, line(-0.05), UnitSystem::Metric),
              QStringLiteral("RPE falling 0.050 a week: the same pace feels easier."));
}

TEST(TrendReadings, SayWhenThereIsNoTrendToCall)
{
    EXPECT_EQ(trendReading(TrendMeasure::EffortAtPace, std::nullopt, UnitSystem::Metric),
              QStringLiteral("Not enough weeks to call a trend yet: it takes 3 weeks with data."));
    const TrendLine noisy{kTrendWeek, 0.0, kTrendWeek.addDays(14), 0.0, -3.0, false};
    EXPECT_EQ(trendReading(TrendMeasure::PaceAtEffort, noisy, UnitSystem::Metric),
              QStringLiteral("No clear trend in pace at this effort yet: the ups and downs from "
                             "week to week outweigh the drift."));
}

TEST(TrendReadings, GiveSlopesTwoSignificantDigits)
{
    EXPECT_EQ(slopeText(-4.5), QStringLiteral("4.5"));
    EXPECT_EQ(slopeText(12.34), QStringLiteral("12"));
    EXPECT_EQ(slopeText(0.0114), QStringLiteral("0.011"));
    EXPECT_EQ(slopeText(0.0), QStringLiteral("0"));
}

TEST_F(TrendsPanelTest, ReadsNothingUntilShown)
{
    m_panel->showRange(m_log->athlete(), kTrendWeek, kTrendWeek.addDays(20));
    EXPECT_TRUE(m_panel->isReadPending());
    EXPECT_TRUE(m_panel->stabilityChart()->isShowingEmptyState());
    EXPECT_EQ(m_panel->templateCombo()->count(), 1);
    m_panel->show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(m_panel.get()));
    EXPECT_FALSE(m_panel->isReadPending());
    EXPECT_FALSE(m_panel->stabilityChart()->isShowingEmptyState());
}

TEST_F(TrendsPanelTest, StabilityIsTheWeeklyMedianOfSessionCvs)
{
    showWeeks();
    expectWeeks(m_panel->stabilityChart()->values(),
                {{(twoRepCv(240, 250) + 0.0) / 2.0, 2},
                 {twoRepCv(236, 244), 1},
                 {(twoRepCv(234, 238) + twoRepCv(80, 84)) / 2.0, 2}});
    EXPECT_FALSE(readingOf(m_panel->stabilitySection()).isEmpty());
}

TEST_F(TrendsPanelTest, ListsOnlyTheTemplatesTheAthleteRan)
{
    showWeeks();
    QComboBox* combo = m_panel->templateCombo();
    ASSERT_EQ(combo->count(), 2);
    EXPECT_EQ(combo->itemText(0), QStringLiteral("All sessions"));
    EXPECT_EQ(combo->itemText(1), kTempoName);
}

TEST_F(TrendsPanelTest, TheTemplateFilterKeepsItsRepeats)
{
    showWeeks();
    chooseTemplate();
    expectWeeks(m_panel->stabilityChart()->values(),
                {{twoRepCv(240, 250), 1}, {twoRepCv(236, 244), 1}, {twoRepCv(234, 238), 1}});
    // Steadier every week, but three weeks make a steep line only when it is tidy.
    EXPECT_TRUE(readingOf(m_panel->stabilitySection())
                    .startsWith(QStringLiteral("No clear trend in pace CV yet")));
}

TEST_F(TrendsPanelTest, PaceAtEffortIsTheMedianPaceOfRepsInTheRpeBand)
{
    showWeeks();
    EXPECT_EQ(m_panel->rpeLowSpin()->value(), 7.0);
    EXPECT_EQ(m_panel->rpeHighSpin()->value(), 8.0);
    // RPE 7-8: (240, 250), (236, 244), (234, 238) s/km; the 6s and 9s are left out.
    expectWeeks(m_panel->paceAtEffortChart()->values(), {{245, 2}, {240, 2}, {236, 2}});
    EXPECT_EQ(readingOf(m_panel->paceAtEffortSection()),
              QStringLiteral("Pace getting faster by 4.5 s/km a week: the same effort gives a "
                             "faster pace. These weeks mix different workouts: choose one under "
                             "Sessions to compare like with like."));
    chooseTemplate();
    expectWeeks(m_panel->paceAtEffortChart()->values(), {{245, 2}, {240, 2}, {236, 2}});
    EXPECT_FALSE(readingOf(m_panel->paceAtEffortSection()).contains(QStringLiteral("mix")));
    m_panel->templateCombo()->setCurrentIndex(0);
    const QString tip = trendToolTip(m_panel->paceAtEffortChart()->values()[0],
                                     m_panel->paceAtEffortChart()->format());
    EXPECT_EQ(tip, QStringLiteral("Week of 5 Jan 2026\nMedian pace: 4:05/km\nfrom 2 work reps"));

    m_panel->rpeLowSpin()->setValue(6.0);
    m_panel->rpeHighSpin()->setValue(6.0);
    expectWeeks(m_panel->paceAtEffortChart()->values(), {{260, 2}});
    EXPECT_TRUE(readingOf(m_panel->paceAtEffortSection())
                    .startsWith(QStringLiteral("Not enough weeks to call a trend yet")));
}

TEST_F(TrendsPanelTest, SaysSoWhenNoRepIsInTheRpeBand)
{
    showWeeks();
    m_panel->rpeHighSpin()->setValue(10.0);
    m_panel->rpeLowSpin()->setValue(9.5);
    EXPECT_TRUE(m_panel->paceAtEffortChart()->isShowingEmptyState());
    EXPECT_EQ(m_panel->paceAtEffortChart()->emptyText(),
              QStringLiteral("No run work reps at RPE 9.5–10 in these weeks. Only run reps "
                             "count here (paces of different sports do not mix); log RPE per "
                             "rep to see this."));
    EXPECT_TRUE(readingOf(m_panel->paceAtEffortSection()).isEmpty());
}

TEST_F(TrendsPanelTest, PaceAtHeartRateIsTheMedianPaceOfRepsInTheBpmBand)
{
    showWeeks();
    m_panel->effortKindCombo()->setCurrentIndex(1);
    // Ann's default, 160-171 bpm: (240, 250); 236 (244 s ran at 172); 234 (238 s has
    // no heart rate, the 400s ran at 178 and 180); the 150s are left out.
    expectWeeks(m_panel->paceAtEffortChart()->values(), {{245, 2}, {236, 1}, {234, 1}});
    EXPECT_EQ(m_panel->paceAtEffortChart()->format().axisLabel,
              QStringLiteral("Pace (min/km) at 160–171 bpm"));
    EXPECT_EQ(readingOf(m_panel->paceAtEffortSection()),
              QStringLiteral("No clear trend in pace at this heart rate yet: the ups and downs "
                             "from week to week outweigh the drift. These weeks mix different "
                             "workouts: choose one under Sessions to compare like with like."));
    m_panel->heartRateLowSpin()->setValue(150);
    m_panel->heartRateHighSpin()->setValue(152);
    expectWeeks(m_panel->paceAtEffortChart()->values(), {{260, 2}});
    // Back to RPE: its band was kept.
    m_panel->effortKindCombo()->setCurrentIndex(0);
    expectWeeks(m_panel->paceAtEffortChart()->values(), {{245, 2}, {240, 2}, {236, 2}});
    EXPECT_EQ(m_panel->paceAtEffortChart()->format().axisLabel,
              QStringLiteral("Pace (min/km) at RPE 7–8"));
}

TEST_F(TrendsPanelTest, HeartRateSwapsTheSpinBoxesForWholeBpm)
{
    showWeeks();
    EXPECT_TRUE(m_panel->rpeLowSpin()->isVisibleTo(m_panel.get()));
    EXPECT_FALSE(m_panel->heartRateLowSpin()->isVisibleTo(m_panel.get()));
    m_panel->effortKindCombo()->setCurrentIndex(1);
    EXPECT_FALSE(m_panel->rpeLowSpin()->isVisibleTo(m_panel.get()));
    for (QSpinBox* spin : {m_panel->heartRateLowSpin(), m_panel->heartRateHighSpin()}) {
        EXPECT_TRUE(spin->isVisibleTo(m_panel.get()));
        EXPECT_EQ(spin->minimum(), 25); // the bounds of every heart rate (InputLimits.h)
        EXPECT_EQ(spin->maximum(), 250);
    }
    // The band stays a band.
    m_panel->heartRateLowSpin()->setValue(200);
    EXPECT_EQ(m_panel->heartRateHighSpin()->value(), 200);
    QLabel* heading = nullptr;
    for (QLabel* label : m_panel->paceAtEffortSection()->findChildren<QLabel*>()) {
        if (label->text() == QStringLiteral("Pace at a fixed effort"))
            heading = label;
    }
    ASSERT_NE(heading, nullptr);
    EXPECT_TRUE(heading->toolTip().contains(QStringLiteral("average heart rate")))
        << heading->toolTip().toStdString();
}

TEST_F(TrendsPanelTest, StartsTheBpmBandAt80To88PercentOfTheHeartRateReserve)
{
    showWeeks();
    // 48 + 0.80 x 140 = 160; 48 + 0.88 x 140 = 171.2.
    EXPECT_EQ(m_panel->heartRateLowSpin()->value(), 160);
    EXPECT_EQ(m_panel->heartRateHighSpin()->value(), 171);
    EXPECT_TRUE(m_panel->heartRateLowSpin()->toolTip().contains(QStringLiteral("Karvonen")));
    m_panel->effortKindCombo()->setCurrentIndex(1);
    // Ben gave no heart rates: the fixed band, and the choice outlasts the athlete.
    m_panel->showRange(m_log->newcomer(), kTrendWeek, kTrendWeek.addDays(20));
    EXPECT_EQ(m_panel->effortKindCombo()->currentIndex(), 1);
    EXPECT_EQ(m_panel->heartRateLowSpin()->value(), 150);
    EXPECT_EQ(m_panel->heartRateHighSpin()->value(), 160);
    EXPECT_TRUE(m_panel->heartRateLowSpin()->toolTip().contains(QStringLiteral("150–160 bpm")));
    // Once he gives them, the band follows.
    Athlete ben = *m_log->document().athlete(m_log->newcomer());
    ben.maxHeartRate = 200;
    ben.restingHeartRate = 50;
    ASSERT_TRUE(m_log->document().editAthlete(ben));
    EXPECT_EQ(m_panel->heartRateLowSpin()->value(), 170);  // 50 + 0.80 x 150
    EXPECT_EQ(m_panel->heartRateHighSpin()->value(), 182); // 50 + 0.88 x 150
}

TEST_F(TrendsPanelTest, SaysSoWhenNoRepIsInTheBpmBand)
{
    showWeeks();
    m_panel->effortKindCombo()->setCurrentIndex(1);
    m_panel->heartRateHighSpin()->setValue(190);
    m_panel->heartRateLowSpin()->setValue(181);
    EXPECT_TRUE(m_panel->paceAtEffortChart()->isShowingEmptyState());
    EXPECT_EQ(m_panel->paceAtEffortChart()->emptyText(),
              QStringLiteral("No run work reps at 181–190 bpm in these weeks. Only run reps "
                             "count here (paces of different sports do not mix); log average "
                             "heart rate per rep to see this."));
    EXPECT_TRUE(readingOf(m_panel->paceAtEffortSection()).isEmpty());
}

TEST_F(TrendsPanelTest, TheEffortChoiceHasAKeyboardShortcut)
{
    QLabel* label = nullptr;
    for (QLabel* candidate : m_panel->findChildren<QLabel*>()) {
        if (candidate->buddy() == m_panel->effortKindCombo())
            label = candidate;
    }
    ASSERT_NE(label, nullptr);
    EXPECT_TRUE(label->text().contains(QLatin1Char('&')));
}

TEST_F(TrendsPanelTest, ShowsPacesPerMileForAnImperialAthlete)
{
    showWeeks();
    Athlete athlete = *m_log->document().athlete(m_log->athlete());
    athlete.units = UnitSystem::Imperial;
    ASSERT_TRUE(m_log->document().editAthlete(athlete));
    expectWeeks(m_panel->paceAtEffortChart()->values(),
                {{245 * 1.609344, 2}, {240 * 1.609344, 2}, {236 * 1.609344, 2}});
    EXPECT_EQ(m_panel->paceAtEffortChart()->format().axisLabel,
              QStringLiteral("Pace (min/mi) at RPE 7–8"));
    EXPECT_TRUE(readingOf(m_panel->paceAtEffortSection()).contains(QStringLiteral("s/mi")));
}

TEST_F(TrendsPanelTest, StartsThePaceBandAtTheAthletesThresholdPace)
{
    showWeeks();
    const std::optional<PaceRange> band = m_panel->paceBandEdit()->band();
    ASSERT_TRUE(band.has_value());
    const double threshold = m_log->thresholdSecondsPerKm();
    // +-2 %, rounded to whole seconds.
    EXPECT_NEAR(band->fastest.secondsPerKilometre(), threshold * 0.98, 1.0);
    EXPECT_NEAR(band->slowest.secondsPerKilometre(), threshold * 1.02, 1.0);
}

TEST_F(TrendsPanelTest, EffortAtPaceIsTheMedianRpeOfRepsInThePaceBand)
{
    showWeeks();
    typeBand(*m_panel->paceBandEdit(), QStringLiteral("3:55"), QStringLiteral("4:05"));
    // 3:55-4:05/km holds 240 s (RPE 7); 236 s (7) and 244 s (7.5); 238 s (8).
    expectWeeks(m_panel->effortAtPaceChart()->values(), {{7.0, 1}, {7.25, 2}, {8.0, 1}});
    // Rising 0.5 a week, but not tidily enough over three weeks to call it.
    EXPECT_TRUE(readingOf(m_panel->effortAtPaceSection())
                    .startsWith(QStringLiteral("No clear trend in RPE at this pace yet")));
    // Either order; a band nobody ran says so.
    typeBand(*m_panel->paceBandEdit(), QStringLiteral("5:30"), QStringLiteral("5:00"));
    EXPECT_TRUE(m_panel->effortAtPaceChart()->isShowingEmptyState());
    EXPECT_EQ(m_panel->effortAtPaceChart()->emptyText(),
              QStringLiteral("No run work reps with an RPE at 5:00–5:30/km in these weeks. Only "
                             "run reps count here (paces of different sports do not mix); log "
                             "RPE per rep to see this."));
    typeBand(*m_panel->paceBandEdit(), QStringLiteral("fast"), QStringLiteral("5:00"));
    EXPECT_TRUE(
        m_panel->effortAtPaceChart()->emptyText().startsWith(QStringLiteral("Type a pace band")));
}

TEST_F(TrendsPanelTest, OverlaysTheLastRepeatsOfTheChosenTemplate)
{
    showWeeks();
    EXPECT_TRUE(m_panel->repeatsChart()->isShowingEmptyState());
    EXPECT_TRUE(
        m_panel->repeatsChart()->emptyText().startsWith(QStringLiteral("Choose a template")));
    chooseTemplate();
    const std::vector<RepeatLine>& lines = m_panel->repeatsChart()->lines();
    ASSERT_EQ(lines.size(), 3u);
    EXPECT_EQ(lines.back().session, m_log->sessions().at(3));
    ASSERT_EQ(lines.back().reps.size(), 2u);
    EXPECT_NEAR(lines.back().reps[0].speed.secondsPerKilometre(), 234.0, 1e-9);
    m_panel->repeatCountSpin()->setValue(2);
    ASSERT_EQ(m_panel->repeatsChart()->lines().size(), 2u);
    EXPECT_EQ(m_panel->repeatsChart()->lines().front().session, m_log->sessions().at(2));
}

TEST_F(TrendsPanelTest, ClicksAskToOpenTheWeekOrTheSession)
{
    showWeeks();
    chooseTemplate();
    QSignalSpy weeks(m_panel.get(), &TrendsPanel::openWeekRequested);
    QSignalSpy sessions(m_panel.get(), &TrendsPanel::openSessionRequested);

    TrendChart* stability = m_panel->stabilityChart();
    stability->plot()->replot();
    const WeeklyValue second = stability->values().at(1);
    clickOn(*stability->plot(),
            pixelOf(*stability->plot(), weekKey(second.weekStart), second.median));
    ASSERT_EQ(weeks.size(), 1);
    EXPECT_EQ(weeks.at(0).at(0).toDate(), kTrendWeek.addDays(7));

    IntensityDistributionChart* intensity = m_panel->intensityChart();
    intensity->plot()->replot();
    clickOn(*intensity->plot(), pixelOf(*intensity->plot(), weekKey(kTrendWeek), 0.1));
    ASSERT_EQ(weeks.size(), 2);
    EXPECT_EQ(weeks.at(1).at(0).toDate(), kTrendWeek);

    RepeatsOverlayChart* repeats = m_panel->repeatsChart();
    repeats->plot()->replot();
    clickOn(*repeats->plot(), pixelOf(*repeats->plot(), 1.0, 234.0));
    ASSERT_EQ(sessions.size(), 1);
    EXPECT_EQ(sessions.at(0).at(0).value<LoggedSessionId>(), m_log->sessions().at(3));
}

TEST_F(TrendsPanelTest, ShowsTheIntensityOfEveryWeek)
{
    showWeeks();
    const std::vector<WeekZoneTime>& weeks = m_panel->intensityChart()->weeks();
    ASSERT_EQ(weeks.size(), 3u);
    EXPECT_EQ(weeks[2].weekStart, kTrendWeek.addDays(14));
    EXPECT_GT(totalSeconds(weeks[0].seconds), 0.0);
    m_panel->intensityModeCombo()->setCurrentIndex(1);
    EXPECT_EQ(m_panel->intensityChart()->mode(), IntensityDistributionChart::Mode::Share);
}

TEST_F(TrendsPanelTest, EveryChartSaysWhenTheAthleteHasNothingLogged)
{
    m_panel->show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(m_panel.get()));
    m_panel->showRange(m_log->newcomer(), kTrendWeek, kTrendWeek.addDays(20));
    for (ChartFrame* chart : std::initializer_list<ChartFrame*>{
             m_panel->stabilityChart(), m_panel->paceAtEffortChart(), m_panel->effortAtPaceChart(),
             m_panel->repeatsChart(), m_panel->intensityChart()}) {
        EXPECT_TRUE(chart->isShowingEmptyState()) << chart->objectName().toStdString();
        EXPECT_FALSE(chart->emptyText().isEmpty()) << chart->objectName().toStdString();
        EXPECT_FALSE(chart->exportAction()->isEnabled());
    }
    EXPECT_TRUE(m_panel->stabilityChart()->emptyText().startsWith(
        QStringLiteral("No sessions with a pace CV")));
    EXPECT_TRUE(
        m_panel->intensityChart()->emptyText().startsWith(QStringLiteral("No time in a zone")));
    // The newcomer has no race: no threshold pace to start the band at.
    EXPECT_FALSE(m_panel->paceBandEdit()->band().has_value());
}

TEST_F(TrendsPanelTest, EachChartHasAnExportButton)
{
    showWeeks();
    for (ChartSection* section :
         {m_panel->stabilitySection(), m_panel->paceAtEffortSection(),
          m_panel->effortAtPaceSection(), m_panel->repeatsSection(), m_panel->intensitySection()}) {
        auto* button = section->findChild<QToolButton*>(QStringLiteral("exportButton"));
        ASSERT_NE(button, nullptr);
        EXPECT_EQ(button->isEnabled(), !section->chart()->isShowingEmptyState());
    }
}

TEST_F(TrendsPanelTest, ShowAllDatesUndoesAZoomOnEveryWeeklyChart)
{
    // docs/analysis.md: "Right-click → Show All Dates resets", on the Trends tab too.
    showWeeks();
    const QCPRange whole = m_panel->stabilityChart()->plot()->xAxis->range();
    const QCPRange zoomed(charts::dayKey(kTrendWeek.addDays(7)),
                          charts::dayKey(kTrendWeek.addDays(14)));
    m_panel->intensityChart()->plot()->xAxis->setRange(zoomed);
    EXPECT_EQ(m_panel->effortAtPaceChart()->plot()->xAxis->range(), zoomed);
    for (ChartFrame* chart : std::initializer_list<ChartFrame*>{
             m_panel->stabilityChart(), m_panel->paceAtEffortChart(), m_panel->effortAtPaceChart(),
             m_panel->intensityChart()}) {
        QAction* showAll = nullptr;
        for (QAction* action : chart->plot()->actions()) {
            if (action->text() == QStringLiteral("Show All Dates"))
                showAll = action;
        }
        ASSERT_NE(showAll, nullptr) << chart->objectName().toStdString();
        chart->plot()->xAxis->setRange(zoomed);
        showAll->trigger();
        for (ChartFrame* other : std::initializer_list<ChartFrame*>{
                 m_panel->stabilityChart(), m_panel->paceAtEffortChart(),
                 m_panel->effortAtPaceChart(), m_panel->intensityChart()})
            EXPECT_EQ(other->plot()->xAxis->range(), whole) << other->objectName().toStdString();
    }
}

TEST_F(TrendsPanelTest, TheSessionsChoiceHasAKeyboardShortcut)
{
    QLabel* label = nullptr;
    for (QLabel* candidate : m_panel->findChildren<QLabel*>()) {
        if (candidate->buddy() == m_panel->templateCombo())
            label = candidate;
    }
    ASSERT_NE(label, nullptr);
    EXPECT_TRUE(label->text().contains(QLatin1Char('&')));
}

TEST_F(TrendsPanelTest, ACyclistIsToldOnlyRunsCountNotToLogRpe)
{
    // Ben rides intervals, each rep timed and rated: the pace charts count runs only,
    // so their empty states must not send him to log the RPE he already logs.
    LoggedSession ride;
    ride.athleteId = m_log->newcomer();
    ride.sport = Sport::Bike;
    ride.start = QDateTime(kTrendWeek.addDays(2), QTime(18, 0), Qt::UTC);
    ride.duration = Duration::fromMinutes(60.0);
    ride.sessionRpe = 7.0;
    for (int i = 0; i < 3; ++i) {
        Rep work;
        work.distance = Distance{4000.0};
        work.time = Duration{360.0};
        work.rpe = 7.5;
        ride.reps.push_back(work);
    }
    ASSERT_TRUE(m_log->document().store().sessions().insert(ride).ok());
    m_panel->show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(m_panel.get()));
    m_panel->showRange(m_log->newcomer(), kTrendWeek, kTrendWeek.addDays(20));
    typeBand(*m_panel->paceBandEdit(), QStringLiteral("1:20"), QStringLiteral("1:40"));
    for (TrendChart* chart : {m_panel->paceAtEffortChart(), m_panel->effortAtPaceChart()}) {
        EXPECT_TRUE(chart->isShowingEmptyState());
        EXPECT_TRUE(chart->emptyText().contains(QStringLiteral("Only run reps count")))
            << chart->emptyText().toStdString();
        EXPECT_TRUE(chart->emptyText().startsWith(QStringLiteral("No run work reps")));
    }
}
