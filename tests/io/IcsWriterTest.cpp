// plannedSessionsToIcs: RFC 5545 line rules checked by hand, and the whole file read
// back by an independent parser (python3-icalendar).

#include "core/io/IcsWriter.h"

#include "IcsParser.h"
#include "core/io/IcsText.h"
#include "core/io/SessionNotation.h"

#include <QJsonObject>
#include <QList>

#include <gtest/gtest.h>

using namespace paceline;
using paceline::test::parseIcsWithPython;

namespace {

const QDateTime kStamp(QDate(2026, 11, 20), QTime(9, 30, 5), Qt::UTC);

PlannedSession planned(qint64 id, QDate date, const QString& name, const QString& notation,
                       Sport sport = Sport::Run)
{
    PlannedSession session;
    session.id = PlannedSessionId{id};
    session.athleteId = AthleteId{7};
    session.date = date;
    session.name = name;
    session.sport = sport;
    auto steps = parseSessionNotation(notation);
    EXPECT_TRUE(steps.ok()) << notation.toStdString();
    if (steps)
        session.steps = *steps;
    return session;
}

Athlete runnerWithRace()
{
    Athlete athlete;
    athlete.id = AthleteId{7};
    athlete.name = QStringLiteral("Ana Ruiz");
    athlete.recentRace = RaceResult{Distance{5000.0}, Duration{20.0 * 60.0}, QDate()};
    return athlete;
}

// Commas, semicolons, a backslash, a newline and characters of 2, 2 and 4 octets.
const QString kAwkwardName = QStringLiteral("Café 8×400m; fast, then \\ easy\nsecond line 🏃 done");

std::vector<PlannedSession> week()
{
    auto intervals = planned(11, QDate(2026, 11, 24), kAwkwardName,
                             QStringLiteral("wu 15min @E; 8x400m @I / 90s jog; cd 10min @E"));
    intervals.purpose = Purpose::RaceSpecific;
    intervals.notes = QStringLiteral("Relaxed, even; no racing.");
    auto brick = planned(12, QDate(2026, 11, 28), QStringLiteral("Brick"),
                         QStringLiteral("bike 60min @rpe5; run 20min @M"), Sport::Brick);
    auto longRun =
        planned(13, QDate(2026, 11, 29), QStringLiteral("Long run"), QStringLiteral("90min @E"));
    return {intervals, brick, longRun};
}

QList<QByteArray> physicalLines(const QByteArray& ics)
{
    QList<QByteArray> lines = ics.split('\n');
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    return lines;
}

/// The content lines with folds undone (RFC 5545 3.1).
QList<QByteArray> unfoldedLines(const QByteArray& ics)
{
    QByteArray text = ics;
    text.replace("\r\n ", "");
    QList<QByteArray> lines = text.split('\n');
    for (QByteArray& line : lines)
        line.chop(line.endsWith('\r') ? 1 : 0);
    lines.removeAll(QByteArray());
    return lines;
}

} // namespace

TEST(IcsText, EscapesTextCharacters)
{
    EXPECT_EQ(ics::escapeText(QStringLiteral("a,b;c\\d\ne\r\nf")),
              QStringLiteral("a\\,b\\;c\\\\d\\ne\\nf"));
    EXPECT_EQ(ics::escapeText(QStringLiteral("plain: text")), QStringLiteral("plain: text"));
}

TEST(IcsText, FoldsAt75OctetsWithoutSplittingCharacters)
{
    // 100 two-octet characters after a 12-octet name: a naive fold at 75 would cut one.
    const QString line = QStringLiteral("DESCRIPTION:") + QString(100, QChar(0x00E9));
    const QByteArray folded = ics::foldLine(line);
    EXPECT_TRUE(folded.endsWith("\r\n"));
    const QList<QByteArray> lines = physicalLines(folded);
    ASSERT_GT(lines.size(), 2);
    QByteArray unfolded;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QByteArray content = lines[i];
        ASSERT_TRUE(content.endsWith('\r'));
        content.chop(1);
        EXPECT_LE(content.size(), 75) << "line " << i;
        if (i > 0) {
            ASSERT_TRUE(content.startsWith(' '));
            content.remove(0, 1);
        }
        // Each physical line is valid UTF-8 on its own.
        EXPECT_EQ(QString::fromUtf8(content).toUtf8(), content) << "line " << i;
        EXPECT_FALSE(QString::fromUtf8(content).contains(QChar::ReplacementCharacter));
        unfolded += content;
    }
    EXPECT_EQ(QString::fromUtf8(unfolded), line);
}

