#pragma once

#include "data/dataset.h"
#include "model/mixturemodel.h"
#include "model/prediction.h"
#include "util/canceltoken.h"

#include <QJsonObject>
#include <QStringList>
#include <vector>

namespace micro::core {

// Stage 2 of METHOD.md: heads frozen, the router re-trained on psi(x, c) from a few
// labelled pairs per context, towards one-step Hedge targets
//   w_ik = softmax_k(log f_k(x_i, c_i) - L_ik / tau),  L_ik = -log sigmoid(Delta_ik),
// recomputed at the start of every epoch, by minimising -(1/B) sum_i sum_k w_ik log f_ik.
struct Stage2Config
{
    // Defaults that gain on real data (issue 11's diagnosis). With the paper's tau = 1e-3 the
    // targets are one-hot on whichever head explains each single pair best; on real text that
    // is mostly noise, and with the prompt block trainable (2^18 hashed columns) the router
    // memorises it per prompt (training loss -> 0, held-out flat), while the 40 or so AdamW
    // steps of 10 epochs at lr 0.01 move the context logits by at most 0.4 nats. So by
    // default: tau = 1 (targets are the posterior responsibilities, i.e. EM for the router:
    // the mixture likelihood of the labels is maximised), only the context columns and the
    // biases are learned (K (C + 1) numbers, the Stage-1 prompt routing kept), a Gaussian
    // prior pulls them towards the Stage-1 router (strong with few labels, fading with many),
    // and the fit runs to convergence. The paper's setting: --tau 0.001 --all-router-weights
    // --epochs 10 --prior 0.
    double tau = 1.0; // paper: 1e-3 (HelpSteer2), 1e-4 (RPR)
    int epochs = 100;
    int batch = 32;
    double lr = 0.05; // AdamW, constant (the paper does not state one for Stage 2)
    int budget = 50;  // labelled pairs per context
    quint64 seed = 0;
    int threads = 0;
    // false: keep the Stage-1 router's prompt weights and learn only the context columns
    // and biases (K (C + 1) numbers instead of K (P + C + 1)): less to fit from few labels.
    // Needs a linear Stage-1 router on the same features; otherwise every weight is trained.
    bool trainPromptWeights = false;
    // Weight of the prior: the loss is the mean cross-entropy to the targets plus
    // prior / n times the squared distance of the trained weights from where they started.
    double prior = 1.0;

    void validate() const; // throws MicroError(InvalidOption)
    QJsonObject toJson() const;
    // As stored with a child run (keys it lacks keep their defaults; a HyRe child stores
    // only the budget and seed).
    static Stage2Config fromJson(const QJsonObject &json);
};

struct ContextOutcome
{
    QString context;
    int labelled = 0;                    // pairs used for adaptation
    int evaluated = 0;                   // held-out pairs scored
    double before = 0;                   // Stage-1 model's accuracy on them
    double after = 0;                    // adapted router's
    std::vector<double> meanWeightAfter; // mean router weight per head on them
};

struct Stage2Result
{
    MixtureModel model;       // the parent's heads with the adapted router over psi(x, c)
    QStringList contextOrder; // order of the context one-hot in the router input
    std::vector<ContextOutcome> contexts;
    int evaluated = 0;
    double accuracyBefore = 0;
    double accuracyAfter = 0;
    std::vector<double> epochLoss; // cross-entropy to the targets, per epoch
    bool cancelled = false;

    QJsonObject toJson() const;
};

// Accuracy of predictions per context (contexts in `order`; NaN where a context has no
// row), with each context's row count.
void accuracyByContext(const RowPredictions &pred, const Dataset &data, const QStringList &order,
                       std::vector<double> *accuracy, std::vector<int> *count);

// `perContext` rows of each context, drawn without replacement (seeded) from `pool`
// (all of a context's rows when it has fewer).
std::vector<int> sampleBudget(const Dataset &data, const std::vector<int> &pool, int perContext, quint64 seed);

// Adapts the router of `parent` (a Stage-1 fit with K >= 2 on `data`) with the `labelled`
// rows and scores before/after on the `evaluation` rows. The router input is the prompt
// features followed by a one-hot of the context (data.sortedContexts()).
Stage2Result adaptRouter(const MixtureModel &parent, const Dataset &data, const std::vector<int> &labelled,
                         const std::vector<int> &evaluation, const Stage2Config &config,
                         const CancelToken *cancel = nullptr);

// HyRe (Lee et al. 2024): per context, weights softmax_k(-sum_i L_ik) over its labelled
// pairs from a uniform prior, the same for every prompt of that context.
struct HyReResult
{
    QStringList contexts;
    std::vector<std::vector<double>> weights; // per context, per head
    std::vector<double> accuracy;             // per context, on the evaluation rows
    double overall = 0;
    int evaluated = 0;
    QJsonObject toJson() const;
};
HyReResult hyre(const MixtureModel &parent, const Dataset &data, const std::vector<int> &labelled,
                const std::vector<int> &evaluation);

} // namespace micro::core
