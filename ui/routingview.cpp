#include "routingview.h"

#include "qcustomplotinclude.h"
#include "util/textfiles.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>
#include <cmath>

namespace micro::ui {

RoutingView::RoutingView(QWidget *parent) : PlotView(parent), m_contexts(new QComboBox)
{
    auto *top = new QHBoxLayout;
    auto *label = new QLabel(tr("Conte&xt:"));
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

void RoutingView::setBudgetCurve(micro::core::BudgetCurve curve)
{
    m_budget = std::move(curve);
    redraw();
}

int RoutingView::budgetPoints() const
{
    return int(m_budget.points.size());
}

int RoutingView::roundCount() const
{
    const auto it = m_history.find(context());
    return it == m_history.end() ? 0 : int(it->second.size());
}

void RoutingView::redraw()
{
    // Items first: one left on a removed axis rect warns on every replot ("no axes were defined").
    m_plot->clearItems();
    m_plot->clearPlottables();
    m_plot->plotLayout()->clear();
    addBudgetCurve(); // at the bottom when there is one
    const auto it = m_history.find(context());
    if (it == m_history.end() || it->second.empty()) {
        m_plot->plotLayout()->insertRow(0);
        m_plot->plotLayout()->addElement(
            0, 0,
            new QCPTextElement(m_plot, tr("No routing history: adapt a run to a few labelled pairs per context "
                                          "(Run > Adapt Routing…) to see Hedge converge here; Run > Budget Curve "
                                          "compares budgets.")));
        m_plot->replot();
        return;
    }
    const std::vector<micro::core::RoutingStep> &steps = it->second;
    auto *title = new QCPTextElement(m_plot, tr("Routing convergence in context %1").arg(context()),
                                     QFont(font().family(), font().pointSize() + 1, QFont::Bold));
    auto *weights = new QCPAxisRect(m_plot);
    auto *losses = new QCPAxisRect(m_plot);
    for (int row = 2; row >= 0; --row)
        m_plot->plotLayout()->insertRow(0);
    m_plot->plotLayout()->addElement(0, 0, title);
    m_plot->plotLayout()->addElement(1, 0, weights);
    m_plot->plotLayout()->addElement(2, 0, losses);
    auto *legend = new QCPLegend;
    putLegendBelow(m_plot, legend, weights);
    weights->axis(QCPAxis::atBottom)->setLabel(tr("labelled pair"));
    weights->axis(QCPAxis::atLeft)->setLabel(tr("head weight"));
    weights->axis(QCPAxis::atLeft)->setRange(0, 1.02);
    losses->axis(QCPAxis::atBottom)->setLabel(tr("labelled pair"));
    losses->axis(QCPAxis::atLeft)->setLabel(tr("cumulative loss"));
    auto *lossLegend = new QCPLegend;
    putLegendBelow(m_plot, lossLegend, losses);

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
        g->setPen(QPen(seriesColour(h), 2));
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

void RoutingView::addBudgetCurve()
{
    const std::vector<micro::core::BudgetPoint> &points = m_budget.points;
    if (points.empty()) return;
    // Test rows where the curve has them (per context for the context shown, when stored),
    // validation rows otherwise; the axis says which.
    const bool haveTest = m_budget.hasTest();
    const int contextIndex = int(m_budget.contexts.indexOf(context()));
    const bool perContext = haveTest && contextIndex >= 0 &&
                            std::size_t(contextIndex) < m_budget.stage1TestByContext.size() &&
                            std::size_t(contextIndex) < points.front().microTestByContext.size();
    auto *rect = new QCPAxisRect(m_plot);
    m_plot->plotLayout()->addElement(m_plot->plotLayout()->rowCount(), 0, rect);
    rect->axis(QCPAxis::atBottom)->setLabel(tr("labelled pairs per context"));
    rect->axis(QCPAxis::atLeft)
        ->setLabel(perContext ? tr("test accuracy, context %1").arg(context())
                   : haveTest ? tr("test accuracy, all contexts")
                              : tr("validation accuracy"));
    rect->axis(QCPAxis::atBottom)->setScaleType(QCPAxis::stLogarithmic);
    // Budgets double (1, 2, 4, ... 32, 50): a base-2 log ticker labels each of them, where
    // base 10 labelled only 1 and 10.
    auto logTicker = QSharedPointer<QCPAxisTickerLog>::create();
    logTicker->setLogBase(2);
    logTicker->setSubTickCount(0);
    rect->axis(QCPAxis::atBottom)->setTicker(logTicker);
    auto *legend = new QCPLegend;
    putLegendBelow(m_plot, legend, rect);
    using Point = micro::core::BudgetPoint;
    const struct
    {
        double Point::*mean, Point::*sd, Point::*testMean, Point::*testSd;
        std::vector<double> Point::*testByContext;
        QString name;
        QColor colour;
    } series[] = {{&Point::microMean, &Point::microStd, &Point::microTestMean, &Point::microTestStd,
                   &Point::microTestByContext, tr("MiCRo routing"), QColor(31, 119, 180)},
                  {&Point::hyreMean, &Point::hyreStd, &Point::hyreTestMean, &Point::hyreTestStd,
                   &Point::hyreTestByContext, tr("HyRe"), QColor(214, 39, 40)}};
    double lo = 1, hi = 0;
    for (const auto &s : series) {
        QVector<double> x, y, e;
        for (const Point &p : points) {
            x << p.budget;
            if (perContext) { // means over the seeds; no spread is stored per context
                const std::vector<double> &byContext = p.*s.testByContext;
                y << (std::size_t(contextIndex) < byContext.size() ? byContext[std::size_t(contextIndex)] : NAN);
                e << 0.0;
            } else {
                y << (haveTest ? p.*s.testMean : p.*s.mean);
                e << (haveTest ? p.*s.testSd : p.*s.sd);
            }
            if (std::isfinite(y.back())) {
                lo = std::min(lo, y.back() - e.back());
                hi = std::max(hi, y.back() + e.back());
            }
        }
        QCPGraph *g = m_plot->addGraph(rect->axis(QCPAxis::atBottom), rect->axis(QCPAxis::atLeft));
        g->setName(perContext ? tr("%1 (mean over seeds)").arg(s.name) : tr("%1 (mean ± sd)").arg(s.name));
        g->setPen(QPen(s.colour, 2));
        g->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, 6));
        g->setData(x, y, true);
        if (!perContext) {
            auto *bars = new QCPErrorBars(rect->axis(QCPAxis::atBottom), rect->axis(QCPAxis::atLeft));
            bars->setDataPlottable(g);
            bars->setData(e);
            bars->setPen(QPen(s.colour));
        }
        legend->addItem(new QCPPlottableLegendItem(legend, g));
    }
    const double s1 = perContext ? m_budget.stage1TestByContext[std::size_t(contextIndex)]
                      : haveTest ? m_budget.stage1TestAccuracy
                                 : m_budget.stage1Accuracy;
    const double left = points.front().budget * 0.8, right = points.back().budget * 1.25;
    // The Stage-1 router's accuracy as a dashed level across the budgets, named in the legend.
    QCPGraph *stage1 = m_plot->addGraph(rect->axis(QCPAxis::atBottom), rect->axis(QCPAxis::atLeft));
    stage1->setName(tr("Stage-1 router (no labels)"));
    stage1->setPen(QPen(Qt::gray, 1.5, Qt::DashLine));
    stage1->setData(QVector<double>{left, right}, QVector<double>{s1, s1}, true);
    legend->addItem(new QCPPlottableLegendItem(legend, stage1));
    if (std::isfinite(s1)) {
        lo = std::min(lo, s1);
        hi = std::max(hi, s1);
    }
    rect->axis(QCPAxis::atBottom)->setRange(left, right);
    rect->axis(QCPAxis::atLeft)->setRange(lo - 0.02, hi + 0.02);
}

QString RoutingView::csv() const
{
    QString text = QStringLiteral("context,step,head,weight,loss,cumulative_mixture_loss,best_head_loss,regret\n");
    for (const auto &[name, steps] : m_history)
        for (const auto &s : steps)
            for (std::size_t h = 0; h < s.weights.size(); ++h)
                text += QStringLiteral("%1,%2,%3,%4,%5,%6,%7,%8\n")
                            .arg(micro::core::csvField(name))
                            .arg(s.step)
                            .arg(h)
                            .arg(s.weights[h], 0, 'g', 9)
                            .arg(s.losses[h], 0, 'g', 9)
                            .arg(s.cumulativeMixtureLoss, 0, 'g', 9)
                            .arg(s.bestHeadLoss, 0, 'g', 9)
                            .arg(s.regret, 0, 'g', 9);
    return text;
}

} // namespace micro::ui
