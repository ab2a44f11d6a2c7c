#pragma once

#include "core/model/SessionTemplate.h"

#include <span>
#include <vector>

namespace paceline::demo {

/// The demo's session library, in the order it is stored. Plans refer to an entry by
/// a provisional TemplateId of index + 1 until the writer knows the real one.
enum class TemplateKey {
    Intervals400,
    Intervals800,
    Rotations,
    RepetitionSets,
    HillSprints,
    Threshold1k,
    Tempo,
    Cruise2k,
    SwimAerobic,
    SwimTechnique,
    BikeIntervals,
    BrickSteady,
    BrickIntervals,
    StrengthMobility,
    Count,
};

/// Every template of the library with provisional ids (see TemplateKey).
const std::vector<SessionTemplate>& templateLibrary();
const SessionTemplate& libraryTemplate(TemplateKey key);
TemplateId provisionalTemplateId(TemplateKey key);

/// The rotations a runner's speed day and threshold day choose from.
std::span<const TemplateKey> speedRotation();
std::span<const TemplateKey> thresholdRotation();

} // namespace paceline::demo
