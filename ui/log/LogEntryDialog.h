#pragma once

#include "EntryFormState.h"
#include "core/model/Id.h"

#include <QDialog>

#include <optional>
#include <vector>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTimeEdit;
class QTimer;

namespace paceline {

class LogDocument;
class RepTableModel;
class RepTableView;
class SessionFieldsPanel;

/// "Log Workout": the entry form for one session, rep by rep. It starts from a state
/// (a new entry, a stored session, or a draft), checks it as the athlete types, and
/// saves through LoggedSessions (one undoable edit). While it is open its whole state,
/// including text that does not parse yet, is kept as the athlete's draft, so closing
/// the form or the app loses nothing; saving or Discard drops the draft.
class LogEntryDialog : public QDialog {
    Q_OBJECT

public:
    /// `editing` names the stored session being changed; nullopt for a new one.
    /// `fromDraft`: the state was resumed from a draft, so it is unsaved from the start.
    LogEntryDialog(LogDocument& document, AthleteId athlete, const EntryFormState& state,
                   std::optional<LoggedSessionId> editing, bool fromDraft = false,
                   QWidget* parent = nullptr);
    ~LogEntryDialog() override;

    EntryFormState state() const;
    /// Every problem that keeps the entry from being saved, in the order listed.
    const std::vector<EntryProblem>& problems() const { return m_problems; }
    /// The session saved by accept(); invalid before.
    LoggedSessionId savedSession() const { return m_saved; }

    /// Writes the draft now (a timer does it a second after the last change).
    void saveDraftNow();

    // For the tests and the screenshot.
    RepTableView* repTable() const { return m_table; }
    RepTableModel* repModel() const { return m_model; }
    SessionFieldsPanel* sessionFields() const { return m_fields; }
    QComboBox* planPicker() const { return m_plan; }
    QPushButton* saveButton() const { return m_save; }
    QString problemsText() const;

public Q_SLOTS:
    /// Saves the session; the form stays open (nothing lost) when it cannot.
    void accept() override;
    /// Closes the form and keeps what was typed as the draft.
    void reject() override;
    /// Closes the form and drops the draft.
    void discard();

private:
    QWidget* createHeader();
    QWidget* createReps();
    QWidget* createButtons();
    void setState(const EntryFormState& state);
    void reloadPlans();
    void choosePlan(int index);
    void markEdited();
    void refreshValidation();
    void refreshTargets();
    UnitSystem units() const;

    LogDocument& m_document;
    AthleteId m_athlete;
    std::optional<LoggedSessionId> m_editing;
    int m_utcOffsetSeconds = 0;
    std::optional<PlannedSessionId> m_plannedSession;

    QDateEdit* m_date = nullptr;
    QTimeEdit* m_time = nullptr;
    QComboBox* m_sport = nullptr;
    QComboBox* m_plan = nullptr;
    QLineEdit* m_title = nullptr;
    RepTableModel* m_model = nullptr;
    RepTableView* m_table = nullptr;
    QLabel* m_problemsLabel = nullptr;
    SessionFieldsPanel* m_fields = nullptr;
    QPushButton* m_save = nullptr;
    QTimer* m_draftTimer = nullptr;

    std::vector<EntryProblem> m_problems;
    bool m_loading = false; ///< setState is filling the widgets: not an edit
    bool m_unsaved = false; ///< typed since the last save of the session
    LoggedSessionId m_saved;
};

} // namespace paceline
