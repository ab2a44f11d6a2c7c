#include "Screenshot.h"

#include <QApplication>
#include <QPixmap>
#include <QWidget>

#include <cstdio>

namespace paceline {

bool saveScreenshot(QWidget& window, QSize size, const QString& file)
{
    window.resize(size);
    window.show();
    // Let layouts, lazy model fetches and pending paints settle before grabbing.
    for (int round = 0; round < 5; ++round)
        QApplication::processEvents();
    const QPixmap pixmap = window.grab();
    if (!pixmap.save(file, "PNG")) {
        std::fprintf(stderr, "paceline: cannot write the screenshot to %s\n", qPrintable(file));
        return false;
    }
    return true;
}

} // namespace paceline
