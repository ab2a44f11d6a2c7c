#pragma once

#include <QStyledItemDelegate>
#include <QTableView>

#include <functional>

namespace paceline {

class RepTableModel;

/// The reps table's editor: a plain line edit whose Enter commits at once and asks
/// the view to move down (Qt's own delegate commits Enter through the event loop,
/// which would let the next keystroke arrive before the value is in the model).
class RepCellDelegate : public QStyledItemDelegate {
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;
    bool eventFilter(QObject* object, QEvent* event) override;
    /// Asked on Ctrl+V in an open editor: true when the clipboard holds a whole column,
    /// which the view pastes (pasteRequested) once the editor is closed.
    void setColumnPasteCheck(std::function<bool()> check) { m_holdsColumn = std::move(check); }

Q_SIGNALS:
    void enterPressed();
    void pasteRequested();

private:
    std::function<bool()> m_holdsColumn;
};

/// The log form's reps table, made for typing splits: Enter moves down the column
/// (adding a row at the end), Tab moves across, typing over a cell replaces it, and
/// Ctrl+V in the time column pastes a column of splits from a watch app.
class RepTableView : public QTableView {
    Q_OBJECT

public:
    explicit RepTableView(QWidget* parent = nullptr);
    void setRepModel(RepTableModel* model);
    RepTableModel* repModel() const { return m_model; }

    /// To the same column of the next row; on the last row a new row is added.
    void moveDown();
    /// Pastes the clipboard into the current column from the current row down.
    void pasteFromClipboard();
    /// Whether the clipboard holds several values for the current column (a column of
    /// splits), rather than one value to paste into a cell.
    bool clipboardHoldsColumn() const;
    /// Commits the cell being typed, if any, and closes its editor: a save or a close
    /// must not lose what is still in the editor.
    void commitEditor();

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    RepTableModel* m_model = nullptr;
};

} // namespace paceline
