#include "ExampleMicrocycles.h"

#include "SessionNotation.h"

#include <QCoreApplication>

#include <initializer_list>

namespace paceline {

namespace {

struct ExampleSession {
    int day;
    const char* name;
    Sport sport;
    Purpose purpose;
    const char* notation;
};

struct ExampleWeek {
    const char* name;
    const char* description;
    std::initializer_list<int> restDays;
    std::initializer_list<ExampleSession> sessions;
};

// Sessions that also ship as single templates (core/io/ExampleSessions.cpp) keep their
// names and notation, so a coach recognises them in both libraries.
constexpr char kSharpening400s[] =
    "wu 15min @E; drills 5min; 4x100m strides / 60s walk; 8x400m @I / 90s jog; "
    "2x200m @E / 200m jog; cd 10min @E";
constexpr char kCruiseIntervals[] = "wu 2km @E; 5x1km @T / 60s jog; jog 5min; cd 2km @E";
constexpr char kRotation[] = "wu 20min @E; 4x100m strides / 60s walk; 3x(6min @race / 2min @easy; "
                             "1min @surge / 2min @easy); 5min @race; jog 5min; cd 10min @E";
constexpr char kRecoveryRun[] = "run 30min @E";
constexpr char kLongRunFastFinish[] = "wu 10min @E; 70min @E; 15min @M; cd 5min @E";
constexpr char kBrick[] = "bike 60min @rpe5; run 20min @M";

const char* const kContext = "ExampleMicrocycles";

// Hard days are never back to back, each follows a rest or easy day, and the long run
// is followed by rest: the spacing the week rules check (docs/planner.md).
const ExampleWeek kExamples[] = {
    {QT_TRANSLATE_NOOP("ExampleMicrocycles", "Runner: two hard, one light, rest"),
     QT_TRANSLATE_NOOP("ExampleMicrocycles",
                       "Intervals on Tuesday and threshold on Thursday, each after an easy or "
                       "rest day; easy running between; a long run on Sunday and rest on "
                       "Monday."),
     {0},
     {
         {1, QT_TRANSLATE_NOOP("ExampleSessions", "5K sharpening: 8 × 400 m"), Sport::Run,
          Purpose::RaceSpecific, kSharpening400s},
         {2, QT_TRANSLATE_NOOP("ExampleSessions", "Recovery run"), Sport::Run, Purpose::Recovery,
          kRecoveryRun},
         {3, QT_TRANSLATE_NOOP("ExampleSessions", "Threshold cruise intervals 5 × 1 km"),
          Sport::Run, Purpose::Threshold, kCruiseIntervals},
         {4, QT_TRANSLATE_NOOP("ExampleSessions", "Recovery run"), Sport::Run, Purpose::Recovery,
          kRecoveryRun},
         {5, QT_TRANSLATE_NOOP("ExampleMicrocycles", "Easy run with strides"), Sport::Run,
          Purpose::AerobicEndurance, "run 40min @E; 4x100m strides / 60s walk"},
         {6, QT_TRANSLATE_NOOP("ExampleSessions", "Long run with a fast finish"), Sport::Run,
          Purpose::AerobicEndurance, kLongRunFastFinish},
     }},
    {QT_TRANSLATE_NOOP("ExampleMicrocycles", "Runner: 10K sharpening week"),
     QT_TRANSLATE_NOOP("ExampleMicrocycles",
                       "Race-pace rotation on Tuesday and cruise intervals on Thursday, easy "
                       "days between, an easy long run on Sunday. Two hard days, one light "
                       "day, one rest day."),
     {0},
     {
         {1, QT_TRANSLATE_NOOP("ExampleSessions", "Three-zone rotation"), Sport::Run,
          Purpose::RaceSpecific, kRotation},
         {2, QT_TRANSLATE_NOOP("ExampleMicrocycles", "Easy run"), Sport::Run,
          Purpose::AerobicEndurance, "run 45min @E"},
         {3, QT_TRANSLATE_NOOP("ExampleSessions", "Threshold cruise intervals 5 × 1 km"),
          Sport::Run, Purpose::Threshold, kCruiseIntervals},
         {4, QT_TRANSLATE_NOOP("ExampleSessions", "Recovery run"), Sport::Run, Purpose::Recovery,
          kRecoveryRun},
         {5, QT_TRANSLATE_NOOP("ExampleMicrocycles", "Easy run with strides"), Sport::Run,
          Purpose::AerobicEndurance, "run 40min @E; 4x100m strides / 60s walk"},
         {6, QT_TRANSLATE_NOOP("ExampleMicrocycles", "Easy long run"), Sport::Run,
          Purpose::AerobicEndurance, "run 80min @E"},
     }},
    {QT_TRANSLATE_NOOP("ExampleMicrocycles", "Triathlon week with bricks"),
     QT_TRANSLATE_NOOP("ExampleMicrocycles",
                       "Run speed work on Tuesday, far from the hard bike on Thursday and the "
                       "brick on Saturday; swims on the easy days; rest on Monday."),
     {0},
     {
         {1, QT_TRANSLATE_NOOP("ExampleSessions", "5K sharpening: 8 × 400 m"), Sport::Run,
          Purpose::RaceSpecific, kSharpening400s},
         {1, QT_TRANSLATE_NOOP("ExampleMicrocycles", "Easy swim"), Sport::Swim,
          Purpose::AerobicEndurance, "swim 40min @rpe3"},
         {2, QT_TRANSLATE_NOOP("ExampleMicrocycles", "Easy ride"), Sport::Bike,
          Purpose::AerobicEndurance, "bike 60min @rpe3"},
         {3, QT_TRANSLATE_NOOP("ExampleMicrocycles", "Bike threshold 4 × 8 min"), Sport::Bike,
          Purpose::Threshold, "wu 15min @rpe3; 4x8min @rpe7 / 4min @rpe3; cd 10min @rpe3"},
         {4, QT_TRANSLATE_NOOP("ExampleMicrocycles", "Technique swim"), Sport::Swim,
          Purpose::AerobicEndurance, "swim 45min @rpe4"},
         {4, QT_TRANSLATE_NOOP("ExampleSessions", "Recovery run"), Sport::Run, Purpose::Recovery,
          kRecoveryRun},
         {5, QT_TRANSLATE_NOOP("ExampleSessions", "Brick: bike then run"), Sport::Brick,
          Purpose::RaceSpecific, kBrick},
         {6, QT_TRANSLATE_NOOP("ExampleMicrocycles", "Easy long run"), Sport::Run,
          Purpose::AerobicEndurance, "run 75min @E"},
     }},
};

QString translated(const char* context, const char* text)
{
    return QCoreApplication::translate(context, text);
}

/// The session's name comes from the library it also ships in, so it is translated
/// with that context.
QString sessionName(const ExampleSession& session)
{
    const QString inSessions = translated("ExampleSessions", session.name);
    return inSessions != QString::fromUtf8(session.name) ? inSessions
                                                         : translated(kContext, session.name);
}

} // namespace

std::vector<MicrocycleTemplate> exampleMicrocycles()
{
    std::vector<MicrocycleTemplate> templates;
    for (const ExampleWeek& example : kExamples) {
        MicrocycleTemplate week;
        week.name = translated(kContext, example.name);
        week.description = translated(kContext, example.description);
        week.weeks = 1;
        week.restDays.assign(example.restDays.begin(), example.restDays.end());
        int previousDay = -1;
        int order = 0;
        for (const ExampleSession& planned : example.sessions) {
            auto steps = parseSessionNotation(QString::fromUtf8(planned.notation));
            // The notations are part of the program: a failure is a bug that
            // ExampleMicrocyclesTest catches, so the session is left out, not half-read.
            if (!steps)
                continue;
            order = planned.day == previousDay ? order + 1 : 0;
            previousDay = planned.day;
            MicrocycleSession session;
            session.day = planned.day;
            session.orderInDay = order;
            session.name = sessionName(planned);
            session.sport = planned.sport;
            session.purpose = planned.purpose;
            session.steps = std::move(steps).value();
            week.sessions.push_back(std::move(session));
        }
        templates.push_back(std::move(week));
    }
    return templates;
}

} // namespace paceline
