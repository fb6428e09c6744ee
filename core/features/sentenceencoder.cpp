#include "sentenceencoder.h"

#include "encoderpackage.h"
#include "sentencepiecetokenizer.h"
#include "util/error.h"
#include "util/threads.h"

#include <QFile>

#include <torch/torch.h>

#include <algorithm>
#include <numeric>

namespace micro::core {

namespace {

// Long texts are cut before tokenizing: only the first 128 tokens are used, and pieces
// never span a space, so cutting at a space far enough out leaves those tokens unchanged.
// A text with no space in 65,536 code points is cut there (one unknown run anyway).
QString prefixForTokenizing(const QString &text)
{
    constexpr int enough = 8192, hardLimit = 65536;
    if (text.size() <= enough) return text;
    const int space = text.indexOf(QLatin1Char(' '), enough);
    const int cut = (space < 0 || space > hardLimit) ? hardLimit : space;
    return text.left(cut);
}

struct Layer
{
    torch::Tensor normScale, normBias;          // before attention
    torch::Tensor qkvKernel, qkvBias;           // [in, 3 * width]
    torch::Tensor outKernel, outBias;           // [width, 512]
    torch::Tensor residualKernel, residualBias; // layer 0 only: 256 -> 512
    torch::Tensor ffnNormScale, ffnNormBias;
    torch::Tensor ffn1Kernel, ffn1Bias, ffn2Kernel, ffn2Bias;
    double queryScale = 1;
    int heads = 4;
};

} // namespace

struct SentenceEncoder::Network
{
    torch::Tensor embedding;         // [8002, 256]
    torch::Tensor inverseTimescales; // [128]
    Layer layers[2];
    torch::Tensor tanhKernel, tanhBias;
    double paddingBias = -1e9;
    double normEpsilon = 1e-6;
    double l2Epsilon = 1e-12;

    torch::Tensor forward(const torch::Tensor &ids, const torch::Tensor &mask) const;
};

namespace {

class WeightTable
{
public:
    WeightTable(std::map<QString, NamedTensor> tensors, QString folder)
        : m_tensors(std::move(tensors)), m_folder(std::move(folder))
    {
    }

