#include "ChartTestSupport.h"

#include "ui/charts/ChartFrame.h"

#include <QTest>
#include <qcustomplot.h>

#include <gtest/gtest.h>

namespace paceline::test {

void layOut(ChartFrame& chart)
{
    chart.resize(700, 360);
    chart.show();
    EXPECT_TRUE(QTest::qWaitForWindowExposed(&chart));
    chart.plot()->replot();
}

QPoint pixelOf(const QCustomPlot& plot, double key, double value)
{
    return QPoint(int(std::lround(plot.xAxis->coordToPixel(key))),
                  int(std::lround(plot.yAxis->coordToPixel(value))));
}

void clickOn(QCustomPlot& plot, QPoint pixel)
{
    QTest::mouseClick(&plot, Qt::LeftButton, Qt::NoModifier, pixel);
}

} // namespace paceline::test
