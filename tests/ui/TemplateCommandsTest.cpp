// The session library in the document: every template edit is one undoable command,
// written through the store (a second connection sees it) and announced by signals.

#include "TemplateTestSupport.h"
#include "UiTestSupport.h"
#include "core/model/StepPath.h"
#include "ui/document/LogDocument.h"
#include "ui/document/TemplateLibrary.h"

#include <QSignalSpy>

#include <gtest/gtest.h>

using namespace paceline;
using namespace paceline::test;

namespace {

class TemplateCommands : public ::testing::Test {
protected:
    void SetUp() override
    {
        m_document = m_temp.openDocument();
        ASSERT_TRUE(m_document);
    }

    LogDocument& document() { return *m_document; }
    QUndoStack& stack() { return *m_document->undoStack(); }
    const SessionTemplate& shown(TemplateId id)
    {
        const SessionTemplate* found = m_document->library().sessionTemplate(id);
        EXPECT_TRUE(found);
        static const SessionTemplate none;
        return found ? *found : none;
    }
    QString storedShape(TemplateId id)
    {
        auto stored = storedTemplate(m_temp, id);
        return stored ? shape(stored->steps) : QStringLiteral("(missing)");
    }

    TempStore m_temp;
    std::unique_ptr<LogDocument> m_document;
};

StepTree withoutCoolDown(StepTree steps)
{
    steps.pop_back();
    return steps;
}

} // namespace

TEST_F(TemplateCommands, AddIsUndoableAndRedoKeepsTheId)
{
    QSignalSpy added(&document().library(), &TemplateLibrary::templateAdded);
    QSignalSpy removed(&document().library(), &TemplateLibrary::templateRemoved);
    SessionTemplate session = intervalSession();
    session.id = TemplateId{77}; // ids of an import are ignored
    const TemplateId id = document().library().addTemplate(session);
    ASSERT_TRUE(id.isValid());
    EXPECT_EQ(stack().count(), 1);
    EXPECT_EQ(stack().text(0), QStringLiteral("Add session Intervals"));
    EXPECT_EQ(added.count(), 1);
    EXPECT_EQ(shape(shown(id).steps), QStringLiteral("wu 3x(rep jog | rest) cd"));
    EXPECT_EQ(storedShape(id), QStringLiteral("wu 3x(rep jog | rest) cd"));

    stack().undo();
    EXPECT_TRUE(document().library().templates().empty());
    EXPECT_EQ(removed.count(), 1);
    EXPECT_EQ(storedTemplateCount(m_temp), 0);

    stack().redo();
    ASSERT_EQ(document().library().templates().size(), 1u);
    EXPECT_EQ(document().library().templates().front().id, id);
    EXPECT_EQ(storedShape(id), QStringLiteral("wu 3x(rep jog | rest) cd"));
}

TEST_F(TemplateCommands, DuplicateMakesANamedCopyWithNewRows)
{
    const TemplateId original =
        document().library().addTemplate(intervalSession(QStringLiteral("Hills")));
    const TemplateId copy = document().library().duplicateTemplate(original);
    const TemplateId second = document().library().duplicateTemplate(original);
    ASSERT_TRUE(copy.isValid());
    EXPECT_EQ(shown(copy).name, QStringLiteral("Hills (copy)"));
    EXPECT_EQ(shown(second).name, QStringLiteral("Hills (copy 2)"));
    EXPECT_EQ(withoutIds(shown(copy).steps), withoutIds(shown(original).steps));
    EXPECT_NE(shown(copy).steps[0].step().id, shown(original).steps[0].step().id);
    EXPECT_EQ(stack().text(1), QStringLiteral("Duplicate session Hills"));

    stack().undo();
    stack().undo();
    EXPECT_EQ(document().library().templates().size(), 1u);
    EXPECT_EQ(storedTemplateCount(m_temp), 1);
    stack().redo();
    EXPECT_EQ(storedTemplate(m_temp, copy)->name, QStringLiteral("Hills (copy)"));
}

