#pragma once

#include "ActivityReader.h"

namespace paceline {

/// FIT activity files (Garmin, Suunto, Wahoo, ...): file_id, session, lap, record,
/// event, sport and activity messages; hrv is skipped. A multisport file gives one
/// RecordedSession per session message; records go to the session whose time span
/// holds them. A file without session messages gives one session from its laps or
/// records. docs/import.md says what is read from which field.
class FitReader : public ActivityReader {
public:
    QString formatId() const override;
    QString displayName() const override;
    QStringList fileNamePatterns() const override;
    ReaderCapabilities capabilities() const override;
    bool recognises(QByteArrayView head) const override;
    Result<Recording> read(QByteArrayView bytes, const QString& fileName) const override;
};

} // namespace paceline
