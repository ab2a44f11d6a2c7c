// Paceline's CSV export (sessions.csv and reps.csv): the columns, RFC 4180 quoting,
// the round trip through readCsvLog, the CsvReader's file handling and each error.

#include "core/io/activity/CsvLog.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace paceline;

namespace {

std::string str(const QString& text)
{
    return text.toStdString();
}

Rep rep(RepKind kind, std::optional<double> metres, double seconds)
{
    Rep made;
    made.kind = kind;
    if (metres)
        made.distance = Distance{*metres};
    made.time = Duration{seconds};
    return made;
}

/// Every field filled, notes that need quoting, an offset east of UTC.
LoggedSession fullSession()
{
    LoggedSession session;
    session.start = QDateTime(QDate(2026, 3, 2), QTime(7, 30, 15), Qt::OffsetFromUTC, 3600);
    session.sport = Sport::Run;
    session.title = QStringLiteral("6×800, \"fast\"");
    session.duration = Duration{3725.5};
    session.distance = Distance{12345.6};
    session.sessionRpe = 7.5;
    session.avgHeartRate = 151;
    session.maxHeartRate = 183;
    session.notes = QStringLiteral("windy, cold\nsecond line with \"quotes\", commas, and é");
    Rep work = rep(RepKind::Work, 800.0, 158.3);
    work.rpe = 8.0;
    work.avgHeartRate = 171;
    work.maxHeartRate = 179;
    work.cadence = 182.5;
    work.notes = QStringLiteral(" leading space, \"quoted\"\r\nand a CRLF");
    Rep jog = rep(RepKind::Recovery, std::nullopt, 90.0);
    session.reps = {work, jog, rep(RepKind::Work, 800.0, 157.0)};
    return session;
}

/// Nothing optional known, a start west of UTC late in the evening.
LoggedSession bareSession()
{
    LoggedSession session;
    session.start = QDateTime(QDate(2026, 3, 3), QTime(23, 10), Qt::OffsetFromUTC, -5 * 3600);
    session.sport = Sport::Swim;
    session.duration = Duration{1800.0};
    return session;
}

Recording readBack(const CsvExport& csv)
{
    auto read = readCsvLog(csv.sessions, csv.reps, QStringLiteral("sessions.csv"));
    EXPECT_TRUE(read.ok()) << (read.ok() ? std::string() : str(read.errorMessage()));
    return read.ok() ? *read : Recording{};
}

QStringList lines(const QByteArray& csv)
{
    return QString::fromUtf8(csv).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
}

void expectSameLap(const RecordedLap& lap, const Rep& rep)
{
    ASSERT_TRUE(lap.kind.has_value());
    EXPECT_EQ(*lap.kind, rep.kind);
    EXPECT_EQ(lap.distanceMetres.has_value(), rep.distance.has_value());
    if (rep.distance) {
        EXPECT_EQ(*lap.distanceMetres, rep.distance->metres);
    }
    EXPECT_EQ(lap.timerSeconds, std::optional<double>(rep.time.seconds));
    EXPECT_EQ(lap.rpe, rep.rpe);
    EXPECT_EQ(lap.avgHeartRate, rep.avgHeartRate);
    EXPECT_EQ(lap.maxHeartRate, rep.maxHeartRate);
    EXPECT_EQ(lap.avgCadence, rep.cadence);
    EXPECT_EQ(str(lap.notes), str(rep.notes));
}

void expectSameSession(const RecordedSession& read, const LoggedSession& written)
{
    EXPECT_EQ(read.sport, std::optional<Sport>(written.sport));
    EXPECT_EQ(str(read.sportName), str(enumId(written.sport)));
    EXPECT_EQ(read.start, written.start);
    EXPECT_EQ(read.start.timeSpec(), Qt::UTC);
    // Each row keeps its own offset (the round trip mixes +01:00 and -05:00).
    EXPECT_EQ(read.utcOffsetSeconds, std::optional<int>(written.start.offsetFromUtc()));
    EXPECT_EQ(str(read.title), str(written.title));
    EXPECT_EQ(read.timerSeconds, std::optional<double>(written.duration.seconds));
    EXPECT_EQ(read.distanceMetres.has_value(), written.distance.has_value());
    if (written.distance) {
        EXPECT_EQ(*read.distanceMetres, written.distance->metres);
    }
    EXPECT_EQ(read.sessionRpe, written.sessionRpe);
    EXPECT_EQ(read.avgHeartRate, written.avgHeartRate);
    EXPECT_EQ(read.maxHeartRate, written.maxHeartRate);
    EXPECT_EQ(str(read.notes), str(written.notes));
    ASSERT_EQ(read.laps.size(), written.reps.size());
    for (size_t index = 0; index < read.laps.size(); ++index)
        expectSameLap(read.laps[index], written.reps[index]);
}

const char kHeader[] = "session,date,start,sport,title,duration_s,distance_m,pace_s_per_km,pace,"
                       "session_rpe,avg_hr,max_hr,notes\r\n";
const char kRepsHeader[] =
    "session,rep,kind,distance_m,time_s,pace_s_per_km,pace,rpe,avg_hr,max_hr,cadence,notes\r\n";

QString errorOf(const QByteArray& sessions, const QByteArray& reps = {})
{
    auto read = readCsvLog(sessions, reps, QStringLiteral("sessions.csv"));
    EXPECT_FALSE(read.ok());
    return read.ok() ? QString() : read.errorMessage();
}

QByteArray row(const char* cells)
{
    return QByteArray(kHeader) + cells + "\r\n";
}

} // namespace

