#pragma once

#include "StepMime.h"

#include <QJsonObject>

namespace paceline {

/// Reads and checks the JSON object of our steps format (see StepMime.h): every
/// field's type and range, the size and depth of the tree, and the source paths.
Result<StepMimeContent> readStepMime(const QJsonObject& json);

} // namespace paceline
