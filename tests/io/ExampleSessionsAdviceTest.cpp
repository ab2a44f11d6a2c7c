// The shipped examples are meant to show good sequencing: the advisor must agree,
// for runners across the fitness range the examples are written for.

#include "core/advice/SessionAdvisor.h"
#include "core/io/ExampleSessions.h"
#include "core/science/TrainingPaces.h"

#include <gtest/gtest.h>

using namespace paceline;

TEST(ExampleSessionsAdvice, NoWarningsOrProblemsForVdot45To60)
{
    const std::vector<SessionTemplate> examples = exampleSessions();
    ASSERT_GE(examples.size(), 8u);
    for (double vdot : {45.0, 50.0, 55.0, 60.0}) {
        for (const SessionTemplate& example : examples) {
            AdviceContext context;
            context.estimate.paces = trainingPaces(vdot);
            context.estimate.sport = example.sport;
            context.purpose = example.purpose;
            for (const Finding& finding : adviseSession(example.steps, context)) {
                EXPECT_EQ(finding.severity, Severity::Info)
                    << example.name.toStdString() << " at VDOT " << vdot << ": "
                    << finding.rule.toStdString() << ": " << finding.message.toStdString();
            }
        }
    }
}