    const NamedTensor &find(const QString &suffix) const
    {
        const NamedTensor *found = nullptr;
        for (const auto &[name, tensor] : m_tensors) {
            if (name.endsWith(suffix)) {
                if (found)
                    throw MicroError(ErrorCode::BadFormat, m_folder + QStringLiteral("/dist/model.json"),
                                     QStringLiteral("two tensors end in %1").arg(suffix));
                found = &tensor;
            }
        }
        if (!found)
            throw MicroError(ErrorCode::BadFormat, m_folder + QStringLiteral("/dist/model.json"),
                             QStringLiteral("tensor ending in %1 is missing").arg(suffix));
        return *found;
    }
    // As a matrix/vector of `elements` values (kernels stored [1, 1, in, out] become [in, out]).
    torch::Tensor tensor(const QString &suffix, std::vector<long> shape) const
    {
        const NamedTensor &t = find(suffix);
        const long count = std::accumulate(shape.begin(), shape.end(), 1L, std::multiplies<long>());
        if (long(t.values.size()) != count)
            throw MicroError(ErrorCode::BadFormat, m_folder + QStringLiteral("/dist/model.json"),
                             QStringLiteral("tensor ending in %1 has %2 values, expected %3")
                                 .arg(suffix)
                                 .arg(t.values.size())
                                 .arg(count));
        std::vector<int64_t> sizes(shape.begin(), shape.end());
        return torch::from_blob(const_cast<float *>(t.values.data()), sizes, torch::kFloat32).clone();
    }
    double scalar(const QString &suffix) const
    {
        const NamedTensor &t = find(suffix);
        if (t.values.size() != 1)
            throw MicroError(ErrorCode::BadFormat, m_folder + QStringLiteral("/dist/model.json"),
                             QStringLiteral("tensor ending in %1 is not a scalar").arg(suffix));
        return double(t.values[0]);
    }

private:
    std::map<QString, NamedTensor> m_tensors;
    QString m_folder;
};

Layer readLayer(const WeightTable &w, int index, long in, long width)
{
    const QString encode = QStringLiteral("Encode/Layer_%1/TransformerLayer/").arg(index);
    const QString stack = QStringLiteral("TransformerStack/Layer_%1/TransformerLayer/").arg(index);
    const QString norm = QStringLiteral("layer_prepostprocess/layer_norm/layer_norm_");
    Layer l;
    l.normScale = w.tensor(encode + norm + QStringLiteral("scale/ConcatPartitions/concat"), {in});
    l.normBias = w.tensor(encode + norm + QStringLiteral("bias/ConcatPartitions/concat"), {in});
    l.qkvKernel =
        w.tensor(encode + QStringLiteral("MultiheadAttention/qkv_transform_single/kernel/part_0"), {in, 3 * width});
    l.qkvBias = w.tensor(
        encode + QStringLiteral("MultiheadAttention/qkv_transform_single/bias/ConcatPartitions/concat"), {3 * width});
    l.outKernel =
        w.tensor(encode + QStringLiteral("MultiheadAttention/output_transform_single/kernel/part_0"), {width, 512});
    l.outBias = w.tensor(
        encode + QStringLiteral("MultiheadAttention/output_transform_single/bias/ConcatPartitions/concat"), {512});
    if (in != 512) {
        l.residualKernel = w.tensor(encode + QStringLiteral("dense/kernel/ConcatPartitions/concat"), {in, 512});
        l.residualBias = w.tensor(encode + QStringLiteral("dense/bias/ConcatPartitions/concat"), {512});
    }
    l.ffnNormScale =
        w.tensor(encode + QStringLiteral("FFN/") + norm + QStringLiteral("scale/ConcatPartitions/concat"), {512});
    l.ffnNormBias =
        w.tensor(encode + QStringLiteral("FFN/") + norm + QStringLiteral("bias/ConcatPartitions/concat"), {512});
    l.ffn1Kernel = w.tensor(stack + QStringLiteral("FFN/conv1/Tensordot/Reshape_1"), {512, 1536});
    l.ffn1Bias = w.tensor(encode + QStringLiteral("FFN/conv1/bias/ConcatPartitions/concat"), {1536});
    l.ffn2Kernel = w.tensor(stack + QStringLiteral("FFN/conv2/Tensordot/Reshape_1"), {1536, 512});
    l.ffn2Bias = w.tensor(encode + QStringLiteral("FFN/conv2/bias/ConcatPartitions/concat"), {512});
    l.queryScale = w.scalar(stack + QStringLiteral("MultiheadAttention/mul/y"));
    return l;
}

torch::Tensor attention(const Layer &l, const torch::Tensor &x, const torch::Tensor &keyBias)
{
    const auto batch = x.size(0), length = x.size(1);
    const auto width = l.qkvKernel.size(1) / 3, headDim = width / l.heads;
    const torch::Tensor qkv = torch::addmm(l.qkvBias, x.reshape({batch * length, x.size(2)}), l.qkvKernel);
    auto parts = qkv.view({batch, length, 3, l.heads, headDim}).permute({2, 0, 3, 1, 4}); // 3, B, H, L, hd
    const torch::Tensor q = parts[0] * l.queryScale, k = parts[1], v = parts[2];
    const torch::Tensor weights = torch::softmax(torch::matmul(q, k.transpose(-1, -2)) + keyBias, -1);
    const torch::Tensor context = torch::matmul(weights, v).permute({0, 2, 1, 3}).reshape({batch * length, width});
    return torch::addmm(l.outBias, context, l.outKernel).view({batch, length, 512});
}

torch::Tensor dense(const torch::Tensor &x, const torch::Tensor &kernel, const torch::Tensor &bias)
{
    const auto batch = x.size(0), length = x.size(1);
    return torch::addmm(bias, x.reshape({batch * length, x.size(2)}), kernel).view({batch, length, kernel.size(1)});
}

} // namespace

torch::Tensor SentenceEncoder::Network::forward(const torch::Tensor &ids, const torch::Tensor &mask) const
{
    const auto batch = ids.size(0), length = ids.size(1);
    const torch::Tensor positions =
        torch::arange(length, torch::kFloat32).unsqueeze(1) * inverseTimescales.unsqueeze(0);
    const torch::Tensor timing = torch::cat({torch::sin(positions), torch::cos(positions)}, 1); // L x 256
    // The graph adds the embedding twice (ENCODER.md); padded positions are zero.
    torch::Tensor x =
        (embedding.index_select(0, ids.reshape({-1})).view({batch, length, -1}) * 2 + timing) * mask.unsqueeze(-1);
    const torch::Tensor keyBias = ((1 - mask) * paddingBias).view({batch, 1, 1, length});
    for (const Layer &l : layers) {
        const torch::Tensor normed = torch::layer_norm(x, {x.size(2)}, l.normScale, l.normBias, normEpsilon);
        const torch::Tensor residual = l.residualKernel.defined() ? dense(x, l.residualKernel, l.residualBias) : x;
        x = residual + attention(l, normed, keyBias);
        const torch::Tensor ffnIn = torch::layer_norm(x, {512}, l.ffnNormScale, l.ffnNormBias, normEpsilon);
        x = x + dense(torch::relu(dense(ffnIn, l.ffn1Kernel, l.ffn1Bias)), l.ffn2Kernel, l.ffn2Bias);
    }
    const torch::Tensor counts = mask.sum(1, true).clamp_min(1);
    const torch::Tensor pooled = (x * mask.unsqueeze(-1)).sum(1) / counts;
    const torch::Tensor hidden = torch::tanh(torch::addmm(tanhBias, pooled, tanhKernel));
    const torch::Tensor norms = hidden.pow(2).sum(1, true).clamp_min(l2Epsilon).sqrt();
    return hidden / norms;
}

SentenceEncoder::SentenceEncoder(const QString &folder)
{
    std::map<QString, NamedTensor> tensors = readEncoderWeights(folder);
    m_tokenizer = std::make_unique<SentencePieceTokenizer>(
        SentencePieceTokenizer::fromVocabularyFile(folder + QStringLiteral("/dist/vocab.json")));
    const WeightTable w(std::move(tensors), folder);
    m_network = std::make_unique<Network>();
    Network &n = *m_network;
    n.embedding = w.tensor(QStringLiteral("module/Embeddings_en"), {8002, 256});
    if (m_tokenizer->vocabularySize() > n.embedding.size(0))
        throw MicroError(ErrorCode::BadFormat, folder + QStringLiteral("/dist/vocab.json"),
                         QStringLiteral("%1 pieces for %2 embedding rows")
                             .arg(m_tokenizer->vocabularySize())
                             .arg(n.embedding.size(0)));
    n.inverseTimescales = w.tensor(QStringLiteral("Layer_0/AddTimingSignal/TimingSignal/ExpandDims_1"), {128});
    n.layers[0] = readLayer(w, 0, 256, 256);
    n.layers[1] = readLayer(w, 1, 512, 512);
    n.tanhKernel = w.tensor(QStringLiteral("hidden_layers/tanh_layer_0/weights"), {512, 512});
    n.tanhBias = w.tensor(QStringLiteral("hidden_layers/tanh_layer_0/bias"), {512});
    n.paddingBias = w.scalar(QStringLiteral("attention_bias_ignore_padding/mul/y"));
    n.l2Epsilon = w.scalar(QStringLiteral("hidden_layers/l2_normalize/Maximum/y"));
}

SentenceEncoder::~SentenceEncoder() = default;

std::vector<int> SentenceEncoder::tokenize(const QString &text) const
{
    return m_tokenizer->encode(prefixForTokenizing(text));
}

FeatureMatrix SentenceEncoder::encode(const QStringList &texts, int threads, const CancelToken *cancel,
                                      const std::function<void(int, int)> &progress) const
{
    const int total = int(texts.size());
    FeatureMatrix out(total, dimension);
    std::vector<std::vector<int>> ids(static_cast<std::size_t>(total));
    for (int i = 0; i < total; ++i) {
        std::vector<int> t = tokenize(texts.at(i));
        if (int(t.size()) > EncoderPackage::maxTokens) t.resize(std::size_t(EncoderPackage::maxTokens));
        ids[std::size_t(i)] = std::move(t);
    }
    std::vector<int> order(static_cast<std::size_t>(total));
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
                     [&](int a, int b) { return ids[std::size_t(a)].size() < ids[std::size_t(b)].size(); });

