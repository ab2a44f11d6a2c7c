#pragma once

#include <QString>

#include <memory>

class QWidget;

namespace paceline {

class LogStore;

/// Where the demo log lives: beside the default log, in its own file, so exploring
/// never mixes demo sessions into an athlete's real log.
QString demoLogPath();

/// Opens the demo log holding its app lock, writing the demo history first when it is
/// empty (with a progress dialog over `parent`). When it cannot be opened for changes,
/// asks as openLogOrAskAnother() does: it may then be the demo read-only or another
/// log the person chose (never filled with demo data). Null when given up or failed.
std::unique_ptr<LogStore> openOrCreateDemoLog(QWidget* parent);

} // namespace paceline