TEST(CsvLog, HeadersAreTheDocumentedColumns)
{
    const CsvExport csv = exportCsv({}, UnitSystem::Metric);
    EXPECT_EQ(csv.sessions.toStdString(), kHeader);
    EXPECT_EQ(csv.reps.toStdString(), kRepsHeader);
}

TEST(CsvLog, WritesIsoTimesSiUnitsAndPaceInTheAthletesUnits)
{
    LoggedSession session = bareSession();
    session.sport = Sport::Run;
    session.distance = Distance{10000.0};
    session.duration = Duration{2500.0};                  // 4:10 per km, 6:42.3 per mile
    session.reps = {rep(RepKind::Work, 1609.344, 400.0)}; // 6:40 per mile, 4:08.5 per km
    const QStringList metric = lines(exportCsv({session}, UnitSystem::Metric).sessions);
    ASSERT_EQ(metric.size(), 2);
    EXPECT_EQ(str(metric[1]),
              "1,2026-03-03,2026-03-03T23:10:00-05:00,run,,2500,10000,250,4:10/km,,,,");
    const QStringList imperialReps = lines(exportCsv({session}, UnitSystem::Imperial).reps);
    ASSERT_EQ(imperialReps.size(), 2);
    EXPECT_EQ(str(imperialReps[1]), "1,1,work,1609.344,400,248.55,6:40/mi,,,,,");
}

TEST(CsvLog, QuotesCommasQuotesAndLineBreaksAsRfc4180Says)
{
    const CsvExport csv = exportCsv({fullSession()}, UnitSystem::Metric);
    const QString sessions = QString::fromUtf8(csv.sessions);
    EXPECT_TRUE(sessions.contains(QStringLiteral("\"6×800, \"\"fast\"\"\"")));
    EXPECT_TRUE(sessions.contains(
        QStringLiteral("\"windy, cold\nsecond line with \"\"quotes\"\", commas, and é\"")));
    EXPECT_TRUE(QString::fromUtf8(csv.reps).contains(
        QStringLiteral("\" leading space, \"\"quoted\"\"\r\nand a CRLF\"")));
}

TEST(CsvLog, RoundTripsEveryValueInBothUnitSystems)
{
    const std::vector<LoggedSession> written{fullSession(), bareSession()};
    for (UnitSystem units : {UnitSystem::Metric, UnitSystem::Imperial}) {
        const Recording read = readBack(exportCsv(written, units));
        EXPECT_EQ(str(read.format), "csv");
        EXPECT_EQ(str(read.fileName), "sessions.csv");
        // The first row's offset; each start itself is exact as a UTC instant.
        EXPECT_EQ(read.utcOffsetSeconds, std::optional<int>(3600));
        ASSERT_EQ(read.sessions.size(), 2u);
        expectSameSession(read.sessions[0], written[0]);
        expectSameSession(read.sessions[1], written[1]);
    }
}

TEST(CsvLog, RepsGetStartsOneAfterAnotherFromTheSession)
{
    const Recording read = readBack(exportCsv({fullSession()}, UnitSystem::Metric));
    ASSERT_EQ(read.sessions.size(), 1u);
    const auto& laps = read.sessions[0].laps;
    ASSERT_EQ(laps.size(), 3u);
    const QDateTime start = fullSession().start;
    EXPECT_EQ(laps[0].start, start);
    EXPECT_EQ(laps[1].start, start.addMSecs(158300));
    EXPECT_EQ(laps[2].start, start.addMSecs(248300));
}

