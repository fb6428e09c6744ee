#pragma once

#include "data/dataset.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSortFilterProxyModel>
#include <vector>

namespace micro::ui {

// The comparisons of a dataset, one row each, with the selected run's split and hard
// assignment when there is one. Data is produced per visible cell, so 100k rows are fine.
class ComparisonTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Row,
        Id,
        Split,
        Context,
        Group,
        Assignment,
        Confidence,
        Prompt,
        ColumnCount
    };

    explicit ComparisonTableModel(QObject *parent = nullptr);

    // split: per row 0 train, 1 validation, -1 unknown; assignment/confidence may be empty.
    void setData(std::vector<micro::core::Comparison> comparisons, std::vector<int> split, std::vector<int> assignment,
                 std::vector<float> confidence);
    const micro::core::Comparison *comparison(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    std::vector<micro::core::Comparison> m_rows;
    std::vector<int> m_split, m_assignment;
    std::vector<float> m_confidence;
};

// Search (prompt, responses, id, context) and filters by context, known group, split and
// assignment; an empty filter value means "any".
class ComparisonFilter : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    void setSearch(const QString &text);
    void setColumnFilter(int column, const QString &value);
    // Only these source rows (sorted); empty: no restriction.
    void setRowSubset(std::vector<int> rows);
    bool hasRowSubset() const { return !m_subset.empty(); }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_search;
    QHash<int, QString> m_filters;
    std::vector<int> m_subset;
};

} // namespace micro::ui
