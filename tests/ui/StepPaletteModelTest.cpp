// The palette of blocks: what each makes, and that it drags as a copy.

#include "ui/models/StepPaletteModel.h"

#include "TemplateTestSupport.h"
#include "ui/models/StepMime.h"

#include <QAbstractItemModelTester>
#include <QMimeData>

#include <gtest/gtest.h>

#include <memory>

using namespace paceline;
using namespace paceline::test;

TEST(StepPaletteModel, ListsTheBlocksWithTipsAndDragsCopies)
{
    StepPaletteModel palette;
    QAbstractItemModelTester tester(&palette,
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    ASSERT_EQ(palette.rowCount(), StepPaletteModel::BlockCount);
    EXPECT_EQ(palette.index(StepPaletteModel::WarmUp).data().toString(), QStringLiteral("Warm-up"));
    EXPECT_FALSE(
        palette.index(StepPaletteModel::Repeat).data(Qt::ToolTipRole).toString().isEmpty());
    EXPECT_TRUE(palette.flags(palette.index(0)) & Qt::ItemIsDragEnabled);
    EXPECT_EQ(palette.supportedDragActions(), Qt::CopyAction);

    std::unique_ptr<QMimeData> mime(palette.mimeData(
        {palette.index(StepPaletteModel::WarmUp), palette.index(StepPaletteModel::Strides)}));
    ASSERT_TRUE(mime);
    auto content = stepsFromMimeData(mime.get());
    ASSERT_TRUE(content.ok());
    EXPECT_FALSE(content->source.has_value());
    EXPECT_EQ(content->nodes,
              (std::vector<StepNode>{StepPaletteModel::defaultNode(StepPaletteModel::WarmUp),
                                     StepPaletteModel::defaultNode(StepPaletteModel::Strides)}));
}

TEST(StepPaletteModel, DefaultsAreSensible)
{
    const auto block = [](StepPaletteModel::Block which) {
        return shape({StepPaletteModel::defaultNode(which)});
    };
    EXPECT_EQ(block(StepPaletteModel::Strides), QStringLiteral("4x(strides recovery)"));
    EXPECT_EQ(block(StepPaletteModel::Repeat), QStringLiteral("4x(work recovery)"));
    const Step warmUp = StepPaletteModel::defaultNode(StepPaletteModel::WarmUp).step();
    EXPECT_EQ(warmUp.kind, StepKind::WarmUp);
    EXPECT_EQ(warmUp.target, Target{Duration::fromMinutes(15)});
    EXPECT_EQ(warmUp.intensity, Intensity{PaceZone::Easy});
    const Step surge = StepPaletteModel::defaultNode(StepPaletteModel::Surge).step();
    EXPECT_EQ(surge.intensity, Intensity{PaceZone::RotationSurge});
    const Step recovery = StepPaletteModel::defaultNode(StepPaletteModel::Recovery).step();
    EXPECT_EQ(recovery.recoveryMode, RecoveryMode::Jog);
    EXPECT_EQ(recovery.target, Target{Duration{90.0}});
    for (int row = 0; row < StepPaletteModel::BlockCount; ++row)
        EXPECT_FALSE(StepPaletteModel::label(StepPaletteModel::Block(row)).isEmpty());
}
