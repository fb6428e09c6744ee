#include "routingview.h"

#include "qcustomplotinclude.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSaveFile>
#include <QVBoxLayout>

namespace micro::ui {

namespace {
const QColor kPalette[] = {QColor(31, 119, 180), QColor(255, 127, 14), QColor(44, 160, 44), QColor(214, 39, 40),
                           QColor(148, 103, 189), QColor(140, 86, 75), QColor(227, 119, 194), QColor(127, 127, 127),
                           QColor(188, 189, 34), QColor(23, 190, 207)};
}

RoutingView::RoutingView(QWidget *parent) : PlotView(parent), m_contexts(new QComboBox)
{
    auto *top = new QHBoxLayout;
    auto *label = new QLabel(tr("&Context:"));
    label->setBuddy(m_contexts);
    top->addWidget(label);
    top->addWidget(m_contexts, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_plot, 1);
    m_plot->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    m_plot->setAutoAddPlottableToLegend(false); // each axis rect has its own legend
    connect(m_contexts, &QComboBox::currentIndexChanged, this, [this] { redraw(); });
    redraw();
}

void RoutingView::setHistory(std::map<QString, std::vector<micro::core::RoutingStep>> history)
{
    const QString previous = context();
    m_history = std::move(history);
    {
        QSignalBlocker block(m_contexts);
        m_contexts->clear();
        for (const auto &[name, steps] : m_history)
            m_contexts->addItem(name);
        const int keep = m_contexts->findText(previous);
        m_contexts->setCurrentIndex(keep >= 0 ? keep : 0);
    }
    m_contexts->setEnabled(!m_history.empty());
    redraw();
}

QString RoutingView::context() const
{
    return m_contexts->currentText();
}

void RoutingView::setContext(const QString &context)
{
    m_contexts->setCurrentIndex(m_contexts->findText(context));
}

int RoutingView::roundCount() const
{
    const auto it = m_history.find(context());
    return it == m_history.end() ? 0 : int(it->second.size());
}

void RoutingView::redraw()
{
    m_plot->clearGraphs();
    m_plot->plotLayout()->clear();
    const auto it = m_history.find(context());
    if (it == m_history.end() || it->second.empty()) {
        m_plot->plotLayout()->addElement(0, 0, new QCPTextElement(m_plot, tr("No routing history: adapt a run to a few labelled pairs per context (micro-cli adapt) to see Hedge converge here.")));
        m_plot->replot();
        return;
    }
    const std::vector<micro::core::RoutingStep> &steps = it->second;
    auto *title = new QCPTextElement(m_plot, tr("Routing convergence in context %1").arg(context()),
                                     QFont(font().family(), font().pointSize() + 1, QFont::Bold));
    auto *weights = new QCPAxisRect(m_plot);
    auto *losses = new QCPAxisRect(m_plot);
    m_plot->plotLayout()->addElement(0, 0, title);
    m_plot->plotLayout()->addElement(1, 0, weights);
    m_plot->plotLayout()->addElement(2, 0, losses);
    auto *legend = new QCPLegend;
    weights->insetLayout()->addElement(legend, Qt::AlignRight | Qt::AlignTop);
    legend->setLayer(QStringLiteral("legend"));
    weights->axis(QCPAxis::atBottom)->setLabel(tr("labelled pair"));
    weights->axis(QCPAxis::atLeft)->setLabel(tr("head weight"));
    weights->axis(QCPAxis::atLeft)->setRange(0, 1.02);
    losses->axis(QCPAxis::atBottom)->setLabel(tr("labelled pair"));
    losses->axis(QCPAxis::atLeft)->setLabel(tr("cumulative loss"));
    auto *lossLegend = new QCPLegend;
    losses->insetLayout()->addElement(lossLegend, Qt::AlignLeft | Qt::AlignTop);
    lossLegend->setLayer(QStringLiteral("legend"));

    const int k = int(steps.front().weights.size());
    QVector<double> x;
    for (const auto &s : steps)
        x << s.step;
    for (int h = 0; h < k; ++h) {
        QVector<double> y;
        for (const auto &s : steps)
            y << s.weights[std::size_t(h)];
        QCPGraph *g = m_plot->addGraph(weights->axis(QCPAxis::atBottom), weights->axis(QCPAxis::atLeft));
        g->setName(tr("head %1").arg(h));
        g->setPen(QPen(kPalette[h % 10], 2));
        g->setData(x, y, true);
        legend->addItem(new QCPPlottableLegendItem(legend, g));
    }
    QVector<double> mixture, best;
    for (const auto &s : steps) {
        mixture << s.cumulativeMixtureLoss;
        best << s.bestHeadLoss;
    }
    QCPGraph *gm = m_plot->addGraph(losses->axis(QCPAxis::atBottom), losses->axis(QCPAxis::atLeft));
    gm->setName(tr("mixture (Hedge)"));
    gm->setPen(QPen(QColor(31, 119, 180), 2));
    gm->setData(x, mixture, true);
    QCPGraph *gb = m_plot->addGraph(losses->axis(QCPAxis::atBottom), losses->axis(QCPAxis::atLeft));
    gb->setName(tr("best single head in hindsight (regret %1)").arg(steps.back().regret, 0, 'f', 2));
    gb->setPen(QPen(QColor(214, 39, 40), 2, Qt::DashLine));
    gb->setData(x, best, true);
    lossLegend->addItem(new QCPPlottableLegendItem(lossLegend, gm));
    lossLegend->addItem(new QCPPlottableLegendItem(lossLegend, gb));
    weights->axis(QCPAxis::atBottom)->setRange(0.5, x.back() + 0.5);
    losses->axis(QCPAxis::atBottom)->setRange(0.5, x.back() + 0.5);
    losses->axis(QCPAxis::atLeft)->setRange(0, std::max(mixture.back(), best.back()) * 1.05 + 1e-9);
    m_plot->replot();
}

QString RoutingView::csv() const
{
    QString text = QStringLiteral("context,step,head,weight,loss,cumulative_mixture_loss,best_head_loss,regret\n");
    for (const auto &[name, steps] : m_history)
        for (const auto &s : steps)
            for (std::size_t h = 0; h < s.weights.size(); ++h)
                text += QStringLiteral("%1,%2,%3,%4,%5,%6,%7,%8\n").arg(csvField(name)).arg(s.step).arg(h)
                            .arg(s.weights[h], 0, 'g', 9).arg(s.losses[h], 0, 'g', 9)
                            .arg(s.cumulativeMixtureLoss, 0, 'g', 9).arg(s.bestHeadLoss, 0, 'g', 9).arg(s.regret, 0, 'g', 9);
    return text;
}

} // namespace micro::ui
