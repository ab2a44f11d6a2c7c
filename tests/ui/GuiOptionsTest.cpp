#include "app/gui/GuiOptions.h"

#include <gtest/gtest.h>

using namespace paceline;

namespace {

const QStringList kViews{QStringLiteral("log"), QStringLiteral("planner"),
                         QStringLiteral("sessions"), QStringLiteral("analysis")};

const QStringList kDialogs{QStringLiteral("athlete"), QStringLiteral("welcome")};

Result<GuiOptions> parse(QStringList arguments)
{
    arguments.prepend(QStringLiteral("paceline"));
    return parseGuiOptions(arguments, kViews, kDialogs);
}

} // namespace

TEST(GuiOptions, ScreenshotOptions)
{
    auto options =
        parse({QStringLiteral("--screenshot"), QStringLiteral("out.png"), QStringLiteral("--view"),
               QStringLiteral("planner"), QStringLiteral("--db"), QStringLiteral("x.sqlite"),
               QStringLiteral("--size"), QStringLiteral("1024x640")});
    ASSERT_TRUE(options.ok()) << options.errorMessage().toStdString();
    EXPECT_EQ(options->screenshotFile, QStringLiteral("out.png"));
    EXPECT_EQ(options->view, QStringLiteral("planner"));
    EXPECT_EQ(options->databasePath, QStringLiteral("x.sqlite"));
    EXPECT_EQ(options->size, QSize(1024, 640));
}

TEST(GuiOptions, WorkoutToShowIsADate)
{
    auto options = parse({QStringLiteral("--show-workout"), QStringLiteral("2026-11-17")});
    ASSERT_TRUE(options.ok()) << options.errorMessage().toStdString();
    EXPECT_EQ(options->workout, QDate(2026, 11, 17));
}

TEST(GuiOptions, TodayForThePlannerIsADate)
{
    auto options = parse({QStringLiteral("--today"), QStringLiteral("2026-11-23")});
    ASSERT_TRUE(options.ok()) << options.errorMessage().toStdString();
    EXPECT_EQ(options->today, QDate(2026, 11, 23));
}

TEST(GuiOptions, DefaultsWhenNothingIsGiven)
{
    auto options = parse({});
    ASSERT_TRUE(options.ok());
    EXPECT_TRUE(options->databasePath.isEmpty());
    EXPECT_TRUE(options->screenshotFile.isEmpty());
    EXPECT_EQ(options->size, QSize(1280, 800));
}

TEST(GuiOptions, BadValuesAreNamed)
{
    for (const auto& [arguments, named] :
         std::initializer_list<std::pair<QStringList, const char*>>{
             {{QStringLiteral("--view"), QStringLiteral("calendar")}, "'calendar'"},
             {{QStringLiteral("--size"), QStringLiteral("big")}, "'big'"},
             {{QStringLiteral("--size"), QStringLiteral("10x10")}, "'10x10'"},
             {{QStringLiteral("stray.sqlite")}, "'stray.sqlite'"},
             {{QStringLiteral("--screenshot"), QStringLiteral("a.png"), QStringLiteral("--dialog"),
               QStringLiteral("wizard")},
              "'wizard'"},
             {{QStringLiteral("--dialog"), QStringLiteral("athlete")}, "--screenshot"},
             {{QStringLiteral("--show-workout"), QStringLiteral("17/11/2026")}, "'17/11/2026'"},
             {{QStringLiteral("--today"), QStringLiteral("tomorrow")}, "'tomorrow'"},
         }) {
        auto options = parse(arguments);
        ASSERT_FALSE(options.ok()) << named;
        EXPECT_TRUE(options.errorMessage().contains(QLatin1String(named)))
            << options.errorMessage().toStdString();
    }
}

TEST(GuiOptions, ScreenshotIsDetectedBeforeTheApplicationExists)
{
    char program[] = "paceline";
    char flag[] = "--screenshot=out.png";
    char other[] = "--db";
    char* withFlag[] = {program, flag};
    char* without[] = {program, other};
    EXPECT_TRUE(wantsScreenshot(2, withFlag));
    EXPECT_FALSE(wantsScreenshot(2, without));
}
