#include "ImportRunner.h"

#include "ImportProgressDialog.h"

namespace paceline {

ImportRunner::ImportRunner(LogDocument& document, AthleteId athlete, QStringList files,
                           QWidget* window)
    : m_batch(document, athlete, std::move(files)), m_dialog(new ImportProgressDialog(window))
{
    m_dialog->setWindowModality(Qt::WindowModal);
    m_dialog->setProgress(0, int(m_batch.files().size()), m_batch.nextFile(), m_batch.summary());
    m_showTimer.setSingleShot(true);
    m_showTimer.setInterval(kShowAfterMs);
    connect(&m_showTimer, &QTimer::timeout, this, [this] {
        if (!m_finished && m_dialog)
            m_dialog->show();
    });
}

ImportRunner::~ImportRunner()
{
    delete m_dialog;
}

void ImportRunner::start()
{
    m_showTimer.start();
    QTimer::singleShot(0, this, &ImportRunner::importOne);
}

bool ImportRunner::wasCancelled() const
{
    return m_dialog && m_dialog->wasCancelled();
}

void ImportRunner::importOne()
{
    // Cancel is seen here, between files: the one that was being read has finished.
    if (m_batch.atEnd() || wasCancelled()) {
        finish();
        return;
    }
    m_batch.importNext();
    if (!m_sinceAnnounced.isValid() || m_sinceAnnounced.elapsed() >= kAnnounceEveryMs) {
        m_batch.announce();
        m_sinceAnnounced.start();
    }
    if (m_dialog) {
        m_dialog->setProgress(m_batch.done(), int(m_batch.files().size()), m_batch.nextFile(),
                              m_batch.summary());
    }
    // A zero timer, not a loop: paint events and the Cancel click get their turn.
    QTimer::singleShot(0, this, &ImportRunner::importOne);
}

void ImportRunner::finish()
{
    m_finished = true;
    m_showTimer.stop();
    m_batch.finish();
    if (m_dialog)
        m_dialog->hide();
    Q_EMIT finished();
}

} // namespace paceline
