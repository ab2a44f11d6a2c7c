// File → Back Up Log File and Restore Log File in the main window, answered through
// their dialogs as a person would: the restored log is what the window shows, and
// the log it replaced is kept.

#include "UiTestSupport.h"
#include "core/store/LogLock.h"
#include "core/store/LogStore.h"
#include "tests/store/RawSql.h"
#include "ui/document/LogDocument.h"
#include "ui/shell/AppSettings.h"
#include "ui/shell/MainWindow.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLockFile>
#include <QMessageBox>
#include <QPointer>
#include <QStatusBar>
#include <QTimer>
#include <QUndoStack>

#include <gtest/gtest.h>

#include <functional>

using namespace paceline;
using namespace paceline::test;

namespace {

/// Whether some Paceline app (this one included) holds the app lock of `path`.
bool lockIsHeld(const QString& path)
{
    auto taken = takeAppLock(QFileInfo(path).absoluteFilePath());
    return !taken.ok() && taken.error().problem == OpenProblem::InUse;
}

QAction* actionNamed(QMainWindow& window, const QString& text)
{
    for (QAction* action : window.findChildren<QAction*>()) {
        if (action->text().remove(QLatin1Char('&')).startsWith(text))
            return action;
    }
    return nullptr;
}

/// Answers each modal window once, as soon as it runs its event loop.
class DialogAnswerer {
public:
    explicit DialogAnswerer(std::function<void(QWidget*)> answer) : m_answer(std::move(answer))
    {
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            QWidget* modal = QApplication::activeModalWidget();
            // A QPointer: a later box may be built where a closed one was.
            if (modal && modal != m_last.data()) {
                m_last = modal;
                m_answer(modal);
            }
        });
        m_timer.start(5);
    }

private:
    std::function<void(QWidget*)> m_answer;
    QTimer m_timer;
    QPointer<QWidget> m_last;
};

/// Picks `path` in a file dialog; clicks `button` in a message box (and notes its text).
struct Answers {
    QString path;
    QString button;
    QStringList boxTexts;

    void operator()(QWidget* modal)
    {
        if (auto* dialog = qobject_cast<QFileDialog*>(modal)) {
            // selectFile() leaves a file name field that has the focus alone, and the
            // focus arrives whenever the window is activated: without this the dialog
            // sometimes stays open with nothing chosen, and the test hangs.
            if (QWidget* focused = dialog->focusWidget())
                focused->clearFocus();
            dialog->selectFile(path);
            static_cast<QDialog*>(dialog)->accept(); // QFileDialog's own, which is protected
        } else if (auto* box = qobject_cast<QMessageBox*>(modal)) {
            boxTexts << box->text() + QLatin1Char(' ') + box->informativeText();
            for (QAbstractButton* candidate : box->buttons()) {
                if (candidate->text().remove(QLatin1Char('&')) == button) {
                    candidate->click();
                    return;
                }
            }
            box->close();
        } else if (auto* other = qobject_cast<QDialog*>(modal)) {
            ADD_FAILURE() << "unexpected dialog " << other->windowTitle().toStdString();
            other->reject(); // closed, so the test fails instead of hanging
        }
    }
};

struct BackupWindow {
    TempStore temp;
    QTemporaryDir files;
    AppSettings settings{false};
    std::unique_ptr<MainWindow> window;

    explicit BackupWindow(bool readOnly = false)
    {
        {
            auto document = temp.openDocument();
            document->addAthlete(runnerWithRace(QStringLiteral("Ana")));
        }
        window = std::make_unique<MainWindow>(temp.openDocument(readOnly), settings);
        window->show();
    }
    QString file(const QString& name) const { return files.filePath(name); }
    /// Triggers the action with these answers; returns the message boxes' texts.
    QStringList trigger(const QString& action, const QString& path, const QString& button = {})
    {
        QAction* found = actionNamed(*window, action);
        EXPECT_NE(found, nullptr) << action.toStdString();
        if (!found)
            return {};
        auto answers = std::make_shared<Answers>(Answers{path, button, {}});
        DialogAnswerer answerer([answers](QWidget* modal) { (*answers)(modal); });
        found->trigger();
        return answers->boxTexts;
    }
    QStringList shownAthletes() const
    {
        QStringList names;
        for (const Athlete& athlete : window->document().athletes())
            names << athlete.name;
        return names;
    }
    QStringList switcherEntries() const
    {
        QStringList entries;
        for (QComboBox* box : window->findChildren<QComboBox*>()) {
            for (int i = 0; i < box->count(); ++i)
                entries << box->itemText(i);
        }
        return entries;
    }
    QStringList keptLogs() const
    {
        return QDir(QFileInfo(temp.path()).path())
            .entryList({QStringLiteral("*.before-restore-*")}, QDir::Files);
    }
};

} // namespace

