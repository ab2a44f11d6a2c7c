// The main window offscreen: navigation by shortcut, empty states, the read-only
// notice, remembered view, and screenshots.

#include "ui/shell/MainWindow.h"

#include "UiTestSupport.h"
#include "core/io/SessionNotation.h"
#include "core/store/LogStore.h"
#include "core/store/SessionStore.h"
#include "ui/document/LogDocument.h"
#include "ui/document/TemplateLibrary.h"
#include "ui/models/StepTreeModel.h"
#include "ui/shell/AppSettings.h"
#include "ui/shell/EmptyState.h"
#include "ui/shell/Screenshot.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QSettings>
#include <QStackedWidget>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QTreeView>

#include <gtest/gtest.h>

#include <map>

using namespace paceline;
using namespace paceline::test;

namespace {

bool visibleLabelContains(QWidget& root, const QString& text)
{
    for (QLabel* label : root.findChildren<QLabel*>()) {
        if (label->isVisible() && label->text().contains(text))
            return true;
    }
    return false;
}

/// The Alt+letter mnemonics of what the window shows now (menus, buttons, labels with
/// a buddy), each with the texts that claim it.
std::map<QString, QStringList> visibleMnemonics(QMainWindow& window)
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
    return claims;
}

QString clashes(const std::map<QString, QStringList>& claims)
{
    QStringList found;
    for (const auto& [key, texts] : claims) {
        if (texts.size() > 1)
            found << key + QStringLiteral(": ") + texts.join(QStringLiteral(", "));
    }
    return found.join(QStringLiteral("; "));
}

} // namespace

TEST(MainWindow, EmptyLogSaysWhatToDoNext)
{
    TempStore temp;
    AppSettings settings(/*remember=*/false);
    MainWindow window(temp.openDocument(), settings);
    window.show();
    EXPECT_EQ(window.currentView(), QStringLiteral("log"));
    EXPECT_TRUE(visibleLabelContains(window, QStringLiteral("No athlete yet")));
}

TEST(MainWindow, ShortcutsSwitchViews)
{
    TempStore temp;
    AppSettings settings(false);
    MainWindow window(temp.openDocument(), settings);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    const QStringList names = MainWindow::viewNames();
    for (int i = 0; i < names.size(); ++i) {
        QTest::keyClick(&window, Qt::Key(Qt::Key_1 + i), Qt::ControlModifier);
        EXPECT_EQ(window.currentView(), names[i]);
    }
    EXPECT_FALSE(window.showView(QStringLiteral("nowhere")));
}

TEST(MainWindow, ShowsTheAthletesSessionsAndPaces)
{
    TempStore temp;
    auto document = temp.openDocument();
    document->addAthlete(runnerWithRace(QStringLiteral("Ana")));
    LoggedSession run = easyRun(document->currentAthleteId(), QDate(2026, 11, 20), 10.0, 50.0, 3);
    ASSERT_TRUE(document->store().sessions().insert(run).ok());
    document->reload();

    AppSettings settings(false);
    MainWindow window(std::move(document), settings);
    window.show();
    EXPECT_TRUE(visibleLabelContains(window, QStringLiteral("VDOT 49.8")));
    auto* table = window.findChild<QTableView*>(QStringLiteral("sessionTable"));
    ASSERT_NE(table, nullptr);
    EXPECT_TRUE(table->isVisible());
    ASSERT_EQ(table->model()->rowCount(), 1);
    EXPECT_EQ(table->model()->index(0, 1).data().toString(), QStringLiteral("Easy run"));
    EXPECT_EQ(table->model()->index(0, 3).data().toString(), QStringLiteral("10.00 km"));
}

TEST(MainWindow, ReadOnlyLogShowsANoticeAndRefusesEdits)
{
    TempStore temp;
    {
        auto document = temp.openDocument();
        document->addAthlete(runnerWithRace(QStringLiteral("Ana")));
    }
    AppSettings settings(false);
    MainWindow window(temp.openDocument(/*readOnly=*/true), settings);
    window.show();
    auto* notice = window.findChild<QLabel*>(QStringLiteral("readOnlyNotice"));
    ASSERT_NE(notice, nullptr);
    EXPECT_TRUE(notice->isVisible());
    EXPECT_TRUE(notice->text().contains(QStringLiteral("read-only")));
    int athleteActions = 0;
    for (QAction* action : window.findChildren<QAction*>()) {
        if (action->text().contains(QStringLiteral("Athlete..."))) {
            ++athleteActions;
            EXPECT_FALSE(action->isEnabled()) << action->text().toStdString();
        }
    }
    EXPECT_EQ(athleteActions, 2); // New Athlete... and Edit Athlete...
}

