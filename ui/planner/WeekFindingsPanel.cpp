#include "WeekFindingsPanel.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QStyle>
#include <QStyleOptionButton>

#include <algorithm>

namespace paceline {

namespace {

const char* const kRowIndex = "findingIndex";
constexpr int kIconSize = 16;

QColor severityColor(Severity severity)
{
    switch (severity) {
    case Severity::Problem:
        return QColor(0xb3, 0x26, 0x1e);
    case Severity::Warning:
        return QColor(0xb2, 0x6a, 0x00);
    case Severity::Info:
        return QColor(0x2f, 0x5d, 0x8a);
    }
    return {};
}

QStyle::StandardPixmap severityIcon(Severity severity)
{
    switch (severity) {
    case Severity::Problem:
        return QStyle::SP_MessageBoxCritical;
    case Severity::Warning:
        return QStyle::SP_MessageBoxWarning;
    case Severity::Info:
        return QStyle::SP_MessageBoxInformation;
    }
    return QStyle::SP_MessageBoxInformation;
}

/// A button whose label shortens with "..." when the panel is narrow, instead of
/// widening the row past the panel's edge (fix labels name sessions, so they run long).
class ElidingButton : public QPushButton {
public:
    // "&" in a session's name is not a shortcut key: doubled, it shows as itself.
    explicit ElidingButton(const QString& text)
        : m_fullText(QString(text).replace(QLatin1Char('&'), QStringLiteral("&&")))
    {
        setText(m_fullText);
        setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
    }

    QSize minimumSizeHint() const override
    {
        return {fontMetrics().averageCharWidth() * 12, QPushButton::minimumSizeHint().height()};
    }

