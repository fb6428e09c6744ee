#include "torchreference.h"

#include <torch/torch.h>

namespace micro::core {

namespace {

torch::Tensor gatherRows(const FeatureMatrix &m, const std::vector<int> &rows)
{
    torch::Tensor t = torch::empty({long(rows.size()), m.cols}, torch::kFloat64);
    auto acc = t.accessor<double, 2>();
    for (std::size_t i = 0; i < rows.size(); ++i)
        for (int j = 0; j < m.cols; ++j)
            acc[long(i)][j] = m.row(rows[i])[j];
    return t;
}

torch::Tensor slice(const std::vector<float> &p, std::size_t offset, long rows, long cols)
{
    torch::Tensor t = torch::empty({rows, cols}, torch::kFloat64);
    for (long i = 0; i < rows * cols; ++i)
        t.data_ptr<double>()[i] = p[offset + std::size_t(i)];
    return t.requires_grad_(true);
}

void copyGrad(const torch::Tensor &t, std::size_t offset, std::vector<double> &out)
{
    const torch::Tensor g = t.grad().contiguous();
    for (long i = 0; i < g.numel(); ++i)
        out[offset + std::size_t(i)] = g.data_ptr<double>()[i];
}

} // namespace

ReferenceObjective torchObjective(const MixtureModel &model, const Dataset &data, const std::vector<int> &rows,
                                  double alpha, int threads)
{
    // ATen runs one thread by default on these machines; say how many we want.
    at::set_num_threads(std::max(1, threads));
    const std::vector<float> &p = model.parameters();
    const long k = model.k(), d = model.headDim(), pd = model.routerDim(), h = model.hidden();
    const torch::Tensor diff = gatherRows(data.diff, rows);
    const torch::Tensor psi = gatherRows(data.router, rows);
    const long n = long(rows.size());

    torch::Tensor heads = slice(p, 0, k, d);
    torch::Tensor w1, b1, w2, b2;
    torch::Tensor logits;
    switch (model.router()) {
    case MixtureModel::Router::None:
        logits = torch::zeros({n, 1}, torch::kFloat64);
        break;
    case MixtureModel::Router::Static:
        b2 = slice(p, model.b2Offset(), 1, k);
        logits = b2.expand({n, k});
        break;
    case MixtureModel::Router::Linear:
        w1 = slice(p, model.w1Offset(), k, pd);
        b1 = slice(p, model.b1Offset(), 1, k);
        logits = torch::matmul(psi, w1.t()) + b1;
        break;
    case MixtureModel::Router::Mlp:
        w1 = slice(p, model.w1Offset(), h, pd);
        b1 = slice(p, model.b1Offset(), 1, h);
        w2 = slice(p, model.w2Offset(), k, h);
        b2 = slice(p, model.b2Offset(), 1, k);
        logits = torch::matmul(torch::relu(torch::matmul(psi, w1.t()) + b1), w2.t()) + b2;
        break;
    }
    const torch::Tensor delta = torch::matmul(diff, heads.t());
    const torch::Tensor logf = torch::log_softmax(logits, 1);
    const torch::Tensor nll = -torch::logsumexp(logf + torch::log_sigmoid(delta), 1).mean();
    const torch::Tensor reg = (logf.exp() * logf).sum(1).mean();
    const torch::Tensor loss = nll + alpha * reg;
    loss.backward();

    ReferenceObjective out;
    out.loss = loss.item<double>();
    out.gradient.assign(p.size(), 0.0);
    copyGrad(heads, 0, out.gradient);
    if (w1.defined()) copyGrad(w1, model.w1Offset(), out.gradient);
    if (b1.defined()) copyGrad(b1, model.b1Offset(), out.gradient);
    if (w2.defined()) copyGrad(w2, model.w2Offset(), out.gradient);
    if (b2.defined()) copyGrad(b2, model.b2Offset(), out.gradient);
    return out;
}

} // namespace micro::core
