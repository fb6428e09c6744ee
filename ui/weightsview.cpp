#include "weightsview.h"

#include "qcustomplotinclude.h"
#include "util/textfiles.h"

#include <QVBoxLayout>
#include <cmath>

namespace micro::ui {

namespace {

QCPTextElement *addTitle(QCustomPlot *plot, const QFont &base)
{
    plot->plotLayout()->insertRow(0);
    auto *title = new QCPTextElement(plot, QString(), QFont(base.family(), base.pointSize() + 1, QFont::Bold));
    plot->plotLayout()->addElement(0, 0, title);
    return title;
}

// Tick labels naming the categories at 1..n.
QSharedPointer<QCPAxisTickerText> categoryTicker(const QStringList &names)
{
    QSharedPointer<QCPAxisTickerText> ticker(new QCPAxisTickerText);
    for (int i = 0; i < names.size(); ++i)
        ticker->addTick(i + 1, names[i]);
    return ticker;
}

} // namespace

WeightsView::WeightsView(QWidget *parent) : PlotView(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_plot);
    m_title = addTitle(m_plot, font());
    m_plot->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignRight | Qt::AlignTop);
    setMetrics({}, {});
}

void WeightsView::setMetrics(const micro::core::RunEvaluation &validation, const QString &runName,
                             const std::vector<micro::core::EpochMetrics> &epochs)
{
    m_epochs = epochs;
    m_categories = validation.contexts;
    m_kind = QStringLiteral("context");
    m_weights = validation.routerWeightByContext;
    if (m_categories.isEmpty() || m_weights.empty()) {
        m_categories = validation.groups;
        m_kind = QStringLiteral("group");
        m_weights = validation.routerWeightByGroup;
    }
    m_plot->clearPlottables();
    // Head usage across epochs, in its own axis rect under the bars.
    if (!m_usage) {
        m_usage = new QCPAxisRect(m_plot);
        m_plot->plotLayout()->addElement(2, 0, m_usage);
        m_usage->axis(QCPAxis::atBottom)->setLabel(tr("epoch"));
        m_usage->axis(QCPAxis::atLeft)->setLabel(tr("mean weight (head usage)"));
        m_usage->setMaximumSize(QWIDGETSIZE_MAX, 220);
    }
    m_usage->setVisible(true);
    const int usageHeads = m_epochs.empty() ? 0 : int(m_epochs.back().meanRouterWeight.size());
    for (int h = 0; h < usageHeads; ++h) {
        QVector<double> x, y;
        for (const auto &e : m_epochs)
            if (std::size_t(h) < e.meanRouterWeight.size()) {
                x << e.epoch;
                y << e.meanRouterWeight[std::size_t(h)];
            }
        QCPGraph *g = m_plot->addGraph(m_usage->axis(QCPAxis::atBottom), m_usage->axis(QCPAxis::atLeft));
        g->setPen(QPen(seriesColour(h), 2));
        g->setData(x, y, true);
        g->removeFromLegend();
    }
    m_usage->axis(QCPAxis::atLeft)->setRange(0, 1.02);
    m_usage->axis(QCPAxis::atBottom)->setRange(0.5, std::max<double>(1, double(m_epochs.size())) + 0.5);
    const bool empty = m_categories.isEmpty() || m_weights.size() != std::size_t(m_categories.size());
    m_title->setText(empty ? tr("No contexts or known groups on this run's rows to break the router weights down by.")
                           : tr("Mean router weight per head, by %1 — %2")
                                 .arg(m_kind == QLatin1String("context") ? tr("context") : tr("known group"), runName));
    m_plot->legend->setVisible(!empty);
    m_plot->xAxis->setVisible(!empty); // no categories of a previous run under an empty title
    m_plot->yAxis->setVisible(!empty);
    if (empty) {
        m_plot->replot();
        return;
    }
    const int k = int(m_weights.front().size());
    QCPBars *below = nullptr;
    QVector<double> x;
    for (int c = 0; c < m_categories.size(); ++c)
        x << c + 1;
    for (int h = 0; h < k; ++h) {
        auto *bars = new QCPBars(m_plot->xAxis, m_plot->yAxis);
        bars->setName(tr("head %1").arg(h));
        bars->setBrush(seriesColour(h));
        bars->setPen(QPen(seriesColour(h).darker(130)));
        bars->setWidth(0.6);
        QVector<double> y;
        for (const auto &row : m_weights)
            y << (std::isnan(row[std::size_t(h)]) ? 0.0 : row[std::size_t(h)]);
        bars->setData(x, y, true);
        if (below) bars->moveAbove(below);
        below = bars;
    }
    m_plot->xAxis->setTicker(categoryTicker(m_categories));
    m_plot->xAxis->setLabel(m_kind == QLatin1String("context") ? tr("context") : tr("known group"));
    m_plot->xAxis->setRange(0.4, m_categories.size() + 0.6);
    m_plot->yAxis->setLabel(tr("mean router weight"));
    m_plot->yAxis->setRange(0, 1.05);
    m_plot->replot();
}

void WeightsView::showReason(const QString &reason)
{
    setMetrics({}, {}, {});
    m_title->setText(reason);
    m_usage->setVisible(false);
    m_plot->replot();
}

QString WeightsView::csv() const
{
    QString text = m_kind + QStringLiteral(",head,mean_router_weight\n");
    for (int c = 0; c < m_categories.size() && std::size_t(c) < m_weights.size(); ++c)
        for (std::size_t h = 0; h < m_weights[std::size_t(c)].size(); ++h)
            text += QStringLiteral("%1,%2,%3\n")
                        .arg(micro::core::csvField(m_categories[c]))
                        .arg(h)
                        .arg(m_weights[std::size_t(c)][h], 0, 'g', 9);
    return text;
}

