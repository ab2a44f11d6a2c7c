#pragma once

#include "ui/document/ImportBatch.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

class QWidget;

namespace paceline {

class ImportProgressDialog;

/// Runs an ImportBatch on the UI thread, one file per turn of the event loop, so the
/// progress dialog paints and its Cancel is seen between files (each file takes
/// milliseconds; a thread would buy nothing but locking around the store). The dialog
/// shows only when the batch takes longer than kShowAfterMs, so a single file does not
/// flash one up.
class ImportRunner : public QObject {
    Q_OBJECT

public:
    static constexpr int kShowAfterMs = 300;
    /// How often the screens behind the dialog are told about new sessions: each
    /// announcement repaints the Log screen, which costs more than reading a file.
    static constexpr int kAnnounceEveryMs = 500;

    /// The dialog is made a child of `window` (and modal to it once shown).
    ImportRunner(LogDocument& document, AthleteId athlete, QStringList files, QWidget* window);
    ~ImportRunner() override;

    /// Starts with the next turn of the event loop; finished() comes at the end.
    void start();
    const ImportBatch& batch() const { return m_batch; }
    bool wasCancelled() const;
    ImportProgressDialog* progressDialog() const { return m_dialog; }

Q_SIGNALS:
    /// The batch is done or stopped, and its undo command pushed.
    void finished();

private:
    void importOne();
    void finish();

    ImportBatch m_batch;
    QPointer<ImportProgressDialog> m_dialog;
    QTimer m_showTimer;
    QElapsedTimer m_sinceAnnounced; ///< invalid until the first file: it shows at once
    bool m_finished = false;
};

} // namespace paceline
