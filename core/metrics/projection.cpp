#include "projection.h"

#include "util/random.h"

#include <QtGlobal>
#include <algorithm>
#include <cmath>

namespace micro::core {

FeatureMatrix principalProjection(const FeatureMatrix &x, const std::vector<int> &rows, int components, int sampleRows,
                                  quint64 seed)
{
    const int p = x.cols, n = int(rows.size());
    const int c = std::max(1, std::min(components, p));
    FeatureMatrix out(n, c);
    if (n == 0 || p == 0) return out;
    Random rng(seed);
    // Sample the rows the basis is fitted on (all of them when few).
    std::vector<int> sample = rows;
    if (int(sample.size()) > sampleRows) {
        for (std::size_t i = sample.size(); i > 1; --i)
            std::swap(sample[i - 1], sample[std::size_t(rng.next() % i)]);
        sample.resize(std::size_t(sampleRows));
    }
    std::vector<double> mean(std::size_t(p), 0.0);
    for (int r : sample)
        for (int j = 0; j < p; ++j)
            mean[std::size_t(j)] += x.row(r)[j];
    for (double &m : mean)
        m /= double(sample.size());

    // Subspace iteration: V <- orth(Xc^T Xc V), V is p x c (column-major: c vectors of p).
    std::vector<std::vector<double>> v(static_cast<std::size_t>(c), std::vector<double>(static_cast<std::size_t>(p)));
    for (auto &col : v)
        for (double &e : col)
            e = rng.normal();
    auto orthonormalise = [&] {
        for (int a = 0; a < c; ++a) {
            for (int b = 0; b < a; ++b) {
                double dotAB = 0;
                for (int j = 0; j < p; ++j)
                    dotAB += v[std::size_t(a)][std::size_t(j)] * v[std::size_t(b)][std::size_t(j)];
                for (int j = 0; j < p; ++j)
                    v[std::size_t(a)][std::size_t(j)] -= dotAB * v[std::size_t(b)][std::size_t(j)];
            }
            double norm = 0;
            for (double e : v[std::size_t(a)])
                norm += e * e;
            norm = std::sqrt(std::max(norm, 1e-300));
            for (double &e : v[std::size_t(a)])
                e /= norm;
        }
    };
    orthonormalise();
    std::vector<double> proj(static_cast<std::size_t>(c));
    for (int it = 0; it < 30; ++it) {
        std::vector<std::vector<double>> w(static_cast<std::size_t>(c),
                                           std::vector<double>(static_cast<std::size_t>(p), 0.0));
        for (int r : sample) {
            const float *xr = x.row(r);
            for (int a = 0; a < c; ++a) {
                double s = 0;
                for (int j = 0; j < p; ++j)
                    s += (xr[j] - mean[std::size_t(j)]) * v[std::size_t(a)][std::size_t(j)];
                proj[std::size_t(a)] = s;
            }
            for (int a = 0; a < c; ++a)
                for (int j = 0; j < p; ++j)
                    w[std::size_t(a)][std::size_t(j)] += proj[std::size_t(a)] * (xr[j] - mean[std::size_t(j)]);
        }
        v = std::move(w);
        orthonormalise();
    }
    for (int i = 0; i < n; ++i) {
        const float *xr = x.row(rows[std::size_t(i)]);
        for (int a = 0; a < c; ++a) {
            double s = 0;
            for (int j = 0; j < p; ++j)
                s += (xr[j] - mean[std::size_t(j)]) * v[std::size_t(a)][std::size_t(j)];
            out.row(i)[a] = float(s);
        }
    }
    return out;
}

} // namespace micro::core