    torch::set_num_threads(effectiveThreadCount(threads));
    torch::InferenceMode inference;
    // Batches of similar length; ~4k tokens per batch keeps the attention tensors small.
    constexpr int tokenBudget = 4096, maxBatch = 64;
    int done = 0, next = 0;
    while (next < total && ids[std::size_t(order[std::size_t(next)])].empty()) { // zero rows
        ++next;
        ++done;
    }
    while (next < total) {
        if (cancel && cancel->isCancelled()) throw MicroError(ErrorCode::Cancelled, QStringLiteral("encoder"));
        const int first = next;
        int length = 0;
        while (next < total && next - first < maxBatch) {
            const int l = int(ids[std::size_t(order[std::size_t(next)])].size());
            if ((next - first + 1) * std::max(length, l) > tokenBudget) break;
            length = std::max(length, l);
            ++next;
        }
        const int batch = next - first;
        torch::Tensor idTensor = torch::zeros({batch, length}, torch::kInt64);
        torch::Tensor mask = torch::zeros({batch, length}, torch::kFloat32);
        auto idAccess = idTensor.accessor<int64_t, 2>();
        auto maskAccess = mask.accessor<float, 2>();
        for (int b = 0; b < batch; ++b) {
            const std::vector<int> &t = ids[std::size_t(order[std::size_t(first + b)])];
            for (std::size_t j = 0; j < t.size(); ++j) {
                idAccess[b][long(j)] = t[j];
                maskAccess[b][long(j)] = 1.f;
            }
        }
        const torch::Tensor vectors = m_network->forward(idTensor, mask).contiguous();
        const float *v = vectors.data_ptr<float>();
        for (int b = 0; b < batch; ++b)
            std::copy(v + std::size_t(b) * dimension, v + std::size_t(b + 1) * dimension,
                      out.row(order[std::size_t(first + b)]));
        done += batch;
        if (progress) progress(done, total);
    }
    if (progress && total == 0) progress(0, 0);
    return out;
}

QString SentenceEncoder::blasInUse()
{
    QFile maps(QStringLiteral("/proc/self/maps"));
    if (!maps.open(QIODevice::ReadOnly)) return QStringLiteral("unknown");
    const QString text = QString::fromLatin1(maps.readAll());
    // The mapped file's resolved path tells which alternative libblas.so.3 points to.
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        if (line.contains(QLatin1String("openblas")))
            return line.contains(QLatin1String("pthread")) ? QStringLiteral("openblas-pthread")
                                                           : QStringLiteral("openblas");
        if (line.contains(QLatin1String("libmkl"))) return QStringLiteral("mkl");
        if (line.contains(QLatin1String("/blis"))) return QStringLiteral("blis");
    }
    if (text.contains(QLatin1String("/blas/libblas.so"))) return QStringLiteral("reference BLAS (netlib)");
    return QStringLiteral("unknown");
}

} // namespace micro::core
