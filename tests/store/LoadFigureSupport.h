#pragma once

#include "StoreTestSupport.h"
#include "core/model/Athlete.h"
#include "core/model/LoggedSession.h"

#include <QDate>

#include <optional>

namespace paceline::test {

// Sessions whose load figures (docs/formulas.md, "Training load") are easy to work out
// by hand, for the store's tests of computing, summing and refreshing them.

/// A man with resting heart rate 50 and maximum 190, so 134 bpm is 60 % of his heart-
/// rate reserve (TRIMP of an hour: 60 x 0.6 x 0.64 x e^(1.92 x 0.6) = 72.9104), and
/// sampleAthlete()'s 10 km race for his training paces.
Athlete heartRateAthlete(const QString& name = QStringLiteral("Ben Okafor"));

/// A log with heartRateAthlete() stored, besides StoreTest's athlete.
class HeartRateAthleteTest : public StoreTest {
protected:
    void SetUp() override;
    Athlete m_athlete;
};

/// An hour's run at the athlete's T pace without reps: running TSS 1 x 1^2 x 100 = 100,
/// and 3600 s in T.
LoggedSession thresholdHour(const Athlete& athlete, QDate day, std::optional<int> avgHeartRate);

/// Half an hour rated 3, without distance or heart rate: no TRIMP, no running TSS, and
/// 1800 s in E (an RPE of 4 or less is E).
LoggedSession easyHalfHour(AthleteId athlete, QDate day);

/// Seconds per zone in LoadZone order (E, M, T, I, R).
ZoneSeconds zones(double easy, double marathon, double threshold, double interval,
                  double repetition);

} // namespace paceline::test
