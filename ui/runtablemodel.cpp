#include "runtablemodel.h"

#include "util/textfiles.h"

#include <QJsonObject>

namespace micro::ui {

RunTableModel::RunTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void RunTableModel::setRuns(const QList<micro::core::RunInfo> &runs)
{
    beginResetModel();
    m_runs = runs;
    endResetModel();
}

const micro::core::RunInfo *RunTableModel::runAt(int row) const
{
    return row >= 0 && row < m_runs.size() ? &m_runs[row] : nullptr;
}

int RunTableModel::rowOfRun(qint64 runId) const
{
    for (int i = 0; i < m_runs.size(); ++i)
        if (m_runs[i].id == runId)
            return i;
    return -1;
}

int RunTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_runs.size());
}

int RunTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RunTableModel::data(const QModelIndex &index, int role) const
{
    const micro::core::RunInfo *run = runAt(index.row());
    if (!run)
        return {};
    const QJsonObject v = run->metrics.value(QStringLiteral("validation")).toObject();
    const bool finished = run->status == QLatin1String("finished");
    if (role == Qt::TextAlignmentRole)
        return index.column() >= K && index.column() != Status ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                                               : QVariant();
    if (role == Qt::EditRole && index.column() == Name)
        return run->name;
    if (role == Qt::EditRole && index.column() == Tags)
        return run->tags;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    auto metric = [&](const char *key, int digits) -> QVariant {
        const QJsonValue value = v.value(QLatin1String(key));
        return finished && value.isDouble() ? QVariant(QString::number(value.toDouble(), 'f', digits)) : QVariant();
    };
    switch (index.column()) {
    case Id: return run->id;
    case Name: return run->name;
    case Tags: return run->tags;
    case Dataset: return run->datasetName;
    case Model: return run->model;
    case K: return run->k;
    case Status:
        if (run->status == QLatin1String("finished")) return tr("finished");
        if (run->status == QLatin1String("running")) return tr("running");
        if (run->status == QLatin1String("interrupted")) return tr("interrupted");
        return run->status;
    case Accuracy: return metric("accuracy", 4);
    case Nll: return metric("nll", 4);
    case Ari: return metric("ari", 3);
    case Seconds: return finished ? QVariant(QString::number(run->elapsedSeconds, 'f', 2)) : QVariant();
    default: return {};
    }
}

Qt::ItemFlags RunTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.column() == Name || index.column() == Tags)
        f |= Qt::ItemIsEditable;
    return f;
}

bool RunTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    const micro::core::RunInfo *run = runAt(index.row());
    if (!run || role != Qt::EditRole || (index.column() != Name && index.column() != Tags))
        return false;
    const QString text = value.toString().trimmed();
    const QString &before = index.column() == Name ? run->name : run->tags;
    if ((index.column() == Name && text.isEmpty()) || text == before)
        return false;
    Q_EMIT editRequested(run->id, index.column(), before, text);
    return true;
}

QString RunTableModel::toCsv() const
{
    using micro::core::csvField;
    QStringList header;
    for (int c = 0; c < ColumnCount; ++c)
        header << csvField(headerData(c, Qt::Horizontal, Qt::DisplayRole).toString());
    QString out = header.join(QLatin1Char(',')) + QLatin1Char('\n');
    for (int r = 0; r < rowCount(); ++r) {
        QStringList cells;
        for (int c = 0; c < ColumnCount; ++c)
            cells << csvField(data(index(r, c), Qt::DisplayRole).toString());
        out += cells.join(QLatin1Char(',')) + QLatin1Char('\n');
    }
    return out;
}

QVariant RunTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Id: return tr("ID");
    case Name: return tr("Name");
    case Tags: return tr("Tags");
    case Dataset: return tr("Dataset");
    case Model: return tr("Model");
    case K: return tr("K");
    case Status: return tr("Status");
    case Accuracy: return tr("Val. accuracy");
    case Nll: return tr("Val. NLL");
    case Ari: return tr("ARI");
    case Seconds: return tr("Seconds");
    default: return {};
    }
}

} // namespace micro::ui
