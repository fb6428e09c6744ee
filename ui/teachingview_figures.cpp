// TeachingView's figures: each scenario's result drawn, and the Hedge session of scenario 4.
#include "teachingview.h"

#include "errortext.h"
#include "plotview.h"
#include "teachingfigure.h"
#include "teachingviewinternals.h"

#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>
#include <algorithm>
#include <cmath>

namespace micro::ui {

using micro::core::OnlineHedge;
using namespace micro::core; // the teaching scenarios (core/jobs/teachingscenario.h)
using teachingviewinternal::fixed;

namespace {

const QColor kSingleColour = PlotView::seriesColour(0);
const QColor kMicroColour = PlotView::seriesColour(2);
const QColor kTruthColour(110, 110, 110);
const QColor kBoundColour = PlotView::seriesColour(3);

QString percent(double share)
{
    return QString::number(100.0 * share, 'f', 1);
}

// Half-width of a 95 % normal interval for an accuracy measured on n pairs.
double accuracyError(double p, int n)
{
    return n > 0 ? 1.96 * std::sqrt(std::max(0.0, p * (1 - p)) / n) : 0.0;
}

QVector<double> epochAxis(const std::vector<micro::core::EpochMetrics> &epochs)
{
    QVector<double> x;
    for (const auto &e : epochs)
        x << e.epoch;
    return x;
}

template <typename Field> QVector<double> epochValues(const std::vector<micro::core::EpochMetrics> &epochs, Field field)
{
    QVector<double> y;
    for (const auto &e : epochs)
        y << e.*field;
    return y;
}

// Room above the data for the legend, which sits in the panel's top corner.
void fitWithLegendRoom(TeachingFigure::Panel &panel, double floor = -INFINITY)
{
    double lo = INFINITY, hi = -INFINITY;
    for (const auto &s : panel.series)
        for (double y : s.y)
            if (std::isfinite(y)) {
                lo = std::min(lo, y);
                hi = std::max(hi, y);
            }
    if (!(lo <= hi)) return;
    const double span = std::max(hi - lo, 0.02);
    panel.yMin = std::max(floor, lo - 0.08 * span);
    panel.yMax = hi + 0.6 * span;
}

} // namespace

// --- figures -------------------------------------------------------------------------

void TeachingView::render()
{
    if (!m_shown) return;
    const TeachingOutcome &o = *m_shown;
    if (o.error) {
        const QString message = errorText(*o.error);
        m_figure->showMessage(message);
        m_figures->setText(message);
        return;
    }
    switch (o.scenario) {
    case TeachingScenario::OneGroup:
        renderOneGroup(o);
        break;
    case TeachingScenario::OpposedGroups:
        renderOpposed(o);
        break;
    case TeachingScenario::RouterLearns:
        renderRouter(o);
        break;
    case TeachingScenario::HedgeAdapts:
        renderHedge(o);
        break;
    }
}

void TeachingView::renderOneGroup(const TeachingOutcome &o)
{
    const int n = o.validationRows;
    const double single = o.single.accuracy, micro = o.micro.accuracy, truth = o.truth.trueModelAccuracy;
    auto bar = [n](const QString &label, double accuracy, const QColor &colour) {
        TeachingFigure::Bar b;
        b.label = label;
        b.value = accuracy;
        b.error = accuracyError(accuracy, n);
        b.valueText = tr("%1 %").arg(percent(accuracy));
        b.colour = colour;
        return b;
    };
    const QString microName = tr("MiCRo (K = %1)").arg(o.micro.heads);
    m_figure->showBars(tr("Validation accuracy (groups in the data: %1)").arg(o.settings.groups),
                       tr("validation accuracy"),
                       {bar(tr("single BT"), single, kSingleColour), bar(microName, micro, kMicroColour),
                        bar(tr("true model"), truth, kTruthColour)},
                       0.0, 1.1);

    // A tie is a difference within two standard errors of the difference of two accuracies.
    const double gap = 100.0 * (micro - single);
    const double noise = 100.0 * 2.0 * std::sqrt((single * (1 - single) + micro * (1 - micro)) / std::max(1, n));
    QString verdict;
    if (std::abs(gap) <= noise)
        verdict = tr("a tie: the difference of %1 points is within sampling error (±%2)")
                      .arg(fixed(std::abs(gap), 1), fixed(noise, 1));
    else if (gap > 0)
        verdict = tr("MiCRo ahead by %1 points (sampling error ±%2)").arg(fixed(gap, 1), fixed(noise, 1));
    else
        verdict = tr("single BT ahead by %1 points (sampling error ±%2)").arg(fixed(-gap, 1), fixed(noise, 1));
    m_figures->setText(tr("Validation accuracy on %1 pairs: single BT %2 % · %3 %4 % · true model %5 % · %6")
                           .arg(n)
                           .arg(percent(single), microName, percent(micro), percent(truth), verdict));
}

void TeachingView::renderOpposed(const TeachingOutcome &o)
{
    using micro::core::EpochMetrics;
    const double lastEpoch = o.single.epochs.empty() ? 1.0 : double(o.single.epochs.back().epoch);
    const QString microName = tr("MiCRo (K = %1)").arg(o.micro.heads);
    TeachingFigure::Panel panel;
    panel.yLabel = tr("negative log-likelihood");
    const QVector<double> x = epochAxis(o.single.epochs);
    panel.series.push_back({tr("single BT, training"), x, epochValues(o.single.epochs, &EpochMetrics::trainNll),
                            kSingleColour.lighter(150), Qt::SolidLine, true});
    panel.series.push_back({tr("single BT, validation"), x, epochValues(o.single.epochs, &EpochMetrics::valNll),
                            kSingleColour, Qt::SolidLine, true});
    panel.series.push_back({tr("%1, validation").arg(microName), epochAxis(o.micro.epochs),
                            epochValues(o.micro.epochs, &EpochMetrics::valNll), kMicroColour, Qt::SolidLine, true});
    panel.series.push_back(TeachingFigure::level(tr("floor for any single model"), o.truth.singleModelBound, 0.5,
                                                 lastEpoch + 0.5, kBoundColour));
    panel.series.push_back(TeachingFigure::level(tr("true model, validation"), o.truth.trueModelNll, 0.5,
                                                 lastEpoch + 0.5, kTruthColour, Qt::DotLine));
    fitWithLegendRoom(panel, 0.0);
    m_figure->showPanels(tr("Negative log-likelihood per epoch against the single-model floor"), tr("epoch"), 0.5,
                         lastEpoch + 0.5, {panel});

    const QString cosine = std::isnan(o.headCosine) ? tr("n/a with one group") : fixed(o.headCosine, 2);
    m_figures->setText(tr("Floor for any single model %1 = H %2 + 2ρK·E[Var] %3 (ρ = %4) · "
                          "single BT: validation NLL %5, expected cross-entropy %6 · "
                          "%7: validation NLL %8, expected cross-entropy %9 · "
                          "true model: validation NLL %10, expected cross-entropy %11 · "
                          "cosine of the true heads %12")
                           .arg(fixed(o.truth.singleModelBound), fixed(o.truth.labelEntropy),
                                fixed(o.truth.singleModelBound - o.truth.labelEntropy), fixed(o.truth.rho),
                                fixed(o.single.nll), fixed(o.single.expectedCrossEntropy), microName,
                                fixed(o.micro.nll), fixed(o.micro.expectedCrossEntropy))
                           .arg(fixed(o.truth.trueModelNll), fixed(o.trueExpectedCrossEntropy), cosine));
}

void TeachingView::renderRouter(const TeachingOutcome &o)
{
    using micro::core::EpochMetrics;
    const double lastEpoch = o.micro.epochs.empty() ? 1.0 : double(o.micro.epochs.back().epoch);
    const QString microName = tr("MiCRo (K = %1)").arg(o.micro.heads);
    TeachingFigure::Panel panel;
    panel.yLabel = tr("validation accuracy");
    panel.series.push_back({microName, epochAxis(o.micro.epochs),
                            epochValues(o.micro.epochs, &EpochMetrics::valAccuracy), kMicroColour, Qt::SolidLine,
                            true});
    panel.series.push_back({tr("single BT"), epochAxis(o.single.epochs),
                            epochValues(o.single.epochs, &EpochMetrics::valAccuracy), kSingleColour, Qt::SolidLine,
                            true});
    panel.series.push_back(
        TeachingFigure::level(tr("true model"), o.truth.trueModelAccuracy, 0.5, lastEpoch + 0.5, kTruthColour));
    fitWithLegendRoom(panel);
    panel.yMax = std::min(panel.yMax, 1.05);
    m_figure->showPanels(tr("Validation accuracy per epoch"), tr("epoch"), 0.5, lastEpoch + 0.5, {panel});

    const QString ari = o.settings.groups < 2 || !o.micro.ari ? tr("n/a with one group") : fixed(*o.micro.ari, 2);
    m_figures->setText(tr("Validation accuracy on %1 pairs: %2 %3 % · single BT %4 % · true model %5 % · "
                          "ARI of MiCRo's assignments vs the true groups %6")
                           .arg(o.validationRows)
                           .arg(microName, percent(o.micro.accuracy), percent(o.single.accuracy),
                                percent(o.truth.trueModelAccuracy), ari));
}

void TeachingView::renderHedge(const TeachingOutcome &o)
{
    const int k = o.settings.groups;
    const int horizon = int(o.roundLosses.size());
    const int round = m_hedge ? int(m_hedge->history().size()) : 0;
    const double bound = OnlineHedge::regretBound(k, horizon);

    TeachingFigure::Panel weights;
    weights.yLabel = tr("head weight");
    weights.yMin = 0;
    weights.yMax = 1.02;
    weights.legendAlignment = Qt::AlignRight | Qt::AlignVCenter;
    QVector<double> x;
    for (int t = 0; t < int(m_weightTrail.size()); ++t)
        x << t;
    for (int h = 0; h < k; ++h) {
        QVector<double> y;
        for (const auto &w : m_weightTrail)
            y << w[std::size_t(h)];
        const QString name = h == o.labellerGroup ? tr("head %1 (the rater's group)").arg(h) : tr("head %1").arg(h);
        weights.series.push_back({name, x, y, PlotView::seriesColour(h), Qt::SolidLine, false});
    }

    TeachingFigure::Panel regret;
    regret.yLabel = tr("regret");
    regret.legendAlignment = Qt::AlignLeft | Qt::AlignTop;
    QVector<double> r{0.0};
    if (m_hedge)
        for (const auto &step : m_hedge->history())
            r << step.regret;
    regret.series.push_back({tr("Hedge's regret"), x, r, kSingleColour, Qt::SolidLine, false});
    regret.series.push_back(
        TeachingFigure::level(tr("bound √(T ln K / 2), T = %1").arg(horizon), bound, 0, horizon, kBoundColour));
    regret.yMin = 0;
    regret.yMax = std::max(1.0, std::max(bound, *std::max_element(r.begin(), r.end())) * 1.6);

    m_figure->showPanels(tr("Hedge over the true heads (K = %1) on the labels of group %2").arg(k).arg(o.labellerGroup),
                         tr("labelled comparisons"), 0, std::max(1, horizon), {weights, regret});

    QStringList shares;
    const std::vector<double> &w = m_weightTrail.back();
    for (int h = 0; h < k; ++h)
        shares << tr("head %1 %2").arg(h).arg(fixed(w[std::size_t(h)], 2));
    QString text = tr("Round %1 of %2 · weights: %3 · regret %4 ≤ bound %5 (η = %6)")
                       .arg(round)
                       .arg(horizon)
                       .arg(shares.join(QStringLiteral(", ")), fixed(r.back(), 2), fixed(bound, 2),
                            fixed(m_hedge ? m_hedge->eta() : 0.0, 3));
    if (m_hedge && round > 0)
        text += tr(" · best head so far: head %1 · the rater belongs to group %2")
                    .arg(m_hedge->history().back().bestHead)
                    .arg(o.labellerGroup);
    m_figures->setText(text);
}

// --- the Hedge session ---------------------------------------------------------------

void TeachingView::resetHedge()
{
    m_hedge.reset();
    m_weightTrail.clear();
    if (!m_shown || m_shown->error || m_shown->scenario != TeachingScenario::HedgeAdapts) return;
    // Uniform start and eta tuned to the session's length: the textbook bound's setting.
    const int k = m_shown->settings.groups;
    m_hedge.emplace(k, OnlineHedge::tunedEta(k, int(m_shown->roundLosses.size())));
    m_weightTrail.push_back(m_hedge->weights());
}

bool TeachingView::hedgeFinished() const
{
    return !m_hedge || m_hedge->history().size() >= m_shown->roundLosses.size();
}

void TeachingView::stepHedge()
{
    if (!m_hedge || !m_shown || hedgeFinished() || isBusy()) {
        m_play->setChecked(false);
        return;
    }
    m_hedge->update(m_shown->roundLosses[m_hedge->history().size()]);
    m_weightTrail.push_back(m_hedge->weights());
    render();
    if (hedgeFinished()) m_play->setChecked(false);
    updateHedgeControls();
}

void TeachingView::setPlaying(bool on)
{
    if (on && m_hedge && hedgeFinished()) { // Play at the end starts the session again
        resetHedge();
        render();
    }
    if (on && m_hedge)
        m_playTimer.start();
    else
        m_playTimer.stop();
    m_play->setText(m_playTimer.isActive() ? tr("Pa&use") : tr("Pla&y"));
    if (on && !m_playTimer.isActive()) {
        const QSignalBlocker block(m_play);
        m_play->setChecked(false); // nothing to play
    }
    updateHedgeControls();
}

void TeachingView::updateHedgeControls()
{
    const bool ready = m_hedge.has_value() && !isBusy();
    m_step->setEnabled(ready && !hedgeFinished());
    m_play->setEnabled(ready);
    m_reset->setEnabled(ready && !m_hedge->history().empty());
}

} // namespace micro::ui
