#include "prediction.h"

#include "util/error.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace micro::core {

double RowPredictions::meanNll() const
{
    if (logLik.empty()) return 0.0;
    double s = 0;
    for (double v : logLik)
        s -= v;
    return s / double(logLik.size());
}

double RowPredictions::accuracy() const
{
    if (logLik.empty()) return 0.0;
    const double logHalf = std::log(0.5);
    std::size_t correct = 0;
    for (double v : logLik)
        correct += v > logHalf ? 1 : 0;
    return double(correct) / double(logLik.size());
}

std::vector<double> RowPredictions::meanRouterWeight() const
{
    std::vector<double> mean(std::size_t(routerWeights.cols), 0.0);
    for (int i = 0; i < routerWeights.rows; ++i)
        for (int k = 0; k < routerWeights.cols; ++k)
            mean[std::size_t(k)] += routerWeights.row(i)[k];
    for (double &m : mean)
        m /= std::max(1, routerWeights.rows);
    return mean;
}

std::vector<int> RowPredictions::hardAssignments() const
{
    std::vector<int> out(std::size_t(posterior.rows), 0);
    for (int i = 0; i < posterior.rows; ++i) {
        const float *g = posterior.row(i);
        out[std::size_t(i)] = int(std::max_element(g, g + posterior.cols) - g);
    }
    return out;
}

RowPredictions predictRows(const MixtureModel &model, const Dataset &data, const std::vector<int> &rows, int threads)
{
    if (model.headDim() != data.headDim() ||
        (model.routerDim() != data.routerDim() && model.router() != MixtureModel::Router::None &&
         model.router() != MixtureModel::Router::Static))
        throw MicroError(ErrorCode::ShapeMismatch, data.name,
                         QStringLiteral("model reads %1 + %2 features, the data has %3 + %4")
                             .arg(model.headDim())
                             .arg(model.routerDim())
                             .arg(data.headDim())
                             .arg(data.routerDim()));
    const int n = int(rows.size());
    const int k = model.k();
    RowPredictions out;
    out.rows = rows;
    out.logLik.assign(std::size_t(n), 0.0);
    out.posterior = FeatureMatrix(n, k);
    out.routerWeights = FeatureMatrix(n, k);
    out.rewardDiff = FeatureMatrix(n, k);
    constexpr int kChunk = 16; // rows per blocked forward pass
    const int chunks = (n + kChunk - 1) / kChunk;
#pragma omp parallel num_threads(threads)
    {
        MixtureModel::Scratch s = model.makeScratch();
        const float *diffs[kChunk], *psis[kChunk];
#pragma omp for schedule(static)
        for (int c = 0; c < chunks; ++c) {
            const int begin = c * kChunk, count = std::min(kChunk, n - begin);
            if (!data.isSparse()) {
                for (int i = 0; i < count; ++i) {
                    diffs[i] = data.diff.row(rows[std::size_t(begin + i)]);
                    psis[i] = data.router.row(rows[std::size_t(begin + i)]);
                }
                model.forwardBatch(diffs, psis, count, s);
                model.finishBatch(count, s);
            }
            for (int i = 0; i < count; ++i) {
                const int o = begin + i;
                const int r = rows[std::size_t(o)];
                const float *gamma = s.gamma.data(), *prob = s.prob.data(), *delta = s.delta.data();
                if (data.isSparse()) {
                    out.logLik[std::size_t(o)] =
                        model.forwardSparseRow(data.diffSparse.row(r), data.routerSparse.row(r), s);
                } else {
                    const std::size_t at = std::size_t(i) * std::size_t(k);
                    out.logLik[std::size_t(o)] = s.batchLogLik[std::size_t(i)];
                    gamma = s.batchGamma.data() + at;
                    prob = s.batchProb.data() + at;
                    delta = s.batchDelta.data() + at;
                }
                for (int j = 0; j < k; ++j) {
                    out.posterior.row(o)[j] = gamma[j];
                    out.routerWeights.row(o)[j] = prob[j];
                    out.rewardDiff.row(o)[j] = delta[j];
                }
            }
        }
    }
    return out;
}

std::vector<int> allRowsOf(int n)
{
    std::vector<int> rows(std::size_t(std::max(0, n)));
    std::iota(rows.begin(), rows.end(), 0);
    return rows;
}

std::vector<int> allRows(const Dataset &data)
{
    std::vector<int> rows(std::size_t(data.size()));
    std::iota(rows.begin(), rows.end(), 0);
    return rows;
}

} // namespace micro::core
