// paceline-cli export-ics: the file a demo plan exports is read back by an
// independent parser (python3-icalendar); bad dates and unwritable files are named.

#include "CliRunner.h"
#include "io/IcsParser.h"

#include <QFile>
#include <QJsonArray>

#include <gtest/gtest.h>

using namespace paceline::test;

namespace {

const TempLog& demoLog()
{
    static const TempLog log;
    static const bool made = [] {
        const CliRun run =
            runCli({QStringLiteral("demo"), QStringLiteral("--db"), log.path(),
                    QStringLiteral("--athletes"), QStringLiteral("1"), QStringLiteral("--weeks"),
                    QStringLiteral("4"), QStringLiteral("--end"), QStringLiteral("2026-03-29")});
        EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
        return true;
    }();
    (void)made;
    return log;
}

CliRun exportIcs(const QString& from, const QString& to, const QString& file)
{
    return runCli({QStringLiteral("export-ics"), QStringLiteral("--db"), demoLog().path(),
                   QStringLiteral("--athlete"), QStringLiteral("1"), QStringLiteral("--from"), from,
                   QStringLiteral("--to"), to, QStringLiteral("-o"), file,
                   QStringLiteral("--json")});
}

/// The planned sessions `plan` lists for the week from `first`.
QStringList plannedNames(const QString& first)
{
    const CliRun run = runCli({QStringLiteral("plan"), QStringLiteral("--db"), demoLog().path(),
                               QStringLiteral("--week"), first, QStringLiteral("--json")});
    QStringList names;
    for (const QJsonValue& day :
         run.json()[QStringLiteral("week")][QStringLiteral("days")].toArray())
        for (const QJsonValue& session : day[QStringLiteral("sessions")].toArray())
            names << session[QStringLiteral("name")].toString();
    return names;
}

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

TEST(ExportIcsCommand, WritesACalendarARealParserReads)
{
    const TempLog out;
    const QString file = out.dir() + QStringLiteral("/plan.ics");
    const CliRun run = exportIcs(QStringLiteral("2026-03-30"), QStringLiteral("2026-04-05"), file);
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QStringList names = plannedNames(QStringLiteral("2026-03-30"));
    ASSERT_FALSE(names.isEmpty());
    EXPECT_EQ(run.json()[QStringLiteral("events")].toInt(), names.size());

    const QByteArray ics = readAll(file);
    ASSERT_TRUE(ics.startsWith("BEGIN:VCALENDAR\r\n"));
    const auto parsed = parseIcsWithPython(ics);
    if (!parsed.events)
        GTEST_SKIP() << parsed.error.toStdString();
    ASSERT_TRUE(parsed.error.isEmpty()) << parsed.error.toStdString();
    ASSERT_EQ(parsed.events->size(), names.size());
    for (qsizetype i = 0; i < names.size(); ++i) {
        const QJsonObject event = parsed.events->at(i).toObject();
        EXPECT_TRUE(event[QStringLiteral("summary")].toString().startsWith(names[i]))
            << event[QStringLiteral("summary")].toString().toStdString();
        const QDate start =
            QDate::fromString(event[QStringLiteral("start")].toString(), Qt::ISODate);
        EXPECT_GE(start, QDate(2026, 3, 30));
        EXPECT_LE(start, QDate(2026, 4, 5));
        EXPECT_EQ(QDate::fromString(event[QStringLiteral("end")].toString(), Qt::ISODate),
                  start.addDays(1));
        EXPECT_FALSE(event[QStringLiteral("description")].toString().isEmpty());
        EXPECT_TRUE(event[QStringLiteral("uid")].toString().endsWith(QStringLiteral("@paceline")));
    }
}

TEST(ExportIcsCommand, BadDatesAreNamedWithStatus2)
{
    const TempLog out;
    const QString file = out.dir() + QStringLiteral("/plan.ics");
    const QList<std::pair<std::pair<QString, QString>, QString>> cases{
        {{QStringLiteral("2026-02-30"), QStringLiteral("2026-03-05")},
         QStringLiteral("'2026-02-30'")},
        {{QStringLiteral("2026-03-05"), QStringLiteral("soon")}, QStringLiteral("'soon'")},
        {{QStringLiteral("2026-04-05"), QStringLiteral("2026-03-30")}, QStringLiteral("is after")},
    };
    for (const auto& [dates, named] : cases) {
        const CliRun run = exportIcs(dates.first, dates.second, file);
        EXPECT_EQ(run.exitCode, 2) << named.toStdString();
        EXPECT_TRUE(run.errIsOneLine()) << run.err.toStdString();
        EXPECT_TRUE(run.err.contains(named)) << run.err.toStdString();
    }
    EXPECT_FALSE(QFile::exists(file)) << "nothing is written for bad input";
}

TEST(ExportIcsCommand, AnUnwritableFileIsAFailure)
{
    const CliRun run = exportIcs(QStringLiteral("2026-03-30"), QStringLiteral("2026-04-05"),
                                 QStringLiteral("/nonexistent/dir/plan.ics"));
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.errIsOneLine()) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(QStringLiteral("/nonexistent/dir/plan.ics")));
}
