#pragma once

#include "data/sparsematrix.h"
#include "stage1config.h"

#include <QJsonObject>
#include <vector>

namespace micro::core {

// Parameters of the Stage-1 model of METHOD.md: K linear Bradley-Terry heads (no bias)
// and a router f(x) = softmax(g(psi(x))). All parameters live in one flat vector so the
// optimiser, gradient buffers and storage treat them alike; the offsets say where each
// block sits.
class MixtureModel
{
public:
    enum class Router
    {
        None,   // K = 1: f = 1, no parameters (single BT)
        Static, // free logits, no input (static mixture)
        Linear, // g(psi) = A psi + b
        Mlp,    // g(psi) = W2 relu(W1 psi + b1) + b2
    };

    MixtureModel() = default;
    MixtureModel(int k, int headDim, int routerDim, Router router, int hidden = 128);
    static MixtureModel forConfig(const Stage1Config &config, int headDim, int routerDim);

    // PyTorch nn.Linear's default: U(-1/sqrt(fan_in), 1/sqrt(fan_in)) for weights and biases.
    void initialise(quint64 seed);

    // The same model with head `j` and its router logit taken out (K >= 2): the other
    // heads keep their weights and the router its shares among them, renormalised. A start
    // for K - 1 heads from a fit with K (select-k's pruned starts).
    MixtureModel withoutHead(int j) const;
    // The same model with one more head, seeded like initialise(seed), which the router
    // gives a small share (about e^-3 of the others' least): the fit starts where K - 1
    // heads ended and moves rows to the new head only where that pays (select-k's grown
    // starts). A single head gains a linear router.
    MixtureModel withExtraHead(quint64 seed) const;

    int k() const { return m_k; }
    int headDim() const { return m_d; }
    int routerDim() const { return m_p; }
    int hidden() const { return m_hidden; }
    Router router() const { return m_router; }
    std::size_t parameterCount() const { return m_params.size(); }
    std::vector<float> &parameters() { return m_params; }
    const std::vector<float> &parameters() const { return m_params; }

    const float *head(int k) const { return m_params.data() + std::size_t(k) * m_d; }
    // Router blocks (empty for None; Static uses b2 as its K logits).
    std::size_t w1Offset() const { return m_w1; }
    std::size_t b1Offset() const { return m_b1; }
    std::size_t w2Offset() const { return m_w2; }
    std::size_t b2Offset() const { return m_b2; }

    // Layout (kinds and sizes) for storage; parameters go separately as a blob.
    QJsonObject layoutJson() const;
    static MixtureModel fromLayout(const QJsonObject &layout, std::vector<float> parameters);

    // Per-row scratch space, sized once per thread.
    struct Scratch
    {
        std::vector<float> delta, sigmoid, logf, prob, gamma, hiddenPre, hiddenAct, gradHidden;
        // Per-row backward coefficients of a batch (rows x K, rows x K, rows x hidden).
        std::vector<float> headCoef, logitCoef, hiddenCoef;
        std::vector<float> routerDots;                  // one row's psi dot products
        std::vector<float> batchDelta, batchRouterDots; // a batch's dot products
        // A batch's finished rows (rows x K each): as sigmoid, logf, prob, gamma above.
        std::vector<float> batchSigmoid, batchLogf, batchProb, batchGamma;
        std::vector<float> work; // rows x K + 2 rows floats for finishRows
        std::vector<double> batchLogLik;
    };
    Scratch makeScratch() const;

    // Forward pass for one comparison: fills s.delta (K reward differences), s.sigmoid
    // (their sigmoids), s.logf and s.prob (log and plain router weights) and s.gamma
    // (posterior responsibilities); returns log P(a_w > a_l).
    double forwardRow(const float *diff, const float *psi, Scratch &s) const;

    // Forward + backward for one row of a mini-batch. Adds `scale` times the gradient of
    // [-log P + alpha * sum_k f_k log f_k] to `grad` (same layout as parameters()).
    // Returns the row's loss; *logLik receives log P(a_w > a_l).
    double accumulateRowGradient(const float *diff, const float *psi, float alpha, float scale, float *grad, Scratch &s,
                                 double *logLik) const;

