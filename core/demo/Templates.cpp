#include "Templates.h"

#include "StepBuilder.h"

#include <array>

namespace paceline::demo {

namespace {

SessionTemplate make(const char* name, Sport sport, std::optional<Purpose> purpose, StepTree steps,
                     const char* notes = "")
{
    SessionTemplate result;
    result.name = QString::fromUtf8(name);
    result.sport = sport;
    result.purpose = purpose;
    result.notes = QString::fromUtf8(notes);
    result.steps = std::move(steps);
    return result;
}

// Every run session starts with an easy warm-up and ends with a cool-down.
StepTree runSession(StepTree main)
{
    StepTree steps{node(step(StepKind::WarmUp, minutes(15), PaceZone::Easy))};
    for (StepNode& part : main)
        steps.push_back(std::move(part));
    steps.push_back(node(step(StepKind::CoolDown, minutes(10), PaceZone::Easy)));
    return steps;
}

std::vector<SessionTemplate> runTemplates()
{
    using enum PaceZone;
    std::vector<SessionTemplate> list;
    list.push_back(
        make("8 × 400 m @ I", Sport::Run, Purpose::FatigueTolerance,
             runSession({repeat(8, {node(work(metres(400), Interval)), node(jog(metres(400)))})})));
    list.push_back(
        make("6 × 800 m @ I", Sport::Run, Purpose::FatigueTolerance,
             runSession({repeat(6, {node(work(metres(800), Interval)), node(jog(minutes(2)))})})));
    list.push_back(make(
        "Rotations 3 × (6 min race, 2 min easy, 1 min surge)", Sport::Run, Purpose::RaceSpecific,
        runSession({repeat(3,
                           {node(work(minutes(6), RotationRace)),
                            node(step(StepKind::Recovery, minutes(2), RotationEasy)),
                            node(work(minutes(1), RotationSurge))},
                           jog(minutes(2)))}),
        "Race pace should feel controlled; the surge is a change of gear, not a sprint."));
    list.push_back(make(
        "2 × (4 × 300 m @ R)", Sport::Run, Purpose::Turnover,
        runSession(
            {repeat(2, {repeat(4, {node(work(metres(300), Repetition)), node(jog(metres(300)))})},
                    walk(minutes(4)))})));
    list.push_back(make(
        "Hill sprints 10 × 15 s", Sport::Run, Purpose::NeuromuscularEfficiency,
        runSession({repeat(10, {node(work(seconds(15), Repetition)), node(walk(seconds(90)))})}),
        "A steep hill; walk back down fully recovered."));
    list.push_back(make(
        "5 × 1 km @ T", Sport::Run, Purpose::Threshold,
        runSession({repeat(5, {node(work(metres(1000), Threshold)), node(jog(minutes(1)))})})));
    list.push_back(make("Tempo 20 min @ T", Sport::Run, Purpose::Threshold,
                        runSession({node(work(minutes(20), Threshold))})));
    list.push_back(make(
        "3 × 2 km @ T", Sport::Run, Purpose::Threshold,
        runSession({repeat(3, {node(work(metres(2000), Threshold)), node(jog(minutes(2)))})})));
    return list;
}

std::vector<SessionTemplate> multisportTemplates()
{
    std::vector<SessionTemplate> list;
    list.push_back(make(
        "Swim: 12 × 100 m aerobic", Sport::Swim, Purpose::AerobicEndurance,
        {node(step(StepKind::WarmUp, metres(300), rpe(3))),
         repeat(6, {node(step(StepKind::Drills, metres(50), rpe(4))), node(rest(seconds(15)))}),
         // Aerobic: steady, well short of the threshold runs of the same week.
         repeat(12, {node(work(metres(100), rpe(4.5))), node(rest(seconds(15)))}),
         node(step(StepKind::CoolDown, metres(200), rpe(2)))}));
    list.push_back(make(
        "Swim: technique and 6 × 200 m", Sport::Swim, Purpose::NeuromuscularEfficiency,
        {node(step(StepKind::WarmUp, metres(400), rpe(3))),
         repeat(8, {node(step(StepKind::Drills, metres(50), rpe(4))), node(rest(seconds(20)))}),
         repeat(6, {node(work(metres(200), rpe(5))), node(rest(seconds(20)))}),
         node(step(StepKind::CoolDown, metres(200), rpe(2)))},
        "Catch-up, fist and single-arm drills."));
    list.push_back(make("Bike: 5 × 4 min hard", Sport::Bike, Purpose::FatigueTolerance,
                        {node(step(StepKind::WarmUp, minutes(15), rpe(3))),
                         repeat(5, {node(work(minutes(4), rpe(8))),
                                    node(step(StepKind::Recovery, minutes(3), rpe(2)))}),
                         node(step(StepKind::CoolDown, minutes(10), rpe(2)))}));
    list.push_back(make("Brick: 75 min bike + 20 min run", Sport::Brick, Purpose::RaceSpecific,
                        {node(onSport(work(minutes(75), rpe(5)), Sport::Bike)),
                         node(onSport(work(minutes(20), PaceZone::Marathon), Sport::Run))},
                        "Straight off the bike: settle into the run within a kilometre."));
    list.push_back(
        make("Brick: 3 × 10 min bike + 15 min run", Sport::Brick, Purpose::FatigueTolerance,
             {node(onSport(step(StepKind::WarmUp, minutes(20), rpe(3)), Sport::Bike)),
              repeat(3, {node(onSport(work(minutes(10), rpe(7)), Sport::Bike)),
                         node(onSport(step(StepKind::Recovery, minutes(5), rpe(3)), Sport::Bike))}),
              node(onSport(work(minutes(15), PaceZone::Easy), Sport::Run))}));
    list.push_back(
        make("Strength & mobility", Sport::StrengthMobility, std::nullopt,
             {node(step(StepKind::Mobility, minutes(10))), node(work(minutes(20), rpe(5)))},
             "Squats, lunges, calf raises, planks; hips and ankles after."));
    return list;
}

std::vector<SessionTemplate> buildLibrary()
{
    std::vector<SessionTemplate> list = runTemplates();
    for (SessionTemplate& entry : multisportTemplates())
        list.push_back(std::move(entry));
    for (std::size_t i = 0; i < list.size(); ++i)
        list[i].id = TemplateId{qint64(i) + 1};
    return list;
}

constexpr std::array kSpeed{TemplateKey::Intervals400, TemplateKey::Rotations,
                            TemplateKey::Intervals800, TemplateKey::RepetitionSets,
                            TemplateKey::HillSprints};
constexpr std::array kThreshold{TemplateKey::Threshold1k, TemplateKey::Tempo,
                                TemplateKey::Cruise2k};

} // namespace

const std::vector<SessionTemplate>& templateLibrary()
{
    static const std::vector<SessionTemplate> library = buildLibrary();
    return library;
}

const SessionTemplate& libraryTemplate(TemplateKey key)
{
    return templateLibrary()[std::size_t(key)];
}

TemplateId provisionalTemplateId(TemplateKey key)
{
    return TemplateId{qint64(key) + 1};
}

std::span<const TemplateKey> speedRotation()
{
    return kSpeed;
}
std::span<const TemplateKey> thresholdRotation()
{
    return kThreshold;
}

} // namespace paceline::demo
