#include "truthstats.h"

#include "data/contextfeatures.h"
#include "util/error.h"
#include "util/jsonvalues.h"

#include <cmath>

namespace micro::core {

namespace {

double binaryEntropy(double p)
{
    double h = 0;
    if (p > 0) h -= p * std::log(p);
    if (p < 1) h -= (1 - p) * std::log(1 - p);
    return h;
}

const SyntheticTruth &truthOf(const Dataset &data)
{
    if (!data.truth)
        throw MicroError(ErrorCode::InvalidOption, data.name, QStringLiteral("dataset has no ground truth"));
    return *data.truth;
}

// Per-group probability that the chosen response wins, with label noise.
double groupWinProbability(double delta, double noise)
{
    const double s = 1.0 / (1.0 + std::exp(-delta));
    return (1 - noise) * s + noise * (1 - s);
}

} // namespace

QJsonObject TruthStats::toJson() const
{
    return QJsonObject{{QStringLiteral("true_accuracy"), trueModelAccuracy},
                       {QStringLiteral("true_nll"), trueModelNll},
                       {QStringLiteral("rho"), rho},
                       {QStringLiteral("label_entropy"), labelEntropy},
                       {QStringLiteral("mean_group_variance"), meanGroupVariance},
                       {QStringLiteral("single_model_bound"), singleModelBound}};
}

TruthStats TruthStats::fromJson(const QJsonObject &json)
{
    TruthStats t;
    t.trueModelAccuracy = numberFromJson(json.value(QStringLiteral("true_accuracy")));
    t.trueModelNll = numberFromJson(json.value(QStringLiteral("true_nll")));
    t.rho = numberFromJson(json.value(QStringLiteral("rho")));
    t.labelEntropy = numberFromJson(json.value(QStringLiteral("label_entropy")));
    t.meanGroupVariance = numberFromJson(json.value(QStringLiteral("mean_group_variance")));
    t.singleModelBound = numberFromJson(json.value(QStringLiteral("single_model_bound")));
    return t;
}

MixtureModel trueModel(const SyntheticTruth &truth)
{
    const int k = truth.heads.rows;
    MixtureModel m(k, truth.heads.cols, truth.router.cols, MixtureModel::Router::Linear);
    std::vector<float> &p = m.parameters();
    std::copy(truth.heads.values.begin(), truth.heads.values.end(), p.begin());
    if (k > 1) std::copy(truth.router.values.begin(), truth.router.values.end(), p.begin() + long(m.w1Offset()));
    return m;
}

// The generating model's predictions; with contexts its router also reads the context.
RowPredictions truePredictions(const Dataset &data, const std::vector<int> &rows, int threads)
{
    const SyntheticTruth &truth = truthOf(data);
    const MixtureModel model = trueModel(truth);
    if (truth.router.cols == data.routerDim()) return predictRows(model, data, rows, threads);
    const Dataset contextual = withContextOneHot(data, truth.contextOrder);
    return predictRows(model, contextual, rows, threads);
}

TruthStats computeTruthStats(const Dataset &data, const std::vector<int> &rows, int threads)
{
    const SyntheticTruth &truth = truthOf(data);
    const RowPredictions pred = truePredictions(data, rows, threads);
    const int k = pred.posterior.cols;
    TruthStats st;
    st.rho = 1.0;
    double correct = 0, entropySum = 0, varianceSum = 0, nllSum = 0;
    for (int i = 0; i < pred.count(); ++i) {
        double pbar = 0, mean = 0, meanSq = 0;
        for (int j = 0; j < k; ++j) {
            const double f = pred.routerWeights.row(i)[j];
            const double m = groupWinProbability(pred.rewardDiff.row(i)[j], truth.labelNoise);
            pbar += f * m;
            mean += m / k;
            meanSq += m * m / k;
            entropySum += f * binaryEntropy(m);
            st.rho = std::min(st.rho, f);
        }
        correct += pbar > 0.5 ? 1 : 0;
        nllSum -= std::log(std::max(pbar, 1e-300)); // noisy labels: the generating P is pbar
        varianceSum += std::max(0.0, meanSq - mean * mean);
    }
    const double n = std::max(1, pred.count());
    st.trueModelAccuracy = correct / n;
    st.trueModelNll = nllSum / n;
    st.labelEntropy = entropySum / n;
    st.meanGroupVariance = varianceSum / n;
    st.singleModelBound = 2 * st.rho * k * st.meanGroupVariance + st.labelEntropy;
    return st;
}

double expectedCrossEntropy(const Dataset &data, const RowPredictions &predictions, int threads)
{
    const SyntheticTruth &truth = truthOf(data);
    const RowPredictions gen = truePredictions(data, predictions.rows, threads);
    double total = 0;
    for (int i = 0; i < gen.count(); ++i) {
        double pbar = 0;
        for (int j = 0; j < gen.routerWeights.cols; ++j)
            pbar += gen.routerWeights.row(i)[j] * groupWinProbability(gen.rewardDiff.row(i)[j], truth.labelNoise);
        const double logQ = predictions.logLik[std::size_t(i)];
        // log(1 - q) from log q without cancellation.
        const double log1mQ = logQ > -0.693 ? std::log(-std::expm1(logQ)) : std::log1p(-std::exp(logQ));
        total -= pbar * logQ + (1 - pbar) * log1mQ;
    }
    return total / std::max(1, gen.count());
}

} // namespace micro::core
