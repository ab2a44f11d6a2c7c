// The session library model: grouped by sport and purpose, searchable, following the
// document without disturbing the view when only steps change.

#include "ui/models/TemplateLibraryModel.h"

#include "TemplateTestSupport.h"
#include "UiTestSupport.h"
#include "ui/document/LogDocument.h"
#include "ui/document/TemplateLibrary.h"
#include "ui/models/TemplateFilterModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

#include <gtest/gtest.h>

#include <memory>

using namespace paceline;
using namespace paceline::test;

namespace {

SessionTemplate session(const char* name, Sport sport, std::optional<Purpose> purpose,
                        const char* notes = "")
{
    SessionTemplate result = intervalSession(QString::fromUtf8(name));
    result.sport = sport;
    result.purpose = purpose;
    result.notes = QString::fromUtf8(notes);
    return result;
}

/// "Run: Threshold: [Cruise, Tempo]; No purpose: [Jog]. Bike: ..." in display order.
QString outlineOf(const QAbstractItemModel& model, const QModelIndex& parent)
{
    if (model.rowCount(parent) == 0)
        return {};
    QStringList parts;
    for (int row = 0; row < model.rowCount(parent); ++row) {
        const QModelIndex index = model.index(row, 0, parent);
        const QString children = outlineOf(model, index);
        parts << (children.isEmpty() ? index.data().toString()
                                     : index.data().toString() + QStringLiteral(": ") + children);
    }
    return parent.isValid() ? QStringLiteral("[%1]").arg(parts.join(QStringLiteral(", ")))
                            : parts.join(QStringLiteral("; "));
}

std::string outline(const QAbstractItemModel& model)
{
    return outlineOf(model, {}).toStdString();
}

class TemplateLibraryModelTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        m_document = m_temp.openDocument();
        m_tempo = m_document->library().addTemplate(
            session("Tempo", Sport::Run, Purpose::Threshold, "20 minutes comfortably hard"));
        m_document->library().addTemplate(session("Cruise", Sport::Run, Purpose::Threshold));
        m_document->library().addTemplate(session("Jog", Sport::Run, std::nullopt, "by feel"));
        m_document->library().addTemplate(session("Sweet spot", Sport::Bike, Purpose::Threshold));
        m_document->library().addTemplate(session("Hill strides", Sport::Run, Purpose::Turnover));
        m_model = std::make_unique<TemplateLibraryModel>(*m_document);
        m_tester = std::make_unique<QAbstractItemModelTester>(
            m_model.get(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    }

    TempStore m_temp;
    std::unique_ptr<LogDocument> m_document;
    std::unique_ptr<TemplateLibraryModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    TemplateId m_tempo;
};

} // namespace

TEST_F(TemplateLibraryModelTest, GroupedBySportThenPurpose)
{
    EXPECT_EQ(outline(*m_model),
              std::string("Run: [Turnover: [Hill strides], Threshold: [Cruise, Tempo], "
                          "No purpose: [Jog]]; Bike: [Threshold: [Sweet spot]]"));
    const QModelIndex tempo = m_model->indexOf(m_tempo);
    EXPECT_EQ(tempo.data().toString(), QStringLiteral("Tempo"));
    EXPECT_EQ(m_model->templateIdAt(tempo), m_tempo);
    EXPECT_EQ(tempo.data(TemplateLibraryModel::TemplateIdRole).toLongLong(), m_tempo.value);
    EXPECT_EQ(tempo.data(Qt::ToolTipRole).toString(),
              QStringLiteral("Tempo\n\n20 minutes comfortably hard"));
    EXPECT_FALSE(m_model->templateIdAt(tempo.parent()).isValid());
    EXPECT_FALSE(m_model->flags(tempo.parent()) & Qt::ItemIsSelectable);
    EXPECT_TRUE(m_model->flags(tempo) & Qt::ItemIsEditable);
}

