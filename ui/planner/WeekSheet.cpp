#include "WeekSheet.h"

#include "core/io/SessionNotation.h"
#include "core/model/TimeText.h"
#include "core/science/Stability.h"

#include <QCoreApplication>
#include <QLocale>
#include <QPageLayout>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

#include <set>

namespace paceline {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("paceline::WeekPrinter", text);
}

constexpr double kMarginMm = 15.0;
constexpr double kDayColumnShare = 0.24; ///< of the page width, for the day's date
const QColor kRuleColor(0xb0, 0xb7, 0xc0);
const QColor kMutedColor(0x55, 0x5f, 0x6b);

void collectZones(const StepTree& steps, std::set<PaceZone>& zones)
{
    const auto addStep = [&zones](const Step& step) {
        if (const auto* zone = std::get_if<PaceZone>(&step.intensity))
            zones.insert(*zone);
    };
    for (const StepNode& node : steps) {
        if (node.isStep()) {
            addStep(node.step());
            continue;
        }
        collectZones(node.group().children, zones);
        if (node.group().recoveryBetweenSets)
            addStep(*node.group().recoveryBetweenSets);
    }
}

QString bandText(const PaceRange& band, UnitSystem units)
{
    if (band.slowest == band.fastest)
        return formatPace(band.fastest, units);
    // Slowest first, as runners say "5:40 to 5:10"; the unit once, at the end.
    QString slow = formatPace(band.slowest, units);
    slow.truncate(slow.indexOf(QLatin1Char('/')));
    return QStringLiteral("%1–%2").arg(slow, formatPace(band.fastest, units));
}

QFont font(double points, bool bold = false)
{
    QFont result;
    result.setPointSizeF(points);
    result.setBold(bold);
    return result;
}

/// Draws text from the top-left of `column` wrapping at its width, returns its height.
/// Nothing is drawn when `measureOnly`.
int drawWrapped(QPainter& painter, const QRect& column, const QString& text, const QFont& font,
                const QColor& color = Qt::black, bool measureOnly = false)
{
    painter.setFont(font);
    painter.setPen(color);
    const int flags = Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap;
    const QRect bounds = painter.boundingRect(
        QRect(column.left(), column.top(), column.width(), 100000), flags, text);
    if (!measureOnly)
        painter.drawText(QRect(column.left(), column.top(), column.width(), bounds.height()), flags,
                         text);
    return bounds.height();
}

/// The lines printed for one day, as (text, font, colour).
struct SheetLine {
    QString text;
    QFont font;
    QColor color;
};

std::vector<SheetLine> dayLines(const PlanDay& day, const std::optional<TrainingPaces>& paces,
                                UnitSystem units)
{
    std::vector<SheetLine> lines;
    if (day.sessions.empty()) {
        lines.push_back({day.rest ? tr("Rest") : tr("Nothing planned"), font(10.5, day.rest),
                         day.rest ? Qt::black : kMutedColor});
        return lines;
    }
    for (const PlannedSession& session : day.sessions) {
        // The sport in brackets, unless the name already says it ("Strength & mobility").
        const QString sport = enumLabel(session.sport);
        const QString title = session.name.contains(sport, Qt::CaseInsensitive)
                                  ? session.name
                                  : QStringLiteral("%1 (%2)").arg(session.name, sport);
        lines.push_back({title, font(10.5, true), Qt::black});
        const QString notation = formatSessionNotation(session.steps);
        if (!notation.isEmpty())
            lines.push_back({notation, font(10), Qt::black});
        const QString targets = paceTargetsText(session.steps, paces, units);
        if (!targets.isEmpty())
            lines.push_back({tr("Paces: %1").arg(targets), font(9.5), kMutedColor});
        if (!session.notes.isEmpty())
            lines.push_back({session.notes, font(9.5), kMutedColor});
    }
    if (day.rest)
        lines.push_back({tr("Marked as a rest day"), font(9.5), kMutedColor});
    return lines;
}

class SheetPainter {
public:
    SheetPainter(QPagedPaintDevice& device, QPainter& painter)
        : m_device(device), m_painter(painter), m_page(painter.viewport()),
          m_gap(int(m_page.height() * 0.006))
    {}

