#pragma once

#include <QString>
#include <QStringList>

namespace paceline {

// daily_load holds sums over logged_session per athlete, local day and sport. Migration 2
// created it with four sums and its triggers; migration 5 added the load figures and
// recreated the triggers. Both build their SQL here from their version's list of sums,
// so the statements that keep the table current are written once.

/// One column of daily_load: the aggregate over logged_session that fills it, and the
/// session column whose change moves it (empty for count(*)).
struct DailyLoadSum {
    QString column;
    QString aggregate;
    QString sessionColumn;
};
using DailyLoadSums = QList<DailyLoadSum>;

namespace DailyLoadSql {

/// The sums of version 2: sessions, duration, distance and session-RPE load. Frozen:
/// migration 2 creates exactly these.
DailyLoadSums version2();
/// Version 5 adds TRIMP, running TSS and the five zone times.
DailyLoadSums version5();

/// Fills daily_load with the sums of every group of logged_session.
QString insertAllGroups(const DailyLoadSums& sums);
/// The three triggers that re-sum the groups a written session was and is in.
QStringList createTriggers(const DailyLoadSums& sums);
QStringList dropTriggers();

} // namespace DailyLoadSql
} // namespace paceline
