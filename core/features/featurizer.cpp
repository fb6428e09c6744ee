#include "featurizer.h"

#include "encoderpackage.h"
#include "sentenceencoder.h"
#include "textfeaturizer.h"
#include "util/error.h"

#include <QElapsedTimer>
#include <QHash>
#include <QSet>

#include <cmath>

namespace micro::core {

namespace {

bool anyContext(const Dataset &data)
{
    for (const Comparison &c : data.comparisons)
        if (!c.context.isEmpty()) return true;
    return false;
}

bool routerReadsContext(const Dataset &data, const FeatureSettings &settings)
{
    return settings.contextInRouter && anyContext(data);
}

// Every text the encoder features need, once, in order of first appearance.
QStringList distinctTexts(const Dataset &data, const FeatureSettings &settings)
{
    const bool contexts = routerReadsContext(data, settings);
    QSet<QString> seen;
    QStringList out;
    auto add = [&](const QString &t) {
        if (!t.isEmpty() && !seen.contains(t)) {
            seen.insert(t);
            out << t;
        }
    };
    for (const Comparison &c : data.comparisons) {
        add(c.chosen);
        add(c.rejected);
        add(c.prompt);
        if (contexts) add(c.context);
    }
    return out;
}

float lengthValue(const QString &text)
{
    std::vector<int> scratch;
    return float(0.5 * std::log1p(double(hashWords(text, 16, false, scratch))));
}

// [a | b] row by row.
FeatureMatrix concatenate(const FeatureMatrix &a, const FeatureMatrix &b)
{
    FeatureMatrix out(a.rows, a.cols + b.cols);
    for (int i = 0; i < a.rows; ++i) {
        std::copy(a.row(i), a.row(i) + a.cols, out.row(i));
        std::copy(b.row(i), b.row(i) + b.cols, out.row(i) + a.cols);
    }
    return out;
}

SparseMatrix concatenate(const SparseMatrix &a, const FeatureMatrix &b)
{
    SparseMatrix out;
    out.cols = a.cols + b.cols;
    out.index.reserve(std::size_t(a.nonZeros()) + b.values.size());
    out.values.reserve(std::size_t(a.nonZeros()) + b.values.size());
    std::vector<int> columns;
    std::vector<float> values;
    for (int i = 0; i < a.rows; ++i) {
        const SparseRow r = a.row(i);
        columns.assign(r.index, r.index + r.count);
        values.assign(r.value, r.value + r.count);
        for (int j = 0; j < b.cols; ++j)
            if (b.row(i)[j] != 0.f) {
                columns.push_back(a.cols + j);
                values.push_back(b.row(i)[j]);
            }
        out.appendRow(columns.data(), values.data(), int(columns.size()));
    }
    return out;
}

} // namespace

std::vector<QByteArray> encoderTextHashes(const Dataset &data, const FeatureSettings &settings)
{
    std::vector<QByteArray> hashes;
    if (!settings.usesEncoder()) return hashes;
    for (const QString &t : distinctTexts(data, settings))
        hashes.push_back(EmbeddingCache::hashOf(t));
    return hashes;
}

FeaturizeStats featurize(Dataset &data, const FeatureSettings &settings, EmbeddingCache &cache,
                         const CancelToken *cancel, const std::function<void(double)> &progress, int threads)
{
    settings.validate();
    FeaturizeStats stats;
    if (!settings.usesEncoder()) {
        featurizeText(data, settings, cancel, progress, threads);
        return stats;
    }
    const int n = int(data.comparisons.size());
    if (n == 0) throw MicroError(ErrorCode::InvalidOption, data.name, QStringLiteral("no comparisons to featurize"));
    auto report = [&](double f) {
        if (progress) progress(f);
    };

    // 1. Vectors of every distinct text: from the cache, or from the encoder.
    const QStringList texts = distinctTexts(data, settings);
    std::vector<QByteArray> hashes; // of `texts`, computed once
    hashes.reserve(std::size_t(texts.size()));
    QStringList missing;
    std::vector<QByteArray> missingHashes;
    for (const QString &t : texts) {
        const QByteArray &h = hashes.emplace_back(EmbeddingCache::hashOf(t));
        if (cache.find(h)) {
            ++stats.textsFromCache;
            cache.countHit();
        } else {
            missing << t;
            missingHashes.push_back(h);
        }
    }
    const double encodeShare = settings.usesTfIdf() ? 0.8 : 0.95;
    if (!missing.isEmpty()) {
        QElapsedTimer timer;
        timer.start();
        const SentenceEncoder encoder(EncoderPackage::locate(settings.encoderFolder));
        // Chunks, so that vectors join the cache as they come and progress stays smooth.
        constexpr int chunk = 512;
        for (int begin = 0; begin < missing.size(); begin += chunk) {
            const QStringList part = missing.mid(begin, chunk);
            const FeatureMatrix vectors = encoder.encode(part, threads, cancel, [&](int done, int) {
                report(encodeShare * double(begin + done) / double(missing.size()));
            });
            for (int i = 0; i < part.size(); ++i)
                cache.add(missingHashes[std::size_t(begin + i)],
                          std::vector<float>(vectors.row(i), vectors.row(i) + vectors.cols));
        }
        stats.textsEncoded = int(missing.size());
        stats.encodeSeconds = double(timer.nsecsElapsed()) * 1e-9;
    }
    if (cancel && cancel->isCancelled()) throw MicroError(ErrorCode::Cancelled, data.name);

    // 2. Dense encoder blocks.
    constexpr int e = SentenceEncoder::dimension;
    const bool contexts = routerReadsContext(data, settings);
    const std::vector<float> zero(std::size_t(e), 0.f);
    // Each distinct text's vector, looked up by text: the rows below repeat texts (a shared
    // rejected answer, a prompt per row), and hashing every occurrence again was wasted work.
    QHash<QString, const std::vector<float> *> byText;
    byText.reserve(texts.size());
    for (int i = 0; i < texts.size(); ++i)
        byText.insert(texts.at(i), cache.find(hashes[std::size_t(i)]));
    auto vectorOf = [&](const QString &t) -> const std::vector<float> & {
        const std::vector<float> *v = t.isEmpty() ? nullptr : byText.value(t);
        return v ? *v : zero;
    };
    FeatureMatrix diff(n, e + (settings.lengthFeature ? 1 : 0));
    FeatureMatrix router(n, e + (contexts ? e : 0));
    for (int i = 0; i < n; ++i) {
        const Comparison &c = data.comparisons[std::size_t(i)];
        const std::vector<float> &a = vectorOf(c.chosen), &b = vectorOf(c.rejected);
        float *d = diff.row(i);
        for (int j = 0; j < e; ++j)
            d[j] = a[std::size_t(j)] - b[std::size_t(j)];
        if (settings.lengthFeature) d[e] = lengthValue(c.chosen) - lengthValue(c.rejected);
        const std::vector<float> &p = vectorOf(c.prompt);
        std::copy(p.begin(), p.end(), router.row(i));
        if (contexts) {
            const std::vector<float> &x = vectorOf(c.context);
            std::copy(x.begin(), x.end(), router.row(i) + e);
        }
    }

    // 3. Alone, or after the TF-IDF columns.
    if (settings.kind == FeatureSettings::Kind::Encoder) {
        data.diffSparse = SparseMatrix();
        data.routerSparse = SparseMatrix();
        data.diff = std::move(diff);
        data.router = std::move(router);
    } else {
        FeatureSettings tfidf = settings;
        tfidf.kind = FeatureSettings::Kind::TfIdf;
        tfidf.lengthFeature = false; // once is enough: the encoder block carries it
        featurizeText(
            data, tfidf, cancel, [&](double f) { report(encodeShare + (1 - encodeShare) * f); }, threads);
        if (data.isSparse()) {
            data.diffSparse = concatenate(data.diffSparse, diff);
            data.routerSparse = concatenate(data.routerSparse, router);
        } else {
            data.diff = concatenate(data.diff, diff);
            data.router = concatenate(data.router, router);
        }
    }
    data.features = settings.toJson();
    report(1.0);
    return stats;
}

} // namespace micro::core
