#include "emfitter.h"

#include "prediction.h"
#include "util/error.h"
#include "util/logistic.h"
#include "util/random.h"

#include <QElapsedTimer>
#include <QString>
#include <algorithm>
#include <cmath>
#include <omp.h>

namespace micro::core {

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

// The model's parameters in double precision; router row 0 is the fixed reference (zero).
struct Params
{
    int k = 0, d = 0, p = 0;
    std::vector<double> heads;  // k x d
    std::vector<double> router; // k x (p + 1): weights then bias

    double *head(int j) { return heads.data() + std::size_t(j) * d; }
    const double *head(int j) const { return heads.data() + std::size_t(j) * d; }
    double *route(int j) { return router.data() + std::size_t(j) * (p + 1); }
    const double *route(int j) const { return router.data() + std::size_t(j) * (p + 1); }
};

class EmEngine
{
public:
    EmEngine(const Dataset &data, const std::vector<int> &rows, const EmConfig &config)
        : m_data(data), m_rows(rows), m_config(config),
          m_threads(config.threads > 0 ? config.threads : std::max(1, omp_get_num_procs())), m_n(int(rows.size())),
          m_gamma(std::size_t(m_n) * std::size_t(config.k)), m_logf(m_gamma.size()), m_logSig(m_gamma.size())
    {
    }

    Params zero() const
    {
        Params q;
        q.k = m_config.k;
        q.d = m_data.headDim();
        q.p = m_data.routerDim();
        q.heads.assign(std::size_t(q.k) * q.d, 0.0);
        q.router.assign(std::size_t(q.k) * (q.p + 1), 0.0);
        return q;
    }

    // E-step: router log-probabilities, head log-sigmoids, responsibilities; returns log L.
    double expectation(const Params &q)
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

    // Q for every head at once: Q_j = sum_i gamma_ij log sigmoid(w_j . d_i) - ridge/2 |w_j|^2.
    std::vector<double> headObjectives(const Params &q) const
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

    // One Newton step per head (weighted logistic regressions), all heads in one pass over
    // the rows; a head whose full step does not raise its Q is halved until it does.
    std::size_t headBlock() const
    {
        return std::size_t(m_data.headDim()) * m_data.headDim() + m_data.headDim() + 1;
    }

    static constexpr int kChunk = 64; // rows per blocked accumulation

