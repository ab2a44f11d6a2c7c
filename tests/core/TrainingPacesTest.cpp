// Daniels' training paces, checked against the published table.

#include "core/science/TrainingPaces.h"

#include "core/model/TimeText.h"

#include <gtest/gtest.h>

#include <cmath>
#include <string>

using namespace paceline;

namespace {

// Daniels' Running Formula, 3rd edition (Human Kinetics, 2014), table 5.2 (training
// paces for each VDOT), rows VDOT 30-70, cells copied as printed. Empty cells (the book
// leaves out I times above 5:00 and R times above 2:00) are nullptr.
//
// Where the numbers come from (we have no scan of the book): two independent public
// transcriptions, compared cell by cell by script, agree on all 369 cells below:
//  - tlgs/vdot, notebooks/2-analysis.ipynb ("raw_paces1", "raw_paces2"): OCR of the
//    book's pages, hand corrected;
//  - a JavaScript copy (TRAINING_TIMES, with every column of the table) found through a
//    public code index, whose repository we could not identify.
// mrodrigues1/running-planner (VdotCalculator.cs) agrees on E, M and T per km; its I and R
// per km are not the book's columns and were not used.
struct Table52Row {
    int vdot;
    const char* easyFastPerKm; // E/L pace per km, the faster end of the range
    const char* easySlowPerKm; // ... and the slower end
    const char* marathonPerKm;
    const char* thresholdPerKm;
    const char* intervalPer400m;
    const char* intervalPerKm; // nullptr below VDOT 37
    const char* repetitionPer200m;
    const char* repetitionPer300m;
    const char* repetitionPer400m; // nullptr below VDOT 34
};

constexpr Table52Row kTable52[] = {
    {30, "7:27", "8:14", "7:03", "6:24", "2:22", nullptr, "67", "1:41", nullptr},
    {31, "7:16", "8:02", "6:52", "6:14", "2:18", nullptr, "65", "98", nullptr},
    {32, "7:05", "7:52", "6:40", "6:05", "2:14", nullptr, "63", "95", nullptr},
    {33, "6:55", "7:41", "6:30", "5:56", "2:11", nullptr, "61", "92", nullptr},
    {34, "6:45", "7:31", "6:20", "5:48", "2:08", nullptr, "60", "90", "2:00"},
    {35, "6:36", "7:21", "6:10", "5:40", "2:05", nullptr, "58", "87", "1:57"},
    {36, "6:27", "7:11", "6:01", "5:33", "2:02", nullptr, "57", "85", "1:54"},
    {37, "6:19", "7:02", "5:53", "5:26", "1:59", "5:00", "55", "83", "1:51"},
    {38, "6:11", "6:54", "5:45", "5:19", "1:56", "4:54", "54", "81", "1:48"},
    {39, "6:03", "6:46", "5:37", "5:12", "1:54", "4:48", "53", "80", "1:46"},
    {40, "5:56", "6:38", "5:29", "5:06", "1:52", "4:42", "52", "78", "1:44"},
    {41, "5:49", "6:31", "5:22", "5:00", "1:50", "4:36", "51", "77", "1:42"},
    {42, "5:42", "6:23", "5:16", "4:54", "1:48", "4:31", "50", "75", "1:40"},
    {43, "5:35", "6:16", "5:09", "4:49", "1:46", "4:26", "49", "74", "98"},
    {44, "5:29", "6:10", "5:03", "4:43", "1:44", "4:21", "48", "72", "96"},
    {45, "5:23", "6:03", "4:57", "4:38", "1:42", "4:16", "47", "71", "94"},
    {46, "5:17", "5:57", "4:51", "4:33", "1:40", "4:12", "46", "69", "92"},
    {47, "5:12", "5:51", "4:46", "4:29", "98", "4:07", "45", "68", "90"},
    {48, "5:07", "5:45", "4:41", "4:24", "96", "4:03", "44", "67", "89"},
    {49, "5:01", "5:40", "4:36", "4:20", "95", "3:59", "44", "66", "88"},
    {50, "4:56", "5:34", "4:31", "4:15", "93", "3:55", "43", "65", "87"},
    {51, "4:52", "5:29", "4:27", "4:11", "92", "3:51", "43", "64", "86"},
    {52, "4:47", "5:24", "4:22", "4:07", "91", "3:48", "42", "64", "85"},
    {53, "4:43", "5:19", "4:18", "4:04", "90", "3:44", "42", "63", "84"},
    {54, "4:38", "5:14", "4:14", "4:00", "88", "3:41", "41", "62", "82"},
    {55, "4:34", "5:10", "4:10", "3:56", "87", "3:37", "40", "61", "81"},
    {56, "4:30", "5:05", "4:06", "3:53", "86", "3:34", "40", "60", "80"},
    {57, "4:26", "5:01", "4:03", "3:50", "85", "3:31", "39", "59", "79"},
    {58, "4:22", "4:57", "3:59", "3:46", "83", "3:28", "38", "58", "77"},
    {59, "4:19", "4:53", "3:56", "3:43", "82", "3:25", "38", "57", "76"},
    {60, "4:15", "4:49", "3:52", "3:40", "81", "3:23", "37", "56", "75"},
    {61, "4:11", "4:45", "3:49", "3:37", "80", "3:20", "37", "55", "74"},
    {62, "4:08", "4:41", "3:46", "3:34", "79", "3:17", "36", "54", "73"},
    {63, "4:05", "4:38", "3:43", "3:32", "78", "3:15", "36", "53", "72"},
    {64, "4:02", "4:34", "3:40", "3:29", "77", "3:12", "35", "52", "71"},
    {65, "3:59", "4:31", "3:37", "3:26", "76", "3:10", "35", "52", "70"},
    {66, "3:56", "4:28", "3:34", "3:24", "75", "3:08", "34", "51", "69"},
    {67, "3:53", "4:24", "3:31", "3:21", "74", "3:05", "34", "51", "68"},
    {68, "3:50", "4:21", "3:29", "3:19", "73", "3:03", "33", "50", "67"},
    {69, "3:47", "4:18", "3:26", "3:16", "72", "3:01", "33", "49", "66"},
    {70, "3:44", "4:15", "3:24", "3:14", "71", "2:59", "32", "48", "65"},
};

// The issue's acceptance criterion.
constexpr double kPaceTolerance = 5.0; // s/km

double seconds(const char* text)
{
    const auto time = parseDuration(QString::fromLatin1(text));
    EXPECT_TRUE(time.ok()) << "bad table cell " << text;
    return time.ok() ? time->seconds : 0.0;
}

// How the book's columns become seconds per km: a time per d metres is multiplied by
// 1000 / d. We take the longest distance the row prints, because the book rounds every
// cell to a whole second and a second per 200 m is already 5 s/km:
//  - I: the per-km column where printed (VDOT 37 up), else the 400 m time * 2.5
//    (+-1.25 s/km of rounding);
//  - R: the 400 m time * 2.5 where printed (VDOT 34 up), else the 300 m time * 10/3
//    (+-1.7 s/km). The 200 m column is never needed.
double intervalSecondsPerKm(const Table52Row& row)
{
    if (row.intervalPerKm)
        return seconds(row.intervalPerKm);
    return seconds(row.intervalPer400m) * 1000.0 / 400.0;
}

double repetitionSecondsPerKm(const Table52Row& row)
{
    if (row.repetitionPer400m)
        return seconds(row.repetitionPer400m) * 1000.0 / 400.0;
    return seconds(row.repetitionPer300m) * 1000.0 / 300.0;
}

void expectPace(Speed ours, double publishedSecondsPerKm, const Table52Row& row, const char* zone)
{
    EXPECT_NEAR(ours.secondsPerKilometre(), publishedSecondsPerKm, kPaceTolerance)
        << zone << " at VDOT " << row.vdot;
}

} // namespace

