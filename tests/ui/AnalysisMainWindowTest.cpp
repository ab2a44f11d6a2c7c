// The main window's wiring of the Analysis screen: a chart's week opens the planner, a
// chart's workout opens the log, the load measure and range come from the settings, and
// the command line can choose the tab and the range for screenshots.

#include "AnalysisTestSupport.h"
#include "app/gui/GuiOptions.h"
#include "ui/analysis/AnalysisView.h"
#include "ui/analysis/LoadPanel.h"
#include "ui/charts/WeeklyLoadChart.h"
#include "ui/document/LogDocument.h"
#include "ui/log/LogView.h"
#include "ui/planner/PlannerView.h"
#include "ui/shell/AppSettings.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/PreferencesDialog.h"

#include <QComboBox>
#include <QGroupBox>
#include <QRadioButton>
#include <QTabWidget>

#include <gtest/gtest.h>

using namespace paceline;
using namespace paceline::test;

namespace {

struct AnalysisWindow {
    AnalysisLog log;
    AppSettings settings{false};
    std::unique_ptr<MainWindow> window;

    AnalysisWindow()
    {
        log.document.reset(); // the window opens the log itself
        window = std::make_unique<MainWindow>(log.temp.openDocument(), settings);
        window->setPlannerToday(kAnalysisToday);
        window->showView(QStringLiteral("analysis"));
        window->show();
    }
    AnalysisView* analysis() const { return window->findChild<AnalysisView*>(); }
};

} // namespace

TEST(AnalysisMainWindow, AWeekFromAChartOpensThePlanner)
{
    AnalysisWindow f;
    Q_EMIT f.analysis()->openWeekRequested(kWeekOf9Nov);
    EXPECT_EQ(f.window->currentView(), QStringLiteral("planner"));
    EXPECT_EQ(f.window->findChild<PlannerView*>()->weekStart(), kWeekOf9Nov);
}

TEST(AnalysisMainWindow, AWorkoutFromAChartOpensTheLog)
{
    AnalysisWindow f;
    Q_EMIT f.analysis()->openSessionRequested(f.log.ride);
    EXPECT_EQ(f.window->currentView(), QStringLiteral("log"));
    EXPECT_EQ(f.window->findChild<LogView*>()->selectedSession(), f.log.ride);
}

TEST(AnalysisMainWindow, TheScreenEndsOnTheGivenToday)
{
    AnalysisWindow f;
    EXPECT_EQ(f.analysis()->loadPanel()->weeklyChart()->data().last, kAnalysisToday);
    EXPECT_EQ(f.analysis()->range(), kDefaultAnalysisRange);
}

TEST(AnalysisMainWindow, TabAndRangeCanBeChosenByName)
{
    AnalysisWindow f;
    EXPECT_TRUE(f.window->showAnalysisTab(QStringLiteral("trends")));
    EXPECT_EQ(f.analysis()->tabs()->currentIndex(), 1);
    EXPECT_FALSE(f.window->showAnalysisTab(QStringLiteral("graphs")));
    EXPECT_TRUE(f.window->setAnalysisRange(QStringLiteral("1y")));
    EXPECT_EQ(f.analysis()->range(), AnalysisRange::OneYear);
    EXPECT_EQ(f.analysis()->rangeCombo()->currentText(), QStringLiteral("1 year"));
    EXPECT_FALSE(f.window->setAnalysisRange(QStringLiteral("3y")));
}

TEST(AnalysisMainWindow, CommandLineTakesTheTabAndTheRange)
{
    const auto options = parseGuiOptions(
        {QStringLiteral("paceline"), QStringLiteral("--analysis-tab"), QStringLiteral("trends"),
         QStringLiteral("--analysis-range"), QStringLiteral("2y")},
        MainWindow::viewNames(), MainWindow::dialogNames());
    ASSERT_TRUE(options.ok()) << options.errorMessage().toStdString();
    EXPECT_EQ(options->analysisTab, QStringLiteral("trends"));
    EXPECT_EQ(options->analysisRange, QStringLiteral("2y"));
}

TEST(AnalysisMainWindow, PreferencesOfferTheLoadMeasure)
{
    PreferencesDialog dialog(QStringLiteral("Ana"), UnitSystem::Metric, Qt::Monday);
    EXPECT_EQ(dialog.loadMeasure(), LoadMeasure::SessionRpe);
    dialog.setLoadMeasure(LoadMeasure::RunningTss);
    EXPECT_EQ(dialog.loadMeasure(), LoadMeasure::RunningTss);
    auto* box = dialog.findChild<QGroupBox*>(QStringLiteral("loadMeasure"));
    ASSERT_NE(box, nullptr);
    const auto choices = box->findChildren<QRadioButton*>();
    ASSERT_EQ(choices.size(), 3);
    choices[1]->click();
    EXPECT_EQ(dialog.loadMeasure(), LoadMeasure::Trimp);
}

TEST(AnalysisMainWindow, SettingsKeepTheMeasureAndTheRangeById)
{
    AppSettings transient(false);
    EXPECT_EQ(transient.loadMeasure(), LoadMeasure::SessionRpe);
    EXPECT_EQ(transient.analysisRange(), kDefaultAnalysisRange);
}
