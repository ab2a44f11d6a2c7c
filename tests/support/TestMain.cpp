// GoogleTest entry point with a Qt application object, which QProcess, QSqlDatabase
// and widgets need. GUI test executables define PACELINE_GUI_TESTS.

#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>

#ifdef PACELINE_GUI_TESTS
#include <QApplication>
using TestApplication = QApplication;
#else
#include <QCoreApplication>
using TestApplication = QCoreApplication;
#endif

#include <gtest/gtest.h>

int main(int argc, char* argv[])
{
    // Tests never touch the user's settings or default log: Qt's test mode moves
    // QStandardPaths (and with it QSettings and LogStore::defaultPath) to ~/.qttest.
    QStandardPaths::setTestModeEnabled(true);
    // Settings in a folder of this test program's own: ctest runs programs in parallel,
    // and one clearing the settings another had just written (the remembered athlete
    // and screen) made tests fail at random.
    const QTemporaryDir settingsDir;
    if (settingsDir.isValid())
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settingsDir.path());
    qputenv("QT_QPA_PLATFORM",
            qgetenv("QT_QPA_PLATFORM").isEmpty() ? "offscreen" : qgetenv("QT_QPA_PLATFORM"));
    TestApplication app(argc, argv);
    TestApplication::setOrganizationName(QStringLiteral("PacelineTests"));
    TestApplication::setApplicationName(QStringLiteral("PacelineTests"));
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
