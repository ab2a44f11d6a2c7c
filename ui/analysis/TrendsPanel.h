#pragma once

#include "core/model/Id.h"

#include <QDate>
#include <QWidget>

namespace paceline {

class LogDocument;

/// The Analysis screen's trends: pace stability, pace at a chosen effort and effort at
/// a chosen pace per week, and the last repeats of a chosen template overlaid rep by
/// rep, with the controls that choose the template, effort and pace bands.
class TrendsPanel : public QWidget {
    Q_OBJECT

public:
    explicit TrendsPanel(LogDocument& document, QWidget* parent = nullptr);

    /// Shows `athlete`'s trends over [first, last] (re-read from the store).
    void showRange(AthleteId athlete, QDate first, QDate last);

Q_SIGNALS:
    void openSessionRequested(paceline::LoggedSessionId id);
    void openWeekRequested(QDate weekStart);

private:
    LogDocument& m_document;
};

} // namespace paceline
