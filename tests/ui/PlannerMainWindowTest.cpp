// The Planner screen in the main window: its Plan menu, its keys, the first day of the
// week from the settings, and the options that open it on a given week.

#include "UiTestSupport.h"
#include "app/gui/GuiOptions.h"
#include "ui/document/LogDocument.h"
#include "ui/planner/PlannerView.h"
#include "ui/shell/AppSettings.h"
#include "ui/shell/MainWindow.h"

#include <QAbstractButton>
#include <QAction>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QTest>

#include <gtest/gtest.h>

#include <map>

using namespace paceline;
using namespace paceline::test;

namespace {

const QDate kMonday(2026, 11, 16);

struct WindowFixture {
    TempStore temp;
    AppSettings settings{false};
    std::unique_ptr<MainWindow> window;

    WindowFixture()
    {
        auto document = temp.openDocument();
        document->addAthlete(runnerWithRace(QStringLiteral("Ana")));
        window = std::make_unique<MainWindow>(std::move(document), settings);
    }

    PlannerView* planner() const { return window->findChild<PlannerView*>(); }

    QMenu* planMenu() const
    {
        for (QAction* action : window->menuBar()->actions()) {
            if (action->text() == QLatin1String("&Plan"))
                return action->menu();
        }
        return nullptr;
    }
};

/// Alt+letter claims of the menu bar and the visible buttons and buddied labels.
QString mnemonicClashes(QMainWindow& window)
{
    std::map<QString, QStringList> claims;
    const auto claim = [&](const QString& text) {
        const QKeySequence key = QKeySequence::mnemonic(text);
        if (!key.isEmpty())
            claims[key.toString()] << text;
    };
    for (QAction* menu : window.menuBar()->actions())
        claim(menu->text());
    for (QAbstractButton* button : window.findChildren<QAbstractButton*>()) {
        if (button->isVisible())
            claim(button->text());
    }
    for (QLabel* label : window.findChildren<QLabel*>()) {
        if (label->isVisible() && label->buddy())
            claim(label->text());
    }
    QStringList clashes;
    for (const auto& [key, texts] : claims) {
        if (texts.size() > 1)
            clashes << key + QStringLiteral(": ") + texts.join(QStringLiteral(", "));
    }
    return clashes.join(QStringLiteral("; "));
}

} // namespace

TEST(PlannerMainWindow, PlanMenuIsThereOnlyOnThePlannerScreen)
{
    WindowFixture f;
    f.window->show();
    f.window->showView(QStringLiteral("log"));
    EXPECT_EQ(f.planMenu(), nullptr);

    f.window->showView(QStringLiteral("planner"));
    QMenu* menu = f.planMenu();
    ASSERT_NE(menu, nullptr);
    QStringList texts;
    for (QAction* action : menu->actions())
        texts << action->text();
    EXPECT_TRUE(texts.contains(QStringLiteral("Pr&int Week...")));
    EXPECT_TRUE(texts.contains(QStringLiteral("&Apply Template...")));
    // Help stays last.
    EXPECT_EQ(f.window->menuBar()->actions().back()->text(), QStringLiteral("&Help"));
    EXPECT_TRUE(f.planner()->plannerActions().nextWeek->isEnabled());

    f.window->showView(QStringLiteral("analysis"));
    EXPECT_EQ(f.planMenu(), nullptr);
    // Hidden, the planner gives its keys back to the other screens.
    EXPECT_FALSE(f.planner()->plannerActions().nextWeek->isEnabled());
}

TEST(PlannerMainWindow, EachAltLetterOnThePlannerScreenReachesOneThing)
{
    WindowFixture f;
    f.window->show();
    f.window->showView(QStringLiteral("planner"));
    EXPECT_EQ(mnemonicClashes(*f.window), QString()) << mnemonicClashes(*f.window).toStdString();
}

TEST(PlannerMainWindow, WeekKeysMoveThePlannerOnlyWhileItIsShown)
{
    WindowFixture f;
    f.window->show();
    f.window->activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(f.window.get()));
    f.window->showPlannerWeek(kMonday.addDays(2));
    ASSERT_EQ(f.planner()->weekStart(), kMonday);

    QTest::keyClick(f.window.get(), Qt::Key_Right, Qt::AltModifier);
    EXPECT_EQ(f.planner()->weekStart(), kMonday.addDays(7));
    QTest::keyClick(f.window.get(), Qt::Key_PageUp, Qt::ControlModifier);
    EXPECT_EQ(f.planner()->weekStart(), kMonday);

    f.window->showView(QStringLiteral("log"));
    QTest::keyClick(f.window.get(), Qt::Key_Right, Qt::AltModifier);
    EXPECT_EQ(f.planner()->weekStart(), kMonday);
}

TEST(PlannerMainWindow, WeeksStartOnTheFirstDayFromTheSettings)
{
    QSettings().clear();
    TempStore temp;
    auto document = temp.openDocument();
    document->addAthlete(runnerWithRace(QStringLiteral("Ana")));
    AppSettings settings(true);
    settings.setFirstDayOfWeek(Qt::Sunday);
    MainWindow window(std::move(document), settings);
    window.showPlannerWeek(kMonday.addDays(2), /*overview=*/true);
    auto* planner = window.findChild<PlannerView*>();
    ASSERT_NE(planner, nullptr);
    EXPECT_EQ(planner->weekStart(), QDate(2026, 11, 15));
    EXPECT_TRUE(planner->isOverview());
    QSettings().clear();
}

TEST(PlannerMainWindow, TodayCanBeSetBeforeAndAfterThePlannerExists)
{
    TempStore temp;
    auto document = temp.openDocument();
    document->addAthlete(runnerWithRace(QStringLiteral("Ana")));
    AppSettings settings(false);
    MainWindow window(std::move(document), settings);
    window.setPlannerToday(kMonday);
    window.showPlannerWeek(kMonday);
    auto* planner = window.findChild<PlannerView*>();
    ASSERT_NE(planner, nullptr);
    EXPECT_EQ(planner->today(), kMonday);
    window.setPlannerToday(kMonday.addDays(3));
    EXPECT_EQ(planner->today(), kMonday.addDays(3));
}

TEST(PlannerMainWindow, WeekOptionIsADateAndOverviewNeedsIt)
{
    const QStringList views{QStringLiteral("log"), QStringLiteral("planner")};
    auto options = parseGuiOptions({QStringLiteral("paceline"), QStringLiteral("--week"),
                                    QStringLiteral("2026-11-16"), QStringLiteral("--overview")},
                                   views, {});
    ASSERT_TRUE(options.ok()) << options.errorMessage().toStdString();
    EXPECT_EQ(options->week, kMonday);
    EXPECT_TRUE(options->overview);

    auto bad = parseGuiOptions(
        {QStringLiteral("paceline"), QStringLiteral("--week"), QStringLiteral("16/11/2026")}, views,
        {});
    ASSERT_FALSE(bad.ok());
    EXPECT_TRUE(bad.errorMessage().contains(QStringLiteral("'16/11/2026'")));
    EXPECT_FALSE(
        parseGuiOptions({QStringLiteral("paceline"), QStringLiteral("--overview")}, views, {})
            .ok());
}
