#pragma once

#include <vector>

namespace micro::core {

// One context's routing weights updated by Hedge (multiplicative weights) after every new
// label: pi_k <- pi_k exp(-eta l_k) / Z, kept in log space. Tracks the mixture's
// cumulative loss against the best single head in hindsight (regret), as METHOD.md's online
// form of Stage 2. Losses are used as given: pass them through boundedLoss() for the
// textbook guarantee regret <= sqrt(T ln K / 2) with eta = tunedEta(K, T).
class OnlineHedge
{
public:
    struct Step
    {
        int round = 0;                     // 1-based
        std::vector<double> weightsBefore; // pi used for this round's prediction
        std::vector<double> headLoss;      // l_k of this round
        double mixtureLoss = 0;            // sum_k pi_k l_k
        double cumulativeMixtureLoss = 0;
        double bestHeadCumulativeLoss = 0; // min_k sum_t l_k
        int bestHead = 0;
        double regret = 0; // cumulative mixture loss - best head's
    };

    OnlineHedge(int k, double eta);
    // From given starting weights (e.g. the Stage-1 router's mean for the context). The
    // regret bound below assumes the uniform start; from a prior pi, ln K becomes
    // ln(1 / pi_best), the best head's prior weight.
    OnlineHedge(const std::vector<double> &prior, double eta);

    static double tunedEta(int k, int horizon);   // sqrt(8 ln K / T)
    static double regretBound(int k, int rounds); // sqrt(T ln K / 2)
    // The BT loss -log sigmoid(Delta) is unbounded; min(loss, cap) / cap is in [0, 1].
    static double boundedLoss(double btLoss, double cap = 1.0);

    const Step &update(const std::vector<double> &headLoss);
    std::vector<double> weights() const;
    int k() const { return int(m_logWeights.size()); }
    double eta() const { return m_eta; }
    const std::vector<Step> &history() const { return m_history; }

private:
    std::vector<double> m_logWeights;
    std::vector<double> m_cumulativeHeadLoss;
    double m_cumulativeMixtureLoss = 0;
    double m_eta;
    std::vector<Step> m_history;
};

} // namespace micro::core
