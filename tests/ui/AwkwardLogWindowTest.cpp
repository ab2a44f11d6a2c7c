// The app on awkward logs: a newer Paceline's log and one another app holds are offered
// read-only, a write-protected log opens read-only with its notice, and a write that
// meets a full disk is reported, leaves nothing to undo and keeps what is in the file.

#include "UiTestSupport.h"
#include "core/store/LogLock.h"
#include "core/store/LogStore.h"
#include "core/store/SessionStore.h"
#include "core/store/StoreTestHooks.h"
#include "ui/document/LogDocument.h"
#include "ui/document/LoggedSessions.h"
#include "ui/shell/AppSettings.h"
#include "ui/shell/DemoLog.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/StartupLog.h"

#include <QAbstractButton>
#include <QAction>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLockFile>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <gtest/gtest.h>

using namespace paceline;
using namespace paceline::test;

namespace {

QByteArray bytesOf(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/// Sets the log's schema version behind the store's back, as a newer Paceline would.
void markAsNewer(const QString& path, int version)
{
    const QString name = QStringLiteral("awkward-raw");
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        raw.setDatabaseName(path);
        ASSERT_TRUE(raw.open());
        QSqlQuery query(raw);
        ASSERT_TRUE(query.exec(QStringLiteral("PRAGMA user_version = %1").arg(version)));
    }
    QSqlDatabase::removeDatabase(name);
}

/// Records what openLogOrAskAnother asked, and answers with `answer`.
struct RecordingAsk {
    LogChoice answer;
    int asked = 0;
    OpenProblem problem = OpenProblem::CannotOpen;
    QString message{};
    bool offeredReadOnly = false;

    AskAboutLog ask()
    {
        return [this](const OpenError& error, const QString&, bool offerReadOnly) {
            ++asked;
            problem = error.problem;
            message = error.message;
            offeredReadOnly = offerReadOnly;
            return answer;
        };
    }
};

/// A log with Ana in it, closed.
class AwkwardLog : public ::testing::Test {
protected:
    void SetUp() override
    {
        m_temp.openDocument()->addAthlete(runnerWithRace(QStringLiteral("Ana")));
    }

    QString noticeOf(MainWindow& window)
    {
        auto* notice = window.findChild<QLabel*>(QStringLiteral("readOnlyNotice"));
        return notice && notice->isVisible() ? notice->text() : QString();
    }

    TempStore m_temp;
    AppSettings m_settings{false};
};

} // namespace

TEST_F(AwkwardLog, NewerLogIsOfferedReadOnlyAndShownSo)
{
    markAsNewer(m_temp.path(), LogStore::latestSchemaVersion() + 1);
    const QByteArray before = bytesOf(m_temp.path());
    RecordingAsk ask{{LogChoice::Action::OpenReadOnly, {}}};
    std::unique_ptr<LogStore> store = openLogOrAskAnother(m_temp.path(), false, ask.ask());
    ASSERT_TRUE(store);
    EXPECT_EQ(ask.asked, 1);
    EXPECT_EQ(ask.problem, OpenProblem::NewerVersion);
    EXPECT_TRUE(ask.offeredReadOnly);
    EXPECT_TRUE(store->isReadOnly());

    MainWindow window(std::make_unique<LogDocument>(std::move(store)), m_settings);
    window.show();
    const QString notice = noticeOf(window);
    EXPECT_TRUE(notice.contains(QStringLiteral("newer Paceline"))) << notice.toStdString();
    EXPECT_TRUE(notice.contains(QStringLiteral("update Paceline")));
    EXPECT_EQ(bytesOf(m_temp.path()), before);
}

TEST_F(AwkwardLog, LogOpenInAnotherAppIsOfferedReadOnly)
{
    QLockFile otherApp(appLockPath(m_temp.path()));
    ASSERT_TRUE(otherApp.tryLock(0));
    RecordingAsk ask{{LogChoice::Action::OpenReadOnly, {}}};
    std::unique_ptr<LogStore> store = openLogOrAskAnother(m_temp.path(), false, ask.ask());
    ASSERT_TRUE(store);
    EXPECT_EQ(ask.problem, OpenProblem::InUse);
    EXPECT_TRUE(ask.offeredReadOnly);
    EXPECT_TRUE(ask.message.contains(QStringLiteral("is open in Paceline on")))
        << ask.message.toStdString();
    EXPECT_TRUE(store->isReadOnly());

    MainWindow window(std::make_unique<LogDocument>(std::move(store)), m_settings);
    window.show();
    EXPECT_TRUE(noticeOf(window).contains(QStringLiteral("Another Paceline has it open")))
        << noticeOf(window).toStdString();
}