TEST(TrainingPaces, EasyRangeMatchesDanielsTable52)
{
    for (const Table52Row& row : kTable52) {
        const TrainingPaces paces = trainingPaces(row.vdot);
        expectPace(paces.easy.fastest, seconds(row.easyFastPerKm), row, "E (fast end)");
        expectPace(paces.easy.slowest, seconds(row.easySlowPerKm), row, "E (slow end)");
    }
}

TEST(TrainingPaces, MarathonPaceMatchesDanielsTable52)
{
    for (const Table52Row& row : kTable52)
        expectPace(trainingPaces(row.vdot).marathon, seconds(row.marathonPerKm), row, "M");
}

TEST(TrainingPaces, ThresholdPaceMatchesDanielsTable52)
{
    for (const Table52Row& row : kTable52)
        expectPace(trainingPaces(row.vdot).threshold, seconds(row.thresholdPerKm), row, "T");
}

TEST(TrainingPaces, IntervalPaceMatchesDanielsTable52)
{
    for (const Table52Row& row : kTable52)
        expectPace(trainingPaces(row.vdot).interval, intervalSecondsPerKm(row), row, "I");
}

TEST(TrainingPaces, RepetitionPaceMatchesDanielsTable52)
{
    for (const Table52Row& row : kTable52)
        expectPace(trainingPaces(row.vdot).repetition, repetitionSecondsPerKm(row), row, "R");
}

