#include "curveplot.h"

#include "qcustomplotinclude.h"
#include <QVBoxLayout>

namespace micro::ui {

CurvePlot::CurvePlot(QWidget *parent) : PlotView(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_plot);
    m_plot->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom | QCP::iSelectLegend);
    m_plot->plotLayout()->insertRow(0);
    m_plot->plotLayout()->addElement(
        0, 0,
        new QCPTextElement(m_plot, tr("Training curves"), QFont(font().family(), font().pointSize() + 1, QFont::Bold)));
    m_plot->xAxis->setLabel(tr("epoch"));
    m_plot->yAxis->setLabel(tr("negative log-likelihood"));
    m_plot->yAxis2->setLabel(tr("validation accuracy"));
    m_plot->yAxis2->setVisible(true);
    m_plot->axisRect()->setRangeZoomAxes(m_plot->xAxis, m_plot->yAxis);
    useIntegerTicks(m_plot->xAxis);
    m_plot->legend->setVisible(true);
    m_plot->legend->setSelectableParts(QCPLegend::spItems);
    putLegendBelow(m_plot, m_plot->legend, m_plot->axisRect());

    auto makeGraph = [&](QCPAxis *y, const QString &name, const QColor &color, QCPScatterStyle::ScatterShape shape) {
        QCPGraph *g = m_plot->addGraph(m_plot->xAxis, y);
        g->setName(name);
        g->setPen(QPen(color, 2));
        g->setScatterStyle(QCPScatterStyle(shape, 6));
        return g;
    };
    m_loss = makeGraph(m_plot->yAxis, tr("training NLL"), QColor(31, 119, 180), QCPScatterStyle::ssCircle);
    m_valNll = makeGraph(m_plot->yAxis, tr("validation NLL"), QColor(255, 127, 14), QCPScatterStyle::ssSquare);
    m_valAccuracy =
        makeGraph(m_plot->yAxis2, tr("validation accuracy"), QColor(44, 160, 44), QCPScatterStyle::ssDiamond);

    // Clicking a legend entry shows or hides its curve.
    connect(m_plot, &QCustomPlot::legendClick, this, [this](QCPLegend *, QCPAbstractLegendItem *item, QMouseEvent *) {
        if (auto *pi = qobject_cast<QCPPlottableLegendItem *>(item)) {
            QCPAbstractPlottable *p = pi->plottable();
            p->setVisible(!p->visible());
            pi->setTextColor(p->visible() ? Qt::black : Qt::gray);
            m_plot->replot();
        }
    });
    rebuild();
}

void CurvePlot::setTitle(const QString &title)
{
    m_title = title;
    showTitleOrEmptyText();
    m_plot->replot();
}

void CurvePlot::setEmptyText(const QString &text)
{
    m_emptyText = text; // the curves are unchanged: only the title (and axes) may change
    showTitleOrEmptyText();
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void CurvePlot::showTitleOrEmptyText()
{
    const bool empty = m_epochs.empty();
    if (auto *t = qobject_cast<QCPTextElement *>(m_plot->plotLayout()->element(0, 0)))
        t->setText(empty && !m_emptyText.isEmpty() ? m_emptyText : m_title.isEmpty() ? tr("Training curves") : m_title);
    // No data: no legend or 0-1 axes that look like a run with nothing in it.
    m_plot->legend->setVisible(!empty);
    for (QCPAxis *axis : {m_plot->xAxis, m_plot->yAxis, m_plot->yAxis2})
        axis->setVisible(!empty);
}

void CurvePlot::updateMarkers()
{
    // A marker per epoch reads well up to ~60 epochs; beyond, 600 markers make a thick band.
    const bool markers = m_epochs.size() <= 60;
    const QCPScatterStyle::ScatterShape shapes[] = {QCPScatterStyle::ssCircle, QCPScatterStyle::ssSquare,
                                                    QCPScatterStyle::ssDiamond};
    QCPGraph *graphs[] = {m_loss, m_valNll, m_valAccuracy};
    for (int i = 0; i < 3; ++i)
        graphs[i]->setScatterStyle(markers ? QCPScatterStyle(shapes[i], 6) : QCPScatterStyle(QCPScatterStyle::ssNone));
}

void CurvePlot::setEpochs(const std::vector<micro::core::EpochMetrics> &epochs)
{
    m_epochs = epochs;
    rebuild();
}

void CurvePlot::appendEpoch(const micro::core::EpochMetrics &epoch)
{
    // A live run shown mid-way was loaded with the epochs stored so far, while their signals
    // may still be queued: those arrive again here and are already on the plot.
    if (!m_epochs.empty() && epoch.epoch <= m_epochs.back().epoch) return;
    m_epochs.push_back(epoch);
    m_loss->addData(epoch.epoch, epoch.trainNll);
    m_valNll->addData(epoch.epoch, epoch.valNll);
    m_valAccuracy->addData(epoch.epoch, epoch.valAccuracy);
    if (m_epochs.size() == 1 || m_epochs.size() == 61) {
        showTitleOrEmptyText();
        updateMarkers();
    }
    fitAxes();
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void CurvePlot::clear()
{
    m_epochs.clear();
    rebuild();
}

int CurvePlot::pointCount() const
{
    return m_loss->dataCount();
}

void CurvePlot::rebuild()
{
    QVector<double> x, loss, nll, acc;
    for (const auto &e : m_epochs) {
        x << e.epoch;
        loss << e.trainNll;
        nll << e.valNll;
        acc << e.valAccuracy;
    }
    m_loss->setData(x, loss, true);
    m_valNll->setData(x, nll, true);
    m_valAccuracy->setData(x, acc, true);
    showTitleOrEmptyText();
    updateMarkers();
    if (m_epochs.empty()) {
        m_plot->xAxis->setRange(0, 1);
        m_plot->yAxis->setRange(0, 1);
        m_plot->yAxis2->setRange(0, 1);
    } else {
        fitAxes();
    }
    m_plot->replot();
}

void CurvePlot::fitAxes()
{
    m_plot->rescaleAxes();
    // A margin around the data, so first and last points are not cut by the frame.
    m_plot->yAxis->scaleRange(1.1, m_plot->yAxis->range().center());
    m_plot->yAxis2->scaleRange(1.1, m_plot->yAxis2->range().center());
    m_plot->xAxis->setRange(0.5, double(std::max<std::size_t>(m_epochs.size(), 1)) + 0.5);
}

QString CurvePlot::csv() const
{
    QString text = QStringLiteral("epoch,train_loss,train_nll,val_nll,val_accuracy,seconds\n");
    for (const auto &e : m_epochs)
        text += QStringLiteral("%1,%2,%3,%4,%5,%6\n")
                    .arg(e.epoch)
                    .arg(e.trainLoss, 0, 'g', 9)
                    .arg(e.trainNll, 0, 'g', 9)
                    .arg(e.valNll, 0, 'g', 9)
                    .arg(e.valAccuracy, 0, 'g', 9)
                    .arg(e.trainSeconds, 0, 'g', 6);
    return text;
}

} // namespace micro::ui