TEST_F(TemplateCommands, RenameAndDetailsAreUndoable)
{
    const TemplateId id = document().library().addTemplate(intervalSession());
    QSignalSpy changed(&document().library(), &TemplateLibrary::templateChanged);
    EXPECT_TRUE(document().library().renameTemplate(id, QStringLiteral("  Track 400s ")));
    EXPECT_EQ(shown(id).name, QStringLiteral("Track 400s"));
    EXPECT_EQ(storedTemplate(m_temp, id)->name, QStringLiteral("Track 400s"));
    EXPECT_FALSE(document().library().renameTemplate(id, QStringLiteral("  "))); // a name is needed
    EXPECT_TRUE(document().library().renameTemplate(id, QStringLiteral("Track 400s"))); // no change
    EXPECT_EQ(stack().count(), 2);

    EXPECT_TRUE(document().library().editTemplateDetails(id, QStringLiteral("Bike 400s"),
                                                         Sport::Bike, std::nullopt,
                                                         QStringLiteral("on the trainer")));
    EXPECT_EQ(changed.count(), 2);
    auto stored = storedTemplate(m_temp, id);
    EXPECT_EQ(stored->sport, Sport::Bike);
    EXPECT_FALSE(stored->purpose.has_value());
    EXPECT_EQ(stored->notes, QStringLiteral("on the trainer"));

    stack().undo();
    EXPECT_EQ(storedTemplate(m_temp, id)->sport, Sport::Run);
    stack().undo();
    EXPECT_EQ(shown(id).name, QStringLiteral("Intervals"));
    EXPECT_EQ(storedTemplate(m_temp, id)->name, QStringLiteral("Intervals"));
    stack().redo();
    stack().redo();
    EXPECT_EQ(storedTemplate(m_temp, id)->name, QStringLiteral("Bike 400s"));
    EXPECT_EQ(shape(storedTemplate(m_temp, id)->steps), QStringLiteral("wu 3x(rep jog | rest) cd"));
}

TEST_F(TemplateCommands, RemoveThenUndoRestoresTheSameIdAndSteps)
{
    const TemplateId kept =
        document().library().addTemplate(intervalSession(QStringLiteral("Kept")));
    const TemplateId id = document().library().addTemplate(intervalSession());
    EXPECT_TRUE(document().library().renameTemplate(id, QStringLiteral("Renamed")));
    EXPECT_TRUE(document().library().removeTemplate(id));
    EXPECT_EQ(document().library().sessionTemplate(id), nullptr);
    EXPECT_FALSE(storedTemplate(m_temp, id).has_value());
    EXPECT_EQ(stack().text(stack().index() - 1), QStringLiteral("Delete session Renamed"));

    stack().undo();
    ASSERT_NE(document().library().sessionTemplate(id), nullptr);
    EXPECT_EQ(storedShape(id), QStringLiteral("wu 3x(rep jog | rest) cd"));
    // Older commands still refer to it by id and work.
    stack().undo();
    EXPECT_EQ(storedTemplate(m_temp, id)->name, QStringLiteral("Intervals"));
    stack().redo();
    stack().redo();
    EXPECT_FALSE(storedTemplate(m_temp, id).has_value());
    EXPECT_TRUE(storedTemplate(m_temp, kept).has_value());
}

TEST_F(TemplateCommands, RemoveSeveralIsOneCommand)
{
    const TemplateId a = document().library().addTemplate(intervalSession(QStringLiteral("A")));
    const TemplateId b = document().library().addTemplate(intervalSession(QStringLiteral("B")));
    EXPECT_TRUE(document().library().removeTemplates({a, b}));
    EXPECT_EQ(stack().text(2), QStringLiteral("Delete 2 sessions"));
    EXPECT_EQ(storedTemplateCount(m_temp), 0);
    stack().undo();
    EXPECT_EQ(storedTemplateCount(m_temp), 2);
    EXPECT_EQ(shown(b).name, QStringLiteral("B"));
}