TEST(TrainingPaces, TableConversionsAgreeWithEachOther)
{
    // Guards the conversions above and the transcription: where the book prints a zone
    // over two distances, both must give about the same pace. R's 300 m and 200 m
    // columns agree within their rounding (1.7 + 2.5 s/km). I's per-km column runs up to
    // 4 s/km slower than 2.5 times its 400 m column (VDOT 37-50), more than rounding
    // explains; both transcriptions have it, so it is the book's. We test against the
    // per-km column where printed.
    for (const Table52Row& row : kTable52) {
        if (row.intervalPerKm) {
            const double difference =
                seconds(row.intervalPerKm) - seconds(row.intervalPer400m) * 2.5;
            EXPECT_GE(difference, -1.75) << "I at VDOT " << row.vdot;
            EXPECT_LE(difference, 4.0) << "I at VDOT " << row.vdot;
        }
        EXPECT_NEAR(seconds(row.repetitionPer300m) * 1000.0 / 300.0,
                    seconds(row.repetitionPer200m) * 5.0, 2.5 + 1.7)
            << "R at VDOT " << row.vdot;
    }
}

TEST(TrainingPaces, ZonesAreOrderedFromEasyToRepetition)
{
    for (double vdot = 20.0; vdot <= 85.0; vdot += 0.5) {
        const TrainingPaces paces = trainingPaces(vdot);
        const Speed speeds[] = {paces.easy.slowest, paces.easy.fastest, paces.marathon,
                                paces.threshold,    paces.interval,     paces.repetition};
        EXPECT_GT(speeds[0].metresPerSecond, 0.0) << "VDOT " << vdot;
        for (std::size_t i = 1; i < std::size(speeds); ++i)
            EXPECT_GT(speeds[i], speeds[i - 1]) << "zone " << i << ", VDOT " << vdot;
    }
}

TEST(TrainingPaces, EveryZoneGetsFasterWithVdot)
{
    // Includes the stretches where M's slowdown and R's step are blended in (VDOT
    // below 45 and 47-50): neither may make a fitter runner's pace slower.
    TrainingPaces previous = trainingPaces(20.0);
    for (double vdot = 20.1; vdot <= 85.0; vdot += 0.1) {
        const TrainingPaces paces = trainingPaces(vdot);
        const std::string at = "VDOT " + std::to_string(vdot);
        EXPECT_GT(paces.easy.slowest, previous.easy.slowest) << at;
        EXPECT_GT(paces.easy.fastest, previous.easy.fastest) << at;
        EXPECT_GT(paces.marathon, previous.marathon) << at;
        EXPECT_GT(paces.threshold, previous.threshold) << at;
        EXPECT_GT(paces.interval, previous.interval) << at;
        EXPECT_GT(paces.repetition, previous.repetition) << at;
        previous = paces;
    }
}

TEST(TrainingPaces, NoVdotGivesNoPaces)
{
    for (const double vdot : {0.0, -1.0, double(NAN), double(INFINITY)}) {
        const TrainingPaces paces = trainingPaces(vdot);
        EXPECT_EQ(paces.easy.slowest.metresPerSecond, 0.0);
        EXPECT_EQ(paces.easy.fastest.metresPerSecond, 0.0);
        EXPECT_EQ(paces.marathon.metresPerSecond, 0.0);
        EXPECT_EQ(paces.threshold.metresPerSecond, 0.0);
        EXPECT_EQ(paces.interval.metresPerSecond, 0.0);
        EXPECT_EQ(paces.repetition.metresPerSecond, 0.0);
    }
}

TEST(PaceBand, EasyIsTheRangeAndTheOthersArePoints)
{
    // Hand-picked distinct speeds, so a zone mixed up with another shows.
    const TrainingPaces paces{
        .easy = {.slowest = Speed{2.5}, .fastest = Speed{3.0}},
        .marathon = Speed{3.5},
        .threshold = Speed{3.8},
        .interval = Speed{4.2},
        .repetition = Speed{4.6},
    };
    EXPECT_EQ(paceBand(paces, PaceZone::Easy), (PaceRange{Speed{2.5}, Speed{3.0}}));
    EXPECT_EQ(paceBand(paces, PaceZone::Marathon), (PaceRange{Speed{3.5}, Speed{3.5}}));
    EXPECT_EQ(paceBand(paces, PaceZone::Threshold), (PaceRange{Speed{3.8}, Speed{3.8}}));
    EXPECT_EQ(paceBand(paces, PaceZone::Interval), (PaceRange{Speed{4.2}, Speed{4.2}}));
    EXPECT_EQ(paceBand(paces, PaceZone::Repetition), (PaceRange{Speed{4.6}, Speed{4.6}}));
}

TEST(PaceBand, RotationZonesHaveNoBand)
{
    const TrainingPaces paces = trainingPaces(50.0);
    EXPECT_FALSE(paceBand(paces, PaceZone::RotationRace).has_value());
    EXPECT_FALSE(paceBand(paces, PaceZone::RotationSurge).has_value());
    EXPECT_FALSE(paceBand(paces, PaceZone::RotationEasy).has_value());
}
