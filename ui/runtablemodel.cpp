#include "runtablemodel.h"

#include "metrics/runsummary.h"
#include "model/hyperparametersearch.h"
#include "routing/stage2adapter.h"
#include "util/textfiles.h"

#include <QFont>
#include <QGuiApplication>
#include <QJsonObject>
#include <QPalette>
#include <algorithm>
#include <cmath>

namespace micro::ui {

RunTableModel::RunTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void RunTableModel::setRuns(const QList<micro::core::RunInfo> &runs)
{
    beginResetModel();
    m_runs = runs;
    arrange();
    endResetModel();
}

void RunTableModel::setGroupBy(Column column)
{
    if (column != Dataset && column != Model && column != Tags) column = ColumnCount;
    if (column == m_groupBy) return;
    beginResetModel();
    m_groupBy = column;
    arrange();
    endResetModel();
}

QString RunTableModel::groupKey(const micro::core::RunInfo &run) const
{
    switch (m_groupBy) {
    case Dataset:
        return run.datasetName;
    case Model:
        return run.model;
    case Tags:
        return run.tags.trimmed();
    default:
        return {};
    }
}

void RunTableModel::arrange()
{
    m_groupOfRow.clear();
    if (m_groupBy == ColumnCount) {
        std::stable_sort(m_runs.begin(), m_runs.end(),
                         [](const micro::core::RunInfo &a, const micro::core::RunInfo &b) { return a.id < b.id; });
        return;
    }
    std::stable_sort(m_runs.begin(), m_runs.end(),
                     [this](const micro::core::RunInfo &a, const micro::core::RunInfo &b) {
                         const QString ka = groupKey(a), kb = groupKey(b);
                         if (ka != kb) {
                             if (ka.isEmpty() || kb.isEmpty()) return kb.isEmpty(); // untagged last
                             return QString::localeAwareCompare(ka, kb) < 0;
                         }
                         return a.id < b.id;
                     });
    int group = -1;
    for (int i = 0; i < m_runs.size(); ++i) {
        if (i == 0 || groupKey(m_runs[i]) != groupKey(m_runs[i - 1])) ++group;
        m_groupOfRow.push_back(group);
    }
}

void RunTableModel::replaceRun(const micro::core::RunInfo &run)
{
    const int row = rowOfRun(run.id);
    if (row < 0) return;
    m_runs[row] = run;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

const micro::core::RunInfo *RunTableModel::runAt(int row) const
{
    return row >= 0 && row < m_runs.size() ? &m_runs[row] : nullptr;
}

int RunTableModel::rowOfRun(qint64 runId) const
{
    for (int i = 0; i < m_runs.size(); ++i)
        if (m_runs[i].id == runId) return i;
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
    if (!run) return {};
    const micro::core::RunSummary summary = micro::core::RunSummary::fromMetrics(run->metrics);
    const bool finished = run->status == QLatin1String("finished");
    if (role == Qt::TextAlignmentRole)
        return index.column() >= K && index.column() != Status ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                                               : QVariant();
    if (role == Qt::EditRole && index.column() == Name) return run->name;
    if (role == Qt::EditRole && index.column() == Tags) return run->tags;
    if (role == Qt::ToolTipRole) return runDetails(*run);
    if (!m_groupOfRow.empty()) {
        const int group = m_groupOfRow[std::size_t(index.row())];
        if (role == Qt::BackgroundRole && group % 2 == 1)
            return QGuiApplication::palette().color(QPalette::AlternateBase);
        if (role == Qt::FontRole && index.column() == m_groupBy &&
            (index.row() == 0 || m_groupOfRow[std::size_t(index.row() - 1)] != group)) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
    }
    if (role != Qt::DisplayRole) return {};
    auto metric = [&](double value, int digits) -> QVariant {
        return finished && std::isfinite(value) ? QVariant(QString::number(value, 'f', digits)) : QVariant();
    };
    switch (index.column()) {
    case Id:
        return run->id;
    case Name:
        return run->name;
    case Tags:
        return run->tags;
    case Dataset:
        return run->datasetName;
    case Model:
        return run->model;
    case K:
        return run->k;
    case Status:
        if (run->status == QLatin1String("finished"))
            return micro::core::RunSummary::fromMetrics(run->metrics).stoppedByUser ? tr("stopped (kept)")
                                                                                    : tr("finished");
        if (run->status == QLatin1String("running")) return tr("running");
        if (run->status == QLatin1String("interrupted")) return tr("interrupted");
        return run->status;
    case Parent:
        return run->parentRunId > 0 ? QVariant(run->parentRunId) : QVariant();
    case Accuracy:
        return metric(summary.validation.accuracy, 4);
    case Nll:
        return metric(summary.validation.nll, 4);
    case TestAccuracy:
        return metric(summary.test.accuracy, 4);
    case TestNll:
        return metric(summary.test.nll, 4);
    case Ari:
        return metric(summary.validation.ari, 3);
    case Seconds:
        return finished ? QVariant(QString::number(run->elapsedSeconds, 'f', 2)) : QVariant();
    default:
        return {};
    }
}

QString RunTableModel::runDetails(const micro::core::RunInfo &run)
{
    const QJsonObject &c = run.configJson;
    QStringList lines;
    lines << tr("Run %1: %2 on %3").arg(run.id).arg(run.model, run.datasetName);
    if (run.parentRunId > 0) {
        const micro::core::Stage2Config stage2 = micro::core::Stage2Config::fromJson(c);
        lines << tr("Stage 2 of run %1: method %2, %3 labelled pairs per context (from training rows), seed %4")
                     .arg(run.parentRunId)
                     .arg(c.value(QStringLiteral("method")).toString())
                     .arg(stage2.budget)
                     .arg(stage2.seed);
        if (c.contains(QStringLiteral("tau"))) // HyRe fits no router: no router options
            lines << tr("tau %1, %2 epochs, lr %3, prior %4, %5")
                         .arg(stage2.tau)
                         .arg(stage2.epochs)
                         .arg(stage2.lr)
                         .arg(stage2.prior)
                         .arg(stage2.trainPromptWeights ? tr("all router weights trained")
                                                        : tr("context weights only"));
    } else {
        lines << tr("lr %1, alpha %2, %3 epochs (best kept: %4), start %5")
                     .arg(run.config.lr)
                     .arg(run.config.alpha)
                     .arg(run.config.epochs)
                     .arg(micro::core::RunSummary::fromMetrics(run.metrics).bestEpoch)
                     .arg(micro::core::initMethodName(run.config.init));
        const micro::core::TuningReport t =
            micro::core::TuningReport::fromJson(run.metrics.value(QStringLiteral("tuning")).toObject());
        if (!t.candidates.empty()) {
            lines << tr("lr, alpha and start chosen by the lowest validation NLL of %1 candidates:")
                         .arg(t.candidates.size());
            for (const micro::core::TuningCandidate &x : t.candidates)
                lines << tr("  lr %1, alpha %2, %3 start: validation NLL %4, accuracy %5%6")
                             .arg(x.lr)
                             .arg(x.alpha)
                             .arg(micro::core::initMethodName(x.init))
                             .arg(x.validationNll, 0, 'f', 4)
                             .arg(x.validationAccuracy, 0, 'f', 4)
                             .arg(x.lr == t.lr && x.alpha == t.alpha && x.init == t.init ? tr("  (chosen)")
                                                                                         : QString());
        }
    }
    const micro::core::RunSummary s = micro::core::RunSummary::fromMetrics(run.metrics);
    if (s.validation.present)
        lines << tr("Validation: accuracy %1, NLL %2 on %3 rows")
                     .arg(s.validation.accuracy, 0, 'f', 4)
                     .arg(s.validation.nll, 0, 'f', 4)
                     .arg(s.validation.rows);
    lines << (s.test.present ? tr("Test: accuracy %1, NLL %2 on %3 rows")
                                   .arg(s.test.accuracy, 0, 'f', 4)
                                   .arg(s.test.nll, 0, 'f', 4)
                                   .arg(s.test.rows)
                             : tr("Test: none (the dataset has no stored split)"));
    return lines.join(QLatin1Char('\n'));
}

Qt::ItemFlags RunTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.column() == Name || index.column() == Tags) f |= Qt::ItemIsEditable;
    return f;
}

bool RunTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    const micro::core::RunInfo *run = runAt(index.row());
    if (!run || role != Qt::EditRole || (index.column() != Name && index.column() != Tags)) return false;
    const QString text = value.toString().trimmed();
    const QString &before = index.column() == Name ? run->name : run->tags;
    if ((index.column() == Name && text.isEmpty()) || text == before) return false;
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
    case Id:
        return tr("ID");
    case Name:
        return tr("Name");
    case Tags:
        return tr("Tags");
    case Dataset:
        return tr("Dataset");
    case Parent:
        return tr("Parent");
    case Model:
        return tr("Model");
    case K:
        return tr("K");
    case Status:
        return tr("Status");
    case Accuracy:
        return tr("Val. accuracy");
    case Nll:
        return tr("Val. NLL");
    case TestAccuracy:
        return tr("Test accuracy");
    case TestNll:
        return tr("Test NLL");
    case Ari:
        return tr("Val. ARI");
    case Seconds:
        return tr("Seconds");
    default:
        return {};
    }
}

} // namespace micro::ui
