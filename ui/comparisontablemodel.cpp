#include "comparisontablemodel.h"

#include <algorithm>

namespace micro::ui {

ComparisonTableModel::ComparisonTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void ComparisonTableModel::setData(std::vector<micro::core::Comparison> comparisons, std::vector<int> split,
                                   std::vector<int> assignment, std::vector<float> confidence)
{
    beginResetModel();
    m_rows = std::move(comparisons);
    m_split = std::move(split);
    m_assignment = std::move(assignment);
    m_confidence = std::move(confidence);
    endResetModel();
}

const micro::core::Comparison *ComparisonTableModel::comparison(int row) const
{
    return row >= 0 && row < int(m_rows.size()) ? &m_rows[std::size_t(row)] : nullptr;
}

int ComparisonTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ComparisonTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ComparisonTableModel::data(const QModelIndex &index, int role) const
{
    const micro::core::Comparison *c = comparison(index.row());
    if (!c) return {};
    const std::size_t r = std::size_t(index.row());
    if (role == Qt::ToolTipRole && index.column() == Prompt) return c->prompt.left(2000);
    if (role != Qt::DisplayRole) return {};
    switch (index.column()) {
    case Row:
        return index.row();
    case Id:
        return c->id;
    case Split:
        if (r >= m_split.size() || m_split[r] < 0) return {};
        return m_split[r] == 2 ? tr("test") : m_split[r] == 1 ? tr("validation") : tr("train");
    case Context:
        return c->context;
    case Group:
        return c->knownGroup;
    case Assignment:
        return r < m_assignment.size() ? QVariant(m_assignment[r]) : QVariant();
    case Confidence:
        return r < m_confidence.size() ? QVariant(QString::number(m_confidence[r], 'f', 3)) : QVariant();
    case Prompt:
        return c->prompt.left(200).simplified();
    default:
        return {};
    }
}

QVariant ComparisonTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Row:
        return tr("Row");
    case Id:
        return tr("ID");
    case Split:
        return tr("Split");
    case Context:
        return tr("Context");
    case Group:
        return tr("Known group");
    case Assignment:
        return tr("Head");
    case Confidence:
        return tr("Posterior");
    case Prompt:
        return tr("Prompt");
    default:
        return {};
    }
}

void ComparisonFilter::setSearch(const QString &text)
{
    m_search = text;
    invalidateFilter();
}

void ComparisonFilter::setColumnFilter(int column, const QString &value)
{
    if (value.isEmpty())
        m_filters.remove(column);
    else
        m_filters.insert(column, value);
    invalidateFilter();
}

void ComparisonFilter::setRowSubset(std::vector<int> rows)
{
    m_subset = std::move(rows);
    invalidateFilter();
}

bool ComparisonFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_subset.empty() && !std::binary_search(m_subset.begin(), m_subset.end(), sourceRow)) return false;
    const auto *model = static_cast<const ComparisonTableModel *>(sourceModel());
    for (auto it = m_filters.constBegin(); it != m_filters.constEnd(); ++it)
        if (model->index(sourceRow, it.key(), sourceParent).data().toString() != it.value()) return false;
    if (m_search.isEmpty()) return true;
    const micro::core::Comparison *c = model->comparison(sourceRow);
    return c &&
           (c->prompt.contains(m_search, Qt::CaseInsensitive) || c->chosen.contains(m_search, Qt::CaseInsensitive) ||
            c->rejected.contains(m_search, Qt::CaseInsensitive) || c->id.contains(m_search, Qt::CaseInsensitive) ||
            c->context.contains(m_search, Qt::CaseInsensitive));
}

} // namespace micro::ui
