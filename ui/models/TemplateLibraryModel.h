#pragma once

#include "ModelTree.h"
#include "core/model/Id.h"
#include "core/model/Sport.h"

#include <QAbstractItemModel>

#include <optional>

namespace paceline {

class LogDocument;

/// The session library as a tree: sport, then purpose (sessions without one last),
/// then the templates by name. Template rows can be renamed in place (one command);
/// filter with TemplateFilterModel. Follows the document: adds, removes and changes of
/// sport or purpose reset the model (views select again with indexOf()); a rename that
/// moves a template within its group is a layout change; edits that keep a template's
/// place only announce dataChanged, so editing steps does not disturb the library view.
/// Template rows can be dragged (their ids as templateMimeType(), copy only): dropped
/// on the planner's week, they are planned.
class TemplateLibraryModel : public QAbstractItemModel {
    Q_OBJECT

public:
    enum Role {
        TemplateIdRole = Qt::UserRole + 1, ///< qint64; 0 on sport and purpose rows
        RowKindRole,                       ///< RowKind as int
        SearchTextRole,                    ///< name and notes, what a search looks at
    };
    enum RowKind { SportRow, PurposeRow, TemplateRow };

    /// The MIME type of dragged library templates: their ids (the planner plans them).
    static QString templateMimeType();

    explicit TemplateLibraryModel(LogDocument& document, QObject* parent = nullptr);

    TemplateId templateIdAt(const QModelIndex& index) const;
    QModelIndex indexOf(TemplateId id) const;

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    /// Renames a template (EditRole) through the document.
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::DropActions supportedDragActions() const override;
    QStringList mimeTypes() const override;
    /// The ids of the template rows among `indexes`; null when there are none.
    QMimeData* mimeData(const QModelIndexList& indexes) const override;

private:
    struct Row {
        RowKind kind = SportRow;
        Sport sport = Sport::Run;
        std::optional<Purpose> purpose;
        TemplateId id;
        friend bool operator==(const Row&, const Row&) = default;
    };

    ModelTree<Row> build() const;
    void reset();
    void follow(TemplateId changed);
    QModelIndex indexOfNode(int node) const;
    QVariant display(const Row& row) const;

    LogDocument& m_document;
    ModelTree<Row> m_rows;
};

} // namespace paceline
