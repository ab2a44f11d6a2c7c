#include "RepTableView.h"

#include "RepTableModel.h"

#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLineEdit>
#include <QRegularExpression>

namespace paceline {

bool RepCellDelegate::eventFilter(QObject* object, QEvent* event)
{
    auto* editor = qobject_cast<QWidget*>(object);
    if (editor && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (static_cast<QKeyEvent*>(event)->matches(QKeySequence::Paste) && m_holdsColumn &&
            m_holdsColumn()) {
            // Closed first: the half-typed text must not be committed over a pasted value.
            Q_EMIT closeEditor(editor, QAbstractItemDelegate::RevertModelCache);
            Q_EMIT pasteRequested();
            return true;
        }
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            Q_EMIT commitData(editor);
            Q_EMIT closeEditor(editor, QAbstractItemDelegate::NoHint);
            Q_EMIT enterPressed();
            return true;
        }
    }
    return QStyledItemDelegate::eventFilter(object, event);
}

RepTableView::RepTableView(QWidget* parent) : QTableView(parent)
{
    auto* delegate = new RepCellDelegate(this);
    setItemDelegate(delegate);
    connect(delegate, &RepCellDelegate::enterPressed, this, &RepTableView::moveDown);
    delegate->setColumnPasteCheck([this] { return clipboardHoldsColumn(); });
    connect(delegate, &RepCellDelegate::pasteRequested, this, &RepTableView::pasteFromClipboard);
    setEditTriggers(QAbstractItemView::AnyKeyPressed | QAbstractItemView::DoubleClicked |
                    QAbstractItemView::EditKeyPressed);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setSelectionBehavior(QAbstractItemView::SelectItems);
    setTabKeyNavigation(true);
    setAlternatingRowColors(false);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    horizontalHeader()->setHighlightSections(false);
}

void RepTableView::setRepModel(RepTableModel* model)
{
    m_model = model;
    setModel(model);
}

void RepTableView::moveDown()
{
    if (!m_model)
        return;
    const QModelIndex current = currentIndex();
    const int column = current.isValid() ? current.column() : int(RepTableModel::Distance);
    int row = current.isValid() ? current.row() + 1 : 0;
    if (row >= m_model->rowCount())
        row = m_model->insertRep(m_model->rowCount() - 1);
    const QModelIndex below = m_model->index(row, column);
    setCurrentIndex(below);
    scrollTo(below);
}

bool RepTableView::clipboardHoldsColumn() const
{
    const QString text = QApplication::clipboard()->text().trimmed();
    // Commas separate splits copied on one line; in other columns (notes) they are text.
    const QRegularExpression separators(currentIndex().column() == RepTableModel::Time
                                            ? QStringLiteral("[\\n;,]")
                                            : QStringLiteral("\\n"));
    return text.contains(separators);
}

void RepTableView::pasteFromClipboard()
{
    const QModelIndex current = currentIndex();
    if (!m_model || !current.isValid())
        return;
    const QString text = QApplication::clipboard()->text();
    if (text.trimmed().isEmpty())
        return;
    if (!clipboardHoldsColumn()) {
        if (current.flags() & Qt::ItemIsEditable)
            m_model->setData(current, text.trimmed());
        return;
    }
    // A column of values (splits from a watch app) fills down from the current row.
    const int filled = m_model->pasteColumn(current.row(), current.column(), text);
    if (filled > 0)
        setCurrentIndex(m_model->index(current.row() + filled - 1, current.column()));
}

void RepTableView::commitEditor()
{
    if (state() != EditingState)
        return;
    if (QWidget* editor = indexWidget(currentIndex())) {
        commitData(editor);
        closeEditor(editor, QAbstractItemDelegate::NoHint);
    }
}

void RepTableView::keyPressEvent(QKeyEvent* event)
{
    if (event->matches(QKeySequence::Paste)) {
        pasteFromClipboard();
        event->accept();
        return;
    }
    const int key = event->key();
    // The keypad's Enter (KeypadModifier) as well: numbers are often typed there.
    if ((key == Qt::Key_Return || key == Qt::Key_Enter) &&
        (event->modifiers() & ~Qt::KeypadModifier) == Qt::NoModifier) {
        moveDown();
        event->accept();
        return;
    }
    if ((key == Qt::Key_Delete || key == Qt::Key_Backspace) && state() != EditingState &&
        event->modifiers() == Qt::NoModifier) {
        // Clears the cell, as in a spreadsheet; deleting the row is Ctrl+Delete.
        const QModelIndex current = currentIndex();
        if (current.isValid() && (current.flags() & Qt::ItemIsEditable) &&
            current.column() != RepTableModel::Kind)
            m_model->setData(current, QString());
        event->accept();
        return;
    }
    QTableView::keyPressEvent(event);
}

} // namespace paceline
