#include "core/io/ExampleSessions.h"

#include "StepTrees.h"

#include <QSet>

#include <gtest/gtest.h>

using namespace paceline;

namespace {

// The number of entries in kExamples (core/io/ExampleSessions.cpp). exampleSessions()
// skips an entry whose notation does not parse, so a smaller count means a broken line.
constexpr size_t kExampleCount = 9;

} // namespace

TEST(ExampleSessions, NoneIsSkipped)
{
    EXPECT_EQ(exampleSessions().size(), kExampleCount);
}

TEST(ExampleSessions, EachHasANameSportPurposeAndSteps)
{
    QSet<QString> names;
    for (const SessionTemplate& session : exampleSessions()) {
        EXPECT_FALSE(session.name.trimmed().isEmpty());
        EXPECT_FALSE(enumId(session.sport).isEmpty()) << str(session.name);
        EXPECT_TRUE(session.purpose.has_value()) << str(session.name);
        EXPECT_FALSE(session.steps.empty()) << str(session.name);
        EXPECT_FALSE(session.notes.trimmed().isEmpty()) << str(session.name);
        EXPECT_FALSE(session.id.isValid()) << "examples are new sessions, not stored ones";
        names.insert(session.name);
    }
    EXPECT_EQ(size_t(names.size()), exampleSessions().size()) << "names must be distinct";
}

TEST(ExampleSessions, TheBrickHasABikeLegAndARunLeg)
{
    const auto sessions = exampleSessions();
    const auto brick = std::find_if(sessions.begin(), sessions.end(),
                                    [](const auto& s) { return s.sport == Sport::Brick; });
    ASSERT_NE(brick, sessions.end());
    ASSERT_EQ(brick->steps.size(), 2u);
    EXPECT_EQ(brick->steps[0].step().sport, Sport::Bike);
    EXPECT_EQ(brick->steps[1].step().sport, Sport::Run);
}
