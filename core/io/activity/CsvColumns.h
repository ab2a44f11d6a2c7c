#pragma once

#include <QString>
#include <QStringList>

#include <algorithm>

namespace paceline::csv {

// The columns of Paceline's CSV export, in the order written (docs/import.md). The
// reader finds columns by name, so a spreadsheet may reorder them or add its own.

inline QStringList sessionsHeader()
{
    return {QStringLiteral("session"),    QStringLiteral("date"),
            QStringLiteral("start"),      QStringLiteral("sport"),
            QStringLiteral("title"),      QStringLiteral("duration_s"),
            QStringLiteral("distance_m"), QStringLiteral("pace_s_per_km"),
            QStringLiteral("pace"),       QStringLiteral("session_rpe"),
            QStringLiteral("avg_hr"),     QStringLiteral("max_hr"),
            QStringLiteral("notes")};
}

inline QStringList repsHeader()
{
    return {
        QStringLiteral("session"),    QStringLiteral("rep"),     QStringLiteral("kind"),
        QStringLiteral("distance_m"), QStringLiteral("time_s"),  QStringLiteral("pace_s_per_km"),
        QStringLiteral("pace"),       QStringLiteral("rpe"),     QStringLiteral("avg_hr"),
        QStringLiteral("max_hr"),     QStringLiteral("cadence"), QStringLiteral("notes")};
}

/// The columns a file must have to be read; the others may be left out.
inline QStringList requiredSessionColumns()
{
    return {QStringLiteral("session"), QStringLiteral("start"), QStringLiteral("sport")};
}
inline QStringList requiredRepColumns()
{
    return {QStringLiteral("session"), QStringLiteral("rep")};
}

/// How a file is told apart: its header starts with "session," and then "date" (the
/// sessions file) or "rep" (the reps file).
inline bool isSessionsHeader(const QStringList& header)
{
    const auto named = [&](const char* name) {
        return std::any_of(header.begin(), header.end(), [&](const QString& column) {
            return column.trimmed() == QLatin1String(name);
        });
    };
    return header.size() >= 2 && header[0].trimmed() == QLatin1String("session") &&
           header[1].trimmed() != QLatin1String("rep") && named("start");
}
inline bool isRepsHeader(const QStringList& header)
{
    return header.size() >= 2 && header[0].trimmed() == QLatin1String("session") &&
           header[1].trimmed() == QLatin1String("rep");
}

} // namespace paceline::csv
