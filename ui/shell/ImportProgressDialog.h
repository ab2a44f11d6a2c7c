#pragma once

#include <QDialog>

class QLabel;
class QProgressBar;
class QPushButton;

namespace paceline {

struct ImportSummary;

/// "Importing 12 of 340", the file being read and Cancel, while a batch of activity
/// files imports. Cancel (or Esc, or closing it) asks to stop: the file being read
/// still finishes, so nothing is left half-written, and the dialog says so.
class ImportProgressDialog : public QDialog {
    Q_OBJECT

public:
    explicit ImportProgressDialog(QWidget* parent = nullptr);

    /// `done` of `total` files handled, `nextFile` the one being read now (empty at the
    /// end), and what became of the files so far.
    void setProgress(int done, int total, const QString& nextFile, const ImportSummary& soFar);
    bool wasCancelled() const { return m_cancelled; }

    /// The stop button, for tests.
    QPushButton* cancelButton() const { return m_cancel; }

Q_SIGNALS:
    void cancelRequested();

public Q_SLOTS:
    /// Esc and the window's close button stop the import too; the dialog stays up until
    /// the current file is done.
    void reject() override;

private:
    QLabel* m_count = nullptr;
    QLabel* m_file = nullptr;
    QProgressBar* m_bar = nullptr;
    QLabel* m_outcomes = nullptr;
    QPushButton* m_cancel = nullptr;
    QString m_fileName;
    bool m_cancelled = false;
};

} // namespace paceline
