#include "synthfile.h"

#include "util/error.h"
#include "util/random.h"
#include "util/threads.h"

#include <cmath>
#include <omp.h>
#include <vector>

namespace micro::core {

namespace {

constexpr int kChunkRows = 4096;

// splitmix64: a fast stream of 64-bit draws; each gives two uniform floats.
struct SplitMix
{
    std::uint64_t state;
    std::uint64_t next()
    {
        std::uint64_t z = (state += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }
};

// Uniform on [-sqrt(3), sqrt(3)): unit variance.
inline float unitUniform(std::uint32_t bits)
{
    return (float(bits >> 8) * (1.0f / 16777216.0f) * 2.0f - 1.0f) * 1.7320508f;
}

void fillUniform(float *out, int n, SplitMix &rng)
{
    for (int i = 0; i + 1 < n; i += 2) {
        const std::uint64_t r = rng.next();
        out[i] = unitUniform(std::uint32_t(r));
        out[i + 1] = unitUniform(std::uint32_t(r >> 32));
    }
    if (n % 2) out[n - 1] = unitUniform(std::uint32_t(rng.next()));
}

} // namespace

void SynthFileConfig::validate() const
{
    auto fail = [](const char *option, const QString &constraint) {
        throw MicroError(ErrorCode::InvalidOption, QString::fromLatin1(option), constraint);
    };
    if (rows < 1 || rows > std::numeric_limits<int>::max())
        fail("n", QStringLiteral("%1 given, must be between 1 and %2").arg(rows).arg(std::numeric_limits<int>::max()));
    if (dim < 1 || dim > (1 << 20)) fail("dim", QStringLiteral("%1 given, must be between 1 and 1048576").arg(dim));
    if (routerDim < 1 || routerDim > (1 << 20))
        fail("router-dim", QStringLiteral("%1 given, must be between 1 and 1048576").arg(routerDim));
    if (k < 1 || k > 64) fail("k", QStringLiteral("%1 given, must be between 1 and 64").arg(k));
    if (!(separation >= 0) || !std::isfinite(separation))
        fail("separation", QStringLiteral("%1 given, must be zero or positive").arg(separation));
}

QJsonObject SynthFileConfig::toJson() const
{
    return QJsonObject{{QStringLiteral("rows"), double(rows)},          {QStringLiteral("dim"), dim},
                       {QStringLiteral("router_dim"), routerDim},       {QStringLiteral("k"), k},
                       {QStringLiteral("seed"), QString::number(seed)}, {QStringLiteral("separation"), separation},
                       {QStringLiteral("type"), storedFloatName(type)}};
}

bool writeSyntheticFeatureFile(const SynthFileConfig &config, const QString &path,
                               const std::function<void(double)> &progress, const CancelToken *cancel)
{
    config.validate();
    const int d = config.dim, p = config.routerDim, k = config.k;
    Random rng(config.seed);
    std::vector<float> heads(std::size_t(k) * std::size_t(d)), centres(std::size_t(k) * std::size_t(p));
    const double headScale = config.separation / std::sqrt(double(d));
    for (float &w : heads)
        w = float(rng.normal() * headScale);
    for (float &m : centres)
        m = float(rng.normal());

    MappedFeatureWriter writer(path, config.type, d, p);
    const int threads = effectiveThreadCount(config.threads);
    std::vector<float> diff(std::size_t(kChunkRows) * std::size_t(d)), router(std::size_t(kChunkRows) * std::size_t(p));
    const qint64 chunks = (config.rows + kChunkRows - 1) / kChunkRows;
    for (qint64 c = 0; c < chunks; ++c) {
        if (cancel && cancel->isCancelled()) return false; // the writer removes the partial file
        const int count = int(std::min<qint64>(kChunkRows, config.rows - c * kChunkRows));
#pragma omp parallel for num_threads(threads) schedule(static)
        for (int i = 0; i < count; ++i) {
            // One stream per row, from (seed, row): the same file on any number of threads.
            SplitMix row{(config.seed * 0xD1B54A32D192ED03ull) ^ std::uint64_t(c * kChunkRows + i)};
            row.next();
            const int g = int(row.next() % std::uint64_t(k));
            float *x = diff.data() + std::size_t(i) * std::size_t(d);
            float *psi = router.data() + std::size_t(i) * std::size_t(p);
            fillUniform(x, d, row);
            fillUniform(psi, p, row);
            const float *mu = centres.data() + std::size_t(g) * std::size_t(p);
            for (int j = 0; j < p; ++j)
                psi[j] += mu[j];
            const float *w = heads.data() + std::size_t(g) * std::size_t(d);
            float margin = 0.f;
            for (int j = 0; j < d; ++j)
                margin += w[j] * x[j];
            const double pChosen = 1.0 / (1.0 + std::exp(-double(margin)));
            const double u = double(row.next() >> 11) * (1.0 / 9007199254740992.0);
            if (u >= pChosen)
                for (int j = 0; j < d; ++j)
                    x[j] = -x[j];
        }
        for (int i = 0; i < count; ++i)
            writer.append(diff.data() + std::size_t(i) * std::size_t(d),
                          router.data() + std::size_t(i) * std::size_t(p));
        if (progress) progress(double(c + 1) / double(chunks));
    }
    writer.finish();
    return true;
}

} // namespace micro::core