TEST(CsvLog, ReadsLineFeedsAByteOrderMarkReorderedColumnsAndRepsOutOfOrder)
{
    const QByteArray sessions = "\xEF\xBB\xBFsession,sport,start,extra\n"
                                "7,bike,2026-05-01T06:00:00Z,ignored\n";
    const QByteArray reps = "session,rep,time_s,kind\n7,2,60,recovery\n7,1,300,work\n";
    auto read = readCsvLog(sessions, reps, QStringLiteral("/some/folder/sessions.csv"));
    ASSERT_TRUE(read.ok()) << str(read.errorMessage());
    ASSERT_EQ(read->sessions.size(), 1u);
    EXPECT_EQ(str(read->fileName), "sessions.csv");
    EXPECT_EQ(read->sessions[0].sport, std::optional<Sport>(Sport::Bike));
    EXPECT_FALSE(read->sessions[0].timerSeconds.has_value());
    EXPECT_EQ(read->utcOffsetSeconds, std::optional<int>(0));
    ASSERT_EQ(read->sessions[0].laps.size(), 2u);
    EXPECT_EQ(read->sessions[0].laps[0].timerSeconds, std::optional<double>(300.0));
    EXPECT_EQ(read->sessions[0].laps[1].kind, std::optional<RepKind>(RepKind::Recovery));
}

TEST(CsvLog, ErrorsNameTheFileLineAndColumn)
{
    EXPECT_EQ(str(errorOf(row("1,2026-03-02,2026-03-02T07:00:00+01:00,run,,abc,,,,,,,"))),
              "sessions.csv: line 2, column duration_s: \"abc\" is not a number");
    EXPECT_EQ(str(errorOf(row("1,,2026-03-02T07:00:00+01:00,rowing,,,,,,,,,"))),
              "sessions.csv: line 2, column sport: \"rowing\" is not a sport Paceline logs "
              "(run, bike, swim, brick, strength, cross)");
    EXPECT_EQ(str(errorOf(row("1,,2026-03-02T07:00:00+01:00,run,,,,,,11,,,"))),
              "sessions.csv: line 2, column session_rpe: 11 is not between 0 and 10");
    EXPECT_EQ(str(errorOf(row("1,,2026-03-02T07:00:00,run,,,,,,,,,"))),
              "sessions.csv: line 2, column start: \"2026-03-02T07:00:00\" is not a date and "
              "time with its UTC offset, like 2026-03-02T07:30:00+01:00");
    EXPECT_EQ(str(errorOf(row("1,,2026-03-02T07:00:00Z,run,,,,,,,150.5,,"))),
              "sessions.csv: line 2, column avg_hr: 150.5 is not a whole number");
}

TEST(CsvLog, LinesCountTheLineBreaksInsideQuotedNotes)
{
    const QByteArray sessions = row("1,,2026-03-02T07:00:00Z,run,,,,,,,,,\"two\nlines\"") +
                                "2,,2026-03-03T07:00:00Z,run,,-5,,,,,,,\r\n";
    EXPECT_EQ(str(errorOf(sessions)),
              "sessions.csv: line 4, column duration_s: -5 is not between 0 and 2678400");
}

TEST(CsvLog, RefusesFilesThatAreNotPacelineCsv)
{
    EXPECT_EQ(str(errorOf("date,distance,time\r\n2026-03-02,5,1500\r\n")),
              "sessions.csv: line 1: not a Paceline sessions CSV (its header must start with "
              "\"session,date,start\")");
    EXPECT_EQ(str(errorOf("session,date,sport\r\n1,2026-03-02,run\r\n")),
              "sessions.csv: line 1: not a Paceline sessions CSV (its header must start with "
              "\"session,date,start\")");
    EXPECT_EQ(str(errorOf("session,start,title\r\n1,2026-03-02T07:00:00Z,x\r\n")),
              "sessions.csv: line 1: the column \"sport\" is missing");
    EXPECT_EQ(str(errorOf(row("1,,2026-03-02T07:00:00Z,run,a, b,,,,,,,,"))),
              "sessions.csv: line 2: 14 fields where the header has 13 (a comma in a value "
              "needs quotes around the value)");
    EXPECT_EQ(str(errorOf(row("1,,2026-03-02T07:00:00Z,run,\"open,,,,,,,,"))),
              "sessions.csv: line 2: a quoted field is never closed (a quote \" is missing)");
    EXPECT_EQ(str(errorOf(row("1,,2026-03-02T07:00:00Z,run,,,,,,,,,") +
                          "1,,2026-03-03T07:00:00Z,run,,,,,,,,,\r\n")),
              "sessions.csv: line 3, column session: session 1 is already on line 2");
}

TEST(CsvLog, RepErrorsNameTheRepsFile)
{
    const QByteArray sessions = row("1,,2026-03-02T07:00:00Z,run,,,,,,,,,");
    EXPECT_EQ(str(errorOf(sessions, QByteArray(kRepsHeader) + "2,1,work,,60,,,,,,,\r\n")),
              "reps.csv: line 2, column session: there is no session 2 in sessions.csv");
    EXPECT_EQ(str(errorOf(sessions, QByteArray(kRepsHeader) + "1,1,sprint,,60,,,,,,,\r\n")),
              "reps.csv: line 2, column kind: \"sprint\" is not work or recovery");
    EXPECT_EQ(str(errorOf(sessions, QByteArray(kRepsHeader) + "1,1,work,,60,,,10.5,,,,\r\n")),
              "reps.csv: line 2, column rpe: 10.5 is not between 0 and 10");
    EXPECT_EQ(str(errorOf(sessions, QByteArray(kRepsHeader) + "1,1,work,,60,,,,,,,\r\n" +
                                        "1,1,work,,61,,,,,,,\r\n")),
              "reps.csv: line 3, column rep: rep 1 of this session is already on line 2");
    EXPECT_EQ(str(errorOf(sessions, "session,kind\r\n1,work\r\n")),
              "reps.csv: line 1: not a Paceline reps CSV (its header must start with "
              "\"session,rep,kind\")");
}

