#include "modelchoiceview.h"

#include "qcustomplotinclude.h"

#include <QVBoxLayout>

namespace micro::ui {

ModelChoiceView::ModelChoiceView(QWidget *parent) : PlotView(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_plot);
    m_plot->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    m_plot->plotLayout()->insertRow(0);
    m_title = new QCPTextElement(m_plot, QString(), QFont(font().family(), font().pointSize() + 1, QFont::Bold));
    m_plot->plotLayout()->addElement(0, 0, m_title);
    putLegendBelow(m_plot, m_plot->legend, m_plot->axisRect());
    useIntegerTicks(m_plot->xAxis);
    setResult({}, {});
}

int ModelChoiceView::pointCount() const
{
    return int(m_result.rows.size());
}

void ModelChoiceView::setResult(const micro::core::SelectKResult &result, const QString &datasetName)
{
    m_result = result;
    m_plot->clearGraphs();
    m_plot->clearItems();
    const std::vector<micro::core::SelectKRow> &rows = result.rows;
    m_title->setText(
        rows.empty() ? tr("No model choice yet for this dataset: Run > Choose K… (or micro-cli select-k) compares K.")
                     : tr("Choosing K on %1: suggested K = %2 (within one standard error of the lowest validation NLL)")
                           .arg(datasetName)
                           .arg(result.suggested));
    m_plot->xAxis->setLabel(tr("K (heads)"));
    m_plot->yAxis->setLabel(tr("held-out NLL"));
    m_plot->yAxis2->setLabel(tr("BIC"));
    m_plot->yAxis2->setVisible(true);
    m_plot->legend->setVisible(!rows.empty());
    for (QCPAxis *axis : {m_plot->xAxis, m_plot->yAxis, m_plot->yAxis2})
        axis->setVisible(!rows.empty());
    if (rows.empty()) {
        m_plot->replot();
        return;
    }
    QVector<double> k, nll, bic;
    for (const micro::core::SelectKRow &r : rows) {
        k << r.k;
        nll << r.heldOutNll;
        bic << r.bic;
    }
    QCPGraph *g1 = m_plot->addGraph(m_plot->xAxis, m_plot->yAxis);
    g1->setName(tr("held-out NLL"));
    g1->setPen(QPen(QColor(255, 127, 14), 2));
    g1->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssSquare, 7));
    g1->setData(k, nll, true);
    QCPGraph *g2 = m_plot->addGraph(m_plot->xAxis, m_plot->yAxis2);
    g2->setName(tr("BIC"));
    g2->setPen(QPen(QColor(31, 119, 180), 2));
    g2->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, 7));
    g2->setData(k, bic, true);
    m_plot->rescaleAxes();
    m_plot->yAxis->scaleRange(1.1, m_plot->yAxis->range().center());
    m_plot->yAxis2->scaleRange(1.1, m_plot->yAxis2->range().center());
    m_plot->xAxis->setRange(k.front() - 0.5, k.back() + 0.5);
    auto *marker = new QCPItemStraightLine(m_plot);
    const double suggested = result.suggested;
    marker->point1->setCoords(suggested, 0);
    marker->point2->setCoords(suggested, 1);
    marker->setPen(QPen(Qt::gray, 1, Qt::DashLine));
    m_plot->replot();
}

QString ModelChoiceView::csv() const
{
    QString text = QStringLiteral("k,held_out_nll,train_loglik,parameters,bic\n");
    for (const micro::core::SelectKRow &r : m_result.rows)
        text += QStringLiteral("%1,%2,%3,%4,%5\n")
                    .arg(r.k)
                    .arg(r.heldOutNll, 0, 'g', 10)
                    .arg(r.trainLogLik, 0, 'g', 10)
                    .arg(r.parameters)
                    .arg(r.bic, 0, 'g', 10);
    return text;
}

} // namespace micro::ui
