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

/// Ann's log (all 1 km reps unless said, each rep's RPE after the slash):
///   Tue  6 Jan, tempo template: 240 s/7, 250 s/8
///   Thu  8 Jan, freeform:       260 s/6, 260 s/6
///   Tue 13 Jan, tempo template: 236 s/7, 244 s/7.5
///   Tue 20 Jan, tempo template: 234 s/7, 238 s/8
///   Sat 24 Jan, freeform:       400 m in 80 s/9, 400 m in 84 s/9
/// and Ben, who has logged nothing and given no race. The library also holds a long
/// run nobody has done.
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
    LoggedSessionId logSession(QDate day, const std::vector<double>& metres,
                               const std::vector<double>& seconds, const std::vector<double>& rpes,
                               bool fromTemplate);

    TempStore m_store;
    std::unique_ptr<LogDocument> m_document;
    AthleteId m_athlete;
    AthleteId m_newcomer;
    TemplateId m_tempo;
    std::vector<LoggedSessionId> m_sessions;
};

} // namespace paceline::test
