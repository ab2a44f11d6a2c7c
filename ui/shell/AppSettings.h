#pragma once

#include "core/science/LoadMeasures.h"
#include "ui/analysis/AnalysisRange.h"

#include <QByteArray>
#include <QSettings>
#include <QString>

namespace paceline {

/// The app's remembered state and preferences, in one place so their keys and
/// defaults are not scattered over the widgets. Screenshots use a transient
/// instance (`remember = false`) that never writes the user's settings.
class AppSettings {
public:
    explicit AppSettings(bool remember = true);

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray& geometry);
    QByteArray windowState() const;
    void setWindowState(const QByteArray& state);

    QString lastView() const;
    void setLastView(const QString& view);

    /// The athlete last shown in the log at `logPath` (ids are per log), or 0.
    qint64 lastAthleteId(const QString& logPath) const;
    void setLastAthleteId(const QString& logPath, qint64 id);

    /// The folder File → Import last chose files from; empty at first.
    QString lastImportFolder() const;
    void setLastImportFolder(const QString& folder);

    /// Qt::DayOfWeek, Monday by default (ISO 8601).
    int firstDayOfWeek() const;
    void setFirstDayOfWeek(int day);

    /// How the Analysis screen counts a workout's load; session RPE by default.
    LoadMeasure loadMeasure() const;
    void setLoadMeasure(LoadMeasure measure);
    /// How far back the Analysis screen looks; six months by default.
    AnalysisRange analysisRange() const;
    void setAnalysisRange(AnalysisRange range);

private:
    QVariant value(const QString& key, const QVariant& fallback) const;
    void setValue(const QString& key, const QVariant& value);

    bool m_remember;
    QSettings m_settings;
};

} // namespace paceline
