#include "textfeaturizer.h"

#include "util/error.h"
#include "util/threads.h"

#include <QThread>
#include <algorithm>
#include <atomic>
#include <cmath>
#include <omp.h>

namespace micro::core {

namespace {

inline quint64 mix64(quint64 z)
{
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
}

// Lemire's multiply-shift: an unbiased-enough map of a 64-bit hash onto [0, n) for any n,
// without a division per token.
inline int reduceTo(quint64 h, quint32 n)
{
    return int((static_cast<unsigned __int128>(h) * n) >> 64);
}

struct WordTable
{
    bool word[128];
    char16_t lower[128];
    WordTable()
    {
        for (int c = 0; c < 128; ++c) {
            word[c] = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
            lower[c] = char16_t(c >= 'A' && c <= 'Z' ? c + 32 : c);
        }
    }
};
const WordTable kTable;

inline bool isWordUnit(char16_t c)
{
    if (c < 128) return kTable.word[c];
    // Surrogates (emoji, rare scripts) count as word characters rather than splitting.
    return QChar::isSurrogate(c) || QChar::isLetterOrNumber(c);
}

// One document's distinct columns with their counts, columns increasing.
struct Terms
{
    std::vector<int> column;
    std::vector<float> weight; // count, later the TF-IDF weight
};

// Counts a document's hashed columns with a dense per-thread tally (reset as it is read
// out). Columns come out in first-seen order: sorting every document was a quarter of the
// featurizer's time, and nothing downstream needs the order.
class TermCounter
{
public:
    explicit TermCounter(int dimension) : m_count(static_cast<std::size_t>(dimension), 0) {}

