#pragma once

#include "ActivityReader.h"

namespace paceline {

/// Garmin Training Center XML: Activities/Activity (one session each, Sport
/// attribute) with Lap (StartTime, TotalTimeSeconds, DistanceMeters, heart rates,
/// Cadence, Intensity) and Track/Trackpoint samples; MultiSportSession's
/// FirstSport/NextSport activities become one session each. Leading whitespace
/// before the XML declaration and unknown namespace prefixes are tolerated. Sport
/// "Other" without positions at swimming speed reads as a pool swim, otherwise as
/// generic; heart rates of 255 (FIT's "no value") read as absent.
class TcxReader : public ActivityReader {
public:
    QString formatId() const override;
    QString displayName() const override;
    QStringList fileNamePatterns() const override;
    ReaderCapabilities capabilities() const override;
    bool recognises(QByteArrayView head) const override;
    Result<Recording> read(QByteArrayView bytes, const QString& fileName) const override;
};

/// GPX 1.1 (and 1.0) tracks: all track segments of the file become one session whose
/// distance is the haversine sum within segments (radius 6,371,008.8 m; gaps between
/// segments are not counted); heart rate and cadence from Garmin's TrackPointExtension.
/// Laps only when `split` asks for them.
class GpxReader : public ActivityReader {
public:
    explicit GpxReader(GpxSplit split = {}) : m_split(split) {}
    QString formatId() const override;
    QString displayName() const override;
    QStringList fileNamePatterns() const override;
    ReaderCapabilities capabilities() const override;
    bool recognises(QByteArrayView head) const override;
    Result<Recording> read(QByteArrayView bytes, const QString& fileName) const override;

private:
    GpxSplit m_split;
};

/// Haversine distance in metres on a sphere of radius 6,371,008.8 m (the mean Earth
/// radius, IUGG).
double haversineMetres(double lat1, double lon1, double lat2, double lon2);

} // namespace paceline
