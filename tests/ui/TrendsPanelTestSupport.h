#pragma once

// A small log for the trends panel's tests: five sessions over three weeks, three of
// them repeats of one template, with times and RPEs whose medians are easy to work
// out by hand.

#include "UiTestSupport.h"
#include "core/model/Id.h"

#include <QDate>
#include <QString>

#include <memory>
#include <vector>

namespace paceline {
class LogDocument;
}

namespace paceline::test {

/// The Monday the log's three weeks start on.
inline const QDate kTrendWeek(2026, 1, 5);
inline const QString kTempoName = QStringLiteral("2 x 1 km @T");
inline constexpr int kAnnMaxHeartRate = 188;
inline constexpr int kAnnRestingHeartRate = 48;

/// Ann's log (all 1 km reps unless said, each rep's RPE after the slash and its
/// average heart rate in brackets, "-" for none):
///   Tue  6 Jan, tempo template: 240 s/7 [162], 250 s/8 [168]
///   Thu  8 Jan, freeform:       260 s/6 [150], 260 s/6 [152]
///   Tue 13 Jan, tempo template: 236 s/7 [164], 244 s/7.5 [172]
///   Tue 20 Jan, tempo template: 234 s/7 [165], 238 s/8 [-]
///   Sat 24 Jan, freeform:       400 m in 80 s/9 [178], 400 m in 84 s/9 [180]
/// Ann's heart rate is 188 at most and 48 at rest (a reserve of 140 bpm). Ben has
/// logged nothing and given no race or heart rates. The library also holds a long run
/// nobody has done.
class TrendsLog {
public:
    TrendsLog();
    ~TrendsLog();

    LogDocument& document() { return *m_document; }
    AthleteId athlete() const { return m_athlete; }
    AthleteId newcomer() const { return m_newcomer; }
    /// The five sessions in the order above.
    const std::vector<LoggedSessionId>& sessions() const { return m_sessions; }
    /// Ann's threshold pace from her race.
    double thresholdSecondsPerKm() const;

private:
    /// A heart rate of 0 stands for none logged.
    LoggedSessionId logSession(QDate day, const std::vector<double>& metres,
                               const std::vector<double>& seconds, const std::vector<double>& rpes,
                               const std::vector<int>& heartRates, bool fromTemplate);

    TempStore m_store;
    std::unique_ptr<LogDocument> m_document;
    AthleteId m_athlete;
    AthleteId m_newcomer;
    TemplateId m_tempo;
    std::vector<LoggedSessionId> m_sessions;
};

} // namespace paceline::test
