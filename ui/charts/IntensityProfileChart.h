#pragma once

#include "core/model/StepPath.h"

#include <QColor>
#include <QString>
#include <QWidget>

#include <vector>

class QCustomPlot;
class QCPItemRect;

namespace paceline {

/// One bar of the profile: a step as it will be run.
struct ProfileBar {
    double startMinutes = 0.0;
    double minutes = 0.0;
    double intensity = 0.0; ///< fraction of VDOT speed (E ~0.7 ... R ~1.05)
    QColor color;
    QString toolTip;
    StepPath path;
    bool selected = false;
};

/// The session's intensity profile: one bar per step, as wide as its duration and as
/// tall as its intensity, coloured by zone. Hovering shows the step; clicking selects
/// it. The y axis is labelled with the zones rather than raw fractions.
class IntensityProfileChart : public QWidget {
    Q_OBJECT

public:
    explicit IntensityProfileChart(QWidget* parent = nullptr);

    void setBars(std::vector<ProfileBar> bars);
    const std::vector<ProfileBar>& bars() const { return m_bars; }
    QCustomPlot* plot() const { return m_plot; }

Q_SIGNALS:
    void barClicked(const paceline::StepPath& path, bool extendSelection);

private:
    void setUpAxes();
    int barAt(const QPointF& pixel) const;
    void showToolTip(QMouseEvent* event);

    QCustomPlot* m_plot;
    std::vector<ProfileBar> m_bars;
    std::vector<QCPItemRect*> m_rects;
};

} // namespace paceline
