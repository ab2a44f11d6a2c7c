#include "DailyLoadSql.h"

namespace paceline {

// Each trigger re-sums only the (athlete, day, sport) groups the changed row was and is
// in, through the session_by_athlete_day index. Re-summing instead of adding and
// subtracting keeps the figures exactly equal to a fresh sum: no floating-point drift
// after many edits, and a group without sessions loses its row.

namespace {

const QString kKey = QStringLiteral("athlete_id, day, sport");
const QString kTriggerNames[] = {QStringLiteral("daily_load_after_insert"),
                                 QStringLiteral("daily_load_after_delete"),
                                 QStringLiteral("daily_load_after_update")};

QString joined(const DailyLoadSums& sums, QString DailyLoadSum::*part)
{
    QStringList parts;
    for (const DailyLoadSum& sum : sums) {
        if (!(sum.*part).isEmpty())
            parts << sum.*part;
    }
    return parts.join(QStringLiteral(", "));
}

/// INSERT of the sums of the groups of logged_session matching `where` (all if empty).
QString insertGroups(const DailyLoadSums& sums, const QString& where)
{
    const QString filter = where.isEmpty() ? QString() : QStringLiteral("\n        WHERE ") + where;
    return QStringLiteral("INSERT INTO daily_load (%1, %2)\n"
                          "        SELECT %1, %3\n"
                          "        FROM logged_session%4\n"
                          "        GROUP BY %1")
        .arg(kKey, joined(sums, &DailyLoadSum::column), joined(sums, &DailyLoadSum::aggregate),
             filter);
}

/// Replaces the row of the group `row` (OLD or NEW) is in by a fresh sum.
QString refreshGroup(const DailyLoadSums& sums, const QString& row)
{
    const QString group =
        QStringLiteral("athlete_id = %1.athlete_id AND day = %1.day AND sport = %1.sport").arg(row);
    return QStringLiteral("\n    DELETE FROM daily_load WHERE %1;\n    %2;")
        .arg(group, insertGroups(sums, group));
}

QString trigger(const QString& name, const QString& event, const QString& body)
{
    return QStringLiteral("CREATE TRIGGER %1 AFTER %2 ON logged_session BEGIN%3\nEND")
        .arg(name, event, body);
}

DailyLoadSum plainSum(const QString& column)
{
    return {column, QStringLiteral("total(%1)").arg(column), column};
}

} // namespace

namespace DailyLoadSql {

DailyLoadSums version2()
{
    return {{QStringLiteral("sessions"), QStringLiteral("count(*)"), QString()},
            plainSum(QStringLiteral("duration_s")),
            plainSum(QStringLiteral("distance_m")),
            {QStringLiteral("srpe_load"),
             QStringLiteral("total(coalesce(session_rpe, 0) * duration_s / 60.0)"),
             QStringLiteral("session_rpe")}};
}

DailyLoadSums version5()
{
    DailyLoadSums sums = version2();
    // total() of NULL is 0, so sessions without a TRIMP or a running TSS add nothing.
    for (const char* column :
         {"trimp", "running_tss", "zone_e_s", "zone_m_s", "zone_t_s", "zone_i_s", "zone_r_s"})
        sums << plainSum(QString::fromLatin1(column));
    return sums;
}

QString insertAllGroups(const DailyLoadSums& sums)
{
    return insertGroups(sums, QString());
}

QStringList createTriggers(const DailyLoadSums& sums)
{
    const QString oldRow = QStringLiteral("OLD");
    const QString newRow = QStringLiteral("NEW");
    // The update trigger fires only when a column that moves a sum or a group changes.
    const QString changedColumns =
        QStringLiteral("UPDATE OF %1, %2").arg(kKey, joined(sums, &DailyLoadSum::sessionColumn));
    return {trigger(kTriggerNames[0], QStringLiteral("INSERT"), refreshGroup(sums, newRow)),
            trigger(kTriggerNames[1], QStringLiteral("DELETE"), refreshGroup(sums, oldRow)),
            trigger(kTriggerNames[2], changedColumns,
                    refreshGroup(sums, oldRow) + refreshGroup(sums, newRow))};
}

QStringList dropTriggers()
{
    QStringList statements;
    for (const QString& name : kTriggerNames)
        statements << QStringLiteral("DROP TRIGGER %1").arg(name);
    return statements;
}

} // namespace DailyLoadSql
} // namespace paceline
