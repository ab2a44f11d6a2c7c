#include "ImportProgressDialog.h"

#include "core/import/ActivityImporter.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace paceline {

namespace {

/// Wide enough for a long file name; the name is elided in the middle past it.
constexpr int kFileLabelWidth = 420;

} // namespace

ImportProgressDialog::ImportProgressDialog(QWidget* parent) : QDialog(parent)
{
    setWindowTitle(tr("Import Activities"));
    setObjectName(QStringLiteral("importProgress"));
    m_count = new QLabel;
    QFont bold = m_count->font();
    bold.setBold(true);
    m_count->setFont(bold);
    m_file = new QLabel;
    m_file->setObjectName(QStringLiteral("importFile"));
    m_file->setMinimumWidth(kFileLabelWidth);
    m_file->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_bar = new QProgressBar;
    m_bar->setTextVisible(false);
    m_outcomes = new QLabel;
    m_outcomes->setObjectName(QStringLiteral("importOutcomes"));

    auto* buttons = new QDialogButtonBox;
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    m_cancel->setToolTip(tr("Stop after the file being read; the files already imported stay "
                            "(Undo removes them)"));
    connect(m_cancel, &QPushButton::clicked, this, &ImportProgressDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_count);
    layout->addWidget(m_file);
    layout->addWidget(m_bar);
    layout->addWidget(m_outcomes);
    layout->addStretch(1);
    layout->addWidget(buttons);
    setProgress(0, 0, {}, {});
}

void ImportProgressDialog::setProgress(int done, int total, const QString& nextFile,
                                       const ImportSummary& soFar)
{
    const int current = std::min(done + 1, total);
    m_count->setText(m_cancelled ? tr("Stopping after this file...")
                                 : tr("Importing %1 of %2").arg(current).arg(total));
    m_fileName = QFileInfo(nextFile).fileName();
    m_file->setText(m_file->fontMetrics().elidedText(m_fileName, Qt::ElideMiddle, kFileLabelWidth));
    m_file->setToolTip(nextFile);
    m_bar->setRange(0, std::max(total, 1));
    m_bar->setValue(done);
    QStringList outcomes{tr("%1 imported").arg(soFar.imported)};
    if (soFar.duplicates > 0)
        outcomes << tr("%1 already in the log").arg(soFar.duplicates);
    if (soFar.failed > 0)
        outcomes << tr("%1 failed").arg(soFar.failed);
    m_outcomes->setText(outcomes.join(QStringLiteral(" · ")));
}

void ImportProgressDialog::reject()
{
    if (m_cancelled)
        return;
    m_cancelled = true;
    m_count->setText(tr("Stopping after this file..."));
    m_cancel->setEnabled(false);
    Q_EMIT cancelRequested();
}

} // namespace paceline
