#include "RepTableModel.h"

#include "RpeText.h"
#include "core/model/EntryText.h"
#include "core/model/TimeText.h"

#include <QBrush>
#include <QColor>
#include <QRegularExpression>

namespace paceline {

namespace {

int columnOf(EntryField field)
{
    switch (field) {
    case EntryField::RepDistance:
        return RepTableModel::Distance;
    case EntryField::RepTime:
        return RepTableModel::Time;
    case EntryField::RepRpe:
        return RepTableModel::Rpe;
    case EntryField::RepAvgHeartRate:
        return RepTableModel::AvgHeartRate;
    case EntryField::RepMaxHeartRate:
        return RepTableModel::MaxHeartRate;
    case EntryField::RepCadence:
        return RepTableModel::Cadence;
    default:
        return -1;
    }
}

/// "w", "work", "r", "rec", "Recovery": what people type in the kind column.
std::optional<RepKind> kindFromText(const QString& typed)
{
    const QString text = typed.trimmed().toCaseFolded();
    if (text.isEmpty())
        return std::nullopt;
    for (RepKind kind : {RepKind::Work, RepKind::Recovery}) {
        if (enumLabel(kind).toCaseFolded().startsWith(text) || enumId(kind).startsWith(text))
            return kind;
    }
    return std::nullopt;
}

bool isComputed(int column)
{
    return column == RepTableModel::Pace || column == RepTableModel::Target;
}

} // namespace

QString RepEntry::*repRowText(int column)
{
    switch (column) {
    case RepTableModel::Target:
        return &RepEntry::target;
    case RepTableModel::Distance:
        return &RepEntry::distance;
    case RepTableModel::Time:
        return &RepEntry::time;
    case RepTableModel::Rpe:
        return &RepEntry::rpe;
    case RepTableModel::AvgHeartRate:
        return &RepEntry::avgHeartRate;
    case RepTableModel::MaxHeartRate:
        return &RepEntry::maxHeartRate;
    case RepTableModel::Cadence:
        return &RepEntry::cadence;
    case RepTableModel::Notes:
        return &RepEntry::notes;
    default:
        return nullptr;
    }
}

RepTableModel::RepTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void RepTableModel::setRows(std::vector<RepEntry> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    m_problems.clear();
    endResetModel();
}

void RepTableModel::setUnits(UnitSystem units)
{
    m_units = units;
    if (!m_rows.empty())
        Q_EMIT dataChanged(index(0, Pace), index(rowCount() - 1, Pace));
}

bool RepTableModel::hasTargets() const
{
    return std::any_of(m_rows.begin(), m_rows.end(),
                       [](const RepEntry& row) { return !row.target.isEmpty(); });
}

void RepTableModel::setProblems(const std::vector<EntryProblem>& problems)
{
    std::map<std::pair<int, int>, QString> marked;
    for (const EntryProblem& problem : problems) {
        const int column = columnOf(problem.field);
        if (column >= 0 && problem.rep >= 0 && problem.rep < rowCount()) {
            QString& text = marked[{problem.rep, column}];
            text += (text.isEmpty() ? QString() : QStringLiteral("\n")) + problem.message;
        }
    }
    if (marked == m_problems)
        return;
    m_problems = std::move(marked);
    if (!m_rows.empty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1),
                           {Qt::BackgroundRole, Qt::ToolTipRole});
}

QString RepTableModel::problemAt(int row, int column) const
{
    const auto found = m_problems.find({row, column});
    return found == m_problems.end() ? QString() : found->second;
}

int RepTableModel::insertRep(int row)
{
    const int at = row < 0 || row >= rowCount() ? rowCount() : row + 1;
    const RepEntry added = rowLike(at - 1);
    beginInsertRows({}, at, at);
    m_rows.insert(m_rows.begin() + at, added);
    endInsertRows();
    Q_EMIT edited();
    return at;
}

bool RepTableModel::removeRep(int row)
{
    if (row < 0 || row >= rowCount())
        return false;
    beginRemoveRows({}, row, row);
    m_rows.erase(m_rows.begin() + row);
    endRemoveRows();
    Q_EMIT edited();
    return true;
}