    void count(const std::vector<int> &columns, Terms &out)
    {
        out.column.clear();
        for (int c : columns)
            if (m_count[std::size_t(c)]++ == 0) out.column.push_back(c);
        out.weight.resize(out.column.size());
        for (std::size_t i = 0; i < out.column.size(); ++i) {
            out.weight[i] = float(m_count[std::size_t(out.column[i])]);
            m_count[std::size_t(out.column[i])] = 0;
        }
    }

private:
    std::vector<quint32> m_count;
};

// 1 + ln(count), tabulated for the small counts that make up nearly every term.
struct SublinearTf
{
    float table[256];
    SublinearTf()
    {
        table[0] = 0.f;
        for (int c = 1; c < 256; ++c)
            table[c] = float(1.0 + std::log(double(c)));
    }
    float operator()(float count) const { return count < 256.f ? table[int(count)] : 1.0f + std::log(count); }
};
const SublinearTf kTf;

void weighAndNormalise(Terms &t, const std::vector<float> &idf)
{
    double norm = 0;
    for (std::size_t i = 0; i < t.column.size(); ++i) {
        const float w = kTf(t.weight[i]) * idf[std::size_t(t.column[i])];
        t.weight[i] = w;
        norm += double(w) * w;
    }
    if (norm > 0) {
        const float inv = float(1.0 / std::sqrt(norm));
        for (float &w : t.weight)
            w *= inv;
    }
}

// idf = ln((1 + n) / (1 + df)) + 1 per column, from a table indexed by df (at most n + 1
// logarithms instead of one per column).
std::vector<float> inverseDocumentFrequency(const std::vector<Terms> &docs, int dimension)
{
    std::vector<quint32> df(static_cast<std::size_t>(dimension), 0);
    for (const Terms &d : docs)
        for (int c : d.column)
            ++df[std::size_t(c)];
    const std::size_t n = docs.size();
    std::vector<float> byDf(n + 1);
    for (std::size_t k = 0; k <= n; ++k)
        byDf[k] = float(std::log((1.0 + double(n)) / (1.0 + double(k))) + 1.0);
    std::vector<float> idf(static_cast<std::size_t>(dimension));
    for (std::size_t c = 0; c < idf.size(); ++c)
        idf[c] = byDf[df[c]];
    return idf;
}

void throwIfCancelled(const CancelToken *cancel)
{
    if (cancel && cancel->isCancelled()) throw MicroError(ErrorCode::Cancelled, QStringLiteral("featurize"));
}

} // namespace

int hashWords(const QString &text, quint32 dimension, bool bigrams, std::vector<int> &columns)
{
    int words = 0;
    const char16_t *p = reinterpret_cast<const char16_t *>(text.utf16());
    const qsizetype n = text.size();
    quint64 previous = 0;
    bool havePrevious = false;
    for (qsizetype i = 0; i < n;) {
        while (i < n && !isWordUnit(p[i]))
            ++i;
        if (i >= n) break;
        quint64 h = 1469598103934665603ull; // FNV-1a over the lower-cased UTF-16 units
        for (; i < n && isWordUnit(p[i]); ++i) {
            const char16_t c = p[i] < 128 ? kTable.lower[p[i]] : char16_t(QChar::toLower(p[i]));
            h = (h ^ c) * 1099511628211ull;
        }
        h = mix64(h);
        ++words;
        columns.push_back(reduceTo(h, dimension));
        if (bigrams && havePrevious)
            columns.push_back(reduceTo(mix64(previous * 0x9E3779B97F4A7C15ull + h + 0x632BE59BD9B4E019ull), dimension));
        previous = h;
        havePrevious = true;
    }
    return words;
}

void contextBlock(const QString &context, const FeatureSettings &settings, std::vector<int> *columns,
                  std::vector<float> *values)
{
    std::vector<int> hashed;
    hashWords(context, quint32(settings.contextDimension), settings.bigrams, hashed);
    std::sort(hashed.begin(), hashed.end());
    hashed.erase(std::unique(hashed.begin(), hashed.end()), hashed.end());
    const float w = hashed.empty() ? 0.f : float(1.0 / std::sqrt(double(hashed.size())));
    for (int c : hashed) {
        columns->push_back(settings.dimension + c);
        values->push_back(w);
    }
}

FeatureMatrix randomProjection(const SparseMatrix &m, int width, quint64 seed, int threads)
{
    FeatureMatrix out(m.rows, width);
    const int words = (width + 63) / 64;
    const float scale = float(1.0 / std::sqrt(double(width)));
#pragma omp parallel num_threads(effectiveThreadCount(threads))
    {
        std::vector<quint64> signs(static_cast<std::size_t>(words));
#pragma omp for schedule(dynamic, 64)
        for (int i = 0; i < m.rows; ++i) {
            float *o = out.row(i);
            const SparseRow r = m.row(i);
            for (int e = 0; e < r.count; ++e) {
                const quint64 base = mix64(seed ^ (quint64(r.index[e]) * 0xD6E8FEB86659FD93ull));
                for (int w = 0; w < words; ++w)
                    signs[std::size_t(w)] = mix64(base + quint64(w) * 0x9E3779B97F4A7C15ull);
                const float v = r.value[e] * scale;
                for (int j = 0; j < width; ++j)
                    o[j] += ((signs[std::size_t(j >> 6)] >> (j & 63)) & 1u) ? v : -v;
            }
        }
    }
    return out;
}

void featurizeText(Dataset &data, const FeatureSettings &settings, const CancelToken *cancel,
                   const std::function<void(double)> &progress, int threads)
{
    settings.validate();
    const int n = int(data.comparisons.size());
    if (n == 0) throw MicroError(ErrorCode::InvalidOption, data.name, QStringLiteral("no comparisons to featurize"));
    const int team = effectiveThreadCount(threads);
    const quint32 dim = quint32(settings.dimension);

    // Pass 1: hashed term counts of every response, prompt and context.
    std::vector<Terms> responses(std::size_t(2) * std::size_t(n)), prompts(static_cast<std::size_t>(n));
    std::vector<float> lengthDiff(static_cast<std::size_t>(n), 0.f);
    std::atomic<bool> stop{false};
    std::atomic<int> done{0};
#pragma omp parallel num_threads(team)
    {
        std::vector<int> columns;
        TermCounter responseCounter(settings.dimension);
#pragma omp for schedule(dynamic, 32)
        for (int i = 0; i < n; ++i) {
            if (stop.load(std::memory_order_relaxed)) continue;
            const Comparison &c = data.comparisons[std::size_t(i)];
            columns.clear();
            const int chosenWords = hashWords(c.chosen, dim, settings.bigrams, columns);
            responseCounter.count(columns, responses[std::size_t(2 * i)]);
            columns.clear();
            const int rejectedWords = hashWords(c.rejected, dim, settings.bigrams, columns);
            responseCounter.count(columns, responses[std::size_t(2 * i + 1)]);
            lengthDiff[std::size_t(i)] =
                float(0.5 * (std::log1p(double(chosenWords)) - std::log1p(double(rejectedWords))));
            columns.clear();
            hashWords(c.prompt, dim, settings.bigrams, columns);
            responseCounter.count(columns, prompts[std::size_t(i)]);
            if ((i & 255) == 0) {
                if (cancel && cancel->isCancelled()) stop.store(true, std::memory_order_relaxed);
                const int d = done.fetch_add(256) + 256;
                if (progress && omp_get_thread_num() == 0) progress(0.45 * std::min(1.0, double(d) / n));
            }
        }
    }
    throwIfCancelled(cancel);

    // Pass 2: TF-IDF weights (idf over responses and over prompts separately), L2 norm.
    // The two document sets are independent: one thread each.
    std::vector<float> responseIdf, promptIdf;
#pragma omp parallel sections num_threads(std::min(team, 2))
    {
#pragma omp section
        responseIdf = inverseDocumentFrequency(responses, settings.dimension);
#pragma omp section
        promptIdf = inverseDocumentFrequency(prompts, settings.dimension);
    }
    // diff = phi(chosen) - phi(rejected) merged by column, dropping exact zeros (words both
    // responses share with the same weight carry no preference signal); the router row is
    // the prompt's terms followed by the context block. Rows are built in parallel into the
    // chosen/prompt slots, then concatenated.
#pragma omp parallel num_threads(team)
    {
        std::vector<float> scratch(static_cast<std::size_t>(settings.dimension), 0.f);
#pragma omp for schedule(dynamic, 64)
        for (int i = 0; i < n; ++i) {
            Terms &a = responses[std::size_t(2 * i)], &b = responses[std::size_t(2 * i + 1)];
            weighAndNormalise(a, responseIdf);
            weighAndNormalise(b, responseIdf);
            Terms &p = prompts[std::size_t(i)];
            weighAndNormalise(p, promptIdf);
            if (settings.contextInRouter && !data.comparisons[std::size_t(i)].context.isEmpty())
                contextBlock(data.comparisons[std::size_t(i)].context, settings, &p.column, &p.weight);
            // chosen - rejected through a dense per-thread scratch row (reset as it is read).
            Terms d;
            d.column.reserve(a.column.size() + b.column.size());
            d.weight.reserve(a.column.size() + b.column.size());
            for (std::size_t x = 0; x < a.column.size(); ++x)
                scratch[std::size_t(a.column[x])] = a.weight[x];
            for (std::size_t y = 0; y < b.column.size(); ++y) {
                float &slot = scratch[std::size_t(b.column[y])];
                if (slot == 0.f) {                   // chosen weights are all > 0: zero means absent
                    d.column.push_back(b.column[y]); // only in the rejected response
                    d.weight.push_back(-b.weight[y]);
                } else {
                    slot -= b.weight[y];
                }
            }
            for (std::size_t x = 0; x < a.column.size(); ++x) {
                float &slot = scratch[std::size_t(a.column[x])];
                if (slot != 0.f) {
                    d.column.push_back(a.column[x]);
                    d.weight.push_back(slot);
                }
                slot = 0.f;
            }
            if (settings.lengthFeature && lengthDiff[std::size_t(i)] != 0.f) {
                d.column.push_back(settings.dimension);
                d.weight.push_back(lengthDiff[std::size_t(i)]);
            }
            a = std::move(d);
            b = Terms();
        }
    }
    if (progress) progress(0.6);
    throwIfCancelled(cancel);

    SparseMatrix diff, router;
    diff.cols = settings.dimension + (settings.lengthFeature ? 1 : 0);
    router.cols = settings.dimension + (settings.contextInRouter ? settings.contextDimension : 0);
    auto concatenate = [n](SparseMatrix &m, std::vector<Terms> &rows, int stride) {
        qint64 total = 0;
        for (int i = 0; i < n; ++i)
            total += qint64(rows[std::size_t(stride * i)].column.size());
        m.index.reserve(std::size_t(total));
        m.values.reserve(std::size_t(total));
        m.rowStart.reserve(std::size_t(n) + 1);
        for (int i = 0; i < n; ++i) {
            Terms &t = rows[std::size_t(stride * i)];
            m.appendRow(t.column.data(), t.weight.data(), int(t.column.size()));
            t = Terms(); // free as we go
        }
    };
#pragma omp parallel sections num_threads(std::min(team, 2))
    {
#pragma omp section
        concatenate(diff, responses, 2);
#pragma omp section
        concatenate(router, prompts, 1);
    }
    if (progress) progress(0.75);
    throwIfCancelled(cancel);

    data.diff = FeatureMatrix();
    data.router = FeatureMatrix();
    data.diffSparse = SparseMatrix();
    data.routerSparse = SparseMatrix();
    if (settings.reducedWidth > 0) {
        data.diff = randomProjection(diff, settings.reducedWidth, settings.seed, team);
        data.router = randomProjection(router, settings.reducedWidth, settings.seed ^ 0xA5A5A5A5ull, team);
    } else {
        data.diffSparse = std::move(diff);
        data.routerSparse = std::move(router);
    }
    data.features = settings.toJson();
    if (progress) progress(1.0);
}

} // namespace micro::core
