#include "emfitter.h"

#include "emengine.h"
#include "prediction.h"
#include "util/error.h"
#include "util/random.h"

#include <QElapsedTimer>
#include <QString>
#include <algorithm>
#include <cmath>

namespace micro::core {

// The engine (E- and M-steps) lives in emengine.*; this file drives it: starts, SQUAREM, result.
using em::EmEngine;
using em::Params;
using em::toModel;

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