    // Rows [i0, i0 + count)'s contribution to every head's Newton system: Hessian (lower
    // triangle), gradient and, when asked, Q. The chunk is transposed first so that every
    // sum runs over contiguous rows and vectorises (the sums are X^T diag(c) X products).
    void accumulateHeads(const Params &q, int i0, int count, double *out, bool withQ,
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

    void maximiseHeads(Params &q, bool checked = true)
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

    // Solves each head's Newton system from the summed contributions and takes the step
    // (checked: halved until the head's Q does not fall).
    void applyHeads(Params &q, const double *sumData, bool checked)
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
                if (!done[std::size_t(j)] && after[std::size_t(j)] >= before[std::size_t(j)])
                    done[std::size_t(j)] = true;
                all = all && done[std::size_t(j)];
            }
            if (all) return;
        }
        for (int j = 0; j < k; ++j) // no improvement found: keep the old head
            if (!done[std::size_t(j)]) std::copy(start.head(j), start.head(j) + d, q.head(j));
    }

    // Q for the router: sum_i sum_k gamma_ik log f_k(x_i) - ridge/2 |theta|^2.
    double routerObjective(const Params &q) const
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

    // One Newton step with halving for the multinomial router (class 0 fixed at zero).
    std::size_t routerBlock() const
    {
        const std::size_t free = std::size_t(m_config.k - 1) * std::size_t(m_data.routerDim() + 1);
        return free * free + free;
    }

    // Row i's contribution to the router's Newton system (class 0 fixed): lower block
    // triangle of the Hessian, then the gradient. xt and f are scratch of p + 1 and k.
    void accumulateRouter(const Params &q, int i, double *out, double *xt, double *f) const
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

    // The same for rows [i0, i0 + count), transposed like accumulateHeads so the sums over
    // rows vectorise.
    void accumulateRouterChunk(const Params &q, int i0, int count, double *out, std::vector<double> &scratch) const
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

    void maximiseRouter(Params &q, bool checked = true)
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

    // Heads and router from one pass over the rows (both use the same responsibilities),
    // full Newton steps; the caller checks them through the log-likelihood.
    void newtonStepAll(Params &q)
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

    void applyRouter(Params &q, const double *sum, bool checked)
    {
        const int k = q.k, p = q.p, m = p + 1, free = (k - 1) * m;
        std::vector<double> h(std::size_t(free) * free), g(static_cast<std::size_t>(free));
        for (int r = 0; r < free; ++r) {
            g[std::size_t(r)] = sum[std::size_t(free) * free + r] - m_config.ridge * q.router[std::size_t(m) + r];
            for (int c = 0; c < free; ++c) {
                // Only blocks with b <= a were accumulated: mirror the rest.
                const int ra = r / m, ca = c / m;
                h[std::size_t(r) * free + c] =
                    ca <= ra ? sum[std::size_t(r) * free + c] : sum[std::size_t(c) * free + r];
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

    int threads() const
    {
        return m_threads;
    }

private:
    template <typename Objective>
    void newtonWithHalving(double *x, const std::vector<double> &step, int n, Objective objective)
    {
        const std::vector<double> start(x, x + n);
        const double before = objective(x);
        double t = 1.0;
        for (int attempt = 0; attempt < 8; ++attempt, t *= 0.5) {
            for (int i = 0; i < n; ++i)
                x[i] = start[std::size_t(i)] + t * step[std::size_t(i)];
            if (objective(x) >= before) return;
        }
        std::copy(start.begin(), start.end(), x); // no improvement: keep the old values
    }

    const Dataset &m_data;
    const std::vector<int> &m_rows;
    const EmConfig &m_config;
    int m_threads;
    int m_n;
    std::vector<double> m_gamma, m_logf, m_logSig;

public:
    std::vector<double> &gamma()
    {
        return m_gamma;
    }
};

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

} // namespace

void EmConfig::validate() const
{
    auto fail = [](const char *option, const QString &constraint) {
        throw MicroError(ErrorCode::InvalidOption, QString::fromLatin1(option), constraint);
    };
    if (k < 1 || k > 64) fail("k", QStringLiteral("%1 given, must be between 1 and 64").arg(k));
    if (maxIterations < 1) fail("iterations", QStringLiteral("%1 given, must be at least 1").arg(maxIterations));
    if (restarts < 0) fail("restarts", QStringLiteral("%1 given, must be zero or more").arg(restarts));
    if (!(tolerance >= 0)) fail("tolerance", QStringLiteral("%1 given, must be zero or positive").arg(tolerance));
    if (!(ridge >= 0)) fail("ridge", QStringLiteral("%1 given, must be zero or positive").arg(ridge));
}

QJsonObject EmConfig::toJson() const
{
    return QJsonObject{{QStringLiteral("fit"), QStringLiteral("em")},  {QStringLiteral("k"), k},
                       {QStringLiteral("iterations"), maxIterations},  {QStringLiteral("tolerance"), tolerance},
                       {QStringLiteral("restarts"), restarts},         {QStringLiteral("ridge"), ridge},
                       {QStringLiteral("seed"), QString::number(seed)}};
}

double logLikelihood(const MixtureModel &model, const Dataset &data, const std::vector<int> &rows, int threads)
{
    const RowPredictions p = predictRows(model, data, rows, threads);
    double s = 0;
    for (double v : p.logLik)
        s += v;
    return s;
}

EmConfig EmConfig::fromStage1(const Stage1Config &config)
{
    EmConfig em;
    em.k = config.effectiveK();
    em.seed = config.seed;
    em.threads = config.threads;
    em.restarts = config.emRestarts;
    em.maxIterations = config.emIterations;
    em.tolerance = config.emTolerance;
    em.ridge = config.emRidge;
    return em;
}

EmResult fitEm(const Dataset &data, const std::vector<int> &rows, const EmConfig &config, const FitCallbacks &callbacks,
               const CancelToken *cancel)
{
    config.validate();
    if (rows.empty())
        throw MicroError(ErrorCode::InvalidOption, QStringLiteral("rows"), QStringLiteral("no rows to fit"));
    if (data.isSparse())
        throw MicroError(ErrorCode::InvalidOption, QStringLiteral("fit"),
                         QStringLiteral("EM needs dense features: featurize with --reduce WIDTH first"));
    // Newton M-steps hold D x D (per head) and ((K-1)(P+1))^2 matrices per thread and solve
    // them by Cholesky: fine for the low-dimensional features EM is meant for, not for raw
    // embeddings (use the gradient fit, or reduce the features first).
    const double routerSystem = double(config.k - 1) * (data.routerDim() + 1);
    if (data.headDim() > 512 || routerSystem > 2048)
        throw MicroError(ErrorCode::InvalidOption, QStringLiteral("fit"),
                         QStringLiteral("EM handles up to 512 response features and (K-1)(P+1) <= 2048 router "
                                        "coefficients; this data has D = %1, (K-1)(P+1) = %2: use the gradient fit")
                             .arg(data.headDim())
                             .arg(routerSystem));
    QElapsedTimer timer;
    timer.start();
    EmEngine em(data, rows, config);
    const int k = config.k, n = int(rows.size());
    Random rng(config.seed);

    // One EM step from q, whose responsibilities the engine holds and whose log-likelihood is
    // `previous`: full Newton steps for heads and router, checked together by the E-step's
    // log-likelihood; only when that falls are the steps halved or checked one by one, so
    // the log-likelihood never decreases. Returns the new log-likelihood.
    auto emStep = [&](Params &q, double previous) {
        const Params before = q;
        em.newtonStepAll(q);
        double ll = em.expectation(q);
        if (ll >= previous) return ll;
        const Params full = q;
        for (double t = 0.5; t > 1e-3; t *= 0.5) {
            for (std::size_t i = 0; i < q.heads.size(); ++i)
                q.heads[i] = before.heads[i] + t * (full.heads[i] - before.heads[i]);
            for (std::size_t i = 0; i < q.router.size(); ++i)
                q.router[i] = before.router[i] + t * (full.router[i] - before.router[i]);
            ll = em.expectation(q);
            if (ll >= previous) return ll;
        }
        q = before;
        em.expectation(q); // responsibilities of the old parameters
        em.maximiseHeads(q);
        if (k > 1) em.maximiseRouter(q);
        return em.expectation(q);
    };

    int totalSteps = 0; // EM steps over all starts

    // Iterates EM with SQUAREM extrapolation (Varadhan & Roland 2008, scheme S3): two EM
    // steps give r = x1 - x0 and v = x2 - 2 x1 + x0; the jump x0 - 2 a r + a^2 v with
    // a = -|r| / |v| (at most -1), followed by one stabilising EM step, is kept only when
    // its log-likelihood is at least that of x2. EM on overlapping groups crawls; this
    // takes several of its steps at once and stays monotone.
    auto iterate = [&](Params &q, int iterations, std::vector<double> *trace, bool *converged) {
        double previous = em.expectation(q);
        auto push = [&](double ll) {
            if (trace) trace->push_back(ll);
        };
        int steps = 0;
        struct Count
        {
            int &total, &steps;
            ~Count() { total += steps; }
        } count{totalSteps, steps};
        while (steps < iterations) {
            if (cancel && cancel->isCancelled()) return previous;
            const Params x0 = q;
            const double ll1 = emStep(q, previous);
            const Params x1 = q;
            const double ll2 = emStep(q, ll1);
            const Params x2 = q;
            push(ll1);
            push(ll2);
            steps += 2;
            double ll = ll2;
            double rr = 0, vv = 0;
            auto accumulate = [&](const std::vector<double> &a0, const std::vector<double> &a1,
                                  const std::vector<double> &a2) {
                for (std::size_t i = 0; i < a0.size(); ++i) {
                    const double r = a1[i] - a0[i], v = a2[i] - 2 * a1[i] + a0[i];
                    rr += r * r;
                    vv += v * v;
                }
            };
            accumulate(x0.heads, x1.heads, x2.heads);
            accumulate(x0.router, x1.router, x2.router);
            if (vv > 0 && steps < iterations) {
                const double a = std::min(-1.0, -std::sqrt(rr / vv));
                auto jump = [&](const std::vector<double> &a0, const std::vector<double> &a1,
                                const std::vector<double> &a2, std::vector<double> &out) {
                    for (std::size_t i = 0; i < a0.size(); ++i) {
                        const double r = a1[i] - a0[i], v = a2[i] - 2 * a1[i] + a0[i];
                        out[i] = a0[i] - 2 * a * r + a * a * v;
                    }
                };
                Params y = x2;
                jump(x0.heads, x1.heads, x2.heads, y.heads);
                jump(x0.router, x1.router, x2.router, y.router);
                const double llJump = em.expectation(y);
                const double llStable = std::isfinite(llJump) ? emStep(y, -INFINITY) : -INFINITY;
                ++steps;
                if (llStable >= ll2) {
                    q = y;
                    ll = llStable;
                    push(ll);
                } else {
                    q = x2;
                    em.expectation(q); // back to x2's responsibilities
                }
            }
            if (std::abs(ll - previous) < config.tolerance * std::abs(ll)) {
                *converged = true;
                return ll;
            }
            previous = ll;
        }
        return previous;
    };

    // Short runs from random responsibilities (and from a gradient fit); the best is continued.
    EmResult result;
    Params best;
    double bestLl = -INFINITY;
    if (config.gradientStartEpochs > 0 && k > 1) {
        Stage1Config g;
        g.k = k;
        g.alpha = 0; // the likelihood alone, as EM
        g.lr = 0.01;
        g.epochs = config.gradientStartEpochs;
        g.valFraction = 0;
        g.seed = config.seed;
        g.threads = em.threads();
        const MixtureModel m = Stage1Fitter::fit(data, g, rows, {}, {}, cancel).model;
        Params q = em.zero();
        const std::vector<float> &w = m.parameters();
        for (std::size_t i = 0; i < q.heads.size(); ++i)
            q.heads[i] = w[i];
        for (int j = 0; j < k; ++j) { // relative to router row 0, the fixed reference
            for (int c = 0; c < q.p; ++c)
                q.route(j)[c] = double(w[m.w1Offset() + std::size_t(j) * q.p + c]) - w[m.w1Offset() + c];
            q.route(j)[q.p] = double(w[m.b1Offset() + std::size_t(j)]) - w[m.b1Offset()];
        }
        bool converged = false;
        bestLl = iterate(q, config.startIterations, nullptr, &converged);
        best = q;
        result.bestStart = -1; // the gradient start
    }
    for (int s = 0; s < config.restarts; ++s) {
        Params q = em.zero();
        std::vector<double> &gamma = em.gamma();
        for (int i = 0; i < n; ++i) { // a random point of the simplex per row
            double total = 0;
            for (int j = 0; j < k; ++j)
                total += gamma[std::size_t(i) * k + j] = -std::log(std::max(rng.uniform(), 1e-300));
            for (int j = 0; j < k; ++j)
                gamma[std::size_t(i) * k + j] /= total;
        }
        for (int step = 0; step < 3; ++step) // M-step from the random responsibilities
            em.maximiseHeads(q);
        bool converged = false;
        const double ll = iterate(q, config.startIterations, nullptr, &converged);
        if (ll > bestLl) {
            bestLl = ll;
            best = q;
            result.bestStart = s;
        }
        if (callbacks.progress) callbacks.progress(0.5 * (s + 1) / config.restarts);
        if (cancel && cancel->isCancelled()) break;
    }
    if (best.k == 0) { // K = 1 without random starts: the gradient start is skipped, begin at zero
        best = em.zero();
        result.bestStart = 0;
    }
    result.logLikelihood = iterate(best, config.maxIterations, &result.trace, &result.converged);
    result.cancelled = cancel && cancel->isCancelled();
    result.iterations = totalSteps;
    result.model = toModel(best);
    result.parameterCount = k * data.headDim() + (k - 1) * (data.routerDim() + 1);
    result.bic = -2 * result.logLikelihood + result.parameterCount * std::log(double(n));
    result.seconds = double(timer.nsecsElapsed()) * 1e-9;
    if (callbacks.progress) callbacks.progress(1.0);
    return result;
}

} // namespace micro::core