TEST(IcsText, ShortLinesAreNotFolded)
{
    EXPECT_EQ(ics::foldLine(QStringLiteral("VERSION:2.0")), QByteArray("VERSION:2.0\r\n"));
    EXPECT_EQ(ics::foldLine(QString(75, QLatin1Char('x'))).count("\r\n"), 1);
    EXPECT_EQ(ics::foldLine(QString(76, QLatin1Char('x'))).count("\r\n"), 2);
}

TEST(IcsWriter, WritesACalendarWithOneEventPerSession)
{
    const QByteArray ics = plannedSessionsToIcs(week(), runnerWithRace(), kStamp);
    // Every line ends in CRLF and none is longer than 75 octets.
    EXPECT_TRUE(ics.endsWith("END:VCALENDAR\r\n"));
    for (const QByteArray& line : physicalLines(ics)) {
        ASSERT_TRUE(line.endsWith('\r')) << line.toStdString();
        EXPECT_LE(line.size() - 1, 75) << line.toStdString();
    }
    const QList<QByteArray> lines = unfoldedLines(ics);
    EXPECT_EQ(lines.first(), "BEGIN:VCALENDAR");
    EXPECT_TRUE(lines.contains("VERSION:2.0"));
    EXPECT_TRUE(lines.contains("CALSCALE:GREGORIAN"));
    EXPECT_EQ(lines.count("BEGIN:VEVENT"), 3);
    EXPECT_EQ(lines.count("END:VEVENT"), 3);
    EXPECT_EQ(lines.count("DTSTAMP:20261120T093005Z"), 3);
    EXPECT_TRUE(lines.contains("UID:planned-11-athlete-7@paceline"));
    EXPECT_TRUE(lines.contains("DTSTART;VALUE=DATE:20261124"));
    EXPECT_TRUE(lines.contains("DTEND;VALUE=DATE:20261125"));
    EXPECT_TRUE(lines.contains("CATEGORIES:Brick"));
    EXPECT_TRUE(lines.contains(QStringLiteral("SUMMARY:Café 8×400m\\; fast\\, then \\\\ easy\\n"
                                              "second line 🏃 done (Run)")
                                   .toUtf8()));
}

