// The XML helpers shared by the TCX and GPX readers: ISO 8601 times (zones, fractions,
// none), numbers and heart rates.

#include "core/io/activity/XmlReading.h"

#include <QDateTime>

#include <gtest/gtest.h>

using namespace paceline::xml;

namespace {

std::int64_t qtMs(const char* iso)
{
    return QDateTime::fromString(QLatin1String(iso), Qt::ISODateWithMs).toMSecsSinceEpoch();
}

} // namespace

TEST(XmlReading, IsoTimesWithZonesAndFractions)
{
    EXPECT_EQ(parseIsoMilliseconds(u"2014-10-11T18:08:45.000Z"), qtMs("2014-10-11T18:08:45.000Z"));
    EXPECT_EQ(parseIsoMilliseconds(u" 2014-01-16T18:48:44.34Z "), qtMs("2014-01-16T18:48:44.340Z"));
    EXPECT_EQ(parseIsoMilliseconds(u"2024-05-01T12:05:10+02:00"), qtMs("2024-05-01T10:05:10Z"));
    EXPECT_EQ(parseIsoMilliseconds(u"2024-05-01T05:05:10-0500"), qtMs("2024-05-01T10:05:10Z"));
    EXPECT_EQ(parseIsoMilliseconds(u"2000-02-29T00:00:00.123456Z"),
              qtMs("2000-02-29T00:00:00.123Z"));
    // Without a zone a time is UTC (as the reference summaries take it).
    EXPECT_EQ(parseIsoMilliseconds(u"1969-12-31T23:59:59"), -1000);
    EXPECT_EQ(parseIsoMilliseconds(u"1970-01-01T00:00:00Z"), 0);
}

TEST(XmlReading, MalformedTimesAreNone)
{
    for (const char16_t* text :
         {u"", u"2014-10-11", u"2014-13-11T18:08:45Z", u"2014-10-11T18:08:45Q",
          u"2014/10/11T18:08:45Z", u"2014-10-11T18:08:45+2", u"abcd-ef-ghTij:kl:mnZ",
          u"2014-10-11T18:08:45+99:99", u"2014-10-11T18:08:45+02:75",
          u"2014-10-11T18:08:45.\u0663Z"}) // an Arabic-Indic 3 is no fraction digit
        EXPECT_FALSE(parseIsoMilliseconds(text).has_value())
            << QString::fromUtf16(text).toStdString();
}

TEST(XmlReading, NumbersAndHeartRates)
{
    EXPECT_EQ(parseNumber(u" 12.5 "), 12.5);
    EXPECT_EQ(parseNumber(u"3e2"), 300.0);
    EXPECT_FALSE(parseNumber(u"").has_value());
    EXPECT_FALSE(parseNumber(u"12,5").has_value());
    EXPECT_FALSE(parseNumber(u"inf").has_value());
    EXPECT_EQ(plausibleHeartRate(141.6), 142);
    EXPECT_FALSE(plausibleHeartRate(255.0).has_value());
    EXPECT_FALSE(plausibleHeartRate(0.0).has_value());
    EXPECT_FALSE(plausibleHeartRate(std::nullopt).has_value());
}

TEST(XmlReading, LeadingBlanksAreCutAndCounted)
{
    const PreparedXml prepared = prepareXml("\xEF\xBB\xBF\n \r\n   <a/>");
    EXPECT_EQ(prepared.body, QByteArrayView("<a/>"));
    EXPECT_EQ(prepared.skippedLines, 2);
    EXPECT_EQ(prepared.skippedColumns, 3);
}
