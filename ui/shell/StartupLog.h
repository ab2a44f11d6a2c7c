#pragma once

#include <QString>

#include <memory>

namespace paceline {

class LogStore;

/// Opens the log for a headless run; prints why to stderr on failure.
std::unique_ptr<LogStore> openLogOrReport(const QString& path, bool readOnly);

/// Opens the log for the GUI. When it cannot be used (damaged, foreign, newer), says
/// why and lets the user pick another file or quit; the refused file is never changed.
std::unique_ptr<LogStore> openLogOrAskAnother(const QString& path, bool readOnly);

} // namespace paceline