    void title(const Athlete& athlete, QDate weekStart)
    {
        m_y += drawWrapped(m_painter, row(), athlete.name, font(18, true));
        const QString week =
            tr("Week of %1").arg(QLocale().toString(weekStart, QStringLiteral("d MMM yyyy")));
        const QString range = QStringLiteral("%1 – %2").arg(
            QLocale().toString(weekStart, QStringLiteral("ddd d MMM")),
            QLocale().toString(weekStart.addDays(6), QStringLiteral("ddd d MMM yyyy")));
        m_y += drawWrapped(m_painter, row(), QStringLiteral("%1   (%2)").arg(week, range), font(11),
                           kMutedColor);
        m_y += 3 * m_gap;
    }

    void day(const PlanDay& day, const std::vector<SheetLine>& lines)
    {
        const int dayWidth = int(m_page.width() * kDayColumnShare);
        const QRect dayColumn(m_page.left(), 0, dayWidth - m_gap, 0);
        const QRect sessionColumn(m_page.left() + dayWidth, 0, m_page.width() - dayWidth, 0);
        const QString date = QLocale().toString(day.date, QStringLiteral("dddd\nd MMM"));
        int height = drawWrapped(m_painter, dayColumn, date, font(11, true), Qt::black, true);
        int linesHeight = 0;
        for (const SheetLine& line : lines)
            linesHeight +=
                drawWrapped(m_painter, sessionColumn, line.text, line.font, line.color, true) +
                m_gap / 2;
        height = std::max(height, linesHeight) + 2 * m_gap;
        if (m_y + height > m_page.bottom() && m_y > 0) {
            m_device.newPage();
            m_y = 0;
        }
        m_painter.setPen(QPen(kRuleColor, 0));
        m_painter.drawLine(m_page.left(), m_y, m_page.right(), m_y);
        const int top = m_y + m_gap;
        drawWrapped(m_painter, dayColumn.translated(0, top), date, font(11, true));
        int y = top;
        for (const SheetLine& line : lines)
            y += drawWrapped(m_painter, sessionColumn.translated(0, y), line.text, line.font,
                             line.color) +
                 m_gap / 2;
        m_y += height;
    }

private:
    QRect row() const { return QRect(m_page.left(), m_y, m_page.width(), 0); }

    QPagedPaintDevice& m_device;
    QPainter& m_painter;
    QRect m_page;
    int m_gap;
    int m_y = 0;
};

} // namespace

QString paceTargetsText(const StepTree& steps, const std::optional<TrainingPaces>& paces,
                        UnitSystem units)
{
    if (!paces)
        return {};
    std::set<PaceZone> zones;
    collectZones(steps, zones);
    QStringList parts;
    for (PaceZone zone : zones) {
        if (const std::optional<PaceRange> band = paceBand(*paces, zone))
            parts << QStringLiteral("%1 = %2").arg(enumId(zone), bandText(*band, units));
    }
    return parts.join(QStringLiteral(", "));
}

void paintWeekSheet(QPagedPaintDevice& device, const Athlete& athlete, QDate weekStart,
                    const std::vector<PlanDay>& days)
{
    device.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                     QMarginsF(kMarginMm, kMarginMm, kMarginMm, kMarginMm),
                                     QPageLayout::Millimeter));
    QPainter painter(&device);
    if (!painter.isActive())
        return;
    const std::optional<TrainingPaces> paces = athletePaces(athlete);
    SheetPainter sheet(device, painter);
    sheet.title(athlete, weekStart);
    for (int offset = 0; offset < 7; ++offset) {
        const QDate date = weekStart.addDays(offset);
        PlanDay day{date, false, {}};
        for (const PlanDay& planned : days) {
            if (planned.date == date)
                day = planned;
        }
        sheet.day(day, dayLines(day, paces, athlete.units));
    }
}

bool writeWeekSheetPdf(const QString& path, const Athlete& athlete, QDate weekStart,
                       const std::vector<PlanDay>& days)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    {
        QPdfWriter pdf(&file);
        pdf.setTitle(QStringLiteral("%1 – %2").arg(athlete.name, weekStart.toString(Qt::ISODate)));
        pdf.setCreator(QStringLiteral("Paceline"));
        paintWeekSheet(pdf, athlete, weekStart, days);
    }
    return file.commit();
}

} // namespace paceline
