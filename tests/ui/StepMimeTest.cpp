// The steps mime format: a faithful round trip, and malformed data (it comes from
// other processes) refused with a message instead of a crash. Also the short texts
// the builder shows for steps.

#include "ui/models/StepMime.h"

#include "TemplateTestSupport.h"
#include "ui/models/StepText.h"

#include <QMimeData>

#include <gtest/gtest.h>

#include <memory>

using namespace paceline;
using namespace paceline::test;

namespace {

/// Every alternative of every field, nested two deep with a recovery between sets.
std::vector<StepNode> everyFeature()
{
    Step pace = namedStep(
        "pace", StepKind::Work, Distance{1000.0},
        PaceRange{Speed::fromSecondsPerKilometre(245), Speed::fromSecondsPerKilometre(235)});
    Step heart = namedStep("hr", StepKind::Work, Duration{300.5}, HeartRateRange{150, 160});
    heart.sport = Sport::Bike;
    Step rpe = namedStep("rpe", StepKind::Strides, std::monostate{}, RpeTarget{7.5});
    Step walk = namedStep("walk", StepKind::Recovery, Duration{60.0});
    walk.recoveryMode = RecoveryMode::Walk;
    walk.id = StepId{12};
    Step zone = namedStep("", StepKind::Drills, Duration{120.0}, PaceZone::RotationSurge);
    RepeatGroup inner{StepId{5}, 2, {StepNode{rpe}, StepNode{walk}}, std::nullopt};
    RepeatGroup outer{StepId{6}, 3, {StepNode{heart}, StepNode{inner}}, walk};
    return {StepNode{pace}, StepNode{outer}, StepNode{zone}};
}

Result<StepMimeContent> decoded(const char* json)
{
    return decodeSteps(QByteArray(json));
}

std::string errorOf(const char* json)
{
    auto result = decoded(json);
    return result ? std::string("(accepted)") : result.errorMessage().toStdString();
}

} // namespace

TEST(StepMime, RoundTripKeepsEveryFieldButIds)
{
    StepMimeContent content;
    content.nodes = everyFeature();
    content.source = StepMimeSource{stepMimeProcess(),
                                    QStringLiteral("/tmp/log.sqlite"),
                                    TemplateId{9007199254740993LL},
                                    {{0}, {1}, {2, 1, 0}}};
    auto back = decodeSteps(encodeSteps(content));
    ASSERT_TRUE(back.ok()) << back.errorMessage().toStdString();
    EXPECT_EQ(back->nodes, withoutIds(everyFeature())); // store ids never travel
    EXPECT_EQ(back->source, content.source);
}

TEST(StepMime, MimeDataCarriesOurType)
{
    std::unique_ptr<QMimeData> mime(makeStepMimeData({everyFeature(), std::nullopt}));
    EXPECT_TRUE(mime->hasFormat(QString::fromLatin1(kStepMimeType)));
    auto back = stepsFromMimeData(mime.get());
    ASSERT_TRUE(back.ok());
    EXPECT_FALSE(back->source.has_value());
    QMimeData text;
    text.setText(QStringLiteral("wu 15min"));
    EXPECT_FALSE(stepsFromMimeData(&text).ok());
    EXPECT_FALSE(stepsFromMimeData(nullptr).ok());
}

TEST(StepMime, MalformedDataIsRefusedWithItsPlaceNamed)
{
    EXPECT_EQ(errorOf(R"({"version":1,"nodes":[{"kind":"sprint"}]})"),
              "nodes[0].kind: must be one of warmup, work, recovery, cooldown, strides, drills, "
              "mobility, rest");
    // Pasted counts follow the builder's own limit (kMaxRepeatCount, 100).
    EXPECT_EQ(errorOf(R"({"version":1,"nodes":[{"repeat":101,"children":[]}]})"),
              "nodes[0].repeat: must be a whole number from 1 to 100");
    EXPECT_EQ(errorOf(R"({"version":1,"nodes":[{"kind":"work","m":-5}]})"),
              "nodes[0].m: must be a number from 0 to 1000000");
    EXPECT_EQ(
        errorOf(
            R"({"version":1,"nodes":[{"repeat":2,"children":[{"kind":"work","hr":[170,150]}]}]})"),
        "nodes[0].children[0].hr: the first number must not be above the second");
    EXPECT_EQ(errorOf(R"({"version":2,"nodes":[]})"), "version: must be 1");
}

