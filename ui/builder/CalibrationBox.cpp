#include "CalibrationBox.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStringList>
#include <QToolButton>
#include <QVBoxLayout>

namespace paceline {

namespace {

/// The tint says at a glance which way the proposal goes: green for faster, neutral
/// for keep, warm for shorter reps.
QString styleFor(CalibrationVerdict verdict)
{
    QString background = QStringLiteral("#eef2f7");
    QString border = QStringLiteral("#8da2bd");
    if (verdict == CalibrationVerdict::Faster) {
        background = QStringLiteral("#eaf5ec");
        border = QStringLiteral("#5d9c6b");
    } else if (verdict == CalibrationVerdict::Shorter) {
        background = QStringLiteral("#fbefe8");
        border = QStringLiteral("#c9835f");
    }
    return QStringLiteral("#calibrationBox { background: %1; border: 1px solid %2; "
                          "border-radius: 4px; }")
        .arg(background, border);
}

/// Dismissing hides this proposal only: a new repeat or an edit that changes what the
/// rule says brings the box back.
bool sameProposal(const CalibrationProposal& a, const CalibrationProposal& b)
{
    return a.verdict == b.verdict && a.summary == b.summary && a.reasons == b.reasons &&
           a.changes == b.changes && a.proposedSteps == b.proposedSteps;
}

/// The rule's Keep summaries open with the verdict's own words ("Keep the targets: not
/// every recent repeat ..."), which the title already says: the box shows the rest.
QString summaryUnder(const QString& verdict, const QString& summary)
{
    const QString opening = verdict + QLatin1Char(':');
    if (!summary.startsWith(opening, Qt::CaseInsensitive))
        return summary;
    QString rest = summary.mid(opening.size()).trimmed();
    if (!rest.isEmpty())
        rest[0] = rest[0].toUpper();
    return rest;
}

QString changeLines(const std::vector<CalibrationChange>& changes)
{
    QStringList lines;
    for (const CalibrationChange& change : changes)
        lines << QStringLiteral("%1 → %2").arg(change.before, change.after);
    return lines.join(QLatin1Char('\n'));
}

QString reasonList(const std::vector<QString>& reasons)
{
    QString items;
    for (const QString& reason : reasons)
        items += QStringLiteral("<li>%1</li>").arg(reason.toHtmlEscaped());
    return QStringLiteral("<ul style=\"margin: 0; -qt-list-indent: 1\">%1</ul>").arg(items);
}

} // namespace

CalibrationBox::CalibrationBox(QWidget* parent)
    : QFrame(parent), m_title(new QLabel), m_summary(new QLabel), m_changes(new QLabel),
      m_reasons(new QLabel)
{
    setObjectName(QStringLiteral("calibrationBox"));
    setFrameShape(QFrame::StyledPanel);
    m_title->setObjectName(QStringLiteral("calibrationTitle"));
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_title->setWordWrap(true);
    m_summary->setObjectName(QStringLiteral("calibrationSummary"));
    m_summary->setWordWrap(true);
    m_changes->setObjectName(QStringLiteral("calibrationChanges"));
    m_changes->setWordWrap(true);
    m_reasons->setObjectName(QStringLiteral("calibrationReasons"));
    m_reasons->setWordWrap(true);
    m_reasons->setTextFormat(Qt::RichText);
    m_reasons->hide();

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->setSpacing(4);
    layout->addWidget(m_title);
    layout->addWidget(m_summary);
    layout->addWidget(m_changes);
    layout->addWidget(buildButtonRow());
    layout->addWidget(m_reasons);
    setProposal(std::nullopt);
}

QWidget* CalibrationBox::buildButtonRow()
{
    m_why = new QToolButton;
    m_why->setObjectName(QStringLiteral("calibrationWhy"));
    m_why->setText(tr("Why?"));
    m_why->setCheckable(true);
    m_why->setAutoRaise(true);
    m_why->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_why->setArrowType(Qt::RightArrow);
    m_why->setToolTip(tr("Show what the recent repeats showed"));
    connect(m_why, &QToolButton::toggled, this, [this](bool open) {
        m_why->setArrowType(open ? Qt::DownArrow : Qt::RightArrow);
        m_reasons->setVisible(open);
    });
    m_accept = new QPushButton(tr("Accept"));
    m_accept->setObjectName(QStringLiteral("calibrationAccept"));
    m_dismiss = new QPushButton(tr("Dismiss"));
    m_dismiss->setObjectName(QStringLiteral("calibrationDismiss"));
    m_dismiss->setToolTip(tr("Hide this proposal"));
    connect(m_accept, &QPushButton::clicked, this, [this] {
        if (m_acceptAllowed && m_proposal)
            Q_EMIT acceptRequested(*m_proposal);
    });
    connect(m_dismiss, &QPushButton::clicked, this, &CalibrationBox::dismiss);

    auto* row = new QWidget;
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_why);
    layout->addStretch(1);
    layout->addWidget(m_dismiss);
    layout->addWidget(m_accept);
    return row;
}

void CalibrationBox::setProposal(std::optional<CalibrationProposal> proposal, const QString& about)
{
    if (proposal && proposal->verdict == CalibrationVerdict::NotEnoughHistory)
        proposal.reset(); // nothing to say yet: a quiet screen beats a "no data" notice
    m_proposal = std::move(proposal);
    setVisible(m_proposal && !isDismissed());
    if (m_proposal)
        showTexts(about);
    refreshAccept();
}

void CalibrationBox::showTexts(const QString& about)
{
    setStyleSheet(styleFor(m_proposal->verdict));
    const QString verdict = enumLabel(m_proposal->verdict);
    m_title->setText(about.isEmpty() ? verdict : tr("%1 · %2").arg(verdict, about));
    m_summary->setText(summaryUnder(verdict, m_proposal->summary));
    m_changes->setText(changeLines(m_proposal->changes));
    m_changes->setVisible(!m_proposal->changes.empty());
    m_reasons->setText(reasonList(m_proposal->reasons));
    m_why->setVisible(!m_proposal->reasons.empty());
}

void CalibrationBox::setAcceptAllowed(bool allowed)
{
    m_acceptAllowed = allowed;
    refreshAccept();
}

void CalibrationBox::refreshAccept()
{
    // Keep has nothing to accept: the box only says why the targets stay.
    m_accept->setVisible(m_proposal && !m_proposal->changes.empty());
    m_accept->setEnabled(m_acceptAllowed);
    m_accept->setToolTip(m_acceptAllowed ? tr("Use these targets (one undoable edit)")
                                         : tr("The log is read-only"));
}

void CalibrationBox::dismiss()
{
    m_dismissed = m_proposal;
    hide();
}

bool CalibrationBox::isDismissed() const
{
    return m_proposal && m_dismissed && sameProposal(*m_proposal, *m_dismissed);
}

} // namespace paceline
