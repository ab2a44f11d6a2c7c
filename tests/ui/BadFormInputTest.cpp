// Bad values typed into the forms, one row each, offscreen: the log form marks the cell
// or field, lists why and keeps Save disabled; the athlete form explains and disables
// OK; the trends panel's pace band marks a pace out of range. docs/reliability.md's
// table of inputs points at these rows.

#include "UiTestSupport.h"
#include "core/store/LogStore.h"
#include "core/store/SessionStore.h"
#include "ui/analysis/PaceBandEdit.h"
#include "ui/builder/StepPropertiesPanel.h"
#include "ui/document/LogDocument.h"
#include "ui/log/LogEntryDialog.h"
#include "ui/log/RepTableModel.h"
#include "ui/log/RepTableView.h"
#include "ui/log/SessionFieldsPanel.h"
#include "ui/shell/AthleteDialog.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

#include <gtest/gtest.h>

using namespace paceline;
using namespace paceline::test;

namespace {

const QDateTime kNow(QDate(2026, 11, 3), QTime(18, 32), Qt::UTC);

void typeInto(QWidget* widget, const QString& text)
{
    for (const QChar character : text)
        QTest::keyClick(widget, character.toLatin1());
}

/// Where a row types its value: a cell of the first rep, or a session field.
enum class Place { RepCell, SessionField };

struct FormCase {
    const char* name;
    Place place;
    int column;                                      ///< the rep table's column (RepCell)
    QLineEdit* (SessionFieldsPanel::*field)() const; ///< the session field (SessionField)
    const char* text;
    const char* message; ///< a part of the listed problem
};

void PrintTo(const FormCase& row, std::ostream* out)
{
    *out << row.name;
}

class BadLogFormValue : public testing::TestWithParam<FormCase> {
protected:
    void SetUp() override
    {
        m_document = m_temp.openDocument();
        m_document->addAthlete(runnerWithRace(QStringLiteral("Ana")));
        m_athlete = m_document->currentAthleteId();
    }

    /// The form with one plausible rep: 400 m in 1:32.
    std::unique_ptr<LogEntryDialog> openWithOneRep()
    {
        EntryFormState state = newEntryState(kNow);
        state.reps.front().distance = QStringLiteral("400");
        state.reps.front().time = QStringLiteral("1:32");
        auto dialog = std::make_unique<LogEntryDialog>(*m_document, m_athlete, state, std::nullopt);
        dialog->show();
        EXPECT_TRUE(QTest::qWaitForWindowActive(dialog.get()));
        return dialog;
    }

    int storedSessions() { return *m_document->store().sessions().count(m_athlete); }