TEST_F(AwkwardLog, SecondWindowOnTheSameLogIsAskedFirst)
{
    RecordingAsk never;
    std::unique_ptr<LogStore> first = openLogOrAskAnother(m_temp.path(), false, never.ask());
    ASSERT_TRUE(first);
    EXPECT_EQ(never.asked, 0);
    EXPECT_FALSE(first->isReadOnly());

    RecordingAsk giveUp;
    EXPECT_FALSE(openLogOrAskAnother(m_temp.path(), false, giveUp.ask()));
    EXPECT_EQ(giveUp.problem, OpenProblem::InUse);

    first.reset(); // the first window closes: its lock goes with it
    RecordingAsk later;
    std::unique_ptr<LogStore> second = openLogOrAskAnother(m_temp.path(), false, later.ask());
    ASSERT_TRUE(second);
    EXPECT_EQ(later.asked, 0);
    EXPECT_FALSE(second->isReadOnly());
}

TEST_F(AwkwardLog, WindowReopeningItsOwnLogKeepsIt)
{
    RecordingAsk never;
    MainWindow window(
        std::make_unique<LogDocument>(openLogOrAskAnother(m_temp.path(), false, never.ask())),
        m_settings);
    const LogDocument* before = &window.document();
    EXPECT_TRUE(window.openLogFile(m_temp.path())); // no box: it would block the test
    EXPECT_EQ(&window.document(), before);
    EXPECT_FALSE(window.document().isReadOnly());
}

TEST_F(AwkwardLog, FileThatIsNotALogOffersNoReadOnlyAndStaysUnchanged)
{
    const QString notes = m_temp.path() + QStringLiteral(".txt");
    {
        QFile file(notes);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write("week 12: 3 runs, 1 ride\n");
    }
    const QByteArray before = bytesOf(notes);
    RecordingAsk ask{{LogChoice::Action::OpenAnother, m_temp.path()}};
    std::unique_ptr<LogStore> store = openLogOrAskAnother(notes, false, ask.ask());
    ASSERT_TRUE(store); // the other log the user picked
    EXPECT_EQ(store->path(), m_temp.path());
    EXPECT_EQ(ask.problem, OpenProblem::NotADatabase);
    EXPECT_FALSE(ask.offeredReadOnly);
    EXPECT_TRUE(ask.message.contains(QStringLiteral("not a database file")));
    EXPECT_EQ(bytesOf(notes), before);
}

TEST_F(AwkwardLog, RefusalBoxOffersReadOnlyOnlyWhereItCan)
{
    const auto buttonTexts = [](const QMessageBox& box) {
        QStringList texts;
        for (QAbstractButton* button : box.buttons())
            texts << button->text().remove(QLatin1Char('&'));
        return texts;
    };
    const OpenError newer{OpenProblem::NewerVersion, QStringLiteral("newer")};
    const OpenError foreign{OpenProblem::NotPaceline, QStringLiteral("foreign")};
    EXPECT_TRUE(canOpenReadOnly(newer));
    EXPECT_FALSE(canOpenReadOnly(foreign));
    const auto offered = refusalBox(newer, true, QMessageBox::Close, nullptr);
    EXPECT_TRUE(buttonTexts(*offered).contains(QStringLiteral("Open Read-Only")));
    EXPECT_TRUE(buttonTexts(*offered).contains(QStringLiteral("Open Another Log...")));
    EXPECT_EQ(offered->informativeText(), QStringLiteral("newer"));
    const auto refused = refusalBox(foreign, false, QMessageBox::Cancel, nullptr);
    EXPECT_FALSE(buttonTexts(*refused).contains(QStringLiteral("Open Read-Only")));
}

TEST_F(AwkwardLog, WriteProtectedLogOpensReadOnlyWithoutAsking)
{
    ASSERT_TRUE(QFile::setPermissions(m_temp.path(), QFile::ReadOwner | QFile::ReadGroup));
    RecordingAsk never;
    std::unique_ptr<LogStore> store = openLogOrAskAnother(m_temp.path(), false, never.ask());
    QFile::setPermissions(m_temp.path(), QFile::ReadOwner | QFile::WriteOwner);
    ASSERT_TRUE(store);
    EXPECT_EQ(never.asked, 0);
    MainWindow window(std::make_unique<LogDocument>(std::move(store)), m_settings);
    window.show();
    EXPECT_TRUE(noticeOf(window).contains(QStringLiteral("write-protected")))
        << noticeOf(window).toStdString();
}

