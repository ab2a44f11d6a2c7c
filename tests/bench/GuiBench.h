#pragma once

// What the GUI benchmarks share: a private copy of a demo log (the windows write into
// the log they open, and benchmarks never write into a dataset), and a window painted
// now rather than on the next turn of the event loop. Header-only, like BenchData.h.

#include "BenchData.h"
#include "core/store/LogStore.h"
#include "ui/document/LogDocument.h"

#include <QApplication>
#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QWidget>

#include <benchmark/benchmark.h>

#include <memory>
#include <optional>

namespace paceline::bench {

/// A copy of the demo log with `athletes` athletes over `weeks` weeks in a temporary
/// folder, removed with the object.
class DatasetCopy {
public:
    DatasetCopy(int athletes, int weeks)
    {
        const std::optional<QString> source = benchDataset(athletes, weeks);
        if (!source) {
            m_error = benchDataMissing(athletes, weeks);
            return;
        }
        m_path = m_dir.filePath(benchDatasetName(athletes, weeks));
        if (!m_dir.isValid() || !QFile::copy(*source, m_path)) {
            m_error = QStringLiteral("cannot copy %1 to %2").arg(*source, m_dir.path());
            m_path.clear();
        }
    }

    bool ok() const { return !m_path.isEmpty(); }
    QString path() const { return m_path; }
    /// Why there is no copy, for state.SkipWithError.
    QString error() const { return m_error; }

private:
    QTemporaryDir m_dir;
    QString m_path;
    QString m_error;
};

/// Opens the copy as app/gui/main.cpp opens a log; when there is no copy or it does not
/// open, skips the benchmark saying why and returns null.
inline std::unique_ptr<LogDocument> openOrSkip(const DatasetCopy& log, benchmark::State& state)
{
    if (!log.ok()) {
        state.SkipWithError(qPrintable(log.error()));
        return nullptr;
    }
    auto store = LogStore::open(log.path());
    if (!store.ok()) {
        state.SkipWithError(qPrintable(store.errorMessage()));
        return nullptr;
    }
    return std::make_unique<LogDocument>(std::move(store.value()));
}

/// Forgets what earlier benchmarks' windows remembered (the Analysis range, the last
/// athlete and screen), so each benchmark starts from the defaults whatever ran before.
/// BenchMain keeps these settings in a folder of their own.
inline void forgetSettings()
{
    QSettings().clear();
}

/// Shows `widget` and waits until the platform exposes it (offscreen too), so that
/// painting then really draws.
inline bool showExposed(QWidget& widget)
{
    widget.show();
    return QTest::qWaitForWindowExposed(&widget);
}

/// What a user waits for after an input: the events it posted (queued replots, layout
/// requests, deferred refreshes) handled, then the window painted.
inline void settleAndPaint(QWidget& window)
{
    QApplication::processEvents();
    window.repaint();
}

} // namespace paceline::bench