TEST(IcsWriter, DescribesNotationTargetsPurposeAndNotes)
{
    const QByteArray ics = plannedSessionsToIcs(week(), runnerWithRace(), kStamp);
    const QList<QByteArray> lines = unfoldedLines(ics);
    const auto description = std::find_if(lines.begin(), lines.end(), [](const QByteArray& l) {
        return l.startsWith("DESCRIPTION:wu 15min");
    });
    ASSERT_NE(description, lines.end());
    const QString text = QString::fromUtf8(*description);
    EXPECT_TRUE(text.contains(QStringLiteral("8x400m @I / 90s jog")));
    // 5K in 20:00 is VDOT ~49.8: I pace 3:55/km, E a range written fastest first.
    EXPECT_TRUE(text.contains(QStringLiteral("Targets: E 4:58-5:34/km")));
    EXPECT_TRUE(text.contains(QStringLiteral(", I 3:55/km"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Purpose: Race-specific")));
    EXPECT_TRUE(text.contains(QStringLiteral("Relaxed\\, even\\; no racing.")));
}

TEST(IcsWriter, TargetsInTheAthletesUnits)
{
    Athlete athlete = runnerWithRace();
    athlete.units = UnitSystem::Imperial;
    const QByteArray ics = plannedSessionsToIcs(week(), athlete, kStamp);
    EXPECT_TRUE(ics.contains("/mi")) << ics.toStdString();
    EXPECT_FALSE(ics.contains("/km")) << "paces per mile only";
}

TEST(IcsWriter, NoTargetsWithoutARace)
{
    Athlete athlete = runnerWithRace();
    athlete.recentRace.reset();
    const QByteArray ics = plannedSessionsToIcs(week(), athlete, kStamp);
    EXPECT_FALSE(ics.contains("Targets:"));
    EXPECT_TRUE(ics.contains("8x400m @I"));
}

TEST(IcsWriter, EmptyPlanIsAnEmptyCalendar)
{
    const QByteArray ics = plannedSessionsToIcs({}, runnerWithRace(), kStamp);
    EXPECT_TRUE(ics.startsWith("BEGIN:VCALENDAR\r\n"));
    EXPECT_FALSE(ics.contains("VEVENT"));
}

TEST(IcsWriter, UnsavedSessionsGetDistinctStableUids)
{
    std::vector<PlannedSession> sessions = week();
    for (PlannedSession& session : sessions)
        session.id = PlannedSessionId{};
    const QByteArray first = plannedSessionsToIcs(sessions, runnerWithRace(), kStamp);
    const QByteArray again = plannedSessionsToIcs(sessions, runnerWithRace(), kStamp);
    EXPECT_EQ(first, again);
    QList<QByteArray> uids;
    for (const QByteArray& line : unfoldedLines(first))
        if (line.startsWith("UID:"))
            uids << line;
    ASSERT_EQ(uids.size(), 3);
    EXPECT_NE(uids[0], uids[1]);
    EXPECT_NE(uids[1], uids[2]);
}

TEST(IcsWriter, AnIndependentParserReadsTheEvents)
{
    const auto parsed = parseIcsWithPython(plannedSessionsToIcs(week(), runnerWithRace(), kStamp));
    if (!parsed.events)
        GTEST_SKIP() << parsed.error.toStdString();
    ASSERT_TRUE(parsed.error.isEmpty()) << parsed.error.toStdString();
    const QJsonArray& events = *parsed.events;
    ASSERT_EQ(events.size(), 3);

    const QJsonObject intervals = events[0].toObject();
    EXPECT_EQ(intervals[QStringLiteral("summary")].toString(),
              kAwkwardName + QStringLiteral(" (Run)"));
    EXPECT_EQ(intervals[QStringLiteral("uid")].toString(),
              QStringLiteral("planned-11-athlete-7@paceline"));
    EXPECT_EQ(intervals[QStringLiteral("start")].toString(), QStringLiteral("2026-11-24"));
    EXPECT_EQ(intervals[QStringLiteral("end")].toString(), QStringLiteral("2026-11-25"));
    EXPECT_EQ(intervals[QStringLiteral("stamp")].toString(),
              QStringLiteral("2026-11-20T09:30:05+00:00"));
    const QStringList description =
        intervals[QStringLiteral("description")].toString().split(QLatin1Char('\n'));
    ASSERT_GE(description.size(), 4);
    EXPECT_EQ(description[0], QStringLiteral("wu 15min @E; 8x400m @I / 90s jog; cd 10min @E"));
    EXPECT_TRUE(description[1].startsWith(QStringLiteral("Targets: E ")));
    EXPECT_EQ(description.last(), QStringLiteral("Relaxed, even; no racing."));

    const QJsonObject brick = events[1].toObject();
    EXPECT_EQ(brick[QStringLiteral("summary")].toString(), QStringLiteral("Brick"));
    EXPECT_EQ(brick[QStringLiteral("categories")].toArray().first().toString(),
              QStringLiteral("Brick"));
    EXPECT_TRUE(brick[QStringLiteral("description")].toString().startsWith(
        QStringLiteral("bike 60min @rpe5; run 20min @M")));
    EXPECT_EQ(events[2].toObject()[QStringLiteral("start")].toString(),
              QStringLiteral("2026-11-29"));
}
