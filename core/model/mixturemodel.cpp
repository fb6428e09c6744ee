#include "mixturemodel.h"

#include "util/error.h"
#include "vectorops.h"

#include <QJsonArray>
#include <algorithm>
#include <cmath>
#include <random>

namespace micro::core {

namespace {

QString routerName(MixtureModel::Router r)
{
    switch (r) {
    case MixtureModel::Router::None: return QStringLiteral("none");
    case MixtureModel::Router::Static: return QStringLiteral("static");
    case MixtureModel::Router::Linear: return QStringLiteral("linear");
    case MixtureModel::Router::Mlp: return QStringLiteral("mlp");
    }
    return {};
}

// log(sigmoid(x)) without overflow for large |x|.
inline double logSigmoid(double x)
{
    return x >= 0 ? -std::log1p(std::exp(-x)) : x - std::log1p(std::exp(x));
}

inline double sigmoid(double x)
{
    if (x >= 0)
        return 1.0 / (1.0 + std::exp(-x));
    const double e = std::exp(x);
    return e / (1.0 + e);
}

// In place: logits -> log-softmax.
void logSoftmax(float *v, int n)
{
    float mx = v[0];
    for (int i = 1; i < n; ++i)
        mx = std::max(mx, v[i]);
    double sum = 0;
    for (int i = 0; i < n; ++i)
        sum += std::exp(double(v[i]) - mx);
    const float lse = float(mx + std::log(sum));
    for (int i = 0; i < n; ++i)
        v[i] -= lse;
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
    Router r = Router::None;
    for (Router c : {Router::None, Router::Static, Router::Linear, Router::Mlp})
        if (routerName(c) == name)
            r = c;
    MixtureModel m(layout.value(QStringLiteral("k")).toInt(),
                   layout.value(QStringLiteral("head_dim")).toInt(),
                   layout.value(QStringLiteral("router_dim")).toInt(), r,
                   layout.value(QStringLiteral("hidden")).toInt(128));
    if (parameters.size() != m.m_params.size())
        throw MicroError(ErrorCode::BadFormat, QStringLiteral("parameters"),
                         QStringLiteral("%1 stored, layout needs %2")
                             .arg(parameters.size())
                             .arg(m.m_params.size()));
    m.m_params = std::move(parameters);
    return m;
}

MixtureModel::Scratch MixtureModel::makeScratch() const
{
    Scratch s;
    s.delta.resize(std::size_t(m_k));
    s.logf.resize(std::size_t(m_k));
    s.gamma.resize(std::size_t(m_k));
    s.gradLogit.resize(std::size_t(m_k));
    s.hiddenPre.resize(std::size_t(m_hidden));
    s.hiddenAct.resize(std::size_t(m_hidden));
    s.gradHidden.resize(std::size_t(m_hidden));
    return s;
}

void MixtureModel::routerLogits(const float *psi, Scratch &s, float *logits) const
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
            logits[k] = vec::dot(p + m_w1 + std::size_t(k) * m_p, psi, m_p) + p[m_b1 + k];
        break;
    case Router::Mlp:
        for (int h = 0; h < m_hidden; ++h) {
            const float pre = vec::dot(p + m_w1 + std::size_t(h) * m_p, psi, m_p) + p[m_b1 + h];
            s.hiddenPre[std::size_t(h)] = pre;
            s.hiddenAct[std::size_t(h)] = pre > 0.f ? pre : 0.f;
        }
        for (int k = 0; k < m_k; ++k)
            logits[k] = vec::dot(p + m_w2 + std::size_t(k) * m_hidden, s.hiddenAct.data(),
                                 m_hidden) +
                        p[m_b2 + k];
        break;
    }
}

double MixtureModel::forwardRow(const float *diff, const float *psi, Scratch &s) const
{
    for (int k = 0; k < m_k; ++k)
        s.delta[std::size_t(k)] = vec::dot(head(k), diff, m_d);
    routerLogits(psi, s, s.logf.data());
    if (m_k > 1)
        logSoftmax(s.logf.data(), m_k);
    // log P = logsumexp_k(log f_k + log sigmoid(Delta_k)); gamma = its softmax.
    double mx = -INFINITY;
    for (int k = 0; k < m_k; ++k) {
        const double v = s.logf[std::size_t(k)] + logSigmoid(s.delta[std::size_t(k)]);
        s.gamma[std::size_t(k)] = float(v);
        mx = std::max(mx, v);
    }
    double sum = 0;
    for (int k = 0; k < m_k; ++k)
        sum += std::exp(double(s.gamma[std::size_t(k)]) - mx);
    const double logLik = mx + std::log(sum);
    for (int k = 0; k < m_k; ++k)
        s.gamma[std::size_t(k)] = float(std::exp(double(s.gamma[std::size_t(k)]) - logLik));
    return logLik;
}

double MixtureModel::accumulateRowGradient(const float *diff, const float *psi, float alpha,
                                           float scale, float *grad, Scratch &s,
                                           double *logLik) const
{
    const double ll = forwardRow(diff, psi, s);
    *logLik = ll;

    // Heads: d(-log P)/dDelta_k = -gamma_k (1 - sigmoid(Delta_k)).
    for (int k = 0; k < m_k; ++k) {
        const float g = float(-double(s.gamma[std::size_t(k)]) *
                              (1.0 - sigmoid(s.delta[std::size_t(k)]))) *
                        scale;
        vec::axpy(grad + std::size_t(k) * m_d, g, diff, m_d);
    }
    if (m_router == Router::None)
        return -ll;

    // Router logits: d(-log P)/dz_j = f_j - gamma_j; entropy term R = sum f log f gives
    // dR/dz_j = f_j (log f_j - R).
    double negEntropy = 0;
    for (int k = 0; k < m_k; ++k)
        negEntropy += std::exp(double(s.logf[std::size_t(k)])) * s.logf[std::size_t(k)];
    for (int k = 0; k < m_k; ++k) {
        const double f = std::exp(double(s.logf[std::size_t(k)]));
        s.gradLogit[std::size_t(k)] =
            float((f - s.gamma[std::size_t(k)] + alpha * f * (s.logf[std::size_t(k)] - negEntropy)) *
                  scale);
    }
    const float *gz = s.gradLogit.data();
    switch (m_router) {
    case Router::None:
        break;
    case Router::Static:
        for (int k = 0; k < m_k; ++k)
            grad[m_b2 + k] += gz[k];
        break;
    case Router::Linear:
        for (int k = 0; k < m_k; ++k) {
            vec::axpy(grad + m_w1 + std::size_t(k) * m_p, gz[k], psi, m_p);
            grad[m_b1 + k] += gz[k];
        }
        break;
    case Router::Mlp: {
        const float *p = m_params.data();
        std::fill(s.gradHidden.begin(), s.gradHidden.end(), 0.f);
        for (int k = 0; k < m_k; ++k) {
            vec::axpy(grad + m_w2 + std::size_t(k) * m_hidden, gz[k], s.hiddenAct.data(), m_hidden);
            grad[m_b2 + k] += gz[k];
            vec::axpy(s.gradHidden.data(), gz[k], p + m_w2 + std::size_t(k) * m_hidden, m_hidden);
        }
        for (int h = 0; h < m_hidden; ++h) {
            if (s.hiddenPre[std::size_t(h)] <= 0.f)
                continue;
            const float gh = s.gradHidden[std::size_t(h)];
            vec::axpy(grad + m_w1 + std::size_t(h) * m_p, gh, psi, m_p);
            grad[m_b1 + h] += gh;
        }
        break;
    }
    }
    return -ll + alpha * negEntropy;
}

} // namespace micro::core