bool RepTableModel::moveRep(int row, int delta)
{
    const int to = row + delta;
    if (row < 0 || row >= rowCount() || to < 0 || to >= rowCount() || delta == 0)
        return false;
    // beginMoveRows names the row the moved one goes before.
    beginMoveRows({}, row, row, {}, delta > 0 ? to + 1 : to);
    std::swap(m_rows[size_t(row)], m_rows[size_t(to)]);
    endMoveRows();
    Q_EMIT edited();
    return true;
}

int RepTableModel::pasteColumn(int row, int column, const QString& text)
{
    if (column == Pace || column == Target || column < 0 || column >= ColumnCount)
        return 0;
    QStringList pieces;
    auto splits = column == Time ? parseSplits(text) : Result<std::vector<Duration>>(Error{});
    if (splits.ok()) {
        for (const Duration& split : *splits)
            pieces << timeEntryText(split);
    } else {
        // Not a list of splits: pasted as typed, one piece per row, so it is marked. A
        // column (several lines) is one piece per line: a comma there is part of the
        // value ("easy, windy", an RPE of "6,5"); on one line commas separate pieces.
        const bool severalLines = text.trimmed().contains(QLatin1Char('\n'));
        static const QRegularExpression lineBreaks(QStringLiteral("[\\n\\r]+"));
        static const QRegularExpression oneLineSeparators(QStringLiteral("[\\t;]+|,\\s*"));
        pieces = text.split(severalLines ? lineBreaks : oneLineSeparators, Qt::SkipEmptyParts);
        pieces.removeIf([](const QString& piece) { return piece.trimmed().isEmpty(); });
    }
    const int first = std::max(0, row);
    for (int i = 0; i < int(pieces.size()); ++i) {
        const int target = first + i;
        if (target >= rowCount()) {
            beginInsertRows({}, target, target);
            m_rows.push_back(rowLike(target - 1));
            endInsertRows();
        }
        RepEntry& pasted = m_rows[size_t(target)];
        if (column == Kind)
            pasted.kind = kindFromText(pieces[i]).value_or(pasted.kind);
        else
            pasted.*repRowText(column) = pieces[i].trimmed();
    }
    if (!pieces.isEmpty()) {
        Q_EMIT dataChanged(index(first, 0), index(first + int(pieces.size()) - 1, ColumnCount - 1));
        Q_EMIT edited();
    }
    return int(pieces.size());
}

RepEntry RepTableModel::rowLike(int row) const
{
    RepEntry added;
    if (row >= 0 && row < rowCount()) {
        // Reps of a session are mostly alike: a new one repeats the kind and distance.
        added.kind = m_rows[size_t(row)].kind;
        added.distance = m_rows[size_t(row)].distance;
    }
    return added;
}

int RepTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RepTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString RepTableModel::paceText(const RepEntry& row) const
{
    auto distance = parseDistance(row.distance.trimmed());
    auto time = parseDuration(row.time.trimmed());
    if (!distance.ok() || !time.ok() || !(distance->metres > 0.0) || !(time->seconds > 0.0))
        return {};
    return formatPace(*distance / *time, m_units);
}

QString RepTableModel::displayText(const RepEntry& row, int column) const
{
    if (column == Kind)
        return enumLabel(row.kind);
    if (column == Pace)
        return paceText(row);
    if (column == Rpe) {
        bool ok = false;
        const double rpe = row.rpe.trimmed().toDouble(&ok);
        return ok ? rpeWithLabel(rpe) : row.rpe;
    }
    if (column == Distance && !row.distance.trimmed().isEmpty()) {
        // A plain number is metres; saying so keeps "1" from reading as a kilometre.
        bool plainNumber = false;
        row.distance.trimmed().toDouble(&plainNumber);
        return plainNumber ? tr("%1 m").arg(row.distance.trimmed()) : row.distance;
    }
    return row.*repRowText(column);
}

