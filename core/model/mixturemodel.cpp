#include "mixturemodel.h"

#include "batchkernels.h"
#include "util/error.h"
#include "vectormath.h"

#include <QJsonArray>
#include <algorithm>
#include <cmath>
#include <random>

namespace micro::core {

namespace {

QString routerName(MixtureModel::Router r)
{
    switch (r) {
    case MixtureModel::Router::None:
        return QStringLiteral("none");
    case MixtureModel::Router::Static:
        return QStringLiteral("static");
    case MixtureModel::Router::Linear:
        return QStringLiteral("linear");
    case MixtureModel::Router::Mlp:
        return QStringLiteral("mlp");
    }
    return {};
}

} // namespace

MixtureModel::MixtureModel(int k, int headDim, int routerDim, Router router, int hidden)
    : m_k(k), m_d(headDim), m_p(routerDim), m_hidden(router == Router::Mlp ? hidden : 0),
      m_router(k == 1 ? Router::None : router)
{
    std::size_t n = std::size_t(m_k) * m_d;
    m_w1 = m_b1 = m_w2 = m_b2 = n;
    switch (m_router) {
    case Router::None:
        break;
    case Router::Static:
        m_b2 = n;
        n += m_k;
        break;
    case Router::Linear:
        m_w1 = n;
        m_b1 = m_w1 + std::size_t(m_k) * m_p;
        n = m_b1 + m_k;
        m_w2 = m_b2 = n;
        break;
    case Router::Mlp:
        m_w1 = n;
        m_b1 = m_w1 + std::size_t(m_hidden) * m_p;
        m_w2 = m_b1 + m_hidden;
        m_b2 = m_w2 + std::size_t(m_k) * m_hidden;
        n = m_b2 + m_k;
        break;
    }
    m_params.assign(n, 0.f);
}

MixtureModel MixtureModel::forConfig(const Stage1Config &config, int headDim, int routerDim)
{
    Router r = Router::Linear;
    if (config.model == ModelKind::Static)
        r = Router::Static;
    else if (config.router == RouterKind::Mlp)
        r = Router::Mlp;
    return MixtureModel(config.effectiveK(), headDim, routerDim, r, config.hidden);
}

void MixtureModel::initialise(quint64 seed)
{
    std::mt19937_64 rng(seed);
    auto fill = [&](std::size_t begin, std::size_t count, int fanIn) {
        const double bound = 1.0 / std::sqrt(double(std::max(1, fanIn)));
        for (std::size_t i = 0; i < count; ++i) {
            // 53-bit uniform in [0, 1) from the raw engine: identical on every platform.
            const double u = double(rng() >> 11) * (1.0 / 9007199254740992.0);
            m_params[begin + i] = float((2 * u - 1) * bound);
        }
    };
    fill(0, std::size_t(m_k) * m_d, m_d);
    switch (m_router) {
    case Router::None:
        break;
    case Router::Static:
        std::fill(m_params.begin() + long(m_b2), m_params.end(), 0.f); // uniform start
        break;
    case Router::Linear:
        fill(m_w1, std::size_t(m_k) * m_p, m_p);
        fill(m_b1, std::size_t(m_k), m_p);
        break;
    case Router::Mlp:
        fill(m_w1, std::size_t(m_hidden) * m_p, m_p);
        fill(m_b1, std::size_t(m_hidden), m_p);
        fill(m_w2, std::size_t(m_k) * m_hidden, m_hidden);
        fill(m_b2, std::size_t(m_k), m_hidden);
        break;
    }
}

MixtureModel MixtureModel::withoutHead(int j) const
{
    Q_ASSERT(m_k >= 2 && j >= 0 && j < m_k);
    MixtureModel out(m_k - 1, m_d, m_p, m_router, m_hidden > 0 ? m_hidden : 128);
    auto copyRowsExcept = [&](std::size_t from, std::size_t to, std::size_t rowLength) {
        for (int k = 0, kept = 0; k < m_k; ++k) {
            if (k == j) continue;
            std::copy_n(m_params.begin() + long(from + std::size_t(k) * rowLength), rowLength,
                        out.m_params.begin() + long(to + std::size_t(kept++) * rowLength));
        }
    };
    copyRowsExcept(0, 0, std::size_t(m_d));
    if (out.m_router == Router::None) return out; // one head left: no router
    switch (m_router) {
    case Router::None:
        break;
    case Router::Static:
        copyRowsExcept(m_b2, out.m_b2, 1);
        break;
    case Router::Linear:
        copyRowsExcept(m_w1, out.m_w1, std::size_t(m_p));
        copyRowsExcept(m_b1, out.m_b1, 1);
        break;
    case Router::Mlp: // the hidden layer is shared by every logit: kept whole
        std::copy(m_params.begin() + long(m_w1), m_params.begin() + long(m_w2), out.m_params.begin() + long(out.m_w1));
        copyRowsExcept(m_w2, out.m_w2, std::size_t(m_hidden));
        copyRowsExcept(m_b2, out.m_b2, 1);
        break;
    }
    return out;
}

MixtureModel MixtureModel::withExtraHead(quint64 seed) const
{
    const Router router = m_router == Router::None ? Router::Linear : m_router;
    MixtureModel out(m_k + 1, m_d, m_p, router, m_hidden > 0 ? m_hidden : 128);
    out.initialise(seed); // the new head's weights (and an MLP's hidden layer)
    std::copy_n(m_params.begin(), std::size_t(m_k) * m_d, out.m_params.begin()); // the old heads
    float least = 0.f;                                                           // the old heads' smallest bias
    switch (m_router) {
    case Router::None: // one old head: logit 0 for it, zero weights
        std::fill(out.m_params.begin() + long(out.m_w1), out.m_params.end(), 0.f);
        break;
    case Router::Static:
        std::copy_n(m_params.begin() + long(m_b2), m_k, out.m_params.begin() + long(out.m_b2));
        least = *std::min_element(m_params.begin() + long(m_b2), m_params.begin() + long(m_b2) + m_k);
        break;
    case Router::Linear:
        std::copy_n(m_params.begin() + long(m_w1), std::size_t(m_k) * m_p, out.m_params.begin() + long(out.m_w1));
        std::fill_n(out.m_params.begin() + long(out.m_w1 + std::size_t(m_k) * m_p), m_p, 0.f);
        std::copy_n(m_params.begin() + long(m_b1), m_k, out.m_params.begin() + long(out.m_b1));
        least = *std::min_element(m_params.begin() + long(m_b1), m_params.begin() + long(m_b1) + m_k);
        break;
    case Router::Mlp:
        std::copy(m_params.begin() + long(m_w1), m_params.begin() + long(m_w2), out.m_params.begin() + long(out.m_w1));
        std::copy_n(m_params.begin() + long(m_w2), std::size_t(m_k) * m_hidden, out.m_params.begin() + long(out.m_w2));
        std::fill_n(out.m_params.begin() + long(out.m_w2 + std::size_t(m_k) * m_hidden), m_hidden, 0.f);
        std::copy_n(m_params.begin() + long(m_b2), m_k, out.m_params.begin() + long(out.m_b2));
        least = *std::min_element(m_params.begin() + long(m_b2), m_params.begin() + long(m_b2) + m_k);
        break;
    }
    const std::size_t newBias = (router == Router::Linear ? out.m_b1 : out.m_b2) + std::size_t(m_k);
    out.m_params[newBias] = least - 3.f;
    return out;
}

QJsonObject MixtureModel::layoutJson() const
{
    return QJsonObject{{QStringLiteral("k"), m_k},
                       {QStringLiteral("head_dim"), m_d},
                       {QStringLiteral("router_dim"), m_p},
                       {QStringLiteral("router"), routerName(m_router)},
                       {QStringLiteral("hidden"), m_hidden}};
}

MixtureModel MixtureModel::fromLayout(const QJsonObject &layout, std::vector<float> parameters)
{
    const QString name = layout.value(QStringLiteral("router")).toString();
    bool known = false;
    Router r = Router::None;
    for (Router c : {Router::None, Router::Static, Router::Linear, Router::Mlp})
        if (routerName(c) == name) {
            r = c;
            known = true;
        }
    const int k = layout.value(QStringLiteral("k")).toInt(), d = layout.value(QStringLiteral("head_dim")).toInt(),
              p = layout.value(QStringLiteral("router_dim")).toInt(),
              h = layout.value(QStringLiteral("hidden")).toInt(128);
    // Stored values are checked before they size anything: a damaged file must give an
    // error, not an allocation of billions of floats.
    double expected = double(k) * d;
    if (r == Router::Static)
        expected += k;
    else if (r == Router::Linear)
        expected += double(k) * p + k;
    else if (r == Router::Mlp)
        expected += double(h) * p + h + double(k) * h + k;
    if (!known || k < 1 || d < 1 || p < 0 || (r == Router::Mlp && h < 1) || (r == Router::None) != (k == 1) ||
        expected != double(parameters.size()))
        throw MicroError(ErrorCode::BadFormat, QStringLiteral("parameters"),
                         QStringLiteral("layout %1 does not fit %2 stored values").arg(name).arg(parameters.size()));
    MixtureModel m(layout.value(QStringLiteral("k")).toInt(), layout.value(QStringLiteral("head_dim")).toInt(),
                   layout.value(QStringLiteral("router_dim")).toInt(), r,
                   layout.value(QStringLiteral("hidden")).toInt(128));
    if (parameters.size() != m.m_params.size())
        throw MicroError(ErrorCode::BadFormat, QStringLiteral("parameters"),
                         QStringLiteral("%1 stored, layout needs %2").arg(parameters.size()).arg(m.m_params.size()));
    m.m_params = std::move(parameters);
    return m;
}

MixtureModel::Scratch MixtureModel::makeScratch() const
{
    Scratch s;
    s.delta.resize(std::size_t(m_k));
    s.logf.resize(std::size_t(m_k));
    s.gamma.resize(std::size_t(m_k));
    s.sigmoid.resize(std::size_t(m_k));
    s.prob.resize(std::size_t(m_k));
    s.hiddenPre.resize(std::size_t(m_hidden));
    s.routerDots.resize(std::size_t(std::max(1, routerDotCount())));
    s.hiddenAct.resize(std::size_t(m_hidden));
    s.gradHidden.resize(std::size_t(m_hidden));
    s.work.resize(std::size_t(m_k) + 2);
    return s;
}

int MixtureModel::routerDotCount() const
{
    switch (m_router) {
    case Router::Linear:
        return m_k;
    case Router::Mlp:
        return m_hidden;
    default:
        return 0;
    }
}

void MixtureModel::routerLogits(const float *routerDots, Scratch &s, float *logits) const
{
    const float *p = m_params.data();
    switch (m_router) {
    case Router::None:
        logits[0] = 0.f;
        break;
    case Router::Static:
        std::copy(p + m_b2, p + m_b2 + m_k, logits);
        break;
    case Router::Linear:
        for (int k = 0; k < m_k; ++k)
            logits[k] = routerDots[k] + p[m_b1 + k];
        break;
    case Router::Mlp:
        for (int h = 0; h < m_hidden; ++h) {
            const float pre = routerDots[h] + p[m_b1 + h];
            s.hiddenPre[std::size_t(h)] = pre;
            s.hiddenAct[std::size_t(h)] = pre > 0.f ? pre : 0.f;
        }
        for (int k = 0; k < m_k; ++k)
            logits[k] = vec::dot(p + m_w2 + std::size_t(k) * m_hidden, s.hiddenAct.data(), m_hidden) + p[m_b2 + k];
        break;
    }
}

double MixtureModel::forwardRow(const float *diff, const float *psi, Scratch &s) const
{
    vec::multiDot(m_params.data(), m_k, m_d, &diff, 1, s.delta.data(), 0, m_d);
    const int r = routerDotCount();
    if (r > 0) vec::multiDot(m_params.data() + m_w1, r, m_p, &psi, 1, s.routerDots.data(), 0, m_p);
    return finishRow(s.routerDots.data(), s);
}

double MixtureModel::finishRow(const float *routerDots, Scratch &s) const
{
    routerLogits(routerDots, s, s.logf.data());
    return finishFromLogits(s);
}

double MixtureModel::finishFromLogits(Scratch &s) const
{
    double logLik;
    finishRows(1, s.delta.data(), s.logf.data(), s.sigmoid.data(), s.prob.data(), s.gamma.data(), &logLik,
               s.work.data());
    return logLik;
}

namespace {

// For rows of k values (n = rows x k): work = exp(v - the row's max), rowMax and rowSum (the
// row's sum of work) per row. The softmax step shared by the router weights and gamma.
void expShiftedRows(const float *v, std::size_t n, std::size_t k, float *work, float *rowMax, float *rowSum)
{
    for (std::size_t i = 0, r = 0; i < n; i += k, ++r) {
        float mx = v[i];
        for (std::size_t j = 1; j < k; ++j)
            mx = std::max(mx, v[i + j]);
        rowMax[r] = mx;
        for (std::size_t j = 0; j < k; ++j)
            work[i + j] = v[i + j] - mx;
    }
    vec::expInPlace(work, n);
    for (std::size_t i = 0, r = 0; i < n; i += k, ++r) {
        float sum = 0;
        for (std::size_t j = 0; j < k; ++j)
            sum += work[i + j];
        rowSum[r] = sum;
    }
}

} // namespace

void MixtureModel::finishRows(int count, const float *delta, float *logf, float *sig, float *prob, float *gamma,
                              double *logLik, float *work) const
{
    const std::size_t k = std::size_t(m_k), n = std::size_t(count) * k;
    float *rowMax = work + n, *rowSum = rowMax + count; // one value per row each
    // Router weights: log f = logit - max - log(sum exp(logit - max)), f = exp(...) / sum.
    if (k > 1) {
        expShiftedRows(logf, n, k, work, rowMax, rowSum);
        for (std::size_t i = 0, r = 0; i < n; i += k, ++r) {
            const float inv = 1.0f / rowSum[r];
            for (std::size_t j = 0; j < k; ++j)
                prob[i + j] = work[i + j] * inv;
        }
        vec::logInPlace(rowSum, std::size_t(count));
        for (std::size_t i = 0, r = 0; i < n; i += k, ++r)
            for (std::size_t j = 0; j < k; ++j)
                logf[i + j] = (logf[i + j] - rowMax[r]) - rowSum[r];
    } else {
        std::fill(logf, logf + n, 0.f);
        std::fill(prob, prob + n, 1.f);
    }
    // sigmoid(Delta) and log sigmoid(Delta) from e = exp(-|Delta|) in (0, 1] and log1p(e),
    // without overflow for any Delta.
    for (std::size_t i = 0; i < n; ++i)
        work[i] = -std::abs(delta[i]);
    vec::expInPlace(work, n);
    std::copy_n(work, n, gamma);
    vec::log1pInPlace(gamma, n);
    // log P = logsumexp_k(log f_k + log sigmoid(Delta_k)); gamma = its softmax.
    for (std::size_t i = 0; i < n; ++i) {
        const float e = work[i], l = gamma[i];
        const bool positive = delta[i] >= 0;
        sig[i] = (positive ? 1.0f : e) / (1.0f + e);
        gamma[i] = logf[i] + (positive ? -l : delta[i] - l);
    }
    expShiftedRows(gamma, n, k, work, rowMax, rowSum);
    for (std::size_t i = 0, r = 0; i < n; i += k, ++r) {
        const float inv = 1.0f / rowSum[r];
        for (std::size_t j = 0; j < k; ++j)
            gamma[i + j] = work[i + j] * inv;
        logLik[r] = double(rowMax[r]) + std::log(double(rowSum[r]));
    }
}

void MixtureModel::forwardBatch(const float *const *diffs, const float *const *psis, int count, Scratch &s,
                                const float *const *prefetchDiffs, const float *const *prefetchPsis,
                                int prefetchCount) const
{
    s.batchDelta.resize(std::size_t(count) * std::size_t(m_k));
    vec::multiDot(m_params.data(), m_k, m_d, diffs, count, s.batchDelta.data(), 0, m_d, prefetchDiffs, prefetchCount);
    const int r = routerDotCount();
    s.batchRouterDots.resize(std::size_t(count) * std::size_t(r));
    if (r > 0)
        vec::multiDot(m_params.data() + m_w1, r, m_p, psis, count, s.batchRouterDots.data(), 0, m_p, prefetchPsis,
                      prefetchCount);
    else
        for (int i = 0; i < prefetchCount; ++i)
            vec::prefetch(prefetchPsis[i], m_p);
}

void MixtureModel::finishBatch(int count, Scratch &s) const
{
    const std::size_t n = std::size_t(count) * std::size_t(m_k);
    const int r = routerDotCount();
    s.batchLogf.resize(n);
    for (int i = 0; i < count; ++i)
        routerLogits(s.batchRouterDots.data() + std::size_t(i) * std::size_t(r), s,
                     s.batchLogf.data() + std::size_t(i) * std::size_t(m_k));
    s.batchSigmoid.resize(n);
    s.batchProb.resize(n);
    s.batchGamma.resize(n);
    s.batchLogLik.resize(std::size_t(count));
    s.work.resize(n + 2 * std::size_t(count));
    finishRows(count, s.batchDelta.data(), s.batchLogf.data(), s.batchSigmoid.data(), s.batchProb.data(),
               s.batchGamma.data(), s.batchLogLik.data(), s.work.data());
}

double MixtureModel::accumulateRowGradient(const float *diff, const float *psi, float alpha, float scale, float *grad,
                                           Scratch &s, double *logLik) const
{
    return accumulateBatchGradient(&diff, &psi, 1, alpha, scale, grad, s, logLik);
}

double MixtureModel::rowBackward(double logLik, float alpha, float scale, const Scratch &s, float *headCoef,
                                 float *logitCoef) const
{
    return rowBackward(logLik, alpha, scale, RowView{s.sigmoid.data(), s.logf.data(), s.prob.data(), s.gamma.data()},
                       headCoef, logitCoef);
}

double MixtureModel::rowBackward(double logLik, float alpha, float scale, RowView row, float *headCoef,
                                 float *logitCoef) const
{
    const std::size_t k = std::size_t(m_k);
    // Heads: d(-log P)/dDelta_k = -gamma_k (1 - sigmoid(Delta_k)).
    for (std::size_t j = 0; j < k; ++j)
        headCoef[j] = -row.gamma[j] * (1.0f - row.sigmoid[j]) * scale;
    if (m_router == Router::None) {
        logitCoef[0] = 0.f;
        return -logLik;
    }
    // Router logits: d(-log P)/dz_j = f_j - gamma_j; the entropy term R = sum f log f
    // adds dR/dz_j = f_j (log f_j - R).
    const float *f = row.prob, *logf = row.logf, *gamma = row.gamma;
    float negEntropy = 0;
    for (std::size_t j = 0; j < k; ++j)
        negEntropy += f[j] * logf[j];
    for (std::size_t j = 0; j < k; ++j)
        logitCoef[j] = (f[j] - gamma[j] + alpha * f[j] * (logf[j] - negEntropy)) * scale;
    return -logLik + double(alpha) * negEntropy;
}

void MixtureModel::routerBackward(const float *gz, float *grad, Scratch &s, float *hiddenCoef) const
{
    const std::size_t k = std::size_t(m_k), h = std::size_t(m_hidden);
    const float *p = m_params.data();
    switch (m_router) {
    case Router::None:
        break;
    case Router::Static:
        for (std::size_t j = 0; j < k; ++j)
            grad[m_b2 + j] += gz[j];
        break;
    case Router::Linear:
        for (std::size_t j = 0; j < k; ++j)
            grad[m_b1 + j] += gz[j];
        break;
    case Router::Mlp:
        std::fill(s.gradHidden.begin(), s.gradHidden.end(), 0.f);
        for (std::size_t j = 0; j < k; ++j) {
            vec::axpy(grad + m_w2 + j * h, gz[j], s.hiddenAct.data(), m_hidden);
            grad[m_b2 + j] += gz[j];
            vec::axpy(s.gradHidden.data(), gz[j], p + m_w2 + j * h, m_hidden);
        }
        for (std::size_t u = 0; u < h; ++u) {
            hiddenCoef[u] = s.hiddenPre[u] > 0.f ? s.gradHidden[u] : 0.f; // ReLU gate
            grad[m_b1 + u] += hiddenCoef[u];
        }
        break;
    }
}

double MixtureModel::accumulateBatchGradient(const float *const *diffs, const float *const *psis, int count,
                                             float alpha, float scale, float *grad, Scratch &s, double *logLik,
                                             const float *const *prefetchDiffs, const float *const *prefetchPsis,
                                             int prefetchCount) const
{
    const std::size_t k = std::size_t(m_k), h = std::size_t(m_hidden);
    s.headCoef.resize(std::size_t(count) * k);
    s.logitCoef.resize(std::size_t(count) * k);
    s.hiddenCoef.resize(std::size_t(count) * h);
    double loss = 0, ll = 0;
    forwardBatch(diffs, psis, count, s, prefetchDiffs, prefetchPsis, prefetchCount);
    finishBatch(count, s);
    const int r = routerDotCount();
    for (int i = 0; i < count; ++i) {
        const double rowLl = s.batchLogLik[std::size_t(i)];
        ll += rowLl;
        const std::size_t at = std::size_t(i) * k;
        float *gz = s.logitCoef.data() + at;
        loss += rowBackward(rowLl, alpha, scale,
                            RowView{s.batchSigmoid.data() + at, s.batchLogf.data() + at, s.batchProb.data() + at,
                                    s.batchGamma.data() + at},
                            s.headCoef.data() + at, gz);
        // An MLP router's backward reads this row's hidden layer, which finishBatch left
        // holding the batch's last row: recompute it (hidden x K multiply-adds, no memory).
        if (m_router == Router::Mlp)
            routerLogits(s.batchRouterDots.data() + std::size_t(i) * std::size_t(r), s, s.logf.data());
        routerBackward(gz, grad, s, s.hiddenCoef.data() + std::size_t(i) * h);
    }
    vec::rankUpdate(grad, m_k, m_d, s.headCoef.data(), diffs, count, 0, m_d);
    if (m_router == Router::Linear)
        vec::rankUpdate(grad + m_w1, m_k, m_p, s.logitCoef.data(), psis, count, 0, m_p);
    else if (m_router == Router::Mlp)
        vec::rankUpdate(grad + m_w1, m_hidden, m_p, s.hiddenCoef.data(), psis, count, 0, m_p);
    *logLik = ll;
    return loss;
}

} // namespace micro::core