HeadAccuracyView::HeadAccuracyView(QWidget *parent) : PlotView(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_plot);
    m_title = addTitle(m_plot, font());
    m_scale = new QCPColorScale(m_plot);
    m_plot->plotLayout()->addElement(1, 1, m_scale);
    m_scale->setLabel(tr("accuracy of the head alone"));
    m_scale->setDataRange(QCPRange(0, 1));
    // The scale's height follows the axes.
    auto *margins = new QCPMarginGroup(m_plot);
    m_plot->axisRect()->setMarginGroup(QCP::msBottom | QCP::msTop, margins);
    m_scale->setMarginGroup(QCP::msBottom | QCP::msTop, margins);
    setMetrics({}, {});
}

void HeadAccuracyView::setMetrics(const micro::core::RunEvaluation &validation, const QString &runName)
{
    m_categories = validation.contexts;
    m_kind = QStringLiteral("context");
    m_accuracy = validation.headContextAccuracy;
    if (m_categories.isEmpty() || m_accuracy.empty()) {
        m_categories = validation.groups;
        m_kind = QStringLiteral("group");
        m_accuracy = validation.headGroupAccuracy;
    }
    m_plot->clearPlottables();
    m_plot->clearItems();
    m_best.clear();
    const bool empty =
        m_categories.isEmpty() || m_accuracy.empty() || m_accuracy.front().size() != std::size_t(m_categories.size());
    m_title->setText(empty ? tr("No contexts or known groups on this run's rows to score the heads on.")
                           : tr("Accuracy of each head alone, by %1 (★ best head) — %2")
                                 .arg(m_kind == QLatin1String("context") ? tr("context") : tr("known group"), runName));
    m_plot->xAxis->setVisible(!empty);
    m_plot->yAxis->setVisible(!empty);
    m_scale->setVisible(!empty);
    if (empty) {
        m_plot->replot();
        return;
    }
    const int k = int(m_accuracy.size()), c = int(m_categories.size());
    auto *map = new QCPColorMap(m_plot->xAxis, m_plot->yAxis);
    map->data()->setSize(c, k);
    map->data()->setRange(QCPRange(1, c), QCPRange(0, k - 1));
    for (int j = 0; j < c; ++j) {
        int best = 0;
        for (int h = 0; h < k; ++h) {
            const double a = m_accuracy[std::size_t(h)][std::size_t(j)];
            map->data()->setCell(j, h, std::isnan(a) ? 0.5 : a);
            if (a > m_accuracy[std::size_t(best)][std::size_t(j)]) best = h;
            auto *label = new QCPItemText(m_plot);
            label->setProperty(kOnCell, true);
            label->position->setCoords(j + 1, h);
            label->setText(QString::number(a, 'f', 2));
        }
        m_best.push_back(best);
        auto *star = new QCPItemText(m_plot);
        star->setProperty(kOnCell, true);
        star->position->setCoords(j + 1 + 0.3, best);
        star->setText(QStringLiteral("★"));
        star->setFont(QFont(font().family(), font().pointSize() + 4));
    }
    // Diverging around chance: worse than a coin flip red, better green, 0.5 white, so
    // the black figures stay readable everywhere.
    QCPColorGradient gradient;
    gradient.clearColorStops();
    gradient.setColorStopAt(0.0, QColor(214, 96, 77));
    gradient.setColorStopAt(0.5, QColor(247, 247, 247));
    gradient.setColorStopAt(1.0, QColor(77, 175, 74));
    map->setGradient(gradient);
    map->setDataRange(QCPRange(0, 1));
    map->setInterpolate(false);
    map->setColorScale(m_scale);
    m_scale->setGradient(gradient);
    m_scale->setDataRange(QCPRange(0, 1));
    m_plot->xAxis->setTicker(categoryTicker(m_categories));
    m_plot->xAxis->setLabel(m_kind == QLatin1String("context") ? tr("context") : tr("known group"));
    m_plot->xAxis->setRange(0.5, c + 0.5);
    QStringList heads;
    for (int h = 0; h < k; ++h)
        heads << tr("head %1").arg(h);
    QSharedPointer<QCPAxisTickerText> yTicks(new QCPAxisTickerText);
    for (int h = 0; h < k; ++h)
        yTicks->addTick(h, heads[h]);
    m_plot->yAxis->setTicker(yTicks);
    m_plot->yAxis->setRange(-0.5, k - 0.5);
    m_plot->yAxis->setLabel(tr("head"));
    m_plot->replot();
}

QString HeadAccuracyView::csv() const
{
    QString text = QStringLiteral("head,") + m_kind + QStringLiteral(",accuracy,best\n");
    for (std::size_t h = 0; h < m_accuracy.size(); ++h)
        for (int j = 0; j < m_categories.size(); ++j)
            text += QStringLiteral("%1,%2,%3,%4\n")
                        .arg(h)
                        .arg(micro::core::csvField(m_categories[j]))
                        .arg(m_accuracy[h][std::size_t(j)], 0, 'g', 9)
                        .arg(std::size_t(j) < m_best.size() && m_best[std::size_t(j)] == int(h) ? 1 : 0);
    return text;
}

void HeadAccuracyView::showReason(const QString &reason)
{
    setMetrics({}, {});
    m_title->setText(reason);
    m_plot->replot();
}

} // namespace micro::ui