TEST(MainWindowBackup, BackUpThenRestoreShowsTheBackupAndKeepsTheLog)
{
    BackupWindow f;
    const QString backup = f.file(QStringLiteral("backup.sqlite"));
    EXPECT_TRUE(f.trigger(QStringLiteral("Back Up Log File"), backup).isEmpty());
    ASSERT_TRUE(QFile::exists(backup));
    EXPECT_TRUE(f.window->statusBar()->currentMessage().contains(QDir::toNativeSeparators(backup)))
        << f.window->statusBar()->currentMessage().toStdString();

    ASSERT_TRUE(f.window->document().addAthlete(runnerWithRace(QStringLiteral("Ben"))));
    ASSERT_TRUE(f.window->document().undoStack()->canUndo());
    ASSERT_TRUE(f.switcherEntries().join(QLatin1Char(' ')).contains(QStringLiteral("Ben")));

    const QStringList asked =
        f.trigger(QStringLiteral("Restore Log File"), backup, QStringLiteral("Replace Log"));
    ASSERT_EQ(asked.size(), 1) << asked.join(QLatin1Char('\n')).toStdString();
    EXPECT_TRUE(asked.front().contains(QStringLiteral("backup.sqlite")));
    EXPECT_TRUE(asked.front().contains(QStringLiteral("before-restore")))
        << "says where it is kept";

    EXPECT_EQ(f.shownAthletes(), QStringList{QStringLiteral("Ana")});
    EXPECT_FALSE(f.switcherEntries().join(QLatin1Char(' ')).contains(QStringLiteral("Ben")));
    EXPECT_FALSE(f.window->document().undoStack()->canUndo());
    EXPECT_EQ(f.window->document().store().path(), QFileInfo(f.temp.path()).absoluteFilePath());
    const QStringList kept = f.keptLogs();
    ASSERT_EQ(kept.size(), 1);
    EXPECT_TRUE(f.window->statusBar()->currentMessage().contains(kept.front()))
        << f.window->statusBar()->currentMessage().toStdString();
    RawSql old(QDir(QFileInfo(f.temp.path()).path()).filePath(kept.front()));
    EXPECT_EQ(old.value(QStringLiteral("SELECT count(*) FROM athlete")).toInt(), 2);
}

TEST(MainWindowBackup, CancellingTheRestoreChangesNothing)
{
    BackupWindow f;
    const QString backup = f.file(QStringLiteral("backup.sqlite"));
    f.trigger(QStringLiteral("Back Up Log File"), backup);
    ASSERT_TRUE(f.window->document().addAthlete(runnerWithRace(QStringLiteral("Ben"))));
    f.trigger(QStringLiteral("Restore Log File"), backup, QStringLiteral("Cancel"));
    EXPECT_EQ(f.shownAthletes(), (QStringList{QStringLiteral("Ana"), QStringLiteral("Ben")}));
    EXPECT_TRUE(f.window->document().undoStack()->canUndo());
    EXPECT_TRUE(f.keptLogs().isEmpty());
}

TEST(MainWindowBackup, AFileThatIsNoBackupIsRefusedAndTheLogStays)
{
    BackupWindow f;
    const QString foreign = f.file(QStringLiteral("invoices.sqlite"));
    {
        RawSql raw(foreign);
        raw.exec(QStringLiteral("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)"));
    }
    const QStringList said = f.trigger(QStringLiteral("Restore Log File"), foreign);
    ASSERT_EQ(said.size(), 1);
    EXPECT_TRUE(said.front().contains(QStringLiteral("invoices.sqlite")))
        << said.front().toStdString();
    EXPECT_TRUE(said.front().contains(QStringLiteral("another program")))
        << said.front().toStdString();
    EXPECT_EQ(f.shownAthletes(), QStringList{QStringLiteral("Ana")});
    EXPECT_TRUE(f.keptLogs().isEmpty());
}

TEST(MainWindowBackup, AReadOnlyLogCanBeBackedUpButNotRestoredOver)
{
    BackupWindow f(/*readOnly=*/true);
    QAction* restore = actionNamed(*f.window, QStringLiteral("Restore Log File"));
    ASSERT_NE(restore, nullptr);
    EXPECT_FALSE(restore->isEnabled());
    EXPECT_TRUE(restore->toolTip().contains(QStringLiteral("read-only")));
    const QString backup = f.file(QStringLiteral("copy.sqlite"));
    f.trigger(QStringLiteral("Back Up Log File"), backup);
    ASSERT_TRUE(QFile::exists(backup));
    RawSql copy(backup);
    EXPECT_EQ(copy.value(QStringLiteral("SELECT count(*) FROM athlete")).toInt(), 1);
}

TEST(MainWindowBackup, ARestoreKeepsTheLogLockedByThisWindow)
{
    BackupWindow f;
    const QString backup = f.file(QStringLiteral("backup.sqlite"));
    f.trigger(QStringLiteral("Back Up Log File"), backup);
    ASSERT_TRUE(QFile::exists(backup));
    // As the app shows a log: holding its app lock, which the restore must get past.
    f.window.reset();
    OpenOptions options;
    options.holdAppLock = true;
    auto opened = LogStore::open(f.temp.path(), options);
    ASSERT_TRUE(opened.ok()) << opened.errorMessage().toStdString();
    f.window = std::make_unique<MainWindow>(
        std::make_unique<LogDocument>(std::move(opened).value()), f.settings);
    f.window->show();
    ASSERT_TRUE(lockIsHeld(f.temp.path()));
    ASSERT_TRUE(f.window->document().addAthlete(runnerWithRace(QStringLiteral("Ben"))));

    f.trigger(QStringLiteral("Restore Log File"), backup, QStringLiteral("Replace Log"));
    EXPECT_EQ(f.shownAthletes(), QStringList{QStringLiteral("Ana")});
    EXPECT_EQ(f.keptLogs().size(), 1);
    EXPECT_FALSE(f.window->document().isReadOnly());
    EXPECT_TRUE(lockIsHeld(f.temp.path())) << "the restored log is guarded again";
    f.window.reset();
    EXPECT_FALSE(lockIsHeld(f.temp.path()));
}
