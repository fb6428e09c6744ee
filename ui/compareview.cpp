#include "compareview.h"

#include "metrics/evaluation.h"
#include "qcustomplotinclude.h"
#include "util/textfiles.h"

#include <QHeaderView>
#include <QJsonObject>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>
#include <cmath>

namespace micro::ui {

namespace {

using micro::core::RunEvaluation;

// Rows of the metrics table: which split, the figure of the run's stored evaluation of that
// split (NaN: the run has none), the key tests ask for, shown name, digits, and whether
// lower is better (the best value of each row is highlighted).
struct MetricRow
{
    bool test;
    double (*figure)(const RunEvaluation &);
    const char *key;
    const char *label;
    int digits;
    bool lowerIsBetter;
};
const MetricRow kMetrics[] = {{false, [](const RunEvaluation &e) { return e.accuracy; }, "accuracy",
                               QT_TRANSLATE_NOOP("micro::ui::CompareView", "validation accuracy"), 4, false},
                              {false, [](const RunEvaluation &e) { return e.nll; }, "nll",
                               QT_TRANSLATE_NOOP("micro::ui::CompareView", "validation NLL"), 4, true},
                              {true, [](const RunEvaluation &e) { return e.accuracy; }, "accuracy",
                               QT_TRANSLATE_NOOP("micro::ui::CompareView", "test accuracy"), 4, false},
                              {true, [](const RunEvaluation &e) { return e.nll; }, "nll",
                               QT_TRANSLATE_NOOP("micro::ui::CompareView", "test NLL"), 4, true},
                              {false, [](const RunEvaluation &e) { return e.ari.value_or(NAN); }, "ari",
                               QT_TRANSLATE_NOOP("micro::ui::CompareView", "ARI (known groups)"), 3, false},
                              {false, [](const RunEvaluation &e) { return e.nmi.value_or(NAN); }, "nmi",
                               QT_TRANSLATE_NOOP("micro::ui::CompareView", "NMI (known groups)"), 3, false},
                              {false, [](const RunEvaluation &e) { return e.headRecovery.value_or(NAN); },
                               "head_recovery", QT_TRANSLATE_NOOP("micro::ui::CompareView", "true-head recovery"), 3,
                               false}};

// Every metric row's figure for one run.
std::vector<double> figures(const micro::core::RunInfo &run)
{
    const RunEvaluation validation =
        RunEvaluation::fromJson(run.metrics.value(QStringLiteral("validation")).toObject());
    const RunEvaluation test = RunEvaluation::fromJson(run.metrics.value(QStringLiteral("test")).toObject());
    std::vector<double> out;
    for (const MetricRow &m : kMetrics)
        out.push_back(m.figure(m.test ? test : validation));
    return out;
}

} // namespace

CompareView::CompareView(QWidget *parent) : PlotView(parent), m_table(new QTableWidget)
{
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    auto *split = new QSplitter(Qt::Horizontal);
    split->addWidget(m_plot);
    split->addWidget(m_table);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setSizes({3000, 2000}); // the plot's size hint alone left the table one run wide
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(split);
    m_plot->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    m_plot->setAutoAddPlottableToLegend(false);
    setRuns({});
}

void CompareView::setRuns(const QList<Entry> &runs)
{
    m_runs = runs;
    // Items first: one left on a removed axis rect warns on every replot ("no axes were defined").
    m_plot->clearItems();
    m_plot->clearPlottables();
    m_plot->plotLayout()->clear();
    m_title =
        new QCPTextElement(m_plot,
                           runs.size() < 2 ? tr("Select two or more runs in the table (Ctrl+click) to compare them.")
                                           : tr("Comparing %n runs", nullptr, int(runs.size())),
                           QFont(font().family(), font().pointSize() + 1, QFont::Bold));
    m_plot->plotLayout()->addElement(0, 0, m_title);
    m_table->setVisible(runs.size() >= 2);
    if (runs.size() < 2) { // the reason alone: empty axes and an empty table read as "no data"
        m_table->clear();
        m_table->setRowCount(0);
        m_table->setColumnCount(0);
        m_plot->replot();
        return;
    }
    auto *nllRect = new QCPAxisRect(m_plot), *accRect = new QCPAxisRect(m_plot);
    m_plot->plotLayout()->addElement(1, 0, nllRect);
    m_plot->plotLayout()->addElement(2, 0, accRect);
    nllRect->axis(QCPAxis::atLeft)->setLabel(tr("validation NLL"));
    accRect->axis(QCPAxis::atLeft)->setLabel(tr("validation accuracy"));
    accRect->axis(QCPAxis::atBottom)->setLabel(tr("epoch"));
    auto *legend = new QCPLegend;
    putLegendBelow(m_plot, legend, accRect);
    int maxEpoch = 1;
    for (int r = 0; r < runs.size(); ++r) {
        QVector<double> x, nll, acc;
        for (const auto &e : runs[r].epochs)
            if (!std::isnan(e.valNll)) {
                x << e.epoch;
                nll << e.valNll;
                acc << e.valAccuracy;
                maxEpoch = std::max(maxEpoch, e.epoch);
            }
        const QPen pen(seriesColour(r), 2);
        QCPGraph *g1 = m_plot->addGraph(nllRect->axis(QCPAxis::atBottom), nllRect->axis(QCPAxis::atLeft));
        g1->setPen(pen);
        g1->setData(x, nll, true);
        QCPGraph *g2 = m_plot->addGraph(accRect->axis(QCPAxis::atBottom), accRect->axis(QCPAxis::atLeft));
        g2->setPen(pen);
        g2->setData(x, acc, true);
        g2->setName(runs[r].run.name);
        legend->addItem(new QCPPlottableLegendItem(legend, g2));
        g1->rescaleAxes(r > 0);
        g2->rescaleAxes(r > 0);
    }
    for (QCPAxisRect *rect : {nllRect, accRect}) {
        rect->axis(QCPAxis::atBottom)->setRange(0.5, maxEpoch + 0.5);
        rect->axis(QCPAxis::atLeft)->scaleRange(1.1, rect->axis(QCPAxis::atLeft)->range().center());
    }
    m_plot->replot();

    m_table->clear();
    m_table->setColumnCount(int(runs.size()));
    m_table->setRowCount(int(std::size(kMetrics)) + 3);
    QStringList rowNames;
    for (const MetricRow &m : kMetrics)
        rowNames << tr(m.label);
    rowNames << tr("model") << tr("K") << tr("seconds");
    m_table->setVerticalHeaderLabels(rowNames);
    QStringList columns;
    std::vector<std::vector<double>> values; // run x metric row
    for (int r = 0; r < runs.size(); ++r) {
        columns << runs[r].run.name;
        values.push_back(figures(runs[r].run));
        int row = 0;
        for (const MetricRow &m : kMetrics) {
            const double value = values.back()[std::size_t(row)];
            m_table->setItem(row++, r,
                             new QTableWidgetItem(std::isfinite(value) ? QString::number(value, 'f', m.digits)
                                                                       : QStringLiteral("—")));
        }
        m_table->setItem(row++, r, new QTableWidgetItem(runs[r].run.model));
        m_table->setItem(row++, r, new QTableWidgetItem(QString::number(runs[r].run.k)));
        m_table->setItem(row, r, new QTableWidgetItem(QString::number(runs[r].run.elapsedSeconds, 'f', 2)));
    }
    m_table->setHorizontalHeaderLabels(columns);
    // The best value of each metric in bold on green, as the anchors' run tables do.
    for (int row = 0; row < int(std::size(kMetrics)); ++row) {
        int best = -1;
        double bestValue = 0;
        for (int r = 0; r < runs.size(); ++r) {
            const double v = values[std::size_t(r)][std::size_t(row)];
            if (!std::isfinite(v)) continue;
            if (best < 0 || (kMetrics[row].lowerIsBetter ? v < bestValue : v > bestValue)) {
                best = r;
                bestValue = v;
            }
        }
        if (best < 0 || runs.size() < 2) continue;
        QTableWidgetItem *item = m_table->item(row, best);
        QFont bold = item->font();
        bold.setBold(true);
        item->setFont(bold);
        item->setBackground(QColor(210, 236, 210));
        item->setData(Qt::UserRole, true);
    }
    m_table->resizeColumnsToContents();
}

bool CompareView::isBest(int runIndex, const QString &label) const
{
    for (int row = 0; row < m_table->rowCount(); ++row)
        if (m_table->verticalHeaderItem(row) && m_table->verticalHeaderItem(row)->text() == label) {
            const QTableWidgetItem *item = m_table->item(row, runIndex);
            return item && item->data(Qt::UserRole).toBool();
        }
    return false;
}

QString CompareView::metric(int runIndex, const QString &key) const
{
    for (int row = 0; row < int(std::size(kMetrics)); ++row)
        if (key == QLatin1String(kMetrics[row].key) && !kMetrics[row].test) {
            const QTableWidgetItem *item = m_table->item(row, runIndex);
            return item ? item->text() : QString();
        }
    return {};
}

QString CompareView::csv() const
{
    QString text = QStringLiteral("metric");
    for (const Entry &e : m_runs)
        text += QLatin1Char(',') + micro::core::csvField(e.run.name);
    text += QLatin1Char('\n');
    for (int row = 0; row < m_table->rowCount(); ++row) {
        text += micro::core::csvField(m_table->verticalHeaderItem(row) ? m_table->verticalHeaderItem(row)->text()
                                                                       : QString());
        for (int c = 0; c < m_table->columnCount(); ++c)
            text += QLatin1Char(',') +
                    micro::core::csvField(m_table->item(row, c) ? m_table->item(row, c)->text() : QString());
        text += QLatin1Char('\n');
    }
    return text;
}

} // namespace micro::ui
