#include "IcsParser.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QProcess>

namespace paceline::test {

namespace {

// Reads the calendar from stdin strictly (icalendar raises on malformed content
// lines) and prints the events as JSON. Exit 3 when the module is missing.
const char kScript[] = R"PY(
import sys, json
try:
    import icalendar
except ImportError:
    sys.exit(3)
cal = icalendar.Calendar.from_ical(sys.stdin.buffer.read())
if cal.get('VERSION') != '2.0':
    raise SystemExit('VERSION is not 2.0')
events = []
for ev in cal.walk('VEVENT'):
    cats = ev.get('CATEGORIES')
    cat_list = []
    if cats is not None:
        for c in (cats if isinstance(cats, list) else [cats]):
            cat_list += [str(x) for x in c.cats]
    events.append({
        'uid': str(ev.get('UID')),
        'summary': str(ev.get('SUMMARY')),
        'description': str(ev.get('DESCRIPTION', '')),
        'categories': cat_list,
        'start': ev.decoded('DTSTART').isoformat(),
        'end': ev.decoded('DTEND').isoformat(),
        'stamp': ev.decoded('DTSTAMP').isoformat(),
    })
sys.stdout.write(json.dumps(events))
)PY";

} // namespace

IcsParse parseIcsWithPython(const QByteArray& ics)
{
    const QString python = QStringLiteral("/usr/bin/python3");
    if (!QFileInfo::exists(python))
        return {std::nullopt, QStringLiteral("/usr/bin/python3 is not installed")};
    QProcess process;
    process.start(python, {QStringLiteral("-c"), QString::fromUtf8(kScript)});
    process.write(ics);
    process.closeWriteChannel();
    if (!process.waitForFinished(60000))
        return {std::nullopt, QStringLiteral("python3 did not finish")};
    if (process.exitCode() == 3)
        return {std::nullopt, QStringLiteral("python3-icalendar is not installed "
                                             "(apt-get install python3-icalendar)")};
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return {QJsonArray{}, QStringLiteral("icalendar refused the file: ") +
                                  QString::fromUtf8(process.readAllStandardError())};
    return {QJsonDocument::fromJson(process.readAllStandardOutput()).array(), QString()};
}

} // namespace paceline::test