TEST_F(TemplateLibraryModelTest, FollowsAddsRemovesAndRenames)
{
    const TemplateId swim =
        m_document->library().addTemplate(session("Swim 100s", Sport::Swim, std::nullopt));
    EXPECT_EQ(m_model->indexOf(swim).data().toString(), QStringLiteral("Swim 100s"));
    ASSERT_TRUE(m_document->library().removeTemplate(m_tempo));
    EXPECT_FALSE(m_model->indexOf(m_tempo).isValid());
    m_document->undoStack()->undo();
    EXPECT_TRUE(m_model->indexOf(m_tempo).isValid());

    ASSERT_TRUE(m_model->setData(m_model->indexOf(m_tempo), QStringLiteral("Anaerobic tempo")));
    EXPECT_EQ(m_document->undoStack()->undoText(),
              QStringLiteral("Rename session to Anaerobic tempo"));
    EXPECT_EQ(outline(*m_model).substr(0, outline(*m_model).find("; ")),
              "Run: [Turnover: [Hill strides], Threshold: [Anaerobic tempo, Cruise], "
              "No purpose: [Jog]]");
}

TEST_F(TemplateLibraryModelTest, StepEditsOnlyAnnounceDataChanged)
{
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    StepTree steps = m_document->library().sessionTemplate(m_tempo)->steps;
    steps.pop_back();
    ASSERT_TRUE(m_document->library().editTemplateSteps(m_tempo, steps,
                                                        QStringLiteral("Delete cool-down")));
    EXPECT_EQ(reset.count(), 0);
    ASSERT_EQ(changed.count(), 1);
    EXPECT_EQ(changed.front().front().value<QModelIndex>(), m_model->indexOf(m_tempo));
}

TEST_F(TemplateLibraryModelTest, SearchByNameAndNotesKeepsTheGroups)
{
    TemplateFilterModel filter;
    filter.setSourceModel(m_model.get());
    QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::Fatal);
    filter.setSearchText(QStringLiteral("HARD 20"));
    EXPECT_EQ(outline(filter), "Run: [Threshold: [Tempo]]");
    filter.setSearchText(QStringLiteral("s"));
    EXPECT_EQ(outline(filter), "Run: [Turnover: [Hill strides], Threshold: [Cruise, Tempo]]; "
                               "Bike: [Threshold: [Sweet spot]]");
    filter.setSearchText(QStringLiteral("threshold")); // a group's name is not a match
    EXPECT_EQ(filter.rowCount(), 0);
    filter.setSearchText(QString());
    EXPECT_EQ(outline(filter), outline(*m_model));
    // It follows the library while filtering.
    filter.setSearchText(QStringLiteral("feel"));
    m_document->library().addTemplate(session("Feel-good fartlek", Sport::Run, Purpose::Turnover));
    EXPECT_EQ(outline(filter), "Run: [Turnover: [Feel-good fartlek], No purpose: [Jog]]");
}

TEST_F(TemplateLibraryModelTest, ReloadResetsTheLibrary)
{
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    m_document->reload();
    EXPECT_EQ(reset.count(), 1);
    EXPECT_TRUE(m_model->indexOf(m_tempo).isValid());
}

TEST_F(TemplateLibraryModelTest, ARenameThatReordersIsALayoutChangeNotAReset)
{
    const QPersistentModelIndex tempo = m_model->indexOf(m_tempo);
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    QSignalSpy layout(m_model.get(), &QAbstractItemModel::layoutChanged);
    ASSERT_TRUE(m_document->library().renameTemplate(m_tempo, QStringLiteral("Anaerobic tempo")));
    EXPECT_EQ(reset.count(), 0);
    EXPECT_EQ(layout.count(), 1);
    // A view's selection (a persistent index) follows the row to its new place.
    EXPECT_EQ(QModelIndex(tempo), m_model->indexOf(m_tempo));
    EXPECT_EQ(tempo.row(), 0);

    // Another purpose is another group: that is still a reset.
    ASSERT_TRUE(m_document->library().editTemplateDetails(
        m_tempo, QStringLiteral("Anaerobic tempo"), Sport::Run, Purpose::Turnover, {}));
    EXPECT_EQ(reset.count(), 1);
}
