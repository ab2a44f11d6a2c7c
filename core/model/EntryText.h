#pragma once

#include "Result.h"
#include "Units.h"

#include <QStringView>

#include <vector>

namespace paceline {

/// A distance as typed in a rep table: a plain number is metres ("400", "1609.3"), or
/// with a unit ("400m", "1.2km", "1mi"). The error names the text.
Result<Distance> parseDistance(QStringView text);

/// A column of splits as copied from a watch app: one per line, or separated by
/// commas, semicolons or blanks on one line. Each is read by parseDuration. On
/// several lines a comma inside a line is a decimal comma ("1:32,4"); on one line it
/// separates splits, unless the line has semicolons ("92,1;91,4" is two splits with
/// decimal commas). The error names the split and its position ("split 4 '1:7x'").
Result<std::vector<Duration>> parseSplits(QStringView text);

} // namespace paceline
