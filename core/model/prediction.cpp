#include "prediction.h"

#include <cmath>
#include <numeric>

namespace micro::core {

double RowPredictions::meanNll() const
{
    if (logLik.empty())
        return 0.0;
    double s = 0;
    for (double v : logLik)
        s -= v;
    return s / double(logLik.size());
}

double RowPredictions::accuracy() const
{
    if (logLik.empty())
        return 0.0;
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

RowPredictions predictRows(const MixtureModel &model, const Dataset &data,
                           const std::vector<int> &rows, int threads)
{
    const int n = int(rows.size());
    const int k = model.k();
    RowPredictions out;
    out.rows = rows;
    out.logLik.assign(std::size_t(n), 0.0);
    out.posterior = FeatureMatrix(n, k);
    out.routerWeights = FeatureMatrix(n, k);
    out.rewardDiff = FeatureMatrix(n, k);
#pragma omp parallel num_threads(threads)
    {
        MixtureModel::Scratch s = model.makeScratch();
#pragma omp for schedule(static)
        for (int i = 0; i < n; ++i) {
            const int r = rows[std::size_t(i)];
            out.logLik[std::size_t(i)] = model.forwardRow(data.diff.row(r), data.router.row(r), s);
            for (int j = 0; j < k; ++j) {
                out.posterior.row(i)[j] = s.gamma[std::size_t(j)];
                out.routerWeights.row(i)[j] = std::exp(s.logf[std::size_t(j)]);
                out.rewardDiff.row(i)[j] = s.delta[std::size_t(j)];
            }
        }
    }
    return out;
}

std::vector<int> allRows(const Dataset &data)
{
    std::vector<int> rows(std::size_t(data.size()));
    std::iota(rows.begin(), rows.end(), 0);
    return rows;
}

} // namespace micro::core
