#pragma once

// Internal to the EM fitter (emfitter.cpp): the E- and M-step kernels behind fitEm. Not part
// of the public API; nothing outside core/model includes this.

#include "emfitter.h"

#include <algorithm>
#include <cstddef>
#include <vector>

namespace micro::core::em {

// The model's parameters in double precision; router row 0 is the fixed reference (zero).
struct Params
{
    int k = 0, d = 0, p = 0;
    std::vector<double> heads;  // k x d
    std::vector<double> router; // k x (p + 1): weights then bias

    double *head(int j) { return heads.data() + std::size_t(j) * d; }
    const double *head(int j) const { return heads.data() + std::size_t(j) * d; }
    double *route(int j) { return router.data() + std::size_t(j) * (p + 1); }
    const double *route(int j) const { return router.data() + std::size_t(j) * (p + 1); }
};

// Holds the responsibilities (and the E-step's per-row router log-probabilities and head
// log-sigmoids) of one fit and runs the E- and M-steps on them. Sums over rows are taken per
// thread and added in thread order, so a fit is deterministic for a given thread count.
class EmEngine
{
public:
    EmEngine(const Dataset &data, const std::vector<int> &rows, const EmConfig &config);

    // All-zero parameters of the data's shape.
    Params zero() const;

    // E-step: router log-probabilities, head log-sigmoids, responsibilities; returns log L.
    double expectation(const Params &q);

    // Q for every head at once: Q_j = sum_i gamma_ij log sigmoid(w_j . d_i) - ridge/2 |w_j|^2.
    std::vector<double> headObjectives(const Params &q) const;

    // One Newton step per head (weighted logistic regressions), all heads in one pass over
    // the rows; checked: a head whose full step does not raise its Q is halved until it does.
    void maximiseHeads(Params &q, bool checked = true);

    // Solves each head's Newton system from the summed contributions and takes the step
    // (checked: halved until the head's Q does not fall).
    void applyHeads(Params &q, const double *sumData, bool checked);

    // Q for the router: sum_i sum_k gamma_ik log f_k(x_i) - ridge/2 |theta|^2.
    double routerObjective(const Params &q) const;

    // One Newton step (checked: with halving) for the multinomial router (class 0 fixed at zero).
    void maximiseRouter(Params &q, bool checked = true);

    // Heads and router from one pass over the rows (both use the same responsibilities),
    // full Newton steps; the caller checks them through the log-likelihood.
    void newtonStepAll(Params &q);

    void applyRouter(Params &q, const double *sum, bool checked);

    int threads() const { return m_threads; }
    // The responsibilities, n x k: a fit may start from its own (random) ones.
    std::vector<double> &gamma() { return m_gamma; }

private:
    static constexpr int kChunk = 64; // rows per blocked accumulation

    // Size of one head's Newton system in the summed buffer: D x D Hessian, D gradient, Q.
    std::size_t headBlock() const;
    // Size of the router's Newton system: F x F Hessian and F gradient, F = (K - 1)(P + 1).
    std::size_t routerBlock() const;

    // Rows [i0, i0 + count)'s contribution to every head's Newton system: Hessian (lower
    // triangle), gradient and, when asked, Q. The chunk is transposed first so that every
    // sum runs over contiguous rows and vectorises (the sums are X^T diag(c) X products).
    void accumulateHeads(const Params &q, int i0, int count, double *out, bool withQ,
                         std::vector<double> &scratch) const;

    // Row i's contribution to the router's Newton system (class 0 fixed): lower block
    // triangle of the Hessian, then the gradient. xt and f are scratch of p + 1 and k.
    void accumulateRouter(const Params &q, int i, double *out, double *xt, double *f) const;

    // The same for rows [i0, i0 + count), transposed like accumulateHeads so the sums over
    // rows vectorise.
    void accumulateRouterChunk(const Params &q, int i0, int count, double *out, std::vector<double> &scratch) const;

    // x + t * step for t = 1, 1/2, ... (8 tries) until the objective does not fall; else x.
    template <typename Objective>
    void newtonWithHalving(double *x, const std::vector<double> &step, int n, Objective objective)
    {
        const std::vector<double> start(x, x + n);
        const double before = objective(x);
        double t = 1.0;
        for (int attempt = 0; attempt < 8; ++attempt, t *= 0.5) {
            for (int i = 0; i < n; ++i)
                x[i] = start[std::size_t(i)] + t * step[std::size_t(i)];
            if (objective(x) >= before) return;
        }
        std::copy(start.begin(), start.end(), x); // no improvement: keep the old values
    }

    const Dataset &m_data;
    const std::vector<int> &m_rows;
    const EmConfig &m_config;
    int m_threads;
    int m_n;
    std::vector<double> m_gamma, m_logf, m_logSig; // declared in this order: the constructor sizes m_logf from m_gamma
};

// The fitted parameters as a MixtureModel with a linear router (single precision).
MixtureModel toModel(const Params &q);

} // namespace micro::core::em