    TempStore m_temp;
    std::unique_ptr<LogDocument> m_document;
    AthleteId m_athlete;
};

TEST_P(BadLogFormValue, IsMarkedListedAndNotSaved)
{
    const FormCase& row = GetParam();
    auto dialog = openWithOneRep();
    ASSERT_TRUE(dialog->saveButton()->isEnabled()) << dialog->problemsText().toStdString();

    QLineEdit* field = nullptr;
    if (row.place == Place::RepCell) {
        // What the cell's editor commits when the person presses Return.
        RepTableModel& model = *dialog->repModel();
        ASSERT_TRUE(model.setData(model.index(0, row.column), QString::fromLatin1(row.text)));
    } else {
        field = (dialog->sessionFields()->*row.field)();
        field->setFocus();
        field->clear();
        typeInto(field, QString::fromLatin1(row.text));
    }

    EXPECT_FALSE(dialog->saveButton()->isEnabled());
    EXPECT_TRUE(dialog->problemsText().contains(QString::fromUtf8(row.message)))
        << dialog->problemsText().toStdString();
    if (field) {
        EXPECT_FALSE(field->styleSheet().isEmpty()) << "the field is marked";
        EXPECT_TRUE(field->toolTip().contains(QString::fromUtf8(row.message)))
            << field->toolTip().toStdString();
    } else {
        EXPECT_TRUE(
            dialog->repModel()->problemAt(0, row.column).contains(QString::fromUtf8(row.message)))
            << dialog->repModel()->problemAt(0, row.column).toStdString();
    }
    QTest::keyClick(dialog.get(), Qt::Key_S, Qt::ControlModifier);
    EXPECT_TRUE(dialog->isVisible()) << "nothing saved, nothing closed";
    EXPECT_EQ(storedSessions(), 0);
}

constexpr auto kNoField = nullptr;

const FormCase kBadLogFormValues[] = {
    {"RepDistanceTrailingJunk", Place::RepCell, RepTableModel::Distance, kNoField, "12km3",
     "'12km3' is not a distance"},
    {"RepDistanceOver1000Km", Place::RepCell, RepTableModel::Distance, kNoField, "2000km",
     "Rep 1 distance: 2000 km is more than 1000 km"},
    {"RepTimeSecondsOver59", Place::RepCell, RepTableModel::Time, kNoField, "5:70",
     "'5:70' is not a time"},
    {"RepTimeOver48Hours", Place::RepCell, RepTableModel::Time, kNoField, "99999999999",
     "is longer than 48 hours"},
    {"RepTimeSlowerThanAWalk", Place::RepCell, RepTableModel::Time, kNoField, "8000",
     "slower than a walk (1:00:00/km)"},
    {"RepTimeFasterThanAnyone", Place::RepCell, RepTableModel::Time, kNoField, "9.1",
     "faster than anyone runs (2:00/km)"},
    {"RepRpe11", Place::RepCell, RepTableModel::Rpe, kNoField, "11",
     "Rep 1 RPE: 11 is outside 0-10"},
    {"RepRpeNegative", Place::RepCell, RepTableModel::Rpe, kNoField, "-1",
     "Rep 1 RPE: -1 is outside 0-10"},
    {"RepRpeNotANumber", Place::RepCell, RepTableModel::Rpe, kNoField, "nan",
     "'nan' is not a number"},
    {"RepHeartRate400", Place::RepCell, RepTableModel::AvgHeartRate, kNoField, "400",
     "400 bpm is outside 25-250 bpm"},
    {"RepHeartRate0", Place::RepCell, RepTableModel::MaxHeartRate, kNoField, "0",
     "0 bpm is outside 25-250 bpm"},
    {"RepHeartRateDecimal", Place::RepCell, RepTableModel::AvgHeartRate, kNoField, "150.5",
     "'150.5' is not a whole number"},
    {"RepCadenceOver400", Place::RepCell, RepTableModel::Cadence, kNoField, "1800",
     "1800 per minute is more than 400"},
    {"RepCadenceNegative", Place::RepCell, RepTableModel::Cadence, kNoField, "-5",
     "-5 per minute cannot be negative"},
    {"DurationNotATime", Place::SessionField, 0, &SessionFieldsPanel::durationField, "45:7x",
     "'45:7x' is not a time"},
    {"DurationOver48Hours", Place::SessionField, 0, &SessionFieldsPanel::durationField, "49:00:00",
     "Duration: 49:00:00 is longer than 48 hours"},
    {"DistanceOver1000Km", Place::SessionField, 0, &SessionFieldsPanel::distanceField, "2000km",
     "Distance: 2000 km is more than 1000 km"},
    {"DistanceExponent", Place::SessionField, 0, &SessionFieldsPanel::distanceField, "1e12",
     "'1e12' is not a distance"},
    {"SessionRpe11", Place::SessionField, 0, &SessionFieldsPanel::sessionRpeField, "11",
     "Session RPE: 11 is outside 0-10"},
    {"SessionRpeInfinite", Place::SessionField, 0, &SessionFieldsPanel::sessionRpeField, "inf",
     "'inf' is not a number"},
    {"SessionHeartRate400", Place::SessionField, 0, &SessionFieldsPanel::avgHeartRateField, "400",
     "Average heart rate: 400 bpm is outside 25-250 bpm"},
    {"SessionMaxHeartRate20", Place::SessionField, 0, &SessionFieldsPanel::maxHeartRateField, "20",
     "Maximum heart rate: 20 bpm is outside 25-250 bpm"},
};

INSTANTIATE_TEST_SUITE_P(FormInput, BadLogFormValue, testing::ValuesIn(kBadLogFormValues),
                         [](const auto& info) { return std::string(info.param.name); });

TEST_F(BadLogFormValue, AYearOutsideTheRangeIsMarkedOnTheDate)
{
    EntryFormState state = newEntryState(kNow);
    state.date = QDate(2206, 3, 2); // 2026 with a slipped digit, from an old draft
    state.reps.front().distance = QStringLiteral("400");
    state.reps.front().time = QStringLiteral("1:32");
    LogEntryDialog dialog(*m_document, m_athlete, state, std::nullopt);
    dialog.show();
    EXPECT_FALSE(dialog.saveButton()->isEnabled());
    EXPECT_TRUE(dialog.problemsText().contains(
        QStringLiteral("Date: 2206-03-02 is outside the years 1900-2100")))
        << dialog.problemsText().toStdString();
}

TEST_F(BadLogFormValue, ApastedColumnOfTooManySplitsIsRefused)
{
    auto dialog = openWithOneRep();
    QStringList splits;
    for (int index = 0; index < 1200; ++index)
        splits << QStringLiteral("92");
    dialog->repModel()->pasteColumn(0, RepTableModel::Time, splits.join(QLatin1Char('\n')));
    EXPECT_FALSE(dialog->saveButton()->isEnabled());
    EXPECT_TRUE(dialog->problemsText().contains(
        QStringLiteral("Reps: 1200 is more than a session holds (1000)")))
        << dialog->problemsText().toStdString();
}

/// The athlete form: OK disabled and the reason in red, for each bad value.
struct AthleteForm {
    QLineEdit* name = nullptr;
    QComboBox* race = nullptr;
    QLineEdit* raceTime = nullptr;
    QLabel* problem = nullptr;
    QPushButton* ok = nullptr;
};

AthleteForm athleteFormOf(AthleteDialog& dialog)
{
    AthleteForm form;
    for (QLineEdit* edit : dialog.findChildren<QLineEdit*>()) {
        if (edit->placeholderText() == QStringLiteral("Name"))
            form.name = edit;
        else if (edit->placeholderText().contains(QStringLiteral("mm:ss")))
            form.raceTime = edit;
    }
    for (QComboBox* box : dialog.findChildren<QComboBox*>()) {
        if (box->findData(QStringLiteral("5k")) >= 0)
            form.race = box;
    }
    form.problem = dialog.findChild<QLabel*>(QStringLiteral("problemLabel"));
    form.ok = dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
    return form;
}

struct AthleteCase {
    const char* name;
    QString athleteName;
    const char* raceTime; ///< of a 5k; empty: no race
    const char* message;
};

void PrintTo(const AthleteCase& row, std::ostream* out)
{
    *out << row.name;
}

class BadAthleteFormValue : public testing::TestWithParam<AthleteCase> {};

TEST_P(BadAthleteFormValue, IsExplainedAndBlocksOk)
{
    const AthleteCase& row = GetParam();
    Athlete athlete;
    athlete.name = QStringLiteral("Ben");
    AthleteDialog dialog(athlete);
    const AthleteForm form = athleteFormOf(dialog);
    ASSERT_TRUE(form.name && form.race && form.raceTime && form.problem && form.ok);
    ASSERT_TRUE(form.ok->isEnabled());

    form.name->setText(row.athleteName);
    if (*row.raceTime) {
        form.race->setCurrentIndex(form.race->findData(QStringLiteral("5k")));
        QTest::keyClicks(form.raceTime, QString::fromLatin1(row.raceTime));
    }
    EXPECT_FALSE(form.ok->isEnabled());
    EXPECT_TRUE(form.problem->text().contains(QString::fromUtf8(row.message)))
        << form.problem->text().toStdString();
}

const AthleteCase kBadAthleteFormValues[] = {
    {"BlankName", QStringLiteral("   "), "", "the athlete needs a name"},
    {"NameTooLong", QString(101, QLatin1Char('a')), "",
     "the name has 101 characters; at most 100 fit"},
    {"NameWithTab", QStringLiteral("Ben\tB"), "", "type it on one line"},
    {"RaceTimeSecondsOver59", QStringLiteral("Ben"), "19:75", "'19:75' is not a time"},
    {"RaceTimeSlowerThanAWalk", QStringLiteral("Ben"), "25:00:00", "slower than 20:00/km"},
    {"RaceTimeFasterThanHumans", QStringLiteral("Ben"), "7:00", "faster than any human"},
};

INSTANTIATE_TEST_SUITE_P(FormInput, BadAthleteFormValue, testing::ValuesIn(kBadAthleteFormValues),
                         [](const auto& info) { return std::string(info.param.name); });

TEST(FormInput, APaceBandOutOfRangeIsMarkedAndNotUsed)
{
    PaceBandEdit edit;
    edit.setBand(std::nullopt, UnitSystem::Metric);
    edit.show();
    edit.fastEdit()->setText(QStringLiteral("0:05"));
    edit.slowEdit()->setText(QStringLiteral("4:05"));
    Q_EMIT edit.fastEdit()->editingFinished();
    EXPECT_FALSE(edit.band().has_value());
    EXPECT_FALSE(edit.fastEdit()->styleSheet().isEmpty());
    EXPECT_EQ(edit.fastEdit()->toolTip(),
              QStringLiteral("'0:05' is not a pace from 0:30 to 1:00:00 /km"));
    EXPECT_TRUE(edit.slowEdit()->styleSheet().isEmpty());

    edit.fastEdit()->setText(QStringLiteral("3:55"));
    Q_EMIT edit.fastEdit()->editingFinished();
    EXPECT_TRUE(edit.band().has_value());
    EXPECT_TRUE(edit.fastEdit()->styleSheet().isEmpty());
}

TEST(FormInput, APaceBandPerMileHasTheSameSpeedBounds)
{
    PaceBandEdit edit;
    edit.setBand(std::nullopt, UnitSystem::Imperial);
    edit.fastEdit()->setText(QStringLiteral("0:45")); // 0:28/km: faster than any sport
    edit.slowEdit()->setText(QStringLiteral("6:30"));
    Q_EMIT edit.fastEdit()->editingFinished();
    EXPECT_FALSE(edit.band().has_value());
    EXPECT_EQ(edit.fastEdit()->toolTip().toStdString(),
              "'0:45' is not a pace from 0:48 to 1:36:34 /mi");

    // The ends the message names are in the range (48.28 s and 5793.6 s, unrounded).
    edit.fastEdit()->setText(QStringLiteral("0:48"));
    edit.slowEdit()->setText(QStringLiteral("1:36:34"));
    Q_EMIT edit.fastEdit()->editingFinished();
    EXPECT_TRUE(edit.band().has_value()) << edit.fastEdit()->toolTip().toStdString();
    EXPECT_TRUE(edit.fastEdit()->styleSheet().isEmpty());
    EXPECT_TRUE(edit.slowEdit()->styleSheet().isEmpty());
}

TEST(FormInput, TheBuildersAmountAndIntensityNameTheirRange)
{
    // The step panel's two text fields; the panel shows the message and keeps the step.
    const std::pair<const char*, const char*> amounts[] = {
        {"5000km", "Amount: column 1: a distance must be at most 1000km"},
        {"49h", "Amount: column 1: a duration must be at most 48h"},
        {"0m", "Amount: column 1: a distance must be more than zero"},
        {"400m @I", "Amount: '400m @I' is more than an amount"},
    };
    for (const auto& [text, message] : amounts) {
        const auto parsed = parseTargetText(QString::fromLatin1(text));
        ASSERT_FALSE(parsed.ok()) << text;
        EXPECT_TRUE(parsed.errorMessage().startsWith(QString::fromLatin1(message)))
            << parsed.errorMessage().toStdString();
    }
    const std::pair<const char*, const char*> intensities[] = {
        {"hr400", "Intensity 'hr400': a heart rate must be a whole number of beats per minute "
                  "from 25 to 250, found '400'"},
        {"rpe11", "Intensity 'rpe11': an RPE goes from 0 to 10, found '11'"},
        {"0:05/km", "Intensity '0:05/km': a pace must be between 0:30/km and 60:00/km"},
        {"X", "Intensity 'X' is not one of E, M, T, I, R"},
    };
    for (const auto& [text, message] : intensities) {
        const auto parsed = parseIntensityText(QString::fromLatin1(text));
        ASSERT_FALSE(parsed.ok()) << text;
        EXPECT_TRUE(parsed.errorMessage().startsWith(QString::fromLatin1(message)))
            << parsed.errorMessage().toStdString();
    }
}

} // namespace
