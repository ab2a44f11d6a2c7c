// The welcome and preferences dialogs, driven as a user would.

#include "ui/shell/FirstRunDialog.h"
#include "ui/shell/PreferencesDialog.h"

#include <QComboBox>
#include <QCommandLinkButton>
#include <QTest>

#include <gtest/gtest.h>

using namespace paceline;

TEST(FirstRunDialog, EachButtonAcceptsWithItsChoice)
{
    for (const auto& [button, choice] :
         {std::pair{"exploreDemo", FirstRunDialog::Choice::DemoData},
          std::pair{"startEmptyLog", FirstRunDialog::Choice::EmptyLog}}) {
        FirstRunDialog dialog;
        auto* link = dialog.findChild<QCommandLinkButton*>(QLatin1String(button));
        ASSERT_NE(link, nullptr) << button;
        QTest::mouseClick(link, Qt::LeftButton);
        EXPECT_EQ(dialog.result(), QDialog::Accepted) << button;
        EXPECT_EQ(dialog.choice(), choice) << button;
    }
}

TEST(PreferencesDialog, ReturnsWhatWasChosen)
{
    PreferencesDialog dialog(QStringLiteral("Ana"), UnitSystem::Metric, Qt::Monday);
    EXPECT_EQ(dialog.units(), UnitSystem::Metric);
    EXPECT_EQ(dialog.firstDayOfWeek(), int(Qt::Monday));

    const auto boxes = dialog.findChildren<QComboBox*>();
    ASSERT_EQ(boxes.size(), 2);
    boxes[0]->setCurrentIndex(boxes[0]->findData(int(UnitSystem::Imperial)));
    boxes[1]->setCurrentIndex(boxes[1]->findData(int(Qt::Sunday)));
    EXPECT_EQ(dialog.units(), UnitSystem::Imperial);
    EXPECT_EQ(dialog.firstDayOfWeek(), int(Qt::Sunday));
}

TEST(PreferencesDialog, UnitsNeedAnAthlete)
{
    PreferencesDialog dialog(QString(), UnitSystem::Metric, Qt::Saturday);
    EXPECT_FALSE(dialog.findChildren<QComboBox*>().at(0)->isEnabled());
    EXPECT_EQ(dialog.firstDayOfWeek(), int(Qt::Saturday));
}
