#include "emengine.h"

#include "util/logistic.h"

#include <algorithm>
#include <cmath>
#include <omp.h>

namespace micro::core::em {

namespace {

// Solves A x = b for symmetric positive definite A (n x n, row-major) by Cholesky; A and b
// are overwritten (b becomes x). Returns false if A is not positive definite.
bool solveSpd(std::vector<double> &a, std::vector<double> &b, int n)
{
    for (int j = 0; j < n; ++j) {
        double d = a[std::size_t(j) * n + j];
        for (int k = 0; k < j; ++k)
            d -= a[std::size_t(j) * n + k] * a[std::size_t(j) * n + k];
        if (!(d > 0)) return false;
        d = std::sqrt(d);
        a[std::size_t(j) * n + j] = d;
        for (int i = j + 1; i < n; ++i) {
            double s = a[std::size_t(i) * n + j];
            for (int k = 0; k < j; ++k)
                s -= a[std::size_t(i) * n + k] * a[std::size_t(j) * n + k];
            a[std::size_t(i) * n + j] = s / d;
        }
    }
    for (int i = 0; i < n; ++i) { // L y = b
        double s = b[std::size_t(i)];
        for (int k = 0; k < i; ++k)
            s -= a[std::size_t(i) * n + k] * b[std::size_t(k)];
        b[std::size_t(i)] = s / a[std::size_t(i) * n + i];
    }
    for (int i = n - 1; i >= 0; --i) { // L^T x = y
        double s = b[std::size_t(i)];
        for (int k = i + 1; k < n; ++k)
            s -= a[std::size_t(k) * n + i] * b[std::size_t(k)];
        b[std::size_t(i)] = s / a[std::size_t(i) * n + i];
    }
    return true;
}

// Sums per-thread partial sums in thread order (deterministic for a given thread count).
struct Accumulator
{
    std::vector<std::vector<double>> parts;
    Accumulator(int threads, std::size_t size) : parts(std::size_t(threads), std::vector<double>(size, 0.0)) {}
    std::vector<double> &mine() { return parts[std::size_t(omp_get_thread_num())]; }
    std::vector<double> total() const
    {
        std::vector<double> out = parts[0];
        for (std::size_t t = 1; t < parts.size(); ++t)
            for (std::size_t i = 0; i < out.size(); ++i)
                out[i] += parts[t][i];
        return out;
    }
};

} // namespace

EmEngine::EmEngine(const Dataset &data, const std::vector<int> &rows, const EmConfig &config)
    : m_data(data), m_rows(rows), m_config(config),
      m_threads(config.threads > 0 ? config.threads : std::max(1, omp_get_num_procs())), m_n(int(rows.size())),
      m_gamma(std::size_t(m_n) * std::size_t(config.k)), m_logf(m_gamma.size()), m_logSig(m_gamma.size())
{
}

Params EmEngine::zero() const
{
    Params q;
    q.k = m_config.k;
    q.d = m_data.headDim();
    q.p = m_data.routerDim();
    q.heads.assign(std::size_t(q.k) * q.d, 0.0);
    q.router.assign(std::size_t(q.k) * (q.p + 1), 0.0);
    return q;
}

double EmEngine::expectation(const Params &q)
{
    const int k = q.k, d = q.d, p = q.p;
    double total = 0;
#pragma omp parallel for num_threads(m_threads) reduction(+ : total) schedule(static)
    for (int i = 0; i < m_n; ++i) {
        const float *x = m_data.router.row(m_rows[std::size_t(i)]);
        const float *dd = m_data.diff.row(m_rows[std::size_t(i)]);
        double *lf = m_logf.data() + std::size_t(i) * k;
        double *ls = m_logSig.data() + std::size_t(i) * k;
        double *g = m_gamma.data() + std::size_t(i) * k;
        double mx = -INFINITY;
        for (int j = 0; j < k; ++j) {
            const double *a = q.route(j);
            double z = a[p];
            for (int c = 0; c < p; ++c)
                z += a[c] * x[c];
            lf[j] = z;
            mx = std::max(mx, z);
            const double *w = q.head(j);
            double delta = 0;
            for (int c = 0; c < d; ++c)
                delta += w[c] * dd[c];
            ls[j] = logSigmoid(delta);
        }
        double s = 0;
        for (int j = 0; j < k; ++j)
            s += std::exp(lf[j] - mx);
        const double lse = mx + std::log(s);
        double mj = -INFINITY;
        for (int j = 0; j < k; ++j) {
            lf[j] -= lse;
            g[j] = lf[j] + ls[j];
            mj = std::max(mj, g[j]);
        }
        double t = 0;
        for (int j = 0; j < k; ++j)
            t += std::exp(g[j] - mj);
        const double ll = mj + std::log(t);
        for (int j = 0; j < k; ++j)
            g[j] = std::exp(g[j] - ll);
        total += ll;
    }
    return total;
}

std::vector<double> EmEngine::headObjectives(const Params &q) const
{
    const int d = q.d, k = q.k;
    Accumulator acc(m_threads, static_cast<std::size_t>(k));
#pragma omp parallel num_threads(m_threads)
    {
        std::vector<double> &mine = acc.mine();
#pragma omp for schedule(static)
        for (int i = 0; i < m_n; ++i) {
            const float *dd = m_data.diff.row(m_rows[std::size_t(i)]);
            for (int j = 0; j < k; ++j) {
                const double *w = q.head(j);
                double delta = 0;
                for (int c = 0; c < d; ++c)
                    delta += w[c] * dd[c];
                mine[std::size_t(j)] += m_gamma[std::size_t(i) * k + j] * logSigmoid(delta);
            }
        }
    }
    std::vector<double> out = acc.total();
    for (int j = 0; j < k; ++j) {
        double norm = 0;
        for (int c = 0; c < d; ++c)
            norm += q.head(j)[c] * q.head(j)[c];
        out[std::size_t(j)] -= 0.5 * m_config.ridge * norm;
    }
    return out;
}

std::size_t EmEngine::headBlock() const
{
    return std::size_t(m_data.headDim()) * m_data.headDim() + m_data.headDim() + 1;
}

void EmEngine::accumulateHeads(const Params &q, int i0, int count, double *out, bool withQ,
                               std::vector<double> &scratch) const
{
    const int d = q.d, k = q.k;
    const std::size_t per = headBlock();
    scratch.resize(std::size_t(d) * kChunk + 3 * kChunk);
    double *xt = scratch.data(); // d x kChunk
    double *gr = xt + std::size_t(d) * kChunk, *cur = gr + kChunk, *lq = cur + kChunk;
    for (int t = 0; t < count; ++t) {
        const float *dd = m_data.diff.row(m_rows[std::size_t(i0 + t)]);
        for (int a = 0; a < d; ++a)
            xt[std::size_t(a) * kChunk + t] = dd[a];
    }
    for (int t = count; t < kChunk; ++t) // padding contributes nothing
        for (int a = 0; a < d; ++a)
            xt[std::size_t(a) * kChunk + t] = 0.0;
    for (int j = 0; j < k; ++j) {
        const double *w = q.head(j);
        for (int t = 0; t < kChunk; ++t) {
            double delta = 0;
            for (int a = 0; a < d; ++a)
                delta += w[a] * xt[std::size_t(a) * kChunk + t];
            if (t >= count) {
                gr[t] = cur[t] = lq[t] = 0.0;
                continue;
            }
            // sigmoid and log-sigmoid from one exp and one log1p
            const double e = std::exp(-std::abs(delta));
            const double s = delta >= 0 ? 1.0 / (1.0 + e) : e / (1.0 + e);
            const double gm = m_gamma[std::size_t(i0 + t) * k + j];
            gr[t] = gm * (1 - s);
            cur[t] = gm * s * (1 - s);
            lq[t] = withQ ? gm * (delta >= 0 ? -std::log1p(e) : delta - std::log1p(e)) : 0.0;
        }
        double *blk = out + per * j;
        double qsum = 0;
        for (int t = 0; t < kChunk; ++t)
            qsum += lq[t];
        blk[per - 1] += qsum;
        for (int a = 0; a < d; ++a) {
            const double *xa = xt + std::size_t(a) * kChunk;
            double g = 0;
#pragma omp simd reduction(+ : g)
            for (int t = 0; t < kChunk; ++t)
                g += gr[t] * xa[t];
            blk[std::size_t(d) * d + a] += g;
            for (int bb = 0; bb <= a; ++bb) {
                const double *xb = xt + std::size_t(bb) * kChunk;
                double h = 0;
#pragma omp simd reduction(+ : h)
                for (int t = 0; t < kChunk; ++t)
                    h += cur[t] * xa[t] * xb[t];
                blk[std::size_t(a) * d + bb] += h;
            }
        }
    }
}

void EmEngine::maximiseHeads(Params &q, bool checked)
{
    Accumulator acc(m_threads, headBlock() * q.k);
    const int chunks = (m_n + kChunk - 1) / kChunk;
#pragma omp parallel num_threads(m_threads)
    {
        std::vector<double> &mine = acc.mine();
        std::vector<double> scratch;
#pragma omp for schedule(static)
        for (int c = 0; c < chunks; ++c)
            accumulateHeads(q, c * kChunk, std::min(kChunk, m_n - c * kChunk), mine.data(), checked, scratch);
    }
    applyHeads(q, acc.total().data(), checked);
}

void EmEngine::applyHeads(Params &q, const double *sumData, bool checked)
{
    const int d = q.d, k = q.k;
    const std::size_t per = headBlock();
    const double *sum = sumData;
    std::vector<std::vector<double>> steps(static_cast<std::size_t>(k));
    std::vector<double> before(static_cast<std::size_t>(k));
    const Params start = q;
    for (int j = 0; j < k; ++j) {
        const double *blk = sum + per * j;
        double *w = q.head(j);
        std::vector<double> h(std::size_t(d) * d), g(static_cast<std::size_t>(d));
        double norm = 0;
        for (int a = 0; a < d; ++a) {
            g[std::size_t(a)] = blk[std::size_t(d) * d + a] - m_config.ridge * w[a];
            norm += w[a] * w[a];
            for (int b = 0; b <= a; ++b)
                h[std::size_t(a) * d + b] = h[std::size_t(b) * d + a] = blk[std::size_t(a) * d + b];
            h[std::size_t(a) * d + a] += m_config.ridge;
        }
        before[std::size_t(j)] = blk[per - 1] - 0.5 * m_config.ridge * norm;
        if (solveSpd(h, g, d))
            steps[std::size_t(j)] = std::move(g);
        else
            steps[std::size_t(j)].assign(std::size_t(d), 0.0);
    }
    if (!checked) { // the caller checks the whole step through the log-likelihood
        for (int j = 0; j < k; ++j)
            for (int c = 0; c < d; ++c)
                q.head(j)[c] += steps[std::size_t(j)][std::size_t(c)];
        return;
    }
    std::vector<bool> done(static_cast<std::size_t>(k), false);
    double t = 1.0;
    for (int attempt = 0; attempt < 8; ++attempt, t *= 0.5) {
        for (int j = 0; j < k; ++j)
            if (!done[std::size_t(j)])
                for (int c = 0; c < d; ++c)
                    q.head(j)[c] = start.head(j)[c] + t * steps[std::size_t(j)][std::size_t(c)];
        const std::vector<double> after = headObjectives(q);
        bool all = true;
        for (int j = 0; j < k; ++j) {
            if (!done[std::size_t(j)] && after[std::size_t(j)] >= before[std::size_t(j)]) done[std::size_t(j)] = true;
            all = all && done[std::size_t(j)];
        }
        if (all) return;
    }
    for (int j = 0; j < k; ++j) // no improvement found: keep the old head
        if (!done[std::size_t(j)]) std::copy(start.head(j), start.head(j) + d, q.head(j));
}

double EmEngine::routerObjective(const Params &q) const
{
    const int k = q.k, p = q.p;
    double total = 0;
#pragma omp parallel for num_threads(m_threads) reduction(+ : total) schedule(static)
    for (int i = 0; i < m_n; ++i) {
        const float *x = m_data.router.row(m_rows[std::size_t(i)]);
        double z[64];
        double mx = -INFINITY;
        for (int j = 0; j < k; ++j) {
            const double *a = q.route(j);
            z[j] = a[p];
            for (int c = 0; c < p; ++c)
                z[j] += a[c] * x[c];
            mx = std::max(mx, z[j]);
        }
        double s = 0;
        for (int j = 0; j < k; ++j)
            s += std::exp(z[j] - mx);
        const double lse = mx + std::log(s);
        for (int j = 0; j < k; ++j)
            total += m_gamma[std::size_t(i) * k + j] * (z[j] - lse);
    }
    double norm = 0;
    for (double v : q.router)
        norm += v * v;
    return total - 0.5 * m_config.ridge * norm;
}

std::size_t EmEngine::routerBlock() const
{
    const std::size_t free = std::size_t(m_config.k - 1) * std::size_t(m_data.routerDim() + 1);
    return free * free + free;
}

void EmEngine::accumulateRouter(const Params &q, int i, double *out, double *xt, double *f) const
{
    const int k = q.k, p = q.p, m = p + 1, free = (k - 1) * m;
    const float *x = m_data.router.row(m_rows[std::size_t(i)]);
    for (int c = 0; c < p; ++c)
        xt[c] = x[c];
    xt[p] = 1.0;
    for (int j = 0; j < k; ++j)
        f[j] = std::exp(m_logf[std::size_t(i) * k + j]);
    for (int a = 1; a < k; ++a) {
        const double r = m_gamma[std::size_t(i) * k + a] - f[a];
        for (int c = 0; c < m; ++c)
            out[std::size_t(free) * free + std::size_t(a - 1) * m + c] += r * xt[c];
        for (int b = 1; b <= a; ++b) {
            const double w = f[a] * ((a == b ? 1.0 : 0.0) - f[b]);
            for (int c = 0; c < m; ++c) {
                double *row = out + (std::size_t(a - 1) * m + c) * free + std::size_t(b - 1) * m;
                const double wc = w * xt[c];
                for (int e = 0; e < m; ++e)
                    row[e] += wc * xt[e];
            }
        }
    }
}

void EmEngine::accumulateRouterChunk(const Params &q, int i0, int count, double *out,
                                     std::vector<double> &scratch) const
{
    const int k = q.k, p = q.p, m = p + 1, free = (k - 1) * m;
    scratch.resize(std::size_t(m) * kChunk + std::size_t(k) * kChunk + kChunk);
    double *xt = scratch.data();              // m x kChunk
    double *f = xt + std::size_t(m) * kChunk; // k x kChunk
    double *w = f + std::size_t(k) * kChunk;  // kChunk
    for (int t = 0; t < kChunk; ++t) {
        const bool real = t < count;
        const float *x = real ? m_data.router.row(m_rows[std::size_t(i0 + t)]) : nullptr;
        for (int c = 0; c < p; ++c)
            xt[std::size_t(c) * kChunk + t] = real ? x[c] : 0.0;
        xt[std::size_t(p) * kChunk + t] = real ? 1.0 : 0.0;
        for (int j = 0; j < k; ++j)
            f[std::size_t(j) * kChunk + t] = real ? std::exp(m_logf[std::size_t(i0 + t) * k + j]) : 0.0;
    }
    for (int a = 1; a < k; ++a) {
        const double *fa = f + std::size_t(a) * kChunk;
        for (int t = 0; t < kChunk; ++t)
            w[t] = t < count ? m_gamma[std::size_t(i0 + t) * k + a] - fa[t] : 0.0;
        for (int c = 0; c < m; ++c) {
            const double *xc = xt + std::size_t(c) * kChunk;
            double g = 0;
#pragma omp simd reduction(+ : g)
            for (int t = 0; t < kChunk; ++t)
                g += w[t] * xc[t];
            out[std::size_t(free) * free + std::size_t(a - 1) * m + c] += g;
        }
        for (int b = 1; b <= a; ++b) {
            const double *fb = f + std::size_t(b) * kChunk;
            for (int t = 0; t < kChunk; ++t)
                w[t] = fa[t] * ((a == b ? 1.0 : 0.0) - fb[t]);
            for (int c = 0; c < m; ++c) {
                const double *xc = xt + std::size_t(c) * kChunk;
                double *row = out + (std::size_t(a - 1) * m + c) * free + std::size_t(b - 1) * m;
                for (int e = 0; e < m; ++e) {
                    const double *xe = xt + std::size_t(e) * kChunk;
                    double h = 0;
#pragma omp simd reduction(+ : h)
                    for (int t = 0; t < kChunk; ++t)
                        h += w[t] * xc[t] * xe[t];
                    row[e] += h;
                }
            }
        }
    }
}

void EmEngine::maximiseRouter(Params &q, bool checked)
{
    Accumulator acc(m_threads, routerBlock());
#pragma omp parallel num_threads(m_threads)
    {
        std::vector<double> &mine = acc.mine();
        std::vector<double> xt(std::size_t(q.p) + 1), f(std::size_t(q.k) + 0);
#pragma omp for schedule(static)
        for (int i = 0; i < m_n; ++i)
            accumulateRouter(q, i, mine.data(), xt.data(), f.data());
    }
    applyRouter(q, acc.total().data(), checked);
}

void EmEngine::newtonStepAll(Params &q)
{
    const std::size_t heads = headBlock() * q.k;
    Accumulator acc(m_threads, heads + (q.k > 1 ? routerBlock() : 0));
    const int chunks = (m_n + kChunk - 1) / kChunk;
#pragma omp parallel num_threads(m_threads)
    {
        std::vector<double> &mine = acc.mine();
        std::vector<double> scratch, routerScratch;
#pragma omp for schedule(static)
        for (int c = 0; c < chunks; ++c) {
            const int i0 = c * kChunk, count = std::min(kChunk, m_n - i0);
            accumulateHeads(q, i0, count, mine.data(), false, scratch);
            if (q.k > 1) accumulateRouterChunk(q, i0, count, mine.data() + heads, routerScratch);
        }
    }
    const std::vector<double> sum = acc.total();
    applyHeads(q, sum.data(), false);
    if (q.k > 1) applyRouter(q, sum.data() + heads, false);
}

void EmEngine::applyRouter(Params &q, const double *sum, bool checked)
{
    const int k = q.k, p = q.p, m = p + 1, free = (k - 1) * m;
    std::vector<double> h(std::size_t(free) * free), g(static_cast<std::size_t>(free));
    for (int r = 0; r < free; ++r) {
        g[std::size_t(r)] = sum[std::size_t(free) * free + r] - m_config.ridge * q.router[std::size_t(m) + r];
        for (int c = 0; c < free; ++c) {
            // Only blocks with b <= a were accumulated: mirror the rest.
            const int ra = r / m, ca = c / m;
            h[std::size_t(r) * free + c] = ca <= ra ? sum[std::size_t(r) * free + c] : sum[std::size_t(c) * free + r];
        }
        h[std::size_t(r) * free + r] += m_config.ridge;
    }
    if (!solveSpd(h, g, free)) return;
    double *theta = q.router.data() + m; // rows 1..k-1, contiguous
    if (!checked) {
        for (int i = 0; i < free; ++i)
            theta[i] += g[std::size_t(i)];
        return;
    }
    newtonWithHalving(theta, g, free, [&](const double *) { return routerObjective(q); });
}

MixtureModel toModel(const Params &q)
{
    MixtureModel m(q.k, q.d, q.p, MixtureModel::Router::Linear);
    std::vector<float> &w = m.parameters();
    for (std::size_t i = 0; i < q.heads.size(); ++i)
        w[i] = float(q.heads[i]);
    if (q.k > 1)
        for (int j = 0; j < q.k; ++j) {
            for (int c = 0; c < q.p; ++c)
                w[m.w1Offset() + std::size_t(j) * q.p + c] = float(q.route(j)[c]);
            w[m.b1Offset() + std::size_t(j)] = float(q.route(j)[q.p]);
        }
    return m;
}

} // namespace micro::core::em
