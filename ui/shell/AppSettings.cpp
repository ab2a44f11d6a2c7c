#include "AppSettings.h"

namespace paceline {

AppSettings::AppSettings(bool remember) : m_remember(remember) {}

QVariant AppSettings::value(const QString& key, const QVariant& fallback) const
{
    return m_remember ? m_settings.value(key, fallback) : fallback;
}

void AppSettings::setValue(const QString& key, const QVariant& value)
{
    // Only what changed: any setValue makes QSettings rewrite the whole file at its
    // next sync (the next pass of the event loop), and the main window sets the
    // athlete again at every edit.
    if (m_remember && m_settings.value(key) != value)
        m_settings.setValue(key, value);
}

QByteArray AppSettings::windowGeometry() const
{
    return value(QStringLiteral("window/geometry"), {}).toByteArray();
}

void AppSettings::setWindowGeometry(const QByteArray& geometry)
{
    setValue(QStringLiteral("window/geometry"), geometry);
}

QByteArray AppSettings::windowState() const
{
    return value(QStringLiteral("window/state"), {}).toByteArray();
}

void AppSettings::setWindowState(const QByteArray& state)
{
    setValue(QStringLiteral("window/state"), state);
}

QString AppSettings::lastView() const
{
    return value(QStringLiteral("window/view"), QStringLiteral("log")).toString();
}

void AppSettings::setLastView(const QString& view)
{
    setValue(QStringLiteral("window/view"), view);
}

qint64 AppSettings::lastAthleteId(const QString& logPath) const
{
    if (value(QStringLiteral("log/path"), QString()).toString() != logPath)
        return 0;
    return value(QStringLiteral("log/athlete"), 0).toLongLong();
}

void AppSettings::setLastAthleteId(const QString& logPath, qint64 id)
{
    setValue(QStringLiteral("log/path"), logPath);
    setValue(QStringLiteral("log/athlete"), id);
}

int AppSettings::firstDayOfWeek() const
{
    const int day = value(QStringLiteral("preferences/firstDayOfWeek"), int(Qt::Monday)).toInt();
    return day >= Qt::Monday && day <= Qt::Sunday ? day : int(Qt::Monday);
}

void AppSettings::setFirstDayOfWeek(int day)
{
    setValue(QStringLiteral("preferences/firstDayOfWeek"), day);
}

LoadMeasure AppSettings::loadMeasure() const
{
    // Stored by id, so a renamed label or reordered enum never changes the choice.
    const QString id = value(QStringLiteral("preferences/loadMeasure"), QString()).toString();
    return enumFromId<LoadMeasure>(id).value_or(LoadMeasure::SessionRpe);
}

void AppSettings::setLoadMeasure(LoadMeasure measure)
{
    setValue(QStringLiteral("preferences/loadMeasure"), enumId(measure));
}

AnalysisRange AppSettings::analysisRange() const
{
    const QString id = value(QStringLiteral("analysis/range"), QString()).toString();
    return enumFromId<AnalysisRange>(id).value_or(kDefaultAnalysisRange);
}

void AppSettings::setAnalysisRange(AnalysisRange range)
{
    setValue(QStringLiteral("analysis/range"), enumId(range));
}

QString AppSettings::lastImportFolder() const
{
    return value(QStringLiteral("import/folder"), QString()).toString();
}

void AppSettings::setLastImportFolder(const QString& folder)
{
    setValue(QStringLiteral("import/folder"), folder);
}

} // namespace paceline
