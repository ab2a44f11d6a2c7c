#pragma once

#include <QSize>
#include <QString>

class QWidget;

namespace paceline {

/// Lays `window` out at `size`, renders it and writes a PNG. Prints why to stderr
/// and returns false when the file cannot be written.
bool saveScreenshot(QWidget& window, QSize size, const QString& file);

} // namespace paceline
