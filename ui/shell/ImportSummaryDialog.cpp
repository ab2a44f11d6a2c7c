#include "ImportSummaryDialog.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QLabel>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace paceline {

namespace {

QString fileNameOf(const QString& path)
{
    return QFileInfo(path).fileName();
}

/// The reader's messages name the file already ("run.fit: line 4 ..."); others get it.
QString withFileName(const FileImportResult& result)
{
    const QString name = fileNameOf(result.path);
    if (result.message.startsWith(name))
        return result.message;
    return QStringLiteral("%1: %2").arg(name, result.message);
}

QString listHtml(const QStringList& items)
{
    QString html = QStringLiteral("<ul style='margin-left: -20px;'>");
    for (const QString& item : items)
        html += QStringLiteral("<li>%1</li>").arg(item);
    return html + QStringLiteral("</ul>");
}

QString sectionHtml(const QString& title, const QStringList& items)
{
    if (items.isEmpty())
        return {};
    return QStringLiteral("<h4>%1</h4>%2").arg(title.toHtmlEscaped(), listHtml(items));
}

QStringList problemItems(const ImportSummary& summary, ImportOutcome outcome)
{
    QStringList items;
    for (const FileImportResult& problem : summary.problems) {
        if (problem.outcome == outcome)
            items << withFileName(problem).toHtmlEscaped();
    }
    return items;
}

QStringList importedItems(const ImportReport& report)
{
    QStringList items;
    for (const ImportReport::ImportedFile& file : report.imported) {
        QString item = QStringLiteral("<b>%1</b>").arg(fileNameOf(file.path).toHtmlEscaped());
        for (const QString& session : file.sessions)
            item += QStringLiteral("<br>%1").arg(session.toHtmlEscaped());
        if (!file.note.isEmpty())
            item += QStringLiteral("<br><i>%1</i>").arg(file.note.toHtmlEscaped());
        items << item;
    }
    return items;
}

QString detailsHtml(const ImportReport& report)
{
    const ImportSummary& summary = report.summary;
    QString html;
    html += sectionHtml(QObject::tr("Failed (%1)").arg(summary.failed),
                        problemItems(summary, ImportOutcome::Failed));
    html += sectionHtml(QObject::tr("Already in the log, skipped (%1)").arg(summary.duplicates),
                        problemItems(summary, ImportOutcome::Duplicate));
    html += sectionHtml(QObject::tr("Imported (%1)").arg(summary.imported), importedItems(report));
    if (html.isEmpty())
        html = QObject::tr("<p>No file was imported.</p>");
    return html;
}

} // namespace

QString importHeadline(const ImportReport& report)
{
    const QString counts = summaryText(report.summary).section(QLatin1Char('\n'), 0, 0);
    if (!report.cancelled)
        return counts;
    return QObject::tr("Stopped after %1 of %2 files. %3")
        .arg(report.filesDone)
        .arg(report.filesTotal)
        .arg(counts);
}

ImportSummaryDialog::ImportSummaryDialog(const ImportReport& report, QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Import Finished"));
    setObjectName(QStringLiteral("importSummary"));
    auto* headline = new QLabel(importHeadline(report));
    headline->setObjectName(QStringLiteral("importHeadline"));
    headline->setWordWrap(true);
    QFont bold = headline->font();
    bold.setBold(true);
    headline->setFont(bold);

    m_details = new QTextBrowser;
    m_details->setObjectName(QStringLiteral("importDetails"));
    m_details->setOpenLinks(false);
    m_details->setHtml(detailsHtml(report));
    m_details->setMinimumSize(620, 340);

    auto* undoHint = new QLabel(
        report.undoText.isEmpty()
            ? tr("Nothing was added to the log.")
            : tr("Edit → Undo %1 takes the whole import out again.").arg(report.undoText));
    undoHint->setWordWrap(true);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    QPushButton* copy = buttons->addButton(tr("&Copy Report"), QDialogButtonBox::ActionRole);
    copy->setToolTip(tr("Copy this list, with the reasons files failed, as plain text"));
    connect(copy, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(reportText()); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(headline);
    layout->addWidget(m_details, 1);
    layout->addWidget(undoHint);
    layout->addWidget(buttons);
}

QString ImportSummaryDialog::reportText() const
{
    return findChild<QLabel*>(QStringLiteral("importHeadline"))->text() + QLatin1Char('\n') +
           m_details->toPlainText();
}

} // namespace paceline