TEST(StepMime, EveryKindOfBadInputFailsWithoutCrashing)
{
    const char* const bad[] = {
        "",
        "not json",
        "[1,2,3]",
        "\x00\xff\xfe garbage",
        R"({"version":1})",
        R"({"version":1,"nodes":[]})",
        R"({"version":1,"nodes":{}})",
        R"({"version":1,"nodes":[42]})",
        R"({"version":1,"nodes":[{}]})",
        R"({"version":1,"nodes":[{"kind":7}]})",
        R"({"version":1,"nodes":[{"kind":"work","m":1,"s":2}]})",
        R"({"version":1,"nodes":[{"kind":"work","m":"400"}]})",
        R"({"version":1,"nodes":[{"kind":"work","s":1e308}]})",
        R"({"version":1,"nodes":[{"kind":"work","zone":"Z"}]})",
        R"({"version":1,"nodes":[{"kind":"work","zone":"I","rpe":5}]})",
        R"({"version":1,"nodes":[{"kind":"work","rpe":11}]})",
        R"({"version":1,"nodes":[{"kind":"work","pace":[0,3]}]})",
        R"({"version":1,"nodes":[{"kind":"work","pace":[4,3]}]})",
        R"({"version":1,"nodes":[{"kind":"work","pace":[3]}]})",
        R"({"version":1,"nodes":[{"kind":"work","hr":[150.5,160]}]})",
        R"({"version":1,"nodes":[{"kind":"work","mode":"crawl"}]})",
        R"({"version":1,"nodes":[{"kind":"work","sport":"chess"}]})",
        R"({"version":1,"nodes":[{"kind":"work","notes":5}]})",
        R"({"version":1,"nodes":[{"repeat":0,"children":[]}]})",
        R"({"version":1,"nodes":[{"repeat":2.5,"children":[]}]})",
        R"({"version":1,"nodes":[{"repeat":2}]})",
        R"({"version":1,"nodes":[{"repeat":2,"children":[],"between":"walk"}]})",
        R"({"version":1,"nodes":[{"kind":"work"}],"source":{}})",
        R"({"version":1,"nodes":[{"kind":"work"}],"source":{"process":"p","log":"l","template":"x","paths":[[0]]}})",
        R"({"version":1,"nodes":[{"kind":"work"}],"source":{"process":"p","log":"l","template":"3","paths":[]}})",
        R"({"version":1,"nodes":[{"kind":"work"}],"source":{"process":"p","log":"l","template":"3","paths":[[-1,0]]}})",
        R"({"version":1,"nodes":[{"kind":"work"}],"source":{"process":"p","log":"l","template":"3","paths":[[]]}})",
    };
    for (const char* json : bad)
        EXPECT_FALSE(decoded(json).ok()) << json;
}

TEST(StepMime, HugeOrDeepDataIsRefused)
{
    QByteArray deep = "{\"version\":1,\"nodes\":";
    for (int i = 0; i < 12; ++i)
        deep += "[{\"repeat\":2,\"children\":";
    deep += "[]";
    for (int i = 0; i < 12; ++i)
        deep += "}]";
    deep += "}";
    EXPECT_FALSE(decodeSteps(deep).ok());

    QByteArray many = "{\"version\":1,\"nodes\":[";
    for (int i = 0; i < 2500; ++i)
        many += QByteArray(i ? "," : "") + "{\"kind\":\"work\"}";
    many += "]}";
    EXPECT_FALSE(decodeSteps(many).ok());
    EXPECT_FALSE(decodeSteps(QByteArray(2 << 20, ' ')).ok());
}

TEST(StepText, AmountsReadAsOnATrack)
{
    EXPECT_EQ(displayAmount(Distance{400.0}, UnitSystem::Metric), QStringLiteral("400 m"));
    EXPECT_EQ(displayAmount(Distance{1500.0}, UnitSystem::Metric), QStringLiteral("1.5 km"));
    EXPECT_EQ(displayAmount(Distance{1000.0}, UnitSystem::Metric), QStringLiteral("1 km"));
    EXPECT_EQ(displayAmount(Distance{1200.0}, UnitSystem::Imperial), QStringLiteral("1200 m"));
    EXPECT_EQ(displayAmount(Distance::fromMiles(3), UnitSystem::Imperial), QStringLiteral("3 mi"));
    EXPECT_EQ(displayAmount(Duration::fromMinutes(15), UnitSystem::Metric),
              QStringLiteral("15 min"));
    EXPECT_EQ(displayAmount(Duration{90.0}, UnitSystem::Metric), QStringLiteral("90 s"));
    EXPECT_EQ(displayAmount(Duration{450.0}, UnitSystem::Metric), QStringLiteral("7:30"));
    EXPECT_EQ(displayAmount(std::monostate{}, UnitSystem::Metric), QString());
}

TEST(StepText, Intensities)
{
    EXPECT_EQ(displayIntensity(PaceZone::Interval, UnitSystem::Metric), QStringLiteral("@I"));
    EXPECT_EQ(displayIntensity(PaceZone::RotationSurge, UnitSystem::Metric),
              QStringLiteral("@surge"));
    const PaceRange band{Speed::fromSecondsPerKilometre(245), Speed::fromSecondsPerKilometre(235)};
    EXPECT_EQ(displayIntensity(band, UnitSystem::Metric), QStringLiteral("3:55–4:05/km"));
    const Speed one = Speed::fromSecondsPerKilometre(235);
    EXPECT_EQ(displayIntensity(PaceRange{one, one}, UnitSystem::Metric), QStringLiteral("3:55/km"));
    EXPECT_TRUE(displayIntensity(PaceRange{one, one}, UnitSystem::Imperial).endsWith("/mi"));
    EXPECT_EQ(displayIntensity(HeartRateRange{150, 160}, UnitSystem::Metric),
              QStringLiteral("HR 150–160"));
    EXPECT_EQ(displayIntensity(RpeTarget{7}, UnitSystem::Metric), QStringLiteral("RPE 7"));
    EXPECT_EQ(displayIntensity(RpeTarget{6.5}, UnitSystem::Metric), QStringLiteral("RPE 6.5"));
}

TEST(StepText, BlocksForTheEditMenu)
{
    EXPECT_EQ(blocksText({leaf("", StepKind::WarmUp)}), QStringLiteral("warm-up"));
    EXPECT_EQ(blocksText({repeat(8, {leaf("", StepKind::Work, Distance{400.0})})}),
              QStringLiteral("8 × 400 m"));
    EXPECT_EQ(blocksText({leaf("a"), leaf("b")}), QStringLiteral("2 blocks"));
    Step bike = namedStep("", StepKind::Work);
    bike.sport = Sport::Bike;
    EXPECT_EQ(stepKindText(bike), QStringLiteral("Work (Bike)"));
}
