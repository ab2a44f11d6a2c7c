#pragma once

#include <QString>

#include <memory>

class QWidget;

namespace paceline {

class LogStore;

/// Where the demo log lives: beside the default log, in its own file, so exploring
/// never mixes demo sessions into an athlete's real log.
QString demoLogPath();

/// Opens the demo log, writing the demo history first when it is empty (with a
/// progress dialog over `parent`). Shows a message and returns null on failure.
std::unique_ptr<LogStore> openOrCreateDemoLog(QWidget* parent);

} // namespace paceline
