#include "StartupReport.h"

#include "ui/document/LogDocument.h"
#include "ui/shell/MainWindow.h"

#include <QCoreApplication>
#include <QEvent>
#include <QFile>
#include <QThreadPool>
#include <QTimer>

#include <cstdio>
#include <ctime>

namespace paceline {

namespace {

long long monotonicNs()
{
    timespec now{};
    clock_gettime(CLOCK_MONOTONIC, &now);
    return static_cast<long long>(now.tv_sec) * 1'000'000'000LL + now.tv_nsec;
}

/// A "Name:   1234 kB" figure from /proc/self/status (VmRSS, VmHWM), or -1.
long long procStatusKib(const QByteArray& name)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray prefix = name + ':';
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith(prefix)) {
            bool ok = false;
            const long long kib =
                line.mid(prefix.size()).trimmed().split(' ').value(0).toLongLong(&ok);
            return ok ? kib : -1;
        }
    }
    return -1;
}

void printLine(const char* event, long long paintedNs)
{
    const long long rss = procStatusKib("VmRSS");
    const long long peak = procStatusKib("VmHWM");
    if (paintedNs >= 0) {
        std::printf(
            "{\"event\":\"%s\",\"painted_ns\":%lld,\"rss_kib\":%lld,\"peak_rss_kib\":%lld}\n",
            event, paintedNs, rss, peak);
    } else {
        std::printf("{\"event\":\"%s\",\"rss_kib\":%lld,\"peak_rss_kib\":%lld}\n", event, rss,
                    peak);
    }
    // stdout is a pipe to the benchmark, so fully buffered: the line must leave now.
    std::fflush(stdout);
}

/// Lets the current screen finish what it started: queued events, work on the thread
/// pool, and a complete synchronous paint (charts draw in paint events).
void settle(QWidget& window)
{
    QCoreApplication::processEvents();
    QThreadPool::globalInstance()->waitForDone();
    QCoreApplication::processEvents();
    window.repaint();
    QCoreApplication::processEvents();
}

} // namespace

StartupReport::StartupReport(MainWindow& window, bool walkScreens)
    : QObject(&window), m_window(window), m_walkScreens(walkScreens)
{
    window.installEventFilter(this);
}

bool StartupReport::eventFilter(QObject* watched, QEvent* event)
{
    // The top-level window is painted first in a frame, its children after it, then the
    // frame is flushed to the screen: the queued call runs once all of that is done.
    if (!m_painted && watched == &m_window && event->type() == QEvent::Paint) {
        m_painted = true;
        m_window.removeEventFilter(this);
        QMetaObject::invokeMethod(
            this, [this] { onFirstFrame(monotonicNs()); }, Qt::QueuedConnection);
    }
    return QObject::eventFilter(watched, event);
}

void StartupReport::onFirstFrame(long long paintedNs)
{
    printLine("painted", paintedNs);
    if (m_walkScreens)
        walkScreens();
    QCoreApplication::exit(0);
}

void StartupReport::walkScreens()
{
    LogDocument& document = m_window.document();
    const AthleteId shown = document.currentAthleteId();
    const QString view = m_window.currentView();
    std::vector<AthleteId> athletes;
    for (const Athlete& athlete : document.athletes())
        athletes.push_back(athlete.id);
    for (AthleteId athlete : athletes) {
        document.setCurrentAthlete(athlete);
        for (const QString& name : MainWindow::viewNames()) {
            m_window.showView(name);
            settle(m_window);
        }
    }
    printLine("walked", -1);
    // Back as it was: the window remembers the current athlete in the settings.
    document.setCurrentAthlete(shown);
    m_window.showView(view);
}

} // namespace paceline
