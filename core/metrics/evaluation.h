#pragma once

#include "data/dataset.h"
#include "model/mixturemodel.h"
#include "model/prediction.h"
#include "truthstats.h"

#include <QJsonObject>
#include <QStringList>
#include <optional>
#include <vector>

namespace micro::core {

// Everything METHOD.md's evaluation protocol asks of a Stage-1 fit on a set of rows.
struct RunEvaluation
{
    int rows = 0;
    double nll = 0;
    double accuracy = 0;
    std::vector<double> meanRouterWeight;
    QStringList contexts; // with accuracyByContext in the same order
    std::vector<double> accuracyByContext;
    QStringList groups; // known groups, with accuracyByGroup in the same order
    std::vector<double> accuracyByGroup;
    // K x G: accuracy of head k alone (Delta_k > 0) on the rows of known group g.
    std::vector<std::vector<double>> headGroupAccuracy;
    // K x C: accuracy of head k alone on the rows of context c, and the best head per context
    // (METHOD.md evaluation protocol: which head serves which attribute).
    std::vector<std::vector<double>> headContextAccuracy;
    std::vector<int> bestHeadByContext;
    // Mean router weight of each head over the rows of each context / known group (C x K,
    // G x K): which heads the router sends each subgroup to.
    std::vector<std::vector<double>> routerWeightByContext;
    std::vector<std::vector<double>> routerWeightByGroup;
    std::optional<double> ari, nmi; // hard assignments vs known groups
    // Synthetic data: cosine of each true head with its matched fitted head, and the mean.
    std::vector<double> headCosines;
    std::optional<double> headRecovery;
    std::optional<TruthStats> truth;
    std::optional<double> expectedCrossEntropy;

    QJsonObject toJson() const;
    // As stored with a run (its "validation" or "test" metrics); a missing figure reads as
    // NaN, a missing optional part as absent.
    static RunEvaluation fromJson(const QJsonObject &json);
};

RunEvaluation evaluateModel(const MixtureModel &model, const Dataset &data, const std::vector<int> &rows, int threads);

} // namespace micro::core
