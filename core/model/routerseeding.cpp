#include "routerseeding.h"

#include "util/random.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace micro::core {

namespace {

constexpr int kMaxClusteredRows = 4000; // enough to place K centres; keeps the start cheap
constexpr int kLloydSteps = 8;
constexpr double kTargetMargin = 2.0; // nats between nearest and second centre (median row)

// Read access to one psi row, dense or sparse, against dense centres.
struct RouterRows
{
    const Dataset &data;
    int dim() const { return data.routerDim(); }
    double dot(int row, const std::vector<double> &c) const
    {
        double s = 0;
        if (data.isSparse()) {
            const SparseRow x = data.routerSparse.row(row);
            for (int e = 0; e < x.count; ++e)
                s += double(x.value[e]) * c[std::size_t(x.index[e])];
        } else {
            const float *x = data.router.row(row);
            for (int j = 0; j < dim(); ++j)
                s += double(x[j]) * c[std::size_t(j)];
        }
        return s;
    }
    double squaredNorm(int row) const
    {
        double s = 0;
        if (data.isSparse()) {
            const SparseRow x = data.routerSparse.row(row);
            for (int e = 0; e < x.count; ++e)
                s += double(x.value[e]) * x.value[e];
        } else {
            const float *x = data.router.row(row);
            for (int j = 0; j < dim(); ++j)
                s += double(x[j]) * x[j];
        }
        return s;
    }
    void addTo(int row, std::vector<double> &c) const
    {
        if (data.isSparse()) {
            const SparseRow x = data.routerSparse.row(row);
            for (int e = 0; e < x.count; ++e)
                c[std::size_t(x.index[e])] += x.value[e];
        } else {
            const float *x = data.router.row(row);
            for (int j = 0; j < dim(); ++j)
                c[std::size_t(j)] += x[j];
        }
    }
    void assign(int row, std::vector<double> &c) const
    {
        std::fill(c.begin(), c.end(), 0.0);
        addTo(row, c);
    }
};

double squaredNorm(const std::vector<double> &c)
{
    double s = 0;
    for (double x : c)
        s += x * x;
    return s;
}

} // namespace

bool seedRouterByClusters(MixtureModel &model, const Dataset &data, const std::vector<int> &rows, quint64 seed)
{
    const int k = model.k(), p = model.routerDim();
    if (model.router() != MixtureModel::Router::Linear || k < 2 || p < 1 || int(rows.size()) < 2 * k) return false;
    if (data.isSparse() ? data.routerSparse.rows == 0 : data.router.isEmpty()) return false;
    Random rng(seed ^ 0xC2B2AE3D27D4EB4Full);
    std::vector<int> sample = rows;
    if (int(sample.size()) > kMaxClusteredRows) {
        for (std::size_t i = 0; i < std::size_t(kMaxClusteredRows); ++i)
            std::swap(sample[i], sample[i + std::size_t(rng.next() % (sample.size() - i))]);
        sample.resize(std::size_t(kMaxClusteredRows));
    }
    const RouterRows x{data};
    const int n = int(sample.size());
    std::vector<double> norm2(static_cast<std::size_t>(n));
    for (int i = 0; i < n; ++i)
        norm2[std::size_t(i)] = x.squaredNorm(sample[std::size_t(i)]);

    // k-means++: each next centre drawn with probability proportional to the squared
    // distance to the nearest centre so far.
    std::vector<std::vector<double>> centre(std::size_t(k), std::vector<double>(std::size_t(p), 0.0));
    std::vector<double> centreNorm2(std::size_t(k), 0.0);
    std::vector<double> nearest(static_cast<std::size_t>(n), std::numeric_limits<double>::infinity());
    auto distance = [&](int i, int c) {
        return std::max(0.0, norm2[std::size_t(i)] - 2 * x.dot(sample[std::size_t(i)], centre[std::size_t(c)]) +
                                 centreNorm2[std::size_t(c)]);
    };
    x.assign(sample[std::size_t(rng.next() % std::uint64_t(n))], centre[0]);
    centreNorm2[0] = squaredNorm(centre[0]);
    for (int c = 1; c < k; ++c) {
        double total = 0;
        for (int i = 0; i < n; ++i) {
            nearest[std::size_t(i)] = std::min(nearest[std::size_t(i)], distance(i, c - 1));
            total += nearest[std::size_t(i)];
        }
        if (!(total > 0)) return false; // fewer than K distinct inputs
        double u = rng.uniform() * total;
        int pick = n - 1;
        for (int i = 0; i < n; ++i) {
            u -= nearest[std::size_t(i)];
            if (u <= 0) {
                pick = i;
                break;
            }
        }
        x.assign(sample[std::size_t(pick)], centre[std::size_t(c)]);
        centreNorm2[std::size_t(c)] = squaredNorm(centre[std::size_t(c)]);
    }

    // Lloyd steps: assign to the nearest centre, move centres to their means.
    std::vector<int> label(static_cast<std::size_t>(n), 0);
    for (int step = 0; step < kLloydSteps; ++step) {
        bool changed = step == 0;
        for (int i = 0; i < n; ++i) {
            int best = 0;
            double bestD = std::numeric_limits<double>::infinity();
            for (int c = 0; c < k; ++c) {
                const double d = distance(i, c);
                if (d < bestD) {
                    bestD = d;
                    best = c;
                }
            }
            changed |= label[std::size_t(i)] != best;
            label[std::size_t(i)] = best;
        }
        if (!changed) break;
        std::vector<int> count(static_cast<std::size_t>(k), 0);
        for (auto &c : centre)
            std::fill(c.begin(), c.end(), 0.0);
        for (int i = 0; i < n; ++i) {
            x.addTo(sample[std::size_t(i)], centre[std::size_t(label[std::size_t(i)])]);
            ++count[std::size_t(label[std::size_t(i)])];
        }
        for (int c = 0; c < k; ++c) {
            if (count[std::size_t(c)] == 0) // an emptied cluster restarts at a random row
                x.assign(sample[std::size_t(rng.next() % std::uint64_t(n))], centre[std::size_t(c)]);
            else
                for (double &v : centre[std::size_t(c)])
                    v /= count[std::size_t(c)];
            centreNorm2[std::size_t(c)] = squaredNorm(centre[std::size_t(c)]);
        }
    }

    // Scale: the median margin between the best and second-best centre score.
    std::vector<double> margins;
    margins.reserve(std::size_t(n));
    for (int i = 0; i < n; ++i) {
        double best = -std::numeric_limits<double>::infinity(), second = best;
        for (int c = 0; c < k; ++c) {
            const double s = x.dot(sample[std::size_t(i)], centre[std::size_t(c)]) - 0.5 * centreNorm2[std::size_t(c)];
            if (s > best) {
                second = best;
                best = s;
            } else if (s > second) {
                second = s;
            }
        }
        margins.push_back(best - second);
    }
    std::nth_element(margins.begin(), margins.begin() + long(margins.size() / 2), margins.end());
    const double median = margins[margins.size() / 2];
    if (!(median > 1e-12) || !std::isfinite(median)) return false;
    const double scale = kTargetMargin / median;
    std::vector<float> &w = model.parameters();
    for (int c = 0; c < k; ++c) {
        for (int j = 0; j < p; ++j)
            w[model.w1Offset() + std::size_t(c) * p + std::size_t(j)] =
                float(scale * centre[std::size_t(c)][std::size_t(j)]);
        w[model.b1Offset() + std::size_t(c)] = float(-0.5 * scale * centreNorm2[std::size_t(c)]);
    }
    return true;
}

} // namespace micro::core
