#pragma once

#include "UiTestSupport.h"
#include "core/model/PlanDay.h"
#include "core/model/SessionTemplate.h"

#include <QDate>
#include <QUndoStack>

#include <gtest/gtest.h>

#include <memory>
#include <vector>

namespace paceline {
class LogDocument;
}

namespace paceline::test {

/// Tue 24 Nov 2026, the day most plan tests start from.
inline const QDate kTuesday(2026, 11, 24);

/// A log with two runners (Ana current, Ben) and two library templates.
class PlanFixture : public ::testing::Test {
protected:
    void SetUp() override;

    LogDocument& document() { return *m_document; }
    QUndoStack& stack();
    /// The athlete's planned sessions of one day as a second connection reads them.
    std::vector<PlannedSession> stored(AthleteId athlete, QDate date) const;
    /// Every day from `first` to `last` as a second connection reads it.
    std::vector<PlanDay> storedDays(AthleteId athlete, QDate first, QDate last) const;
    /// "Intervals, Tempo": the names of one stored day in order.
    QString storedNames(AthleteId athlete, QDate date) const;
    /// True when the stored orders of the day are 0..n-1.
    bool ordersAreDense(AthleteId athlete, QDate date) const;
    /// Plans a template and fails the test when it could not.
    PlannedSessionId plan(TemplateId id, QDate date, AthleteId athlete = {});

    TempStore m_temp;
    std::unique_ptr<LogDocument> m_document;
    AthleteId m_ana;
    AthleteId m_ben;
    TemplateId m_intervals;
    TemplateId m_tempo;
};

/// 30 min easy, 20 min at T, 10 min easy.
SessionTemplate tempoSession();

} // namespace paceline::test