    // Dot products for `count` rows at once (blocked so weights are read once per batch)
    // into s.batchDelta and s.batchRouterDots; finishBatch does the rest.
    void forwardBatch(const float *const *diffs, const float *const *psis, int count, Scratch &s,
                      const float *const *prefetchDiffs = nullptr, const float *const *prefetchPsis = nullptr,
                      int prefetchCount = 0) const;
    // The rest of the forward pass for the `count` rows of the last forwardBatch: fills
    // s.batchSigmoid, batchLogf, batchProb and batchGamma (count x K, as forwardRow's) and
    // s.batchLogLik (count).
    void finishBatch(int count, Scratch &s) const;

    // The same for `count` rows at once (one thread's share of a mini-batch): returns the
    // summed loss, *logLik the summed log-likelihood. The weight gradients are added in
    // feature blocks, which keeps the gradient buffer in L1 instead of streaming it per row.
    // `prefetchDiffs`/`prefetchPsis` (may be null) name up to `count` rows wanted next: each
    // is requested from memory while a row of this batch is computed, so that the wait for
    // memory overlaps arithmetic instead of stalling it.
    double accumulateBatchGradient(const float *const *diffs, const float *const *psis, int count, float alpha,
                                   float scale, float *grad, Scratch &s, double *logLik,
                                   const float *const *prefetchDiffs = nullptr,
                                   const float *const *prefetchPsis = nullptr, int prefetchCount = 0) const;

    // The same for sparse rows (hashed text features): dot products run over the non-zeros
    // only, and the gradient is added to the touched columns only.
    double forwardSparseRow(SparseRow diff, SparseRow psi, Scratch &s) const;
    double accumulateSparseRowGradient(SparseRow diff, SparseRow psi, float alpha, float scale, float *grad, Scratch &s,
                                       double *logLik) const;

private:
    int routerDotCount() const; // dot products of psi the router needs: K, hidden or 0
    void routerLogits(const float *routerDots, Scratch &s, float *logits) const;
    double finishRow(const float *routerDots, Scratch &s) const;
    // The forward pass after the dot products, for `count` rows of K values each: delta
    // holds Delta_k and logf the router logits (overwritten by log f). Fills sigmoid, prob,
    // gamma and logLik[count] (log P(a_w > a_l)); `work` holds count x K + 2 count floats.
    // The transcendental functions run over whole arrays (vectormath.h); a row's numbers
    // do not depend on `count`.
    void finishRows(int count, const float *delta, float *logf, float *sigmoid, float *prob, float *gamma,
                    double *logLik, float *work) const;
    // One row: s.delta and s.logf in, as finishRows; returns log P(a_w > a_l).
    double finishFromLogits(Scratch &s) const;
    // One finished row's K-vectors, as forwardRow leaves them in Scratch.
    struct RowView
    {
        const float *sigmoid, *logf, *prob, *gamma;
    };
    // Backward coefficients of one finished row: d loss / d Delta_k into headCoef[K] and
    // d loss / d logit_k into logitCoef[K], both times `scale`; returns the row's loss.
    double rowBackward(double logLik, float alpha, float scale, RowView row, float *headCoef, float *logitCoef) const;
    double rowBackward(double logLik, float alpha, float scale, const Scratch &s, float *headCoef,
                       float *logitCoef) const;
    // The router's gradient from one row's logit coefficients `gz`: biases, and for an MLP
    // the output layer and the hidden units' coefficients (into hiddenCoef[hidden]). The
    // first layer's weights are left to the caller (blocked over a batch, or sparse).
    void routerBackward(const float *gz, float *grad, Scratch &s, float *hiddenCoef) const;

    int m_k = 0, m_d = 0, m_p = 0, m_hidden = 0;
    Router m_router = Router::None;
    std::size_t m_w1 = 0, m_b1 = 0, m_w2 = 0, m_b2 = 0;
    std::vector<float> m_params;
};

} // namespace micro::core
