#pragma once

#include "core/model/Result.h"
#include "core/model/Step.h"

#include <QString>
#include <QStringView>

namespace paceline {

/// Where a notation line went wrong: a 1-based column and what was expected there.
struct NotationError {
    QString message; ///< "column 9: expected an amount such as 400m, 2km, 90s or 15min"
    int column = 0;
};

/// Reads the compact session notation coaches type, for example
/// `wu 15min @E; 4x100m strides / 60s walk; 8x400m @I / 90s jog; cd 10min @E`.
/// The grammar is in docs/session-notation.md.
Result<StepTree, NotationError> parseSessionNotation(QStringView text);

/// Writes a step tree in the notation. For every tree the parser can produce,
/// parseSessionNotation(formatSessionNotation(tree)) gives the tree back; notes,
/// which the notation has no place for, are left out.
QString formatSessionNotation(const StepTree& steps);

} // namespace paceline
