#include "ExampleSessions.h"

#include "SessionNotation.h"

#include <QCoreApplication>

namespace paceline {

namespace {

struct Example {
    const char* name;
    Sport sport;
    Purpose purpose;
    const char* notation;
    const char* notes;
};

// Each follows the sequencing principles the advisor checks: a thorough warm-up,
// shorter and slightly easier efforts first, recoveries that keep form without
// letting the heart rate fall all the way, a relaxed tapering element, a cool-down.
constexpr Example kExamples[] = {
    {QT_TRANSLATE_NOOP("ExampleSessions", "5K sharpening: 8 × 400 m"), Sport::Run,
     Purpose::RaceSpecific,
     "wu 15min @E; drills 5min; 4x100m strides / 60s walk; 8x400m @I / 90s jog; "
     "2x200m @E / 200m jog; cd 10min @E",
     QT_TRANSLATE_NOOP("ExampleSessions",
                       "Reps just faster than 5K pace, relaxed and even. Finish with two easy, "
                       "tall 200s before the cool-down.")},
    {QT_TRANSLATE_NOOP("ExampleSessions", "Three-zone rotation"), Sport::Run, Purpose::RaceSpecific,
     "wu 20min @E; 4x100m strides / 60s walk; 3x(6min @race / 2min @easy; 1min @surge / "
     "2min @easy); 5min @race; jog 5min; cd 10min @E",
     QT_TRANSLATE_NOOP("ExampleSessions",
                       "Near race pace, surges faster than race pace, easy running between. The "
                       "last block is a strong, even push.")},
    {QT_TRANSLATE_NOOP("ExampleSessions", "Progressive ladder 400-800-1200"), Sport::Run,
     Purpose::FatigueTolerance,
     "wu 15min @E; 4x100m strides / 60s walk; 400m @T / 90s jog; 800m @T / 2min jog; "
     "1200m @I / 3min jog; 800m @I / 2min jog; 2x200m @E / 200m jog; cd 10min @E",
     QT_TRANSLATE_NOOP("ExampleSessions",
                       "Short and a little easier first; the longest, hardest rep comes once "
                       "you are fully warm.")},
    {QT_TRANSLATE_NOOP("ExampleSessions", "Threshold cruise intervals 5 × 1 km"), Sport::Run,
     Purpose::Threshold, "wu 2km @E; 5x1km @T / 60s jog; jog 5min; cd 2km @E",
     QT_TRANSLATE_NOOP("ExampleSessions",
                       "Comfortably hard and controlled; the short jogs keep the heart rate up "
                       "between reps.")},
    {QT_TRANSLATE_NOOP("ExampleSessions", "Hill strides"), Sport::Run, Purpose::Turnover,
     "wu 15min @E; drills 5min; 8x15s @R / 90s walk; jog 5min @E; cd 10min @E",
     QT_TRANSLATE_NOOP("ExampleSessions",
                       "Short, quick and tall up a moderate hill; walk back down fully "
                       "recovered. Stop when the form goes.")},
    {QT_TRANSLATE_NOOP("ExampleSessions", "Turnover 200s"), Sport::Run, Purpose::Turnover,
     "10min @E; 6x(200m @R / 200m jog); 10min @E",
     QT_TRANSLATE_NOOP("ExampleSessions", "Fast, relaxed and light on the feet.")},
    {QT_TRANSLATE_NOOP("ExampleSessions", "Brick: bike then run"), Sport::Brick,
     Purpose::RaceSpecific, "bike 60min @rpe5; run 20min @M",
     QT_TRANSLATE_NOOP("ExampleSessions",
                       "Straight off the bike: find your run cadence in the first minutes, then "
                       "settle at marathon effort.")},
    {QT_TRANSLATE_NOOP("ExampleSessions", "Recovery run"), Sport::Run, Purpose::Recovery,
     "run 30min @E",
     QT_TRANSLATE_NOOP("ExampleSessions",
                       "Easy enough to talk in full sentences; slower is fine.")},
    {QT_TRANSLATE_NOOP("ExampleSessions", "Long run with a fast finish"), Sport::Run,
     Purpose::AerobicEndurance, "wu 10min @E; 70min @E; 15min @M; cd 5min @E",
     QT_TRANSLATE_NOOP("ExampleSessions",
                       "Steady and easy for most of it, then marathon pace for the last "
                       "15 minutes while staying relaxed.")},
};

} // namespace

std::vector<SessionTemplate> exampleSessions()
{
    std::vector<SessionTemplate> sessions;
    for (const Example& example : kExamples) {
        auto steps = parseSessionNotation(QString::fromUtf8(example.notation));
        // The notations above are part of the program; a failure is a bug the
        // example test catches, so it is skipped rather than shown half-parsed.
        if (!steps)
            continue;
        SessionTemplate session;
        session.name = QCoreApplication::translate("ExampleSessions", example.name);
        session.sport = example.sport;
        session.purpose = example.purpose;
        session.notes = QCoreApplication::translate("ExampleSessions", example.notes);
        session.steps = std::move(steps).value();
        sessions.push_back(std::move(session));
    }
    return sessions;
}

} // namespace paceline
