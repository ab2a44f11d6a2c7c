#pragma once

#include "EntryFormState.h"
#include "core/model/Result.h"

#include <QAbstractTableModel>

#include <map>
#include <utility>
#include <vector>

namespace paceline {

/// The log form's reps table: one row per rep or recovery, each value kept as typed
/// (text that does not parse is kept and marked, never dropped). The pace is computed
/// from the distance and time. A distance typed once fills down the following empty
/// rows of the same kind, so identical reps are typed once.
class RepTableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        Kind,
        Target,
        Distance,
        Time,
        Pace,
        Rpe,
        AvgHeartRate,
        MaxHeartRate,
        Cadence,
        Notes,
        ColumnCount
    };

    explicit RepTableModel(QObject* parent = nullptr);

    const std::vector<RepEntry>& rows() const { return m_rows; }
    void setRows(std::vector<RepEntry> rows);
    void setUnits(UnitSystem units);
    /// Whether any row shows a planned target (the view hides the column otherwise).
    bool hasTargets() const;
    /// Marks the cells the problems name (rep = row); other problems are ignored.
    void setProblems(const std::vector<EntryProblem>& problems);
    QString problemAt(int row, int column) const;

    /// A new row after `row` (at the end for -1) of the same kind and distance as the
    /// row before it; returns its index.
    int insertRep(int row = -1);
    bool removeRep(int row);
    /// Moves a row one place up (-1) or down (+1); false at either end.
    bool moveRep(int row, int delta);
    /// Fills `column` from `row` down with a pasted column of values, adding rows as
    /// needed; returns how many were filled. In the time column the text is read as
    /// splits (parseSplits: one per line, or comma-separated); text that is not is
    /// pasted as typed, one piece per row, so it is marked rather than lost.
    int pasteColumn(int row, int column, const QString& text);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    /// The user changed a value or a row (not emitted by setRows or setProblems).
    void edited();

private:
    QString displayText(const RepEntry& row, int column) const;
    QString paceText(const RepEntry& row) const;
    void fillDownDistance(int row);
    /// A new row repeating the kind and distance of `row` (blank for -1).
    RepEntry rowLike(int row) const;

    std::vector<RepEntry> m_rows;
    UnitSystem m_units = UnitSystem::Metric;
    std::map<std::pair<int, int>, QString> m_problems; ///< (row, column) -> why
};

/// The text member of a row a column edits; null for computed columns and the kind.
QString RepEntry::*repRowText(int column);

} // namespace paceline
