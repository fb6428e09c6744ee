#include "onlinehedge.h"

#include "util/error.h"

#include <QString>
#include <algorithm>
#include <cmath>

namespace micro::core {

namespace {

void normaliseLog(std::vector<double> &logw)
{
    const double mx = *std::max_element(logw.begin(), logw.end());
    double sum = 0;
    for (double v : logw)
        sum += std::exp(v - mx);
    const double lse = mx + std::log(sum);
    for (double &v : logw)
        v -= lse;
}

} // namespace

OnlineHedge::OnlineHedge(int k, double eta) : OnlineHedge(std::vector<double>(std::size_t(std::max(1, k)), 1.0), eta) {}

OnlineHedge::OnlineHedge(const std::vector<double> &prior, double eta)
    : m_cumulativeHeadLoss(prior.size(), 0.0), m_eta(eta)
{
    if (prior.empty()) throw MicroError(ErrorCode::InvalidOption, QStringLiteral("k"), QStringLiteral("no heads"));
    if (!(eta > 0) || !std::isfinite(eta))
        throw MicroError(ErrorCode::InvalidOption, QStringLiteral("eta"),
                         QStringLiteral("%1 given, must be a positive number").arg(eta));
    for (double p : prior) {
        if (!(p > 0))
            throw MicroError(ErrorCode::InvalidOption, QStringLiteral("prior"),
                             QStringLiteral("weights must be positive"));
        m_logWeights.push_back(std::log(p));
    }
    normaliseLog(m_logWeights);
}

double OnlineHedge::tunedEta(int k, int horizon)
{
    return std::sqrt(8.0 * std::log(double(std::max(2, k))) / double(std::max(1, horizon)));
}

double OnlineHedge::regretBound(int k, int rounds)
{
    return std::sqrt(double(rounds) * std::log(double(std::max(1, k))) / 2.0);
}

double OnlineHedge::boundedLoss(double btLoss, double cap)
{
    return std::clamp(btLoss, 0.0, cap) / cap;
}

std::vector<double> OnlineHedge::weights() const
{
    std::vector<double> w(m_logWeights.size());
    for (std::size_t i = 0; i < w.size(); ++i)
        w[i] = std::exp(m_logWeights[i]);
    return w;
}

const OnlineHedge::Step &OnlineHedge::update(const std::vector<double> &headLoss)
{
    if (headLoss.size() != m_logWeights.size())
        throw MicroError(ErrorCode::ShapeMismatch, QStringLiteral("hedge"),
                         QStringLiteral("%1 losses for %2 heads").arg(headLoss.size()).arg(m_logWeights.size()));
    Step s;
    s.round = int(m_history.size()) + 1;
    s.weightsBefore = weights();
    s.headLoss = headLoss;
    for (std::size_t k = 0; k < headLoss.size(); ++k) {
        s.mixtureLoss += s.weightsBefore[k] * headLoss[k];
        m_cumulativeHeadLoss[k] += headLoss[k];
        m_logWeights[k] -= m_eta * headLoss[k];
    }
    normaliseLog(m_logWeights);
    m_cumulativeMixtureLoss += s.mixtureLoss;
    s.cumulativeMixtureLoss = m_cumulativeMixtureLoss;
    const auto best = std::min_element(m_cumulativeHeadLoss.begin(), m_cumulativeHeadLoss.end());
    s.bestHead = int(best - m_cumulativeHeadLoss.begin());
    s.bestHeadCumulativeLoss = *best;
    s.regret = s.cumulativeMixtureLoss - s.bestHeadCumulativeLoss;
    m_history.push_back(std::move(s));
    return m_history.back();
}

} // namespace micro::core