TEST_F(TemplateCommands, RemovingSeveralAnnouncesEachOnceAllAreGone)
{
    const TemplateId a = document().library().addTemplate(intervalSession(QStringLiteral("A")));
    const TemplateId b = document().library().addTemplate(intervalSession(QStringLiteral("B")));
    const TemplateId kept = document().library().addTemplate(intervalSession(QStringLiteral("C")));
    // A listener (the library panel choosing another session) must not find one that
    // is about to go.
    std::vector<size_t> seen;
    QObject::connect(&document().library(), &TemplateLibrary::templateRemoved,
                     [&](TemplateId) { seen.push_back(document().library().templates().size()); });
    ASSERT_TRUE(document().library().removeTemplates({a, b}));
    EXPECT_EQ(seen, (std::vector<size_t>{1, 1}));
    EXPECT_NE(document().library().sessionTemplate(kept), nullptr);
}

TEST_F(TemplateCommands, StepEditsAreUndoableAndSaved)
{
    const TemplateId id = document().library().addTemplate(intervalSession());
    const StepTree before = shown(id).steps;
    QSignalSpy changed(&document().library(), &TemplateLibrary::templateChanged);
    EXPECT_TRUE(document().library().editTemplateSteps(id, withoutCoolDown(before),
                                                       QStringLiteral("Delete cool-down")));
    EXPECT_EQ(changed.count(), 1);
    EXPECT_EQ(stack().undoText(), QStringLiteral("Delete cool-down"));
    EXPECT_EQ(storedShape(id), QStringLiteral("wu 3x(rep jog | rest)"));
    stack().undo();
    EXPECT_EQ(storedShape(id), QStringLiteral("wu 3x(rep jog | rest) cd"));
    EXPECT_EQ(shape(shown(id).steps), QStringLiteral("wu 3x(rep jog | rest) cd"));
    stack().redo();

    // Reopening the log shows what was saved: there is no Save.
    m_document.reset();
    m_document = m_temp.openDocument();
    EXPECT_EQ(shape(shown(id).steps), QStringLiteral("wu 3x(rep jog | rest)"));
}

TEST_F(TemplateCommands, NewStepsGetIdsAndKeptStepsKeepThem)
{
    const TemplateId id = document().library().addTemplate(intervalSession());
    StepTree steps = shown(id).steps;
    const StepId warmUp = steps[0].step().id;
    steps.push_back(leaf("extra"));
    EXPECT_TRUE(document().library().editTemplateSteps(id, steps, QStringLiteral("Add extra")));
    EXPECT_EQ(shown(id).steps[0].step().id, warmUp);
    EXPECT_TRUE(shown(id).steps.back().step().id.isValid());
    EXPECT_EQ(shown(id), *storedTemplate(m_temp, id));
}

TEST_F(TemplateCommands, ConsecutiveEditsWithOneKeyMergeIntoOneUndoStep)
{
    const TemplateId id = document().library().addTemplate(intervalSession());
    const TemplateId other =
        document().library().addTemplate(intervalSession(QStringLiteral("Other")));
    const StepTree original = shown(id).steps;
    const auto typed = [&](const char* notes) {
        StepTree steps = shown(id).steps;
        steps[0].step().notes = QString::fromUtf8(notes);
        return document().library().editTemplateSteps(id, steps, QStringLiteral("Edit warm-up"), 7);
    };
    ASSERT_TRUE(typed("e"));
    ASSERT_TRUE(typed("ea"));
    ASSERT_TRUE(typed("eas"));
    EXPECT_EQ(stack().count(), 3);
    EXPECT_EQ(storedTemplate(m_temp, id)->steps[0].step().notes, QStringLiteral("eas"));

    // Another key, or another template with the same key, starts a new step.
    StepTree otherSteps = shown(other).steps;
    otherSteps.pop_back();
    ASSERT_TRUE(document().library().editTemplateSteps(other, otherSteps, QStringLiteral("x"), 7));
    EXPECT_EQ(stack().count(), 4);
    stack().undo();

    stack().undo();
    EXPECT_EQ(shown(id).steps, original);
    EXPECT_EQ(storedTemplate(m_temp, id)->steps, original);
    stack().redo();
    EXPECT_EQ(storedTemplate(m_temp, id)->steps[0].step().notes, QStringLiteral("eas"));
}

