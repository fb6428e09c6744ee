#include "evaluation.h"

#include "clustering.h"
#include "util/jsonvalues.h"

#include <QJsonArray>
#include <cmath>

namespace micro::core {

namespace {

// Accuracy per label value (labels indexed 0..names-1, -1 = none).
std::vector<double> accuracyPerLabel(const RowPredictions &pred, const std::vector<int> &label, int labels)
{
    std::vector<double> correct(std::size_t(labels), 0), count(std::size_t(labels), 0);
    const double logHalf = std::log(0.5);
    for (int i = 0; i < pred.count(); ++i) {
        const int l = label[std::size_t(pred.rows[std::size_t(i)])];
        if (l < 0) continue;
        count[std::size_t(l)] += 1;
        correct[std::size_t(l)] += pred.logLik[std::size_t(i)] > logHalf ? 1 : 0;
    }
    for (int l = 0; l < labels; ++l)
        correct[std::size_t(l)] = count[std::size_t(l)] > 0 ? correct[std::size_t(l)] / count[std::size_t(l)] : NAN;
    return correct;
}

// labels x width: the mean of value(i, j) over the prediction rows i of each label
// (NaN for a label without rows).
template <typename Value>
std::vector<std::vector<double>> meanPerLabel(const RowPredictions &pred, const std::vector<int> &label, int labels,
                                              int width, Value value)
{
    std::vector<std::vector<double>> sum(std::size_t(labels), std::vector<double>(std::size_t(width), 0.0));
    std::vector<double> count(std::size_t(labels), 0);
    for (int i = 0; i < pred.count(); ++i) {
        const int l = label[std::size_t(pred.rows[std::size_t(i)])];
        if (l < 0) continue;
        count[std::size_t(l)] += 1;
        for (int j = 0; j < width; ++j)
            sum[std::size_t(l)][std::size_t(j)] += value(i, j);
    }
    for (int l = 0; l < labels; ++l)
        for (double &v : sum[std::size_t(l)])
            v = count[std::size_t(l)] > 0 ? v / count[std::size_t(l)] : NAN;
    return sum;
}

// labels x K: mean router weight of each head over the rows of each label.
std::vector<std::vector<double>> routerWeightPerLabel(const RowPredictions &pred, const std::vector<int> &label,
                                                      int labels, int k)
{
    return meanPerLabel(pred, label, labels, k, [&](int i, int h) { return double(pred.routerWeights.row(i)[h]); });
}

// K x labels: accuracy of each head alone (Delta_k > 0) on the rows of each label.
std::vector<std::vector<double>> headAccuracyPerLabel(const RowPredictions &pred, const std::vector<int> &label,
                                                      int labels, int k)
{
    const auto byLabel =
        meanPerLabel(pred, label, labels, k, [&](int i, int h) { return pred.rewardDiff.row(i)[h] > 0 ? 1.0 : 0.0; });
    std::vector<std::vector<double>> out(static_cast<std::size_t>(k),
                                         std::vector<double>(static_cast<std::size_t>(labels)));
    for (int h = 0; h < k; ++h)
        for (int l = 0; l < labels; ++l)
            out[std::size_t(h)][std::size_t(l)] = byLabel[std::size_t(l)][std::size_t(h)];
    return out;
}

double cosine(const float *a, const float *b, int n)
{
    double ab = 0, aa = 0, bb = 0;
    for (int j = 0; j < n; ++j) {
        ab += double(a[j]) * b[j];
        aa += double(a[j]) * a[j];
        bb += double(b[j]) * b[j];
    }
    return aa > 0 && bb > 0 ? ab / std::sqrt(aa * bb) : 0.0;
}

} // namespace

QJsonObject RunEvaluation::toJson() const
{
    QJsonObject o{{QStringLiteral("rows"), rows},
                  {QStringLiteral("nll"), jsonNumber(nll)},
                  {QStringLiteral("accuracy"), jsonNumber(accuracy)},
                  {QStringLiteral("mean_router_weight"), jsonNumbers(meanRouterWeight)}};
    QJsonObject byContext, byGroup;
    for (int i = 0; i < contexts.size(); ++i)
        byContext.insert(contexts[i], jsonNumber(accuracyByContext[std::size_t(i)]));
    for (int i = 0; i < groups.size(); ++i)
        byGroup.insert(groups[i], jsonNumber(accuracyByGroup[std::size_t(i)]));
    if (!contexts.isEmpty()) {
        o.insert(QStringLiteral("accuracy_by_context"), byContext);
        o.insert(QStringLiteral("contexts"), QJsonArray::fromStringList(contexts));
        QJsonArray best;
        for (int b : bestHeadByContext)
            best.append(b);
        o.insert(QStringLiteral("head_context_accuracy"), jsonMatrix(headContextAccuracy));
        o.insert(QStringLiteral("router_weight_by_context"), jsonMatrix(routerWeightByContext));
        o.insert(QStringLiteral("best_head_by_context"), best);
    }
    if (!groups.isEmpty()) {
        o.insert(QStringLiteral("accuracy_by_group"), byGroup);
        o.insert(QStringLiteral("groups"), QJsonArray::fromStringList(groups));
        o.insert(QStringLiteral("head_group_accuracy"), jsonMatrix(headGroupAccuracy));
        o.insert(QStringLiteral("router_weight_by_group"), jsonMatrix(routerWeightByGroup));
    }
    if (ari) o.insert(QStringLiteral("ari"), jsonNumber(*ari));
    if (nmi) o.insert(QStringLiteral("nmi"), jsonNumber(*nmi));
    if (headRecovery) {
        o.insert(QStringLiteral("head_recovery"), jsonNumber(*headRecovery));
        o.insert(QStringLiteral("head_cosines"), jsonNumbers(headCosines));
    }
    if (truth) o.insert(QStringLiteral("truth"), truth->toJson());
    if (expectedCrossEntropy) o.insert(QStringLiteral("expected_cross_entropy"), jsonNumber(*expectedCrossEntropy));
    return o;
}

RunEvaluation RunEvaluation::fromJson(const QJsonObject &json)
{
    RunEvaluation ev;
    ev.rows = json.value(QStringLiteral("rows")).toInt();
    ev.nll = numberFromJson(json.value(QStringLiteral("nll")));
    ev.accuracy = numberFromJson(json.value(QStringLiteral("accuracy")));
    ev.meanRouterWeight = numbersFromJson(json.value(QStringLiteral("mean_router_weight")));
    // Per-name accuracies are stored keyed by name (JSON objects sort their keys): the
    // stored name list gives the order.
    ev.contexts = stringsFromJson(json.value(QStringLiteral("contexts")));
    const QJsonObject byContext = json.value(QStringLiteral("accuracy_by_context")).toObject();
    for (const QString &c : ev.contexts)
        ev.accuracyByContext.push_back(numberFromJson(byContext.value(c)));
    ev.headContextAccuracy = matrixFromJson(json.value(QStringLiteral("head_context_accuracy")));
    ev.routerWeightByContext = matrixFromJson(json.value(QStringLiteral("router_weight_by_context")));
    for (const QJsonValue &b : json.value(QStringLiteral("best_head_by_context")).toArray())
        ev.bestHeadByContext.push_back(b.toInt());
    ev.groups = stringsFromJson(json.value(QStringLiteral("groups")));
    const QJsonObject byGroup = json.value(QStringLiteral("accuracy_by_group")).toObject();
    for (const QString &g : ev.groups)
        ev.accuracyByGroup.push_back(numberFromJson(byGroup.value(g)));
    ev.headGroupAccuracy = matrixFromJson(json.value(QStringLiteral("head_group_accuracy")));
    ev.routerWeightByGroup = matrixFromJson(json.value(QStringLiteral("router_weight_by_group")));
    if (json.contains(QStringLiteral("ari"))) ev.ari = numberFromJson(json.value(QStringLiteral("ari")));
    if (json.contains(QStringLiteral("nmi"))) ev.nmi = numberFromJson(json.value(QStringLiteral("nmi")));
    if (json.contains(QStringLiteral("head_recovery"))) {
        ev.headRecovery = numberFromJson(json.value(QStringLiteral("head_recovery")));
        ev.headCosines = numbersFromJson(json.value(QStringLiteral("head_cosines")));
    }
    if (json.contains(QStringLiteral("truth")))
        ev.truth = TruthStats::fromJson(json.value(QStringLiteral("truth")).toObject());
    if (json.contains(QStringLiteral("expected_cross_entropy")))
        ev.expectedCrossEntropy = numberFromJson(json.value(QStringLiteral("expected_cross_entropy")));
    return ev;
}

RunEvaluation evaluateModel(const MixtureModel &model, const Dataset &data, const std::vector<int> &rows, int threads)
{
    const RowPredictions pred = predictRows(model, data, rows, threads);
    RunEvaluation ev;
    ev.rows = pred.count();
    ev.nll = pred.meanNll();
    ev.accuracy = pred.accuracy();
    ev.meanRouterWeight = pred.meanRouterWeight();

    const std::vector<int> contextIndex = data.contextIndices(&ev.contexts);
    ev.accuracyByContext = accuracyPerLabel(pred, contextIndex, int(ev.contexts.size()));

    ev.headContextAccuracy = headAccuracyPerLabel(pred, contextIndex, int(ev.contexts.size()), model.k());
    ev.routerWeightByContext = routerWeightPerLabel(pred, contextIndex, int(ev.contexts.size()), model.k());
    for (int c = 0; c < ev.contexts.size(); ++c) {
        int best = 0;
        for (int h = 1; h < model.k(); ++h)
            if (ev.headContextAccuracy[std::size_t(h)][std::size_t(c)] >
                ev.headContextAccuracy[std::size_t(best)][std::size_t(c)])
                best = h;
        ev.bestHeadByContext.push_back(best);
    }

    const std::vector<int> groupIndex = data.knownGroupIndices(&ev.groups);
    if (!ev.groups.isEmpty()) {
        ev.accuracyByGroup = accuracyPerLabel(pred, groupIndex, int(ev.groups.size()));
        ev.headGroupAccuracy = headAccuracyPerLabel(pred, groupIndex, int(ev.groups.size()), model.k());
        ev.routerWeightByGroup = routerWeightPerLabel(pred, groupIndex, int(ev.groups.size()), model.k());
        std::vector<int> known(std::size_t(pred.count()));
        for (int i = 0; i < pred.count(); ++i)
            known[std::size_t(i)] = groupIndex[std::size_t(pred.rows[std::size_t(i)])];
        const std::vector<int> hard = pred.hardAssignments();
        ev.ari = adjustedRandIndex(hard, known);
        ev.nmi = normalizedMutualInformation(hard, known);
    }

    if (data.truth) {
        const FeatureMatrix &trueHeads = data.truth->heads;
        std::vector<std::vector<double>> cos(std::size_t(trueHeads.rows), std::vector<double>(std::size_t(model.k())));
        for (int t = 0; t < trueHeads.rows; ++t)
            for (int h = 0; h < model.k(); ++h)
                cos[std::size_t(t)][std::size_t(h)] = cosine(trueHeads.row(t), model.head(h), model.headDim());
        const std::vector<int> match = matchMaxScore(cos);
        double sum = 0;
        for (int t = 0; t < trueHeads.rows; ++t) {
            const int h = match[std::size_t(t)];
            const double c = h >= 0 ? cos[std::size_t(t)][std::size_t(h)] : 0.0;
            ev.headCosines.push_back(c);
            sum += c;
        }
        ev.headRecovery = trueHeads.rows > 0 ? sum / trueHeads.rows : 0.0;
        ev.truth = computeTruthStats(data, rows, threads);
        ev.expectedCrossEntropy = expectedCrossEntropy(data, pred, threads);
    }
    return ev;
}

} // namespace micro::core
