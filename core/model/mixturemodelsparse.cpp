// MixtureModel on sparse rows. Kept apart from the dense kernels in mixturemodel.cpp: the
// dense path is blocked for cache reuse, this one walks each row's non-zeros once.
#include "mixturemodel.h"

namespace micro::core {

namespace {

// out[r] = sum over the row's non-zeros of W[r, column] * value, for `count` weight rows
// of length `stride`.
void sparseMultiDot(const float *w, int count, std::size_t stride, SparseRow x, float *out)
{
    for (int r = 0; r < count; ++r)
        out[r] = 0.f;
    for (int e = 0; e < x.count; ++e) {
        const float v = x.value[e];
        const float *col = w + std::size_t(x.index[e]);
        for (int r = 0; r < count; ++r)
            out[r] += col[std::size_t(r) * stride] * v;
    }
}

void sparseRankUpdate(float *g, int count, std::size_t stride, const float *coef, SparseRow x)
{
    for (int e = 0; e < x.count; ++e) {
        const float v = x.value[e];
        float *col = g + std::size_t(x.index[e]);
        for (int r = 0; r < count; ++r)
            col[std::size_t(r) * stride] += coef[r] * v;
    }
}

} // namespace

double MixtureModel::forwardSparseRow(SparseRow diff, SparseRow psi, Scratch &s) const
{
    sparseMultiDot(m_params.data(), m_k, std::size_t(m_d), diff, s.delta.data());
    const int r = routerDotCount();
    if (r > 0) sparseMultiDot(m_params.data() + m_w1, r, std::size_t(m_p), psi, s.routerDots.data());
    return finishRow(s.routerDots.data(), s);
}

double MixtureModel::accumulateSparseRowGradient(SparseRow diff, SparseRow psi, float alpha, float scale, float *grad,
                                                 Scratch &s, double *logLik) const
{
    const std::size_t k = std::size_t(m_k), h = std::size_t(m_hidden);
    s.headCoef.resize(k);
    s.logitCoef.resize(k);
    s.hiddenCoef.resize(h);
    const double ll = forwardSparseRow(diff, psi, s);
    float *gz = s.logitCoef.data();
    const double loss = rowBackward(ll, alpha, scale, s, s.headCoef.data(), gz);
    sparseRankUpdate(grad, m_k, std::size_t(m_d), s.headCoef.data(), diff);
    routerBackward(gz, grad, s, s.hiddenCoef.data());
    if (m_router == Router::Linear)
        sparseRankUpdate(grad + m_w1, m_k, std::size_t(m_p), gz, psi);
    else if (m_router == Router::Mlp)
        sparseRankUpdate(grad + m_w1, m_hidden, std::size_t(m_p), s.hiddenCoef.data(), psi);
    *logLik = ll;
    return loss;
}

} // namespace micro::core