TEST(MainWindow, AStoreErrorIsShownAfterTheEditNotInsideIt)
{
    TempStore temp;
    temp.open(); // creates the file, so it can be opened read-only
    AppSettings settings(false);
    MainWindow window(temp.openDocument(/*readOnly=*/true), settings);
    window.show();
    // Closes any message box as soon as it runs its event loop, noting whether that
    // happened while the failing edit was still being pushed.
    bool insidePush = false;
    int boxes = 0;
    int boxesInsidePush = 0;
    QTimer closer;
    QObject::connect(&closer, &QTimer::timeout, [&] {
        if (QWidget* box = QApplication::activeModalWidget()) {
            ++boxes;
            boxesInsidePush += insidePush ? 1 : 0;
            box->close();
        }
    });
    closer.start(5);
    insidePush = true;
    EXPECT_FALSE(window.document().addAthlete(runnerWithRace(QStringLiteral("Ana"))));
    insidePush = false;
    EXPECT_TRUE(QTest::qWaitFor([&] { return boxes == 1; }, 2000));
    EXPECT_EQ(boxesInsidePush, 0);
}

TEST(MainWindow, RemembersTheLastViewAndAthlete)
{
    TempStore temp;
    QSettings().clear();
    AthleteId second;
    {
        auto document = temp.openDocument();
        document->addAthlete(runnerWithRace(QStringLiteral("Ana")));
        document->addAthlete(runnerWithRace(QStringLiteral("Ben")));
        second = document->currentAthleteId();
        AppSettings settings(true);
        MainWindow window(std::move(document), settings);
        window.show();
        window.showView(QStringLiteral("analysis"));
        window.close();
    }
    AppSettings settings(true);
    MainWindow window(temp.openDocument(), settings);
    EXPECT_EQ(window.currentView(), QStringLiteral("analysis"));
    EXPECT_EQ(window.document().currentAthleteId(), second);
    QSettings().clear();
}

TEST(MainWindow, ScreenshotWritesAPngOfTheRequestedSize)
{
    TempStore temp;
    AppSettings settings(false);
    MainWindow window(temp.openDocument(), settings);
    window.showView(QStringLiteral("planner"));
    const QString file = temp.path() + QStringLiteral(".png");
    ASSERT_TRUE(saveScreenshot(window, QSize(1024, 640), file));
    const QImage image(file);
    ASSERT_FALSE(image.isNull());
    EXPECT_EQ(image.size(), QSize(1024, 640));
    EXPECT_FALSE(
        saveScreenshot(window, QSize(1024, 640), QStringLiteral("/nonexistent/dir/x.png")));
}

TEST(MainWindow, EachAltLetterOnTheSessionsScreenReachesOneField)
{
    TempStore temp;
    auto document = temp.openDocument();
    document->addAthlete(runnerWithRace(QStringLiteral("Ana")));
    SessionTemplate session;
    session.name = QStringLiteral("Reps");
    session.steps = *parseSessionNotation(QStringLiteral("wu 15min @E; 8x400m @I / 90s jog"));
    document->library().addTemplate(session);
    AppSettings settings(false);
    MainWindow window(std::move(document), settings);
    window.show();
    ASSERT_TRUE(window.showSession(QStringLiteral("Reps")));
    auto* timeline = window.findChild<QTreeView*>(QStringLiteral("timeline"));
    ASSERT_NE(timeline, nullptr);
    // A step shows the step's fields, a group the count: check both pages.
    for (const StepPath& path : {StepPath{0}, StepPath{1}}) {
        auto* model = qobject_cast<StepTreeModel*>(timeline->model());
        timeline->setCurrentIndex(model->indexOf(path));
        const auto claims = visibleMnemonics(window);
        EXPECT_GT(claims.size(), 10u);
        EXPECT_EQ(clashes(claims), QString()) << clashes(claims).toStdString();
    }
}
