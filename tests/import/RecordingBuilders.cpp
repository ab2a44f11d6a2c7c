#include "RecordingBuilders.h"

namespace paceline::test {

RecordedLap lapOf(double seconds, double metres, std::optional<int> heartRate)
{
    RecordedLap lap;
    lap.timerSeconds = seconds;
    lap.elapsedSeconds = seconds;
    lap.distanceMetres = metres;
    lap.avgHeartRate = heartRate;
    return lap;
}

RecordedSession legOf(Sport sport, const QString& sportName, std::vector<RecordedLap> laps,
                      const QDateTime& start)
{
    RecordedSession leg;
    leg.sportName = sportName;
    leg.sport = sport;
    leg.start = start;
    double seconds = 0.0;
    double metres = 0.0;
    for (const RecordedLap& lap : laps) {
        seconds += lap.timerSeconds.value_or(0.0);
        metres += lap.distanceMetres.value_or(0.0);
    }
    leg.timerSeconds = seconds;
    leg.elapsedSeconds = seconds;
    leg.distanceMetres = metres;
    leg.laps = std::move(laps);
    return leg;
}

Recording recordingOf(std::vector<RecordedSession> legs, std::optional<int> offset,
                      const QString& fileName)
{
    Recording recording;
    recording.format = QStringLiteral("fit");
    recording.fileName = fileName;
    recording.utcOffsetSeconds = offset;
    recording.sessions = std::move(legs);
    return recording;
}

ConversionContext contextFor(Athlete athlete)
{
    athlete.id = AthleteId{7};
    ConversionContext context;
    context.athlete = std::move(athlete);
    context.fallbackZone = QTimeZone::utc();
    return context;
}

} // namespace paceline::test