QVariant RepTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const RepEntry& row = m_rows[size_t(index.row())];
    const int column = index.column();
    const QString problem = problemAt(index.row(), column);
    switch (role) {
    case Qt::DisplayRole:
        return displayText(row, column);
    case Qt::EditRole:
        return column == Kind   ? enumLabel(row.kind)
               : column == Pace ? paceText(row)
                                : row.*repRowText(column);
    case Qt::BackgroundRole:
        if (!problem.isEmpty())
            return QBrush(QColor(0xf8, 0xd7, 0xda));
        if (isComputed(column))
            return QBrush(QColor(0xf1, 0xf3, 0xf6));
        if (row.kind == RepKind::Recovery)
            return QBrush(QColor(0xf7, 0xfa, 0xf7));
        return {};
    case Qt::ForegroundRole:
        // Computed cells are not editable, but they must stay as readable as the rest.
        if (isComputed(column))
            return QBrush(QColor(0x33, 0x40, 0x4d));
        return {};
    case Qt::ToolTipRole:
        return problem.isEmpty() ? headerData(column, Qt::Horizontal, Qt::ToolTipRole) : problem;
    case Qt::TextAlignmentRole:
        if (column == Kind || column == Target || column == Notes)
            return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    default:
        return {};
    }
}

bool RepTableModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!index.isValid() || role != Qt::EditRole || !(flags(index) & Qt::ItemIsEditable))
        return false;
    RepEntry& row = m_rows[size_t(index.row())];
    const QString text = value.toString();
    if (index.column() == Kind) {
        const std::optional<RepKind> kind = kindFromText(text);
        if (!kind || *kind == row.kind)
            return kind.has_value();
        row.kind = *kind;
        Q_EMIT dataChanged(index.siblingAtColumn(0), index.siblingAtColumn(ColumnCount - 1));
        Q_EMIT edited();
        return true;
    }
    QString RepEntry::*member = repRowText(index.column());
    if (row.*member == text)
        return true;
    row.*member = text;
    // The pace follows the distance and the time (both left of it); other cells stand alone.
    const bool changesPace = index.column() == Distance || index.column() == Time;
    Q_EMIT dataChanged(index, changesPace ? index.siblingAtColumn(Pace) : index);
    if (index.column() == Distance)
        fillDownDistance(index.row());
    Q_EMIT edited();
    return true;
}

void RepTableModel::fillDownDistance(int row)
{
    const RepEntry& source = m_rows[size_t(row)];
    if (source.distance.trimmed().isEmpty())
        return;
    int last = -1;
    for (int below = row + 1; below < rowCount(); ++below) {
        RepEntry& next = m_rows[size_t(below)];
        if (next.kind != source.kind)
            continue;
        if (!next.distance.trimmed().isEmpty())
            break; // a different distance starts the next block of reps
        next.distance = source.distance;
        last = below;
    }
    if (last > row)
        Q_EMIT dataChanged(index(row + 1, Distance), index(last, Pace));
}

Qt::ItemFlags RepTableModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    // Computed cells are not enabled, so Tab skips them on its way across a row.
    if (isComputed(index.column()))
        return Qt::ItemIsSelectable;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable;
}

QVariant RepTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical)
        return role == Qt::DisplayRole ? QVariant(section + 1) : QVariant();
    static const char* const kTitles[ColumnCount] = {
        QT_TR_NOOP("Kind"),    QT_TR_NOOP("Target"), QT_TR_NOOP("Distance"), QT_TR_NOOP("Time"),
        QT_TR_NOOP("Pace"),    QT_TR_NOOP("RPE"),    QT_TR_NOOP("Avg HR"),   QT_TR_NOOP("Max HR"),
        QT_TR_NOOP("Cadence"), QT_TR_NOOP("Notes"),
    };
    static const char* const kTips[ColumnCount] = {
        QT_TR_NOOP("Work or recovery: type w or r"),
        QT_TR_NOOP("What the plan asked for"),
        QT_TR_NOOP("Metres (400) or with a unit (1.2km, 1mi); fills down the next empty reps"),
        QT_TR_NOOP("92.4, 1:32, 1:32.4 or 0:01:32; Ctrl+V pastes a column of splits"),
        QT_TR_NOOP("Computed from the distance and time"),
        QT_TR_NOOP("Effort 0-10: 0 rest, 2 easy, 4 somewhat hard, 6 hard, 8 very hard, 10 max"),
        QT_TR_NOOP("Average heart rate, bpm"),
        QT_TR_NOOP("Maximum heart rate, bpm"),
        QT_TR_NOOP("Steps (or revolutions) per minute"),
        QT_TR_NOOP("Anything worth remembering about this rep"),
    };
    if (section < 0 || section >= ColumnCount)
        return {};
    if (role == Qt::DisplayRole)
        return tr(kTitles[section]);
    if (role == Qt::ToolTipRole)
        return tr(kTips[section]);
    return {};
}

} // namespace paceline