    /// What the whole label needs (QPushButton's own hint follows the elided text).
    QSize sizeHint() const override
    {
        QStyleOptionButton option;
        initStyleOption(&option);
        const QSize text = fontMetrics().size(Qt::TextShowMnemonic, m_fullText);
        return style()->sizeFromContents(QStyle::CT_PushButton, &option, text, this);
    }

protected:
    void resizeEvent(QResizeEvent* event) override
    {
        QPushButton::resizeEvent(event);
        const int padding =
            sizeHint().width() - fontMetrics().size(Qt::TextShowMnemonic, m_fullText).width();
        const int room = width() - padding;
        setText(fontMetrics().elidedText(m_fullText, Qt::ElideRight, std::max(room, 0)));
    }

private:
    QString m_fullText;
};

QString fixToolTip(const QString& label, bool allowed)
{
    return allowed ? WeekFindingsPanel::tr("%1 (one undoable edit)").arg(label)
                   : WeekFindingsPanel::tr("The log is read-only");
}

bool sameFinding(const WeekFinding& a, const WeekFinding& b)
{
    return a.rule == b.rule && a.severity == b.severity && a.days == b.days &&
           a.sessions == b.sessions && a.message == b.message && a.fix == b.fix;
}

bool sameFindings(const std::vector<WeekFinding>& a, const std::vector<WeekFinding>& b)
{
    return std::equal(a.begin(), a.end(), b.begin(), b.end(), sameFinding);
}

QList<QDate> toList(const std::vector<QDate>& days)
{
    return QList<QDate>(days.begin(), days.end());
}

} // namespace

WeekFindingsPanel::WeekFindingsPanel(QWidget* parent)
    : QWidget(parent), m_empty(new QLabel(emptyText())), m_rowLayout(new QVBoxLayout)
{
    m_empty->setObjectName(QStringLiteral("weekFindingsEmpty"));
    m_empty->setWordWrap(true);
    auto* rows = new QWidget;
    auto* rowsLayout = new QVBoxLayout(rows);
    rowsLayout->setContentsMargins(0, 0, 0, 0);
    rowsLayout->addWidget(m_empty);
    rowsLayout->addLayout(m_rowLayout);
    rowsLayout->addStretch(1);
    m_rowLayout->setSpacing(2);
    auto* scroll = new QScrollArea;
    scroll->setObjectName(QStringLiteral("weekFindingsScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setWidget(rows);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);
}

QString WeekFindingsPanel::emptyText() const
{
    return tr("No findings: hard days are well spaced.");
}

void WeekFindingsPanel::setFindings(std::vector<WeekFinding> findings)
{
    // The same findings again (a change elsewhere in the log): keep the rows, so the
    // selection and the keyboard focus stay where they are.
    if (!m_rows.empty() && sameFindings(findings, m_findings))
        return;
    // After a fix or a move the same finding often still stands: keep it selected.
    std::optional<WeekFinding> selected;
    if (m_selected >= 0 && m_selected < int(m_findings.size()))
        selected = m_findings[size_t(m_selected)];
    clearRows();
    m_findings = std::move(findings);
    m_selected = -1;
    for (size_t i = 0; i < m_findings.size(); ++i) {
        m_rows.push_back(makeRow(int(i), m_findings[i]));
        m_rowLayout->addWidget(m_rows.back());
        if (selected && m_findings[i].rule == selected->rule &&
            m_findings[i].days == selected->days)
            m_selected = int(i);
    }
    m_empty->setVisible(m_findings.empty());
    paintSelection();
    if (selected && m_selected < 0)
        Q_EMIT daysHighlighted({}); // the finding is gone: so is the grid's highlight
}

void WeekFindingsPanel::clearRows()
{
    // A row's Fix button may be the very sender whose click led here: delete later.
    for (QWidget* row : m_rows) {
        row->hide();
        row->setObjectName(QString()); // gone for lookups at once, deleted after the click
        row->removeEventFilter(this);
        row->deleteLater();
    }
    m_rows.clear();
}

QWidget* WeekFindingsPanel::makeRow(int index, const WeekFinding& finding)
{
    auto* row = new QFrame;
    row->setObjectName(QStringLiteral("weekFinding%1").arg(index));
    row->setProperty(kRowIndex, index);
    row->setFocusPolicy(Qt::StrongFocus);
    row->setAutoFillBackground(true);
    row->setToolTip(tr("Select to highlight the days concerned"));
    row->installEventFilter(this);

    auto* icon = new QLabel;
    icon->setPixmap(style()->standardIcon(severityIcon(finding.severity)).pixmap(kIconSize));
    icon->setAlignment(Qt::AlignTop);
    auto* word = new QLabel(QStringLiteral("<b>%1</b>").arg(enumLabel(finding.severity)));
    word->setStyleSheet(QStringLiteral("color: %1").arg(severityColor(finding.severity).name()));
    word->setAlignment(Qt::AlignTop);
    auto* message = new QLabel(finding.message);
    message->setObjectName(QStringLiteral("findingMessage"));
    message->setWordWrap(true);

    auto* text = new QVBoxLayout;
    text->setContentsMargins(0, 0, 0, 0);
    text->addWidget(message);
    if (finding.fix) {
        auto* fix = new ElidingButton(tr("Fix: %1").arg(finding.fix->label));
        fix->setObjectName(QStringLiteral("fixButton"));
        fix->setEnabled(m_fixesAllowed);
        fix->setProperty("fixLabel", finding.fix->label);
        fix->setToolTip(fixToolTip(finding.fix->label, m_fixesAllowed));
        const WeekFix fixCopy = *finding.fix;
        connect(fix, &QPushButton::clicked, this, [this, fixCopy] {
            if (m_fixesAllowed)
                Q_EMIT fixRequested(fixCopy);
        });
        text->addWidget(fix, 0, Qt::AlignLeft);
    }
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(4, 3, 4, 3);
    layout->addWidget(icon);
    layout->addWidget(word);
    layout->addLayout(text, 1);
    return row;
}

bool WeekFindingsPanel::eventFilter(QObject* watched, QEvent* event)
{
    const QVariant index = watched->property(kRowIndex);
    if (index.isValid() &&
        (event->type() == QEvent::MouseButtonPress || event->type() == QEvent::FocusIn))
        selectFinding(index.toInt());
    return QWidget::eventFilter(watched, event);
}

void WeekFindingsPanel::setFixesAllowed(bool allowed)
{
    m_fixesAllowed = allowed;
    for (QWidget* row : m_rows) {
        for (auto* fix : row->findChildren<QPushButton*>(QStringLiteral("fixButton"))) {
            fix->setEnabled(allowed);
            fix->setToolTip(fixToolTip(fix->property("fixLabel").toString(), allowed));
        }
    }
}

void WeekFindingsPanel::selectFinding(int row)
{
    const int valid = row >= 0 && row < int(m_findings.size()) ? row : -1;
    if (valid == m_selected)
        return;
    m_selected = valid;
    paintSelection();
    Q_EMIT daysHighlighted(valid < 0 ? QList<QDate>{} : toList(m_findings[size_t(valid)].days));
}

void WeekFindingsPanel::paintSelection()
{
    for (size_t i = 0; i < m_rows.size(); ++i) {
        QPalette colours = palette();
        QColor background = palette().highlight().color();
        background.setAlpha(45);
        colours.setColor(QPalette::Window,
                         int(i) == m_selected ? background : palette().base().color());
        m_rows[i]->setPalette(colours);
    }
}

} // namespace paceline
