#pragma once

#include "core/model/Id.h"

#include <QAbstractListModel>

namespace paceline {

class LogDocument;

/// The document's athletes for the athlete switcher; follows the document's signals.
class AthleteListModel : public QAbstractListModel {
    Q_OBJECT

public:
    enum Role { AthleteIdRole = Qt::UserRole + 1 };

    explicit AthleteListModel(LogDocument& document, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

    /// The row of an athlete, or -1.
    int rowOf(AthleteId id) const;
    AthleteId idAt(int row) const;

private:
    LogDocument& m_document;
};

} // namespace paceline