TEST_F(AwkwardLog, FullDiskWriteIsReportedNotUndoableAndKeepsTheLog)
{
    auto document = m_temp.openDocument();
    const AthleteId ana = document->currentAthleteId();
    ASSERT_TRUE(ana.isValid());
    const LoggedSessionId kept =
        document->loggedSessions().logSession(easyRun(ana, QDate(2026, 3, 1), 10, 50, 4));
    ASSERT_TRUE(kept.isValid());
    const int undoSteps = document->undoStack()->count();

    ASSERT_TRUE(StoreTestHooks::limitGrowth(document->store(), 0).ok());
    LoggedSession big = easyRun(ana, QDate(2026, 3, 2), 12, 60, 5);
    big.notes = QString(400 * 1024, QLatin1Char('n'));
    QSignalSpy errors(document.get(), &LogDocument::storeError);
    EXPECT_FALSE(document->loggedSessions().logSession(big).isValid());
    ASSERT_EQ(errors.count(), 1);
    const QString message = errors.at(0).at(0).toString();
    EXPECT_TRUE(message.contains(QStringLiteral("the disk is full"))) << message.toStdString();
    EXPECT_TRUE(message.contains(QStringLiteral("Nothing of this change was saved")));
    EXPECT_EQ(document->undoStack()->count(), undoSteps);
    EXPECT_EQ(*document->store().sessions().count(ana), 1);
    EXPECT_TRUE(document->loggedSessions().session(kept).has_value());

    ASSERT_TRUE(StoreTestHooks::removeGrowthLimit(document->store()).ok());
    EXPECT_TRUE(document->loggedSessions().logSession(big).isValid());
    EXPECT_EQ(document->undoStack()->count(), undoSteps + 1);
    EXPECT_EQ(*document->store().sessions().count(ana), 2);
}

namespace {

/// Whether some Paceline app (this one included) holds the app lock of `path`.
bool lockIsHeld(const QString& path)
{
    auto taken = takeAppLock(QFileInfo(path).absoluteFilePath());
    return !taken.ok() && taken.error().problem == OpenProblem::InUse;
}

QAction* menuAction(MainWindow& window, const QString& text)
{
    for (QAction* action : window.findChildren<QAction*>()) {
        if (action->text().remove(QLatin1Char('&')) == text)
            return action;
    }
    return nullptr;
}

} // namespace

TEST_F(AwkwardLog, OpeningAnotherLogMovesTheLockToIt)
{
    RecordingAsk never;
    MainWindow window(
        std::make_unique<LogDocument>(openLogOrAskAnother(m_temp.path(), false, never.ask())),
        m_settings);
    ASSERT_TRUE(lockIsHeld(m_temp.path()));
    TempStore other;
    other.openDocument()->addAthlete(runnerWithRace(QStringLiteral("Ben")));
    ASSERT_FALSE(lockIsHeld(other.path()));

    ASSERT_TRUE(window.openLogFile(other.path()));
    EXPECT_EQ(window.document().store().path(), QFileInfo(other.path()).absoluteFilePath());
    EXPECT_FALSE(window.document().isReadOnly());
    EXPECT_TRUE(lockIsHeld(other.path())) << "the log on view is guarded";
    EXPECT_FALSE(lockIsHeld(m_temp.path())) << "the log left behind is free for another app";
}

TEST_F(AwkwardLog, TheDemoLogIsLockedLikeAnyLogAndReopeningItKeepsIt)
{
    QFile::remove(demoLogPath()); // test mode: inside ~/.qttest (TestMain.cpp)
    RecordingAsk never;
    {
        MainWindow window(
            std::make_unique<LogDocument>(openLogOrAskAnother(m_temp.path(), false, never.ask())),
            m_settings);
        QAction* demo = menuAction(window, QStringLiteral("Open Demo Log"));
        ASSERT_NE(demo, nullptr);
        demo->trigger();
        ASSERT_EQ(window.document().store().path(), QFileInfo(demoLogPath()).absoluteFilePath());
        EXPECT_FALSE(window.document().isReadOnly());
        EXPECT_TRUE(lockIsHeld(demoLogPath()));
        EXPECT_FALSE(lockIsHeld(m_temp.path()));

        // Again from the menu: the window keeps the demo it shows (and its undo history)
        // instead of meeting its own lock.
        const LogDocument* shown = &window.document();
        demo->trigger();
        EXPECT_EQ(&window.document(), shown);
        EXPECT_FALSE(window.document().isReadOnly());
    }
    EXPECT_FALSE(lockIsHeld(demoLogPath())) << "closing the window frees the demo";
    QFile::remove(demoLogPath());
}
