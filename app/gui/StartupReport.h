#pragma once

#include <QObject>

namespace paceline {

class MainWindow;

/// `paceline --startup-report`: the start-up benchmarks (tests/bench/StartupBench.cpp) run
/// the real executable and need to know when its window is on screen and how much memory
/// it holds. Watches the window for its first paint, prints one JSON line on stdout
/// ({"event":"painted","painted_ns":…,"rss_kib":…,"peak_rss_kib":…}, painted_ns being
/// CLOCK_MONOTONIC, which the parent process shares) and quits the event loop. With
/// `walkScreens` it first shows every screen for every athlete and prints a second line
/// ({"event":"walked","rss_kib":…,"peak_rss_kib":…}) — memory after everything was loaded.
class StartupReport : public QObject {
public:
    StartupReport(MainWindow& window, bool walkScreens);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void onFirstFrame(long long paintedNs);
    void walkScreens();

    MainWindow& m_window;
    bool m_walkScreens;
    bool m_painted = false;
};

} // namespace paceline
