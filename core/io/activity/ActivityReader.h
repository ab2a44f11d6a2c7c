#pragma once

#include "Recording.h"

#include "core/model/Result.h"

#include <QByteArrayView>
#include <QFlags>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

namespace paceline {

enum class ReaderCapability {
    Laps = 0x1,       ///< the format records laps (FIT, TCX, CSV)
    Samples = 0x2,    ///< per-second or per-point samples
    HeartRate = 0x4,  ///< heart rate per lap or per sample
    Multisport = 0x8, ///< several sport legs in one file
    RepDetails = 0x10 ///< rep kind, RPE and notes (only Paceline's own CSV)
};
Q_DECLARE_FLAGS(ReaderCapabilities, ReaderCapability)
Q_DECLARE_OPERATORS_FOR_FLAGS(ReaderCapabilities)

/// Reads one kind of activity file into a Recording. Readers are stateless apart from
/// their options and safe to use from any thread.
///
/// A damaged or foreign file gives an Error whose message names the file (its
/// fileName argument) and where it broke: "run.fit: the data ends at byte 7,680 inside
/// a record message (the header says 8,112 bytes)", "ride.tcx: line 14, column 3: ...".
class ActivityReader {
public:
    virtual ~ActivityReader() = default;

    virtual QString formatId() const = 0;          ///< "fit", "tcx", "gpx", "csv"
    virtual QString displayName() const = 0;       ///< "FIT activity", for file dialogs
    virtual QStringList fileNamePatterns() const = 0; ///< {"*.fit"}
    virtual ReaderCapabilities capabilities() const = 0;
    /// Whether these first bytes (at most 4 KiB of them) look like this format, so a
    /// file with a wrong extension still finds its reader.
    virtual bool recognises(QByteArrayView head) const = 0;
    /// `fileName` is used in messages only.
    virtual Result<Recording> read(QByteArrayView bytes, const QString& fileName) const = 0;
};

/// How a GPX track (which has no laps) may be cut into laps on reading.
struct GpxSplit {
    enum class Mode { None, EveryDistance, PaceChange };
    Mode mode = Mode::None;
    double everyMetres = 1000.0; ///< for EveryDistance
    /// For PaceChange: a new lap starts where the 30 s rolling pace changes by more
    /// than this share for at least 20 s (documented in docs/import.md).
    double paceChangeShare = 0.15;
};

/// The readers Paceline has, FIT first. The GPX reader uses `gpxSplit`.
std::vector<std::unique_ptr<ActivityReader>> makeActivityReaders(const GpxSplit& gpxSplit = {});

/// "Activity files (*.fit *.tcx *.gpx *.csv);;FIT activity (*.fit);;..." for QFileDialog.
QString activityFileFilter();

/// Picks the reader by extension (case-insensitive), else by recognises(); nullptr
/// when none fits.
const ActivityReader* readerFor(const std::vector<std::unique_ptr<ActivityReader>>& readers,
                                const QString& fileName, QByteArrayView head);

/// Reads the file at `path` with the reader that fits it. Errors name the file: cannot
/// be opened, is empty, is larger than 256 MiB, is not a format Paceline reads, or
/// whatever the reader found.
Result<Recording> readActivityFile(const QString& path,
                                   const std::vector<std::unique_ptr<ActivityReader>>& readers);

} // namespace paceline
