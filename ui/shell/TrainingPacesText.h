#pragma once

#include "core/model/Athlete.h"

#include <QString>

namespace paceline {

/// "VDOT 49.8 · E 5:09-5:43/km · M 4:32/km · ..." for an athlete with a race, in
/// their units; a hint to add a race otherwise. Rich text for labels.
QString trainingPacesHtml(const Athlete& athlete);

} // namespace paceline
