#pragma once

#include "core/advice/SessionAdvisor.h"
#include "core/model/Id.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QTreeView;

namespace paceline {

class CalibrationBox;
class FindingsPanel;
class IntensityProfileChart;
class LibraryPanel;
class LogDocument;
class StepPaletteModel;
class StepPropertiesPanel;
class StepTreeModel;

/// The Sessions screen: the library on the left, the session being built in the
/// middle (details, notation line, intensity profile, totals, timeline), the selected
/// block's properties and the advisor's findings on the right. Every change goes
/// through the document as one undoable command; the profile, totals and findings
/// follow every edit and selection.
class BuilderView : public QWidget {
    Q_OBJECT

public:
    explicit BuilderView(LogDocument& document, QWidget* parent = nullptr);
    ~BuilderView() override;

    // For tests and keyboard users: the parts of the screen.
    LibraryPanel* library() const { return m_library; }
    QTreeView* timeline() const { return m_timeline; }
    QListView* palette() const { return m_palette; }
    QLineEdit* notation() const { return m_notation; }
    IntensityProfileChart* chart() const { return m_chart; }
    FindingsPanel* findings() const { return m_findings; }
    StepPropertiesPanel* properties() const { return m_properties; }
    StepTreeModel* stepModel() const { return m_steps; }
    CalibrationBox* calibration() const { return m_calibration; }

    /// Inserts the palette block at `row` after the selected block (Enter on the
    /// palette does this, so the builder works without a mouse).
    void insertPaletteBlock(int row);

protected:
    bool event(QEvent* event) override;

private:
    QWidget* buildLibraryColumn();
    QWidget* buildSessionColumn();
    QWidget* buildSideColumn();
    void createActions();

    void showTemplate(TemplateId id);
    void refreshDetails();
    void refreshAnalysis();
    void refreshHighlight();
    void refreshProperties();
    void refreshCalibration();
    /// For changes made elsewhere (the athlete, the log, the plan): at once while the
    /// screen is shown; hidden behind another screen, once when it is shown again.
    void refreshAnalysisWhenShown();
    void refreshCalibrationWhenShown();
    void applyDetails();
    void applyNotation();
    void selectPaths(const std::vector<StepPath>& paths);
    std::vector<StepPath> selectedPaths() const;
    AdviceContext adviceContext() const;

    void deleteSelection();
    void copySelection();
    void cutSelection();
    void paste();
    void groupSelection();
    /// Moves the selected blocks one place up (-1) or down (+1) among their siblings.
    void moveSelection(int direction);

    LogDocument& m_document;
    TemplateId m_template;
    SessionEstimate m_estimate; ///< of the session shown, for redrawing the highlight
    StepTreeModel* m_steps;
    StepPaletteModel* m_paletteModel;
    LibraryPanel* m_library = nullptr;
    QLineEdit* m_name = nullptr;
    QComboBox* m_sport = nullptr;
    QComboBox* m_purpose = nullptr;
    QLineEdit* m_notation = nullptr;
    QLabel* m_notationProblem = nullptr;
    IntensityProfileChart* m_chart = nullptr;
    QLabel* m_totals = nullptr;
    QTreeView* m_timeline = nullptr;
    QListView* m_palette = nullptr;
    StepPropertiesPanel* m_properties = nullptr;
    FindingsPanel* m_findings = nullptr;
    CalibrationBox* m_calibration = nullptr;
    QWidget* m_editor = nullptr;
    QWidget* m_emptyState = nullptr;
    bool m_hiddenByParent = false;
    bool m_analysisStale = false;
    bool m_calibrationStale = false;
};

} // namespace paceline
