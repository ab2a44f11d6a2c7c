// The athlete dialog, driven by keyboard as a user would: live paces, inline errors.

#include "ui/shell/AthleteDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>

#include <gtest/gtest.h>

using namespace paceline;

namespace {

struct DialogParts {
    QLineEdit* name;
    QComboBox* race;
    QLineEdit* raceTime;
    QSpinBox* maxHeartRate;
    QLabel* paces;
    QLabel* problem;
    QPushButton* ok;
};

DialogParts partsOf(AthleteDialog& dialog)
{
    DialogParts parts{};
    for (QLineEdit* edit : dialog.findChildren<QLineEdit*>()) {
        if (edit->placeholderText() == QStringLiteral("Name"))
            parts.name = edit;
        else if (edit->placeholderText().contains(QStringLiteral("mm:ss")))
            parts.raceTime = edit;
    }
    for (QComboBox* box : dialog.findChildren<QComboBox*>()) {
        if (box->findData(QStringLiteral("5k")) >= 0)
            parts.race = box;
    }
    parts.maxHeartRate = dialog.findChildren<QSpinBox*>().value(0);
    parts.paces = dialog.findChild<QLabel*>(QStringLiteral("athletePaces"));
    parts.problem = dialog.findChild<QLabel*>(QStringLiteral("problemLabel"));
    parts.ok = dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
    return parts;
}

} // namespace

TEST(AthleteDialog, TypingARaceShowsTrainingPaces)
{
    AthleteDialog dialog(Athlete{});
    DialogParts parts = partsOf(dialog);
    ASSERT_TRUE(parts.name && parts.race && parts.raceTime && parts.paces && parts.ok);
    EXPECT_FALSE(parts.ok->isEnabled()); // no name yet

    QTest::keyClicks(parts.name, QStringLiteral("Ana Ruiz"));
    EXPECT_TRUE(parts.ok->isEnabled());
    parts.race->setCurrentIndex(parts.race->findData(QStringLiteral("5k")));
    EXPECT_FALSE(parts.ok->isEnabled()); // a race without a time
    QTest::keyClicks(parts.raceTime, QStringLiteral("20:00"));
    EXPECT_TRUE(parts.ok->isEnabled());
    EXPECT_TRUE(parts.paces->text().contains(QStringLiteral("VDOT 49.8")))
        << parts.paces->text().toStdString();

    const Athlete entered = dialog.athlete();
    EXPECT_EQ(entered.name, QStringLiteral("Ana Ruiz"));
    ASSERT_TRUE(entered.recentRace.has_value());
    EXPECT_DOUBLE_EQ(entered.recentRace->distance.metres, 5000.0);
    EXPECT_DOUBLE_EQ(entered.recentRace->time.seconds, 1200.0);
}

TEST(AthleteDialog, BadValuesAreExplainedAndBlockOk)
{
    Athlete athlete;
    athlete.name = QStringLiteral("Ben");
    AthleteDialog dialog(athlete);
    DialogParts parts = partsOf(dialog);
    EXPECT_TRUE(parts.ok->isEnabled());

    parts.race->setCurrentIndex(parts.race->findData(QStringLiteral("10k")));
    QTest::keyClicks(parts.raceTime, QStringLiteral("41:7x"));
    EXPECT_FALSE(parts.ok->isEnabled());
    EXPECT_TRUE(parts.problem->text().contains(QStringLiteral("'41:7x'")))
        << parts.problem->text().toStdString();

    parts.raceTime->clear();
    QTest::keyClicks(parts.raceTime, QStringLiteral("41:21"));
    EXPECT_TRUE(parts.ok->isEnabled());

    parts.maxHeartRate->setValue(12); // below any living heart rate
    EXPECT_FALSE(parts.ok->isEnabled());
    EXPECT_TRUE(parts.problem->text().contains(QStringLiteral("12 bpm")))
        << parts.problem->text().toStdString();
}

TEST(AthleteDialog, EditingKeepsTheIdAndShowsTheProfile)
{
    Athlete athlete;
    athlete.id = AthleteId{42};
    athlete.name = QStringLiteral("Cleo");
    athlete.units = UnitSystem::Imperial;
    athlete.recentRace = RaceResult{Distance{42195.0}, Duration{3 * 3600.0}, QDate(2026, 4, 20)};
    AthleteDialog dialog(athlete);
    EXPECT_EQ(dialog.athlete(), athlete);
    EXPECT_TRUE(partsOf(dialog).paces->text().contains(QStringLiteral("/mi")));
}
