#include "modelchoiceview.h"

#include "qcustomplotinclude.h"

#include <QJsonArray>
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
    return int(m_result.value(QStringLiteral("rows")).toArray().size());
}

void ModelChoiceView::setResult(const QJsonObject &result, const QString &datasetName)
{
    m_result = result;
    m_plot->clearGraphs();
    m_plot->clearItems();
    const QJsonArray rows = result.value(QStringLiteral("rows")).toArray();
    m_title->setText(
        rows.isEmpty()
            ? tr("No model choice yet for this dataset: Run > Choose K… (or micro-cli select-k) compares K.")
            : tr("Choosing K on %1: suggested K = %2 (within one standard error of the lowest validation NLL)")
                  .arg(datasetName)
                  .arg(result.value(QStringLiteral("suggested")).toInt()));
    m_plot->xAxis->setLabel(tr("K (heads)"));
    m_plot->yAxis->setLabel(tr("held-out NLL"));
    m_plot->yAxis2->setLabel(tr("BIC"));
    m_plot->yAxis2->setVisible(true);
    m_plot->legend->setVisible(!rows.isEmpty());
    for (QCPAxis *axis : {m_plot->xAxis, m_plot->yAxis, m_plot->yAxis2})
        axis->setVisible(!rows.isEmpty());
    if (rows.isEmpty()) {
        m_plot->replot();
        return;
    }
    QVector<double> k, nll, bic;
    for (const QJsonValue &v : rows) {
        const QJsonObject o = v.toObject();
        k << o.value(QStringLiteral("k")).toDouble();
        nll << o.value(QStringLiteral("held_out_nll")).toDouble();
        bic << o.value(QStringLiteral("bic")).toDouble();
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
    const double suggested = result.value(QStringLiteral("suggested")).toDouble();
    marker->point1->setCoords(suggested, 0);
    marker->point2->setCoords(suggested, 1);
    marker->setPen(QPen(Qt::gray, 1, Qt::DashLine));
    m_plot->replot();
}

QString ModelChoiceView::csv() const
{
    QString text = QStringLiteral("k,held_out_nll,train_loglik,parameters,bic\n");
    for (const QJsonValue &v : m_result.value(QStringLiteral("rows")).toArray()) {
        const QJsonObject o = v.toObject();
        text += QStringLiteral("%1,%2,%3,%4,%5\n")
                    .arg(o.value(QStringLiteral("k")).toInt())
                    .arg(o.value(QStringLiteral("held_out_nll")).toDouble(), 0, 'g', 10)
                    .arg(o.value(QStringLiteral("train_loglik")).toDouble(), 0, 'g', 10)
                    .arg(o.value(QStringLiteral("parameters")).toInt())
                    .arg(o.value(QStringLiteral("bic")).toDouble(), 0, 'g', 10);
    }
    return text;
}

} // namespace micro::ui
