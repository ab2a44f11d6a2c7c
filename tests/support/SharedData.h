#pragma once

// The real recordings in ../shared/data (outside the repository; see its README).
// Tests that read them call PACELINE_REQUIRE_SHARED_DATA() first: it skips the test,
// saying why, when the folder is absent. PACELINE_SHARED_DATA overrides the folder.

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace paceline::test {

inline QString sharedDataDir()
{
    const QByteArray fromEnvironment = qgetenv("PACELINE_SHARED_DATA");
    return fromEnvironment.isEmpty() ? QStringLiteral(PACELINE_SHARED_DATA_DIR)
                                     : QString::fromLocal8Bit(fromEnvironment);
}

inline bool hasSharedData() { return QDir(sharedDataDir()).exists(QStringLiteral("reference")); }

/// `relative` under the shared data folder, e.g. "fit/run_fenix2_4laps.fit".
inline QString sharedDataPath(const QString& relative) { return sharedDataDir() + '/' + relative; }

/// The reference summary of a recording: reference/<file name>.json (or
/// <file name>.gpsbabel.json with `gpsbabel`).
inline QJsonObject sharedReference(const QString& fileName, bool gpsbabel = false)
{
    QFile file(sharedDataPath(QStringLiteral("reference/") + fileName +
                              (gpsbabel ? QStringLiteral(".gpsbabel.json") : QStringLiteral(".json"))));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

/// The names of the files in one folder of the shared data ("fit", "tcx", "gpx", "bad").
inline QStringList sharedDataFiles(const QString& folder)
{
    return QDir(sharedDataPath(folder)).entryList(QDir::Files, QDir::Name);
}

} // namespace paceline::test

#define PACELINE_REQUIRE_SHARED_DATA()                                                          \
    do {                                                                                        \
        if (!::paceline::test::hasSharedData())                                                 \
            GTEST_SKIP() << "The real recordings are not here ("                                \
                         << ::paceline::test::sharedDataDir().toStdString()                     \
                         << " is missing; set PACELINE_SHARED_DATA to the shared/data folder)"; \
    } while (false)