TEST(CsvLog, RepsFileNameFollowsTheSessionsFileName)
{
    EXPECT_EQ(str(repsCsvNameFor(QStringLiteral("sessions.csv"))), "reps.csv");
    EXPECT_EQ(str(repsCsvNameFor(QStringLiteral("/a/sessions/ana-Sessions-2026.csv"))),
              "ana-reps-2026.csv");
    EXPECT_EQ(str(repsCsvNameFor(QStringLiteral("log.csv"))), "reps.csv");
}

TEST(CsvReader, RecognisesTheSessionsHeaderOnly)
{
    const CsvReader reader;
    const CsvExport csv = exportCsv({fullSession()}, UnitSystem::Metric);
    EXPECT_TRUE(reader.recognises(csv.sessions));
    EXPECT_FALSE(reader.recognises(csv.reps));
    EXPECT_FALSE(reader.recognises("date,distance\r\n"));
    EXPECT_FALSE(reader.recognises(QByteArray(5000, 'x')));
    EXPECT_EQ(str(reader.formatId()), "csv");
    EXPECT_TRUE(reader.capabilities().testFlag(ReaderCapability::RepDetails));
}

TEST(CsvReader, ReadsTheRepsFileBesideTheSessionsFile)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const CsvExport csv = exportCsv({fullSession(), bareSession()}, UnitSystem::Imperial);
    for (const auto& [name, bytes] :
         {std::pair{"ana-sessions.csv", csv.sessions}, std::pair{"ana-reps.csv", csv.reps}}) {
        QFile file(dir.filePath(QLatin1String(name)));
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(bytes);
    }
    const CsvReader reader;
    auto read = reader.read(csv.sessions, dir.filePath(QStringLiteral("ana-sessions.csv")));
    ASSERT_TRUE(read.ok()) << str(read.errorMessage());
    ASSERT_EQ(read->sessions.size(), 2u);
    EXPECT_EQ(str(read->fileName), "ana-sessions.csv");
    expectSameSession(read->sessions[0], fullSession());

    auto alone = reader.read(csv.reps, dir.filePath(QStringLiteral("ana-reps.csv")));
    ASSERT_FALSE(alone.ok());
    EXPECT_EQ(str(alone.errorMessage()), "ana-reps.csv: holds reps; import the sessions file next "
                                         "to it (its name has \"sessions\" for \"reps\")");
    EXPECT_TRUE(isRepsCsv(dir.filePath(QStringLiteral("ana-reps.csv"))));
    EXPECT_FALSE(isRepsCsv(dir.filePath(QStringLiteral("ana-sessions.csv"))));
    EXPECT_FALSE(isRepsCsv(dir.filePath(QStringLiteral("missing.csv"))));
}

TEST(CsvReader, WithoutARepsFileTheSessionsHaveNoLaps)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const CsvExport csv = exportCsv({fullSession()}, UnitSystem::Metric);
    const CsvReader reader;
    auto read = reader.read(csv.sessions, dir.filePath(QStringLiteral("sessions.csv")));
    ASSERT_TRUE(read.ok()) << str(read.errorMessage());
    ASSERT_EQ(read->sessions.size(), 1u);
    EXPECT_TRUE(read->sessions[0].laps.empty());
}

TEST(CsvReader, NeverCrashesOnTruncatedOrRandomBytes)
{
    const CsvExport csv = exportCsv({fullSession(), bareSession()}, UnitSystem::Metric);
    for (qsizetype length = 0; length < csv.sessions.size(); length += 7) {
        auto read = readCsvLog(csv.sessions.first(length), csv.reps, QStringLiteral("s.csv"));
        if (!read.ok()) {
            EXPECT_TRUE(read.errorMessage().startsWith(QStringLiteral("s.csv: ")) ||
                        read.errorMessage().startsWith(QStringLiteral("reps.csv: ")))
                << str(read.errorMessage());
        }
    }
    QByteArray noise;
    for (int i = 0; i < 4096; ++i)
        noise.append(char((i * 7919 + 13) % 256));
    EXPECT_FALSE(readCsvLog(noise, noise, QStringLiteral("s.csv")).ok());
}
