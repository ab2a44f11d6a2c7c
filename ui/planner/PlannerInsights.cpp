#include "PlannerInsights.h"

#include "FatigueProposalBox.h"
#include "PlannerCalibration.h"
#include "WeekFindingsPanel.h"
#include "core/store/LogStore.h"
#include "core/store/SessionStore.h"
#include "ui/builder/CalibrationBox.h"
#include "ui/charts/PlanLoadChart.h"
#include "ui/document/LogDocument.h"
#include "ui/document/LoggedSessions.h"
#include "ui/document/TrainingPlan.h"
#include "ui/models/PlanWeekModel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

#include <algorithm>

namespace paceline {

namespace {

/// The fatigue signals read four weeks of log, as the acute:chronic ratio does.
constexpr int kFatigueDays = 28;
/// The proposal looks two weeks ahead for the next hard day.
constexpr int kUpcomingDays = 14;
/// The week rules read up to a week either side of the days they check.
constexpr int kContextDays = 7;

/// Session-RPE load per calendar day from `first`, `count` days, all sports summed.
std::vector<double> dailyTotals(const std::vector<DailyLoad>& loads, QDate first, int count)
{
    std::vector<double> totals(size_t(count), 0.0);
    for (const DailyLoad& load : loads) {
        const qint64 offset = first.daysTo(load.day);
        if (offset >= 0 && offset < count)
            totals[size_t(offset)] += load.sessionRpeLoad;
    }
    return totals;
}

QLabel* heading(const QString& text)
{
    auto* label = new QLabel(QStringLiteral("<b>%1</b>").arg(text.toHtmlEscaped()));
    return label;
}

} // namespace

PlannerInsights::PlannerInsights(LogDocument& document, PlanWeekModel& model, QWidget* parent)
    : QWidget(parent), m_document(document), m_model(model), m_today(QDate::currentDate()),
      m_findings(new WeekFindingsPanel), m_fatigue(new FatigueProposalBox),
      m_chart(new PlanLoadChart), m_calibration(new PlannerCalibration(document, model, this))
{
    m_findings->setToolTip(tr("How the hard days of the shown days are spaced "
                              "(the week rules, docs/planner.md)"));
    auto* left = new QVBoxLayout;
    left->setContentsMargins(0, 0, 0, 0);
    left->addWidget(heading(tr("Week check")));
    left->addWidget(m_findings, 1);
    left->addWidget(m_fatigue);
    left->addWidget(m_calibration->box());
    auto* right = new QVBoxLayout;
    right->setContentsMargins(0, 0, 0, 0);
    right->addWidget(heading(tr("Load")));
    right->addWidget(m_chart, 1);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(left, 4);
    layout->addLayout(right, 5);

    const bool editable = !m_document.isReadOnly();
    m_findings->setFixesAllowed(editable);
    m_fatigue->setFixesAllowed(editable);
    connect(m_findings, &WeekFindingsPanel::daysHighlighted, this,
            &PlannerInsights::daysHighlighted);
    connect(m_findings, &WeekFindingsPanel::fixRequested, this,
            [this](const WeekFix& fix) { m_document.plan().applyFix(fix); });
    connect(m_fatigue, &FatigueProposalBox::fixRequested, this,
            [this](const WeekFix& fix) { m_document.plan().applyFix(fix); });

    // The model re-reads its days when the plan changes; following it (not only
    // planChanged) keeps the chart's loads and the findings in step with the grid.
    connect(&m_model, &QAbstractItemModel::modelReset, this, &PlannerInsights::scheduleRefresh);
    connect(&m_model, &QAbstractItemModel::dataChanged, this, &PlannerInsights::scheduleRefresh);
    connect(&m_model, &QAbstractItemModel::rowsInserted, this, &PlannerInsights::scheduleRefresh);
    connect(&m_model, &QAbstractItemModel::rowsRemoved, this, &PlannerInsights::scheduleRefresh);
    connect(&m_document.plan(), &TrainingPlan::planChanged, this,
            &PlannerInsights::followPlanChange);
    // Logged sessions change the actual load and the fatigue signals.
    connect(&m_document, &LogDocument::sessionsReset, this, &PlannerInsights::scheduleRefresh);
    LoggedSessions& logged = m_document.loggedSessions();
    connect(&logged, &LoggedSessions::sessionAdded, this, &PlannerInsights::scheduleRefresh);
    connect(&logged, &LoggedSessions::sessionChanged, this, &PlannerInsights::scheduleRefresh);
    connect(&logged, &LoggedSessions::sessionRemoved, this, &PlannerInsights::scheduleRefresh);
    refresh();
}

QSize PlannerInsights::sizeHint() const
{
    // Room for two or three findings and a readable chart; the grid above gets the rest.
    return {900, 15 * fontMetrics().height()};
}

void PlannerInsights::setToday(QDate today)
{
    m_today = today;
    refresh();
}

void PlannerInsights::followPlanChange(AthleteId athlete, QDate first, QDate last)
{
    if (athlete != m_document.currentAthleteId())
        return;
    const QDate shownFirst = m_model.firstDay();
    const QDate shownLast = shownFirst.addDays(m_model.dayCount() - 1);
    // The model re-reads the shown days and announces it: refreshing now as well
    // would only do the same work twice.
    if (first <= shownLast && last >= shownFirst)
        return;
    // Days just outside the shown ones are the week rules' context (a hard Sunday
    // matters to Monday); days further ahead still matter to the fatigue proposal.
    if (first <= shownLast.addDays(kContextDays) && last >= shownFirst.addDays(-kContextDays))
        scheduleRefresh();
    else
        refreshFatigue();
}

void PlannerInsights::scheduleRefresh()
{
    // One change reaches the model as several row and data signals; reading the plan
    // and the log once, after the last of them, is enough (and sees the model settled).
    if (m_refreshPending)
        return;
    m_refreshPending = true;
    QMetaObject::invokeMethod(this, &PlannerInsights::refresh, Qt::QueuedConnection);
}

void PlannerInsights::refresh()
{
    m_refreshPending = false;
    refreshFindings();
    refreshFatigue();
    refreshChart();
    m_calibration->refresh();
}

void PlannerInsights::refreshFindings()
{
    const AthleteId athlete = m_document.currentAthleteId();
    const QDate first = m_model.firstDay();
    if (!athlete.isValid() || !first.isValid() || m_model.dayCount() == 0) {
        m_findings->setFindings({});
        return;
    }
    const QDate last = first.addDays(m_model.dayCount() - 1);
    m_findings->setFindings(adviseWeek(m_document.plan().adviceInput(athlete, first, last)));
}

void PlannerInsights::refreshFatigue()
{
    const AthleteId athlete = m_document.currentAthleteId();
    if (!athlete.isValid() || !m_today.isValid()) {
        m_fatigue->setProposal(std::nullopt);
        return;
    }
    const SessionStore& sessions = m_document.store().sessions();
    QDate from = m_today.addDays(-(kFatigueDays - 1));
    // A log younger than 28 days gives fewer days, so the ratios know how much history
    // there is rather than reading the days before it as rest (as adviceInput does).
    const auto logged = sessions.dayRange(athlete);
    if (logged.ok() && logged.value() && logged.value()->first > from)
        from = std::min(logged.value()->first, m_today.addDays(1));
    const int days = int(from.daysTo(m_today)) + 1;
    FatigueInput input;
    input.today = m_today;
    auto loads = sessions.dailyLoads(athlete, from, m_today);
    input.dailyLoad =
        dailyTotals(loads.ok() ? loads.value() : std::vector<DailyLoad>{}, from, days);
    auto recent = sessions.inRange(athlete, from, m_today, WithReps::Yes);
    if (recent.ok())
        input.recentSessions = std::move(recent).value();
    const std::vector<FatigueSignal> fatigue = fatigueSignals(input);
    if (fatigue.empty()) {
        m_fatigue->setProposal(std::nullopt);
        return;
    }
    const QDate until = m_today.addDays(kUpcomingDays - 1);
    const TrainingPlan& plan = m_document.plan();
    m_fatigue->setProposal(
        proposeFatigueAdjustment(fatigue, plan.days(athlete, m_today, until),
                                 plan.adviceInput(athlete, m_today, until).estimate));
}

void PlannerInsights::refreshChart()
{
    const AthleteId athlete = m_document.currentAthleteId();
    const QDate first = m_model.firstDay();
    if (!athlete.isValid() || !first.isValid()) {
        m_chart->setData(planLoadData(first, {}, {}, {}));
        return;
    }
    const QDate from = first.addDays(-7 * kComparedWeeks);
    auto logged = m_document.store().sessions().dailyLoads(athlete, from, first.addDays(-1));
    m_chart->setData(planLoadData(first, m_model.days(), m_model.loads(),
                                  logged.ok() ? logged.value() : std::vector<DailyLoad>{}));
}

} // namespace paceline
