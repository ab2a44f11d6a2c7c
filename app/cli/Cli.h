#pragma once

#include <QStringList>
#include <QTextStream>

namespace paceline::cli {

/// Runs paceline-cli with `arguments` (without the program name) and returns the exit
/// status: 0 success, 1 the work failed, 2 bad arguments or input.
int run(const QStringList& arguments, QTextStream& out, QTextStream& err);

} // namespace paceline::cli
