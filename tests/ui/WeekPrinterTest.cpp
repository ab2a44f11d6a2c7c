// The printed week: the pace targets line, and the PDF read back with poppler-utils
// (pdfinfo, pdftotext): one A4 page holding the athlete, every weekday, each
// session's notation and the athlete's paces.

#include "ui/planner/WeekPrinter.h"

#include "PlannerTestSupport.h"
#include "UiTestSupport.h"
#include "core/io/SessionNotation.h"
#include "core/model/TimeText.h"
#include "core/science/Stability.h"
#include "ui/document/LogDocument.h"
#include "ui/document/TrainingPlan.h"
#include "ui/planner/WeekSheet.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace paceline;
using namespace paceline::test;

namespace {

/// Runs a poppler tool; its standard output, or nothing when it failed.
std::optional<QString> poppler(const QString& tool, const QStringList& arguments)
{
    QProcess process;
    process.start(tool, arguments);
    if (!process.waitForFinished(30000) || process.exitCode() != 0)
        return std::nullopt;
    return QString::fromUtf8(process.readAllStandardOutput());
}

bool havePoppler()
{
    return !QStandardPaths::findExecutable(QStringLiteral("pdfinfo")).isEmpty() &&
           !QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty();
}

/// pdftotext lays text out as on the page; joining the words makes the checks immune to
/// how lines were wrapped.
QString words(const QString& text)
{
    return text.simplified();
}

Athlete runner()
{
    Athlete athlete = runnerWithRace(QStringLiteral("Ana Runner"));
    athlete.id = AthleteId{1};
    return athlete;
}

std::vector<PlanDay> sampleWeek(AthleteId athlete)
{
    std::vector<PlanDay> days;
    for (int offset = 0; offset < 7; ++offset)
        days.push_back(PlanDay{kWeekStart.addDays(offset), false, {}});
    days[0].rest = true;
    days[1].sessions.push_back(plannedSession(athlete, days[1].date, "Intervals", kIntervals));
    days[3].sessions.push_back(plannedSession(athlete, days[3].date, "Tempo", kTempo));
    days[3].sessions.push_back(plannedSession(athlete, days[3].date, "Shakeout", kEasy, 1));
    days[5].sessions.push_back(plannedSession(athlete, days[5].date, "Easy", kEasy));
    return days;
}

} // namespace

TEST(WeekSheet, PaceTargetsUseTheAthletesPaces)
{
    const std::optional<TrainingPaces> paces = athletePaces(runner());
    ASSERT_TRUE(paces.has_value());
    const StepTree steps = parseSessionNotation(kIntervals).value();
    const QString text = paceTargetsText(steps, paces, UnitSystem::Metric);
    EXPECT_TRUE(text.contains(
        QStringLiteral("I = %1").arg(formatPace(paces->interval, UnitSystem::Metric))))
        << text.toStdString();
    EXPECT_TRUE(text.startsWith(QStringLiteral("E = "))) << text.toStdString();
    EXPECT_FALSE(text.contains(QStringLiteral("T ="))) << "T is not in these steps";
    EXPECT_TRUE(paceTargetsText(steps, std::nullopt, UnitSystem::Metric).isEmpty());
}

TEST(WeekSheet, PdfHasOnePageWithTheWholeWeek)
{
    if (!havePoppler())
        GTEST_SKIP() << "pdfinfo/pdftotext (poppler-utils) are not installed";
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("week.pdf"));
    const Athlete athlete = runner();
    const std::vector<PlanDay> days = sampleWeek(athlete.id);
    ASSERT_TRUE(writeWeekSheetPdf(path, athlete, kWeekStart, days));

    const std::optional<QString> info = poppler(QStringLiteral("pdfinfo"), {path});
    ASSERT_TRUE(info.has_value());
    EXPECT_TRUE(info->contains(QRegularExpression(QStringLiteral("Pages:\\s+1\\n"))))
        << info->toStdString();
    EXPECT_TRUE(info->contains(QStringLiteral("595 x 842 pts (A4)")))
        << "A4 portrait: " << info->toStdString();

    const std::optional<QString> text = poppler(QStringLiteral("pdftotext"), {path, "-"});
    ASSERT_TRUE(text.has_value());
    const QString all = words(*text);
    EXPECT_TRUE(all.contains(QStringLiteral("Ana Runner")));
    EXPECT_TRUE(all.contains(QStringLiteral("Week of 23 Nov 2026"))) << all.toStdString();
    for (const char* weekday :
         {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"})
        EXPECT_TRUE(all.contains(QString::fromLatin1(weekday))) << weekday;
    EXPECT_TRUE(all.contains(QStringLiteral("Rest")));
    for (const PlanDay& day : days) {
        for (const PlannedSession& session : day.sessions) {
            const QString notation = words(formatSessionNotation(session.steps));
            EXPECT_TRUE(all.contains(notation)) << notation.toStdString();
        }
    }
    const QString interval = formatPace(athletePaces(athlete)->interval, UnitSystem::Metric);
    EXPECT_TRUE(all.contains(QStringLiteral("I = %1").arg(interval))) << all.toStdString();
}

TEST(WeekSheet, AnUnwritablePathLeavesNothing)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("missing/folder/week.pdf"));
    EXPECT_FALSE(writeWeekSheetPdf(path, runner(), kWeekStart, {}));
    EXPECT_FALSE(QFile::exists(path));
}

TEST(WeekPrinter, PrintsTheAthletesPlannedWeekFromTheLog)
{
    if (!havePoppler())
        GTEST_SKIP() << "pdfinfo/pdftotext (poppler-utils) are not installed";
    TempStore store;
    auto document = store.openDocument();
    ASSERT_TRUE(document->addAthlete(runnerWithRace(QStringLiteral("Ben Coach"))));
    const AthleteId athlete = document->currentAthleteId();
    PlannedSession tempo = plannedSession(athlete, kWeekStart.addDays(2), "Tempo", kTempo);
    if (!storePlanned(*document, tempo) ||
        document->plan().days(athlete, kWeekStart, kWeekStart.addDays(6)).empty())
        GTEST_SKIP() << "the plan store or TrainingPlan reads are not implemented yet";

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("week.pdf"));
    ASSERT_TRUE(writeWeekPdf(path, *document, athlete, kWeekStart));
    const std::optional<QString> text = poppler(QStringLiteral("pdftotext"), {path, "-"});
    ASSERT_TRUE(text.has_value());
    EXPECT_TRUE(words(*text).contains(QStringLiteral("Ben Coach")));
    EXPECT_TRUE(words(*text).contains(words(formatSessionNotation(tempo.steps))));
    EXPECT_FALSE(writeWeekPdf(path, *document, AthleteId{999}, kWeekStart)) << "no such athlete";
}
