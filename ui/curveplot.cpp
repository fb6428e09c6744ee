#include "curveplot.h"

#include "qcustomplotinclude.h"
#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSettings>
#include <QSlider>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>

namespace micro::ui {

CurvePlot::CurvePlot(QWidget *parent) : PlotView(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    // Smoothing and a log NLL axis, as the curves of TensorBoard and W&B offer.
    auto *controls = new QHBoxLayout;
    controls->setContentsMargins(6, 2, 6, 0);
    m_smoothingSlider = new QSlider(Qt::Horizontal);
    m_smoothingSlider->setObjectName(QStringLiteral("curveSmoothing"));
    m_smoothingSlider->setRange(0, 95);
    m_smoothingSlider->setMaximumWidth(220);
    m_smoothingSlider->setToolTip(tr("Exponential moving average of the curves (0: raw epochs); exports stay raw"));
    auto *smoothingLabel = new QLabel(tr("Smoothi&ng:"));
    smoothingLabel->setBuddy(m_smoothingSlider);
    m_smoothingValue = new QLabel;
    m_smoothingValue->setMinimumWidth(m_smoothingValue->fontMetrics().horizontalAdvance(QStringLiteral("0.00")) + 4);
    m_logBox = new QCheckBox(tr("L&og NLL axis"));
    m_logBox->setObjectName(QStringLiteral("curveLogNll"));
    controls->addWidget(smoothingLabel);
    controls->addWidget(m_smoothingSlider);
    controls->addWidget(m_smoothingValue);
    controls->addSpacing(16);
    controls->addWidget(m_logBox);
    controls->addStretch();
    layout->addLayout(controls);
    layout->addWidget(m_plot);
    connect(m_smoothingSlider, &QSlider::valueChanged, this, [this](int v) { setSmoothing(v / 100.0); });
    connect(m_logBox, &QCheckBox::toggled, this, &CurvePlot::setLogNll);
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
    const QSettings settings;
    m_smoothing = std::clamp(settings.value(QStringLiteral("curves/smoothing"), 0.0).toDouble(), 0.0, 0.95);
    m_smoothingSlider->setValue(int(std::lround(m_smoothing * 100)));
    m_smoothingValue->setText(QString::number(m_smoothing, 'f', 2));
    m_logBox->setChecked(settings.value(QStringLiteral("curves/logNll"), false).toBool());
    rebuild();
}

void CurvePlot::setSmoothing(double weight)
{
    weight = std::clamp(weight, 0.0, 0.95);
    if (int(std::lround(weight * 100)) != m_smoothingSlider->value()) {
        m_smoothingSlider->setValue(int(std::lround(weight * 100))); // comes back here
        return;
    }
    m_smoothingValue->setText(QString::number(weight, 'f', 2));
    if (weight == m_smoothing) return;
    m_smoothing = weight;
    QSettings().setValue(QStringLiteral("curves/smoothing"), weight);
    rebuild();
}

bool CurvePlot::logNll() const
{
    return m_plot->yAxis->scaleType() == QCPAxis::stLogarithmic;
}

void CurvePlot::setLogNll(bool on)
{
    if (m_logBox->isChecked() != on) {
        m_logBox->setChecked(on); // comes back here
        return;
    }
    QSettings().setValue(QStringLiteral("curves/logNll"), on);
    if (on == logNll()) return;
    m_plot->yAxis->setScaleType(on ? QCPAxis::stLogarithmic : QCPAxis::stLinear);
    if (on)
        m_plot->yAxis->setTicker(QSharedPointer<QCPAxisTickerLog>::create());
    else
        m_plot->yAxis->setTicker(QSharedPointer<QCPAxisTicker>::create());
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
    if (m_smoothing > 0) { // every smoothed point after depends on the history: redraw
        rebuild();
        return;
    }
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
    // TensorBoard's smoothing: an exponential moving average divided by (1 - w^t), so the
    // first epochs are not pulled towards zero. NaN (EM's epochs without validation) passes.
    const double w = m_smoothing;
    double sums[3] = {0, 0, 0};
    int counts[3] = {0, 0, 0};
    auto smooth = [&](int i, double v) {
        if (w <= 0 || std::isnan(v)) return v;
        sums[i] = sums[i] * w + (1 - w) * v;
        return sums[i] / (1 - std::pow(w, ++counts[i]));
    };
    for (const auto &e : m_epochs) {
        x << e.epoch;
        loss << smooth(0, e.trainNll);
        nll << smooth(1, e.valNll);
        acc << smooth(2, e.valAccuracy);
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
