#include "clustering.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace micro::core {

namespace {

struct Contingency
{
    std::vector<std::vector<double>> table;
    std::vector<double> rowSums, colSums;
    double n = 0;
};

Contingency contingency(const std::vector<int> &a, const std::vector<int> &b)
{
    int ka = 0, kb = 0;
    const std::size_t n = std::min(a.size(), b.size());
    for (std::size_t i = 0; i < n; ++i)
        if (a[i] >= 0 && b[i] >= 0) {
            ka = std::max(ka, a[i] + 1);
            kb = std::max(kb, b[i] + 1);
        }
    Contingency c;
    c.table.assign(std::size_t(ka), std::vector<double>(std::size_t(kb), 0.0));
    c.rowSums.assign(std::size_t(ka), 0.0);
    c.colSums.assign(std::size_t(kb), 0.0);
    for (std::size_t i = 0; i < n; ++i) {
        if (a[i] < 0 || b[i] < 0) continue;
        c.table[std::size_t(a[i])][std::size_t(b[i])] += 1;
        c.rowSums[std::size_t(a[i])] += 1;
        c.colSums[std::size_t(b[i])] += 1;
        c.n += 1;
    }
    return c;
}

double choose2(double x)
{
    return x * (x - 1) / 2;
}

double entropy(const std::vector<double> &counts, double n)
{
    double h = 0;
    for (double c : counts)
        if (c > 0) h -= c / n * std::log(c / n);
    return h;
}

} // namespace

double adjustedRandIndex(const std::vector<int> &a, const std::vector<int> &b)
{
    const Contingency c = contingency(a, b);
    if (c.n < 2) return 1.0;
    double sumCells = 0, sumRows = 0, sumCols = 0;
    for (const auto &row : c.table)
        for (double v : row)
            sumCells += choose2(v);
    for (double v : c.rowSums)
        sumRows += choose2(v);
    for (double v : c.colSums)
        sumCols += choose2(v);
    const double expected = sumRows * sumCols / choose2(c.n);
    const double maxIndex = 0.5 * (sumRows + sumCols);
    if (maxIndex == expected) // both labelings trivial (one cluster, or all singletons)
        return 1.0;
    return (sumCells - expected) / (maxIndex - expected);
}

double normalizedMutualInformation(const std::vector<int> &a, const std::vector<int> &b)
{
    const Contingency c = contingency(a, b);
    if (c.n == 0) return 0.0;
    const double ha = entropy(c.rowSums, c.n), hb = entropy(c.colSums, c.n);
    if (ha == 0 && hb == 0) return 1.0;
    double mi = 0;
    for (std::size_t i = 0; i < c.table.size(); ++i)
        for (std::size_t j = 0; j < c.table[i].size(); ++j) {
            const double v = c.table[i][j];
            if (v > 0) mi += v / c.n * std::log(v * c.n / (c.rowSums[i] * c.colSums[j]));
        }
    const double denom = 0.5 * (ha + hb);
    return denom > 0 ? std::clamp(mi / denom, 0.0, 1.0) : 0.0;
}

std::vector<int> matchMaxScore(const std::vector<std::vector<double>> &score)
{
    const int rows = int(score.size());
    const int cols = rows ? int(score[0].size()) : 0;
    std::vector<int> match(std::size_t(rows), -1);
    if (rows == 0 || cols == 0) return match;
    const bool transpose = cols < rows; // enumerate permutations of the larger side's picks
    const int small = std::min(rows, cols), large = std::max(rows, cols);
    // Non-finite scores (a degenerate head) rank below every real one but stay matchable.
    auto at = [&](int s, int l) {
        const double v = transpose ? score[std::size_t(l)][std::size_t(s)] : score[std::size_t(s)][std::size_t(l)];
        return std::isfinite(v) ? v : -1e300;
    };
    std::vector<int> best(std::size_t(small), -1);
    if (small <= 8 && large <= 9) {
        // Exhaustive: for each ordered choice of `small` of the `large` items.
        std::vector<int> perm(static_cast<std::size_t>(large));
        std::iota(perm.begin(), perm.end(), 0);
        double bestScore = -INFINITY;
        do {
            double s = 0;
            for (int i = 0; i < small; ++i)
                s += at(i, perm[std::size_t(i)]);
            if (s > bestScore) {
                bestScore = s;
                best.assign(perm.begin(), perm.begin() + small);
            }
        } while (std::next_permutation(perm.begin(), perm.end()));
    } else {
        std::vector<bool> usedS(static_cast<std::size_t>(small)), usedL(static_cast<std::size_t>(large));
        for (int round = 0; round < small; ++round) {
            double bestScore = -INFINITY;
            int bs = -1, bl = -1;
            for (int s = 0; s < small; ++s)
                for (int l = 0; l < large; ++l)
                    if (!usedS[std::size_t(s)] && !usedL[std::size_t(l)] && at(s, l) > bestScore) {
                        bestScore = at(s, l);
                        bs = s;
                        bl = l;
                    }
            usedS[std::size_t(bs)] = usedL[std::size_t(bl)] = true;
            best[std::size_t(bs)] = bl;
        }
    }
    if (!transpose) return best;
    for (int s = 0; s < small; ++s)
        match[std::size_t(best[std::size_t(s)])] = s;
    return match;
}

} // namespace micro::core
