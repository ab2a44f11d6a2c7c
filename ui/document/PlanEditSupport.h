#pragma once

// Small helpers shared by TrainingPlan's edit files (not a public interface).

#include "core/model/PlannedSession.h"
#include "core/model/StepPath.h"

#include <QCoreApplication>
#include <QDate>
#include <QLocale>

#include <algorithm>
#include <vector>

namespace paceline::planedit {

/// Beyond this a copy or a template is surely a mistake, not a training block.
inline constexpr int kMaxWeeks = 52;

inline QString translated(const char* text)
{
    return QCoreApplication::translate("paceline", text);
}

/// "Tue 24 Nov", the way the Edit menu names a day.
inline QString dayText(QDate date)
{
    return QLocale().toString(date, QStringLiteral("ddd d MMM"));
}

inline QString sessionName(const PlannedSession& session)
{
    return session.name.trimmed().isEmpty() ? translated("session") : session.name.trimmed();
}

/// A copy that becomes a new row: no plan or step ids.
inline PlannedSession asNew(PlannedSession session)
{
    session.id = {};
    session.steps = withoutIds(std::move(session.steps));
    return session;
}

template <typename T> std::vector<T> distinct(const std::vector<T>& values)
{
    std::vector<T> result;
    for (const T& value : values) {
        if (std::find(result.begin(), result.end(), value) == result.end())
            result.push_back(value);
    }
    return result;
}

inline QString nameKey(const QString& name)
{
    return name.trimmed().toCaseFolded();
}

} // namespace paceline::planedit
