#include "WeekFindingsOutput.h"

#include "core/model/EnumText.h"

#include <QJsonObject>
#include <QLocale>
#include <QStringList>

namespace paceline::cli {

QString dayText(QDate date)
{
    return QLocale::c().toString(date, QStringLiteral("ddd yyyy-MM-dd"));
}

QJsonArray weekFindingsJson(const std::vector<WeekFinding>& findings)
{
    QJsonArray list;
    for (const WeekFinding& finding : findings) {
        QJsonArray days;
        for (QDate day : finding.days)
            days.append(day.toString(Qt::ISODate));
        QJsonArray sessions;
        for (PlannedSessionId id : finding.sessions)
            sessions.append(id.value);
        QJsonObject object;
        object.insert(QStringLiteral("rule"), finding.rule);
        object.insert(QStringLiteral("severity"), enumId(finding.severity));
        object.insert(QStringLiteral("days"), days);
        object.insert(QStringLiteral("sessions"), sessions);
        object.insert(QStringLiteral("message"), finding.message);
        object.insert(QStringLiteral("fix"),
                      finding.fix ? QJsonValue(finding.fix->label) : QJsonValue(QJsonValue::Null));
        list.append(object);
    }
    return list;
}

void printWeekFindings(QTextStream& out, const std::vector<WeekFinding>& findings)
{
    if (findings.empty()) {
        out << "Well spaced: no findings.\n";
        return;
    }
    for (const WeekFinding& finding : findings) {
        QStringList days;
        for (QDate day : finding.days)
            days << dayText(day);
        out << '\n'
            << enumLabel(finding.severity).toUpper() << "  " << finding.rule
            << (days.isEmpty() ? QString()
                               : QStringLiteral("  (%1)").arg(days.join(QStringLiteral(", "))))
            << '\n'
            << "  " << finding.message << '\n';
        if (finding.fix)
            out << "  Fix: " << finding.fix->label << '\n';
    }
}

} // namespace paceline::cli