TEST_F(TemplateCommands, TypingBackToTheStartLeavesNothingToUndo)
{
    const TemplateId id = document().library().addTemplate(intervalSession());
    StepTree steps = shown(id).steps;
    steps[0].step().notes = QStringLiteral("changed");
    ASSERT_TRUE(document().library().editTemplateSteps(id, steps, QStringLiteral("Edit"), 3));
    steps[0].step().notes = QStringLiteral("wu");
    ASSERT_TRUE(document().library().editTemplateSteps(id, steps, QStringLiteral("Edit"), 3));
    EXPECT_EQ(stack().count(), 1); // only the add
    EXPECT_EQ(stack().index(), 1);
    EXPECT_FALSE(stack().canRedo());
    EXPECT_EQ(storedTemplate(m_temp, id)->steps[0].step().notes, QStringLiteral("wu"));
}

TEST_F(TemplateCommands, ExampleSessionsSkipNamesAlreadyInTheLibrary)
{
    document().library().addTemplate(intervalSession(QStringLiteral("Hill strides")));
    std::vector<SessionTemplate> examples{intervalSession(QStringLiteral("hill strides ")),
                                          intervalSession(QStringLiteral("Long run")),
                                          intervalSession(QStringLiteral("Tempo")),
                                          intervalSession(QStringLiteral("Tempo"))};
    EXPECT_EQ(document().library().addExampleSessions(examples), 2);
    EXPECT_EQ(stack().count(), 2);
    EXPECT_EQ(stack().undoText(), QStringLiteral("Add 2 example sessions"));
    EXPECT_EQ(storedTemplateCount(m_temp), 3);
    EXPECT_EQ(document().library().addExampleSessions(examples), 0);
    EXPECT_EQ(stack().count(), 2);
    stack().undo();
    EXPECT_EQ(document().library().templates().size(), 1u);
    EXPECT_EQ(storedTemplateCount(m_temp), 1);
}

TEST_F(TemplateCommands, ReadOnlyLogRefusesEveryEdit)
{
    const TemplateId id = document().library().addTemplate(intervalSession());
    m_document.reset();
    m_document = m_temp.openDocument(/*readOnly=*/true);
    ASSERT_TRUE(document().isReadOnly());
    QSignalSpy errors(&document(), &LogDocument::storeError);
    const SessionTemplate before = shown(id);

    EXPECT_FALSE(
        document().library().addTemplate(intervalSession(QStringLiteral("New"))).isValid());
    EXPECT_FALSE(document().library().duplicateTemplate(id).isValid());
    EXPECT_FALSE(document().library().renameTemplate(id, QStringLiteral("Renamed")));
    EXPECT_FALSE(document().library().editTemplateSteps(id, withoutCoolDown(before.steps),
                                                        QStringLiteral("Delete cool-down")));
    EXPECT_FALSE(document().library().removeTemplate(id));
    EXPECT_EQ(document().library().addExampleSessions({intervalSession(QStringLiteral("Ex"))}), 0);
    EXPECT_EQ(errors.count(), 6);
    EXPECT_EQ(stack().count(), 0);
    EXPECT_EQ(document().library().templates().size(), 1u);
    EXPECT_EQ(shown(id), before);
}

TEST_F(TemplateCommands, LoadedOnOpenAndOnReload)
{
    const TemplateId id = document().library().addTemplate(intervalSession(QStringLiteral("B")));
    document().library().addTemplate(intervalSession(QStringLiteral("a")));
    m_document.reset();
    m_document = m_temp.openDocument();
    ASSERT_EQ(document().library().templates().size(), 2u);
    EXPECT_EQ(document().library().templates()[0].name, QStringLiteral("a")); // by name
    EXPECT_EQ(shape(shown(id).steps), QStringLiteral("wu 3x(rep jog | rest) cd"));
    QSignalSpy reset(&document().library(), &TemplateLibrary::templatesReset);
    document().reload();
    EXPECT_EQ(reset.count(), 1);
    EXPECT_EQ(document().library().templates().size(), 2u);
}
